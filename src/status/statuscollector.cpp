#include "statuscollector.h"

#include "argocdcollector.h"
#include "backgroundpriority.h"
#include "credentialchoice.h"
#include "credentialresolver.h"
#include "credentialsdiscovery.h"
#include "githubcollector.h"
#include "gitrepository.h"
#include "kubernetescollector.h"
#include "logging.h"
#include "overlayplatforms.h"
#include "registrycollector.h"
#include "statuscollection.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Promenade {

using namespace Promenade::Clients;
using OverlayPlatforms::PlatformsByApp;

// The collection under way and its collectors, one per service (they keep a reference to it).
struct StatusCollector::Private
{
    Options options;
    std::unique_ptr<StatusCollection> collection;
    std::unique_ptr<ArgoCdCollector> argoCd;
    std::unique_ptr<RegistryCollector> registry;
    std::unique_ptr<GitHubCollector> gitHub;
    std::unique_ptr<KubernetesCollector> kubernetes;
    QFutureWatcher<QList<PlatformsByApp>> *platformsWatcher = nullptr;
    bool started = false; // every service was asked
    bool partialReported = false;
    bool heldStarted = false;
    std::function<void()> startRenderingHeld; // the rendering, while held
};

namespace {
// How long a progressive collection holds the registries' requests and the rendering at most.
constexpr std::chrono::milliseconds heldAtMost {2000};
} // namespace

StatusCollector::StatusCollector(QObject *parent)
    : StatusCollector(Options {}, parent)
{ }

StatusCollector::StatusCollector(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = options;
}

StatusCollector::~StatusCollector()
{
    if (d->collection)
        d->collection->cancelled.cancel(); // the rendering worker stops
}

QString StatusCollector::gitHubRepository(const Pipeline &pipeline)
{
    if (!pipeline.github.repository.isEmpty())
        return pipeline.github.repository;
    auto repo = Git::Repository::open(pipeline.root);
    if (!repo)
        return {};
    auto url = repo->remoteUrl(QStringLiteral("origin"));
    if (!url)
        return {};
    static const QRegularExpression re(
        QStringLiteral(R"(github\.com[:/]([^/]+)/([^/]+?)(?:\.git)?/?$)"));
    const QRegularExpressionMatch m = re.match(*url);
    return m.hasMatch() ? m.captured(1) + u'/' + m.captured(2) : QString();
}

QUrl StatusCollector::gitHubApi(const Pipeline &pipeline)
{
    return QUrl(pipeline.github.url.isEmpty() ? QStringLiteral("https://api.github.com")
                                              : pipeline.github.url);
}

namespace {

// Decides about a credential for url: sent (the token) or withheld (empty, *withheld says why).
QString decide(CredentialService service, const QUrl &url, const QString &token,
               const QString &what, bool tied, const EndpointTrust &trust,
               std::optional<WithheldCredential> *withheld)
{
    if (token.isEmpty())
        return {};
    WithheldCredential w {service, url, what, WithheldCredential::Reason::Untrusted};
    if (!EndpointTrust::allowsCredentials(url))
        w.reason = WithheldCredential::Reason::PlainHttp;
    else if (tied || trust.trusts(service, url))
        return token;
    if (withheld)
        *withheld = w;
    return {};
}

} // namespace

QString StatusCollector::gitHubToken(const Pipeline &pipeline)
{
    return gitHubToken(pipeline, EndpointTrust::forRepository(pipeline.root));
}

QString StatusCollector::gitHubToken(const Pipeline &pipeline, const EndpointTrust &trust,
                                     std::optional<WithheldCredential> *withheld)
{
    // The credentials component's one precedence, the first candidate that may go there.
    const QUrl api = gitHubApi(pipeline);
    const CredentialChoice choice = CredentialChoice::choose(
        trust, CredentialService::GitHub, api, Credentials::CredentialResolver().gitHub(api));
    if (withheld)
        *withheld = choice.withheld;
    return choice.credential.secret;
}

QString StatusCollector::argoCdToken(const QUrl &argoCd, const EndpointTrust &trust,
                                     std::optional<WithheldCredential> *withheld)
{
    // The credentials component's one precedence, the first candidate that may go there.
    const CredentialChoice choice = CredentialChoice::choose(
        trust, CredentialService::ArgoCd, argoCd, Credentials::CredentialResolver().argoCd(argoCd));
    if (withheld)
        *withheld = choice.withheld;
    return choice.credential.secret;
}

