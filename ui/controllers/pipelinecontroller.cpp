#include "pipelinecontroller.h"

#include "asoftext.h"
#include "settingswriter.h"

#include <QSettings>
#include <QTimer>
#include <QUrl>

namespace {
const auto lastRepositoryKey = QStringLiteral("repositories/last");
} // namespace

PipelineController::PipelineController(QObject *parent)
    : QObject(parent)
    , m_session(new Promenade::RepositorySession(this))
    , m_environments(new EnvironmentListModel(this))
    , m_matrix(new AppMatrixModel(this))
    , m_recent(new RecentRepositories(this))
    , m_statusAgeTimer(new QTimer(this))
{
    using Promenade::RepositorySession;
    connect(m_session, &RepositorySession::pipelineRead, this, &PipelineController::showPipeline);
    connect(m_session, &RepositorySession::repositoryChanged, this,
            &PipelineController::repositoryChanged);
    connect(m_session, &RepositorySession::loadingChanged, this,
            &PipelineController::loadingChanged);
    connect(m_session, &RepositorySession::errorStringChanged, this,
            &PipelineController::errorStringChanged);
    connect(m_session, &RepositorySession::statusShown, this, &PipelineController::showStatus);
    connect(m_session, &RepositorySession::statusChanged, this,
            &PipelineController::updateStatusAge);
    m_statusAgeTimer->setInterval(30000);
    connect(m_statusAgeTimer, &QTimer::timeout, this, &PipelineController::updateStatusAge);
}

PipelineController::~PipelineController() = default;

QString PipelineController::statusTime() const
{
    const QDateTime fetchedAt = status().fetchedAt;
    return fetchedAt.isValid() ? fetchedAt.toLocalTime().toString(QStringLiteral("HH:mm"))
                               : QString();
}

int PipelineController::statusAge() const
{
    const QDateTime fetchedAt = status().fetchedAt;
    return fetchedAt.isValid() ? int(fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) : -1;
}

// The stamp follows the session's status (and the clock, while one is shown).
void PipelineController::updateStatusAge()
{
    const QDateTime fetchedAt = status().fetchedAt;
    if (!fetchedAt.isValid())
        m_statusAgeTimer->stop();
    else if (!m_statusAgeTimer->isActive())
        m_statusAgeTimer->start();
    m_statusStamp = Promenade::Export::asOfText({fetchedAt, statusIsCached(), statusProblem()});
    Q_EMIT statusChanged();
}

// The repository was read (or emptied by an error): the models show it, and a repository of
// the user's own is remembered.
void PipelineController::showPipeline()
{
    const Promenade::Pipeline &read = pipeline();
    if (hasRepository() && !isDemo()) {
        SettingsWriter::write([root = read.root](QSettings &settings) {
            settings.setValue(lastRepositoryKey, root);
        });
        m_recent->add(read.root);
    }
    m_environments->setEnvironments(read.environments);
    m_matrix->setPipeline(read);
}

void PipelineController::showStatus(const Promenade::VerdictJudge::ByEnvironment *verdicts)
{
    if (verdicts) {
        m_environments->setStatus(status(), *verdicts);
        m_matrix->setStatus(status(), *verdicts);
    } else {
        m_environments->setStatus(status());
        m_matrix->setStatus(status());
    }
}

QVariantList PipelineController::openPullRequests() const
{
    QVariantList list;
    for (const Promenade::PullRequestInfo &pr : status().pullRequests) {
        list.append(QVariantMap {{QStringLiteral("number"), pr.number},
                                 {QStringLiteral("title"), pr.title},
                                 {QStringLiteral("branch"), pr.branch},
                                 {QStringLiteral("url"), pr.url},
                                 {QStringLiteral("checks"), pr.checks},
                                 {QStringLiteral("checksSummary"), pr.checksSummary},
                                 {QStringLiteral("headSha"), pr.headSha}});
    }
    return list;
}

QString PipelineController::lastRepository() const
{
    SettingsWriter::waitForWrites();
    return QSettings().value(lastRepositoryKey).toString();
}

void PipelineController::open(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    m_session->open(url.isLocalFile() ? url.toLocalFile() : pathOrUrl);
}
