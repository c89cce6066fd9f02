#include "pullrequestmerger.h"

#include "backgroundwork.h"
#include "pipelinecontroller.h"
#include "promotionworkflow.h"
#include "servicetokens.h"

using Promenade::PromotionWorkflow;

PullRequestMerger::PullRequestMerger(QObject *parent)
    : QObject(parent)
{ }

PullRequestMerger::~PullRequestMerger()
{
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void PullRequestMerger::setPipeline(PipelineController *pipeline)
{
    if (!m_session.reset(this, pipeline))
        return;
    if (m_session)
        connect(m_session, &Promenade::RepositorySession::statusChanged, this,
                &PullRequestMerger::followDeployment);
    Q_EMIT pipelineChanged();
}

void PullRequestMerger::findMergeMethods()
{
    if (!m_session || !m_session->hasRepository())
        return;
    const Promenade::Pipeline pipeline
        = m_session->statusPipeline().value_or(m_session->pipeline());
    const QString token = m_session->statusOptions().gitHubToken;
    using Outcome = Promenade::Result<QStringList>;
    runInBackground<std::shared_ptr<Outcome>>(
        this,
        [pipeline, token] {
            return std::make_shared<Outcome>(PromotionWorkflow::mergeMethods(pipeline, token));
        },
        [this](const std::shared_ptr<Outcome> &methods) {
            // Not readable: GitHub's default (a merge commit) is offered, and GitHub judges it.
            m_mergeMethods = *methods && !(*methods)->isEmpty()
                ? **methods
                : QStringList {QStringLiteral("merge")};
            Q_EMIT mergeMethodsChanged();
        });
}

void PullRequestMerger::merge(int number, const QString &expectedHeadSha, const QString &method,
                              bool checksConfirmed)
{
    if (m_busy || !m_session || !m_session->hasRepository())
        return;
    // The endpoints in use (settings, the embedded demo) rather than promenade.yaml's alone.
    Promenade::Pipeline pipeline = m_session->statusPipeline().value_or(m_session->pipeline());
    PromotionWorkflow::Merge request;
    request.number = number;
    request.expectedHeadSha = expectedHeadSha;
    request.gitHubToken = m_session->statusOptions().gitHubToken;
    request.keychain = ServiceTokens::gitKeychain(m_session);
    request.method = method;
    request.checksConfirmed = checksConfirmed;
    m_app.clear();
    m_environment.clear();
    m_tag.clear();
    for (const Promenade::PullRequestInfo &pr : m_session->status().pullRequests) {
        if (pr.number != number)
            continue;
        request.title = pr.title;
        // promote/<app>/<environment>/<tag> (rollback/…, set-image/… alike).
        const QStringList parts = pr.branch.split(u'/');
        if (parts.size() == 4) {
            m_app = parts[1];
            m_environment = parts[2];
            m_tag = parts[3];
        }
    }
    m_busy = true;
    m_number = number;
    m_failed = false;
    m_checksToConfirm.clear();
    m_message = tr("Merging pull request #%1…").arg(number);
    Q_EMIT stateChanged();

    using Outcome = PromotionWorkflow::MergeOutcome;
    runInBackground<std::shared_ptr<Outcome>>(
        this,
        [pipeline, request] {
            return std::make_shared<Outcome>(PromotionWorkflow::mergeAndFollow(pipeline, request));
        },
        [this, number](const std::shared_ptr<Outcome> &outcome) {
            if (!outcome->checksToConfirm.isEmpty()) {
                m_checksToConfirm = outcome->checksToConfirm;
                return finish(tr("Pull request #%1 has checks that have not passed: %2")
                                  .arg(number)
                                  .arg(m_checksToConfirm.join(QStringLiteral(", "))),
                              true);
            }
            if (!outcome->merged)
                return finish(outcome->merged.error().toString(), true);
            if (!outcome->pulled) {
                return finish(
                    tr("Pull request #%1 is merged, but this copy could not be updated: %2")
                        .arg(number)
                        .arg(outcome->pulled.error().toString()),
                    true);
            }
            finish(tr("Pull request #%1 is merged; Argo CD deploys it next").arg(number), false);
            if (m_session)
                m_session->reload();
        });
}

void PullRequestMerger::cancel()
{
    if (m_busy || m_checksToConfirm.isEmpty())
        return;
    m_checksToConfirm.clear();
    m_message.clear();
    m_failed = false;
    Q_EMIT stateChanged();
}

void PullRequestMerger::followDeployment()
{
    if (m_busy || m_failed || m_message.isEmpty() || !m_session || m_environment.isEmpty())
        return;
    const Promenade::EnvironmentStatus *environment
        = m_session->status().environment(m_environment);
    const Promenade::AppStatus *app = environment ? environment->app(m_app) : nullptr;
    if (!app || app->runningVersion.section(u'@', 0, 0) != m_tag || app->sync != u"Synced"
        || app->health != u"Healthy")
        return;
    m_message.clear(); // deployed: the story of this merge is over
    Q_EMIT stateChanged();
}

void PullRequestMerger::finish(const QString &message, bool failed)
{
    m_busy = false;
    m_message = message;
    m_failed = failed;
    Q_EMIT stateChanged();
}
