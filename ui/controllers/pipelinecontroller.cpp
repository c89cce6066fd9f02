#include "pipelinecontroller.h"

#include "common/logging.h"
#include "demo/demorepository.h"
#include "environmentlistmodel.h"
#include "pipeline/repositorydiscovery.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const auto lastRepositoryKey = QStringLiteral("repositories/last");
}

// What a worker hands back to the GUI thread.
struct PipelineController::Outcome
{
    Promenade::Result<Promenade::Pipeline> pipeline = Promenade::Error();
    std::unique_ptr<QTemporaryDir> demoDir;
};

PipelineController::PipelineController(QObject *parent)
    : QObject(parent)
    , m_environments(new EnvironmentListModel(this))
{
}

PipelineController::~PipelineController()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

QString PipelineController::repositoryName() const
{
    return QDir(m_pipeline.root).dirName();
}

QString PipelineController::lastRepository() const
{
    return QSettings().value(lastRepositoryKey).toString();
}

void PipelineController::open(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    start([path] {
        Outcome outcome;
        outcome.pipeline = Promenade::RepositoryDiscovery::discover(path);
        return outcome;
    });
}

void PipelineController::openDemo()
{
    start([] {
        Outcome outcome;
        auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/promenade-demo-XXXXXX"));
        if (!dir->isValid()) {
            outcome.pipeline = Promenade::Error(Promenade::Error::Kind::Failed,
                                                QStringLiteral("cannot create a temporary folder for the demo: %1")
                                                    .arg(dir->errorString()));
            return outcome;
        }
        const auto created = Promenade::Demo::DemoRepository::generate(dir->filePath(QStringLiteral("homelab-gitops")));
        if (!created) {
            outcome.pipeline = created.error();
            return outcome;
        }
        outcome.pipeline = Promenade::RepositoryDiscovery::discover(created->workTree);
        outcome.demoDir = std::move(dir);
        return outcome;
    });
}

void PipelineController::reload()
{
    if (!hasRepository())
        return;
    const QString root = m_pipeline.root;
    start([root] {
        Outcome outcome;
        outcome.pipeline = Promenade::RepositoryDiscovery::discover(root);
        return outcome;
    });
}

void PipelineController::start(std::function<Outcome()> work)
{
    if (m_watcher) {
        // A newer request wins: the older result is dropped when it arrives.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PipelineController::finish);
    setLoading(true);
    m_watcher->setFuture(QtConcurrent::run([work = std::move(work)] { return std::make_shared<Outcome>(work()); }));
}

void PipelineController::finish()
{
    auto *watcher = m_watcher;
    m_watcher = nullptr;
    watcher->deleteLater();
    const std::shared_ptr<Outcome> outcome = watcher->result();
    setLoading(false);
    if (!outcome->pipeline) {
        qCWarning(lcUi).noquote() << "cannot open repository:" << outcome->pipeline.error().toString();
        // The window shows the error in place of the pipeline, not beside a stale one.
        m_pipeline = {};
        m_isDemo = false;
        m_environments->setEnvironments({});
        setErrorString(outcome->pipeline.error().toString());
        Q_EMIT repositoryChanged();
        return;
    }
    const bool demo = outcome->demoDir != nullptr;
    if (demo)
        m_demoDir = std::move(outcome->demoDir);
    m_pipeline = *outcome->pipeline;
    m_isDemo = demo || (m_demoDir && m_pipeline.root.startsWith(m_demoDir->path()));
    if (!m_isDemo)
        QSettings().setValue(lastRepositoryKey, m_pipeline.root);
    m_environments->setEnvironments(m_pipeline.environments);
    setErrorString({});
    Q_EMIT repositoryChanged();
}

void PipelineController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void PipelineController::setErrorString(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}