void StatusCollector::prepare(const Pipeline &pipeline)
{
    // An earlier collection of this collector: its requests and rendering end here.
    if (d->collection) {
        d->collection->cancelled.cancel();
        delete d->collection->requests;
        delete d->collection->deadlineTimer;
    }
    delete d->platformsWatcher;
    d->platformsWatcher = nullptr;
    d->collection = std::make_unique<StatusCollection>();
    StatusCollection &c = *d->collection;
    c.options = d->options;
    c.owner = this;
    c.pipeline = pipeline;
    c.pending = 1; // collect() itself, released at its end
    c.trust = d->options.trust ? *d->options.trust : EndpointTrust::forRepository(pipeline.root);
    c.requests = new QObject(this);
    c.deadline = QDeadlineTimer(std::max(d->options.deadline, std::chrono::milliseconds(1)));
    c.release = [this] {
        release();
    };
    c.progressed = [this] {
        progressed();
    };
    d->started = false;
    d->partialReported = false;
    d->heldStarted = false;
    d->startRenderingHeld = {};
    m_partial = {};
    StatusCollection *collection = &c;
    c.argoCdToken = [collection](const QString &configured, const QUrl &url,
                                 std::optional<WithheldCredential> *withheld) {
        QString token = collection->options.argoCdTokens.value(configured);
        if (token.isEmpty())
            token = collection->options.argoCdToken;
        if (token.isEmpty())
            return argoCdToken(url, collection->trust, withheld);
        return decide(CredentialService::ArgoCd, url, token, QStringLiteral("your Argo CD token"),
                      true, collection->trust, withheld);
    };
    c.gitHubToken = [collection](std::optional<WithheldCredential> *withheld) {
        const Pipeline &p = collection->pipeline;
        if (collection->options.gitHubToken.isEmpty())
            return gitHubToken(p, collection->trust, withheld);
        return decide(CredentialService::GitHub, gitHubApi(p), collection->options.gitHubToken,
                      QStringLiteral("your GitHub token"), true, collection->trust, withheld);
    };
    m_withheld.clear();
    m_status = {};
    PipelineStatus &status = c.status;
    status.root = pipeline.root;
    status.stages = pipeline.stages;
    status.warnings = pipeline.warnings;
    status.fetchedAt = QDateTime::currentDateTimeUtc();
    for (const Environment &env : pipeline.environments) {
        const int index = static_cast<int>(status.environments.size());
        auto addOverlay = [&](const QString &overlay) {
            if (!overlay.isEmpty() && !c.environmentsByOverlay.value(overlay).contains(index))
                c.environmentsByOverlay[overlay] << index;
        };
        for (const Deployment &deployment : env.deployments)
            addOverlay(deployment.path);
        for (const QString &overlay : env.appOverlays)
            addOverlay(overlay);
        addOverlay(env.appsOverlay);
        QHash<QString, QList<int>> byRepository;
        for (int i = 0; i < env.images.size(); ++i)
            byRepository[env.images[i].repository] << i;
        c.appsByRepository << byRepository;
        status.environments.append(EnvironmentStatus::declaredBy(env));
    }
}

void StatusCollector::collect(const Pipeline &pipeline)
{
    prepare(pipeline);
    StatusCollection &c = *d->collection;
    // The whole collection ends by the deadline, whatever the servers do (a silent one, one
    // that drips its answer or streams without end): what had not come is a problem line.
    c.deadlineTimer = new QTimer(this);
    c.deadlineTimer->setSingleShot(true);
    connect(c.deadlineTimer, &QTimer::timeout, this, &StatusCollector::expire);
    c.deadlineTimer->start(std::max(d->options.deadline, std::chrono::milliseconds(1)));
    // Progressive: the registries' requests and the rendering wait until the other services
    // answered (they would only slow those down on a busy machine), at most a second or two.
    const bool hold = d->options.progressive;
    startRendering(hold);
    // One collector per service; each asks now and fills the collection as answers come.
    d->argoCd = std::make_unique<ArgoCdCollector>(c);
    d->registry = std::make_unique<RegistryCollector>(c);
    d->gitHub = std::make_unique<GitHubCollector>(c);
    d->kubernetes = std::make_unique<KubernetesCollector>(c);
    d->argoCd->start();
    d->registry->start(hold);
    d->gitHub->start();
    d->kubernetes->start();
    d->started = true;
    if (hold)
        QTimer::singleShot(heldAtMost, c.requests, [this] { startHeld(); });
    progressed(); // the services that answered at once
    release();
}

