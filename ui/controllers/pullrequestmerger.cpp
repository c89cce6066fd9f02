#include "pullrequestmerger.h"

#include "pipelinecontroller.h"
#include "promotionworkflow.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using Promenade::PromotionWorkflow;

PullRequestMerger::PullRequestMerger(QObject *parent)
    : QObject(parent)
{ }

PullRequestMerger::~PullRequestMerger()
{
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void PullRequestMerger::merge(int number, const QString &expectedHeadSha)
{
    if (m_busy || !m_pipeline || !m_pipeline->hasRepository())
        return;
    // The endpoints in use (settings, the embedded demo) rather than promenade.yaml's alone.
    Promenade::Pipeline pipeline = m_pipeline->statusPipeline().value_or(m_pipeline->pipeline());
    PromotionWorkflow::Merge request;
    request.number = number;
    request.expectedHeadSha = expectedHeadSha;
    request.gitHubToken = m_pipeline->statusOptions().gitHubToken;
    m_busy = true;
    m_number = number;
    m_failed = false;
    m_message = tr("Merging pull request #%1…").arg(number);
    Q_EMIT stateChanged();

    using Outcome = PromotionWorkflow::MergeOutcome;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, number] {
        const std::shared_ptr<Outcome> outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome->merged)
            return finish(outcome->merged.error().toString(), true);
        if (!outcome->pulled) {
            return finish(tr("Pull request #%1 is merged, but this copy could not be updated: %2")
                              .arg(number)
                              .arg(outcome->pulled.error().toString()),
                          true);
        }
        finish(tr("Pull request #%1 is merged; Argo CD deploys it next").arg(number), false);
        if (m_pipeline)
            m_pipeline->reload();
    });
    watcher->setFuture(QtConcurrent::run([pipeline, request] {
        return std::make_shared<Outcome>(PromotionWorkflow::mergeAndFollow(pipeline, request));
    }));
}

void PullRequestMerger::finish(const QString &message, bool failed)
{
    m_busy = false;
    m_message = message;
    m_failed = failed;
    Q_EMIT stateChanged();
}