// The registries' requests and the rendering, held while the others were asked.
void StatusCollector::startHeld()
{
    if (std::exchange(d->heldStarted, true) || d->collection->finished)
        return;
    if (d->startRenderingHeld)
        std::exchange(d->startRenderingHeld, {})();
    d->registry->sendHeld();
}

void StatusCollector::progressed()
{
    StatusCollection &c = *d->collection;
    if (!d->options.progressive || !d->started || d->partialReported || c.finished)
        return;
    QStringList loading;
    for (auto it = c.inFlight.cbegin(); it != c.inFlight.cend(); ++it) {
        if (!c.later.contains(it.key()))
            return; // Argo CD, a cluster or GitHub is still asked
        loading << it.key();
    }
    d->partialReported = true;
    if (!loading.isEmpty()) {
        loading.sort();
        m_partial = c.withoutRegistries(loading);
        Q_EMIT partiallyCollected();
    }
    startHeld();
}

// What each environment's nodes need (rendering the overlays): on a worker thread, so that the
// thread this collector lives on never waits for it.
void StatusCollector::startRendering(bool hold)
{
    StatusCollection &c = *d->collection;
    const QString label = ProblemTr::tr("rendering the overlays");
    c.later.insert(label);
    auto rendered = c.begin(label);
    d->platformsWatcher = new QFutureWatcher<QList<PlatformsByApp>>(this);
    connect(d->platformsWatcher, &QFutureWatcherBase::finished, this, [this, rendered] {
        StatusCollection &c = *d->collection;
        if (c.finished)
            return;
        const QList<PlatformsByApp> needs = d->platformsWatcher->result();
        qCDebug(lcClients) << "live status: overlays rendered";
        for (qsizetype e = 0; e < needs.size() && e < c.status.environments.size(); ++e) {
            for (AppStatus &a : c.status.environments[e].apps)
                a.neededPlatforms = needs[e].value(a.app);
        }
        rendered();
    });
    auto launch = [this] {
        StatusCollection &c = *d->collection;
        d->platformsWatcher->setFuture(
            QtConcurrent::run([pipeline = c.pipeline, cancelled = c.cancelled] {
                runCurrentThreadInBackground();
                return OverlayPlatforms::neededPlatforms(pipeline, cancelled);
            }));
    };
    if (hold)
        d->startRenderingHeld = launch;
    else
        launch();
}

void StatusCollector::release()
{
    StatusCollection &c = *d->collection;
    if (c.finished || --c.pending > 0)
        return;
    c.finished = true;
    if (c.deadlineTimer)
        c.deadlineTimer->stop();
    c.conclude(); // everything is in: the findings that need several sources
    c.status.unreachable.sort(); // in one order, whichever answered first
    m_status = c.status;
    m_withheld = c.withheld;
    c.clients.clear();
    if (c.requests) {
        c.requests->deleteLater();
        c.requests = nullptr;
    }
    Q_EMIT finished();
}

// The deadline passed: what had not answered is a problem line, and the collection ends.
void StatusCollector::expire()
{
    StatusCollection &c = *d->collection;
    if (c.finished)
        return;
    QStringList missing;
    for (auto it = c.inFlight.cbegin(); it != c.inFlight.cend(); ++it)
        missing << (it.value() > 1 ? QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value())
                                   : it.key());
    missing.sort();
    const auto deadline = std::max(d->options.deadline, std::chrono::milliseconds(1));
    c.status.problems << ProblemTr::tr(
                             "the status is incomplete: no answer from %1 within the %2 s deadline")
                             .arg(missing.isEmpty() ? ProblemTr::tr("the services")
                                                    : missing.join(QStringLiteral(", ")))
                             .arg(double(deadline.count()) / 1000.0);
    for (auto it = c.inFlight.cbegin(); it != c.inFlight.cend(); ++it) {
        // An Argo CD that listed its Applications answered: only its resource trees are
        // missing (problem line above), it is not unreachable.
        if (it.key().startsWith(ArgoCdCollector::service()) && !c.argoCdAnswered.contains(it.key())
            && !c.status.unreachable.contains(ArgoCdCollector::service()))
            c.status.unreachable << ArgoCdCollector::service();
        // Another service's endpoint (a cluster's API) that had answered nothing at all.
        const QString service = c.serviceOfLabel.value(it.key());
        if (!service.isEmpty() && !c.answeredLabels.contains(it.key())
            && !c.status.unreachable.contains(service))
            c.status.unreachable << service;
    }
    delete c.requests; // aborts every request still running: no answer is waited for
    c.requests = nullptr;
    c.cancelled.cancel();
    c.pending = 1;
    release();
}

} // namespace Promenade
