#include "demorepository.h"

#include "demofiles.h"
#include "demoservices.h"
#include "demosources.h"
#include "gitobjectwriter.h"
#include "gitpackwriter.h"
#include "gitrepository.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <functional>

namespace Promenade::Demo {

namespace {

using Files::FileMap;

const Git::Signature paulo {
    QStringLiteral("Paulo Jauregui"), QStringLiteral("paulo@paulojauregui.com"), {}};
const Git::Signature ciBot {QStringLiteral("github-actions[bot]"),
                            QStringLiteral("41898282+github-actions[bot]@users.noreply.github.com"),
                            {}};

const QString blog = QStringLiteral("paulojauregui-com");
const QString signConnect = QStringLiteral("signconnect");

// The state the history walks through: each step edits it, rewrites the files and commits.
struct RepositoryState
{
    QMap<QString, Files::OverlayPins> pins; // environment → pinned tags
    bool ciPipeline = false;
    bool staging = false;
    bool infrastructure = false;
    QString certManagerVersion = QStringLiteral("v1.15.3"); // the base's default
    QMap<QString, QString> certManagerPins; // environment → the chart version its overlay pins
    QStringList services; // synthetic ones, when the demo is asked for more apps
};

// Adds from's files to files. (QMap::insert of a whole map merges the larger map into a copy
// of the smaller: adding hundreds of services' files that way took seconds.)
void add(FileMap &files, const FileMap &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        files.insert(it.key(), it.value());
}

// serviceFiles: the services' own files, which do not change from one commit to the next,
// made once.
FileMap filesFor(const RepositoryState &state, QHash<QString, FileMap> &serviceFiles)
{
    FileMap files = Files::readme();
    add(files, Files::blogBase());
    if (!state.pins.value(QStringLiteral("development")).signConnectTag.isEmpty())
        add(files, Files::signConnectBase());
    const QList<std::pair<QString, QString>> envs {
        {QStringLiteral("development"), QStringLiteral("home-dev")},
        {QStringLiteral("staging"), QStringLiteral("oci-staging")},
        {QStringLiteral("production"), QStringLiteral("oci-prod")}};
    for (const auto &[env, cluster] : envs) {
        if (env == u"staging" && !state.staging)
            continue;
        add(files, Files::appOverlay(env, state.pins.value(env)));
        add(files,
            Files::clusterApplications(cluster, env, state.infrastructure,
                                       !state.services.isEmpty()));
        if (!state.services.isEmpty())
            add(files, Services::clusterApplications(cluster, env, state.services));
        if (state.infrastructure)
            add(files,
                Files::infrastructureOverlay(
                    env, state.certManagerPins.value(env, state.certManagerVersion)));
    }
    if (state.infrastructure)
        add(files, Files::certManagerBase(state.certManagerVersion));
    if (state.ciPipeline)
        add(files, Files::workflows(state.staging));
    if (state.staging)
        add(files, Files::promenadeConfig());
    for (const QString &service : state.services) {
        auto known = serviceFiles.constFind(service);
        if (known == serviceFiles.cend())
            known = serviceFiles.insert(service, Services::files(service));
        add(files, *known);
    }
    return files;
}

QString trailers(const QString &action, const QString &app, const QString &from, const QString &to,
                 const QString &tag)
{
    QString t = u"\n\nPromenade-Action: " + action + u"\nPromenade-App: " + app;
    if (!from.isEmpty())
        t += u"\nPromenade-From: " + from;
    t += u"\nPromenade-To: " + to + u"\nPromenade-Image: " + Files::imageRepository(app) + u':'
        + tag + u'@' + Files::imageDigest(app, tag) + u'\n';
    return t;
}

Files::OverlayPins &pinsOf(RepositoryState &state, const QString &env)
{
    return state.pins[env];
}

void setTag(RepositoryState &state, const QString &env, const QString &app, const QString &tag)
{
    if (app == blog)
        pinsOf(state, env).blogTag = tag;
    else
        pinsOf(state, env).signConnectTag = tag;
}

QString tagOf(const RepositoryState &state, const QString &env, const QString &app)
{
    const Files::OverlayPins p = state.pins.value(env);
    return app == blog ? p.blogTag : p.signConnectTag;
}

struct Step
{
    double daysAgo;
    Git::Signature author;
    QString message;
    std::function<void(RepositoryState &)> change;
};

// The demo's commits, oldest first: the blog's history, then (with more than two apps) the
// platform team's services. Kept apart from generate(), which only replays them.
QList<Step> blogAndSignConnectHistory()
{
    // CI bumps use `promenade set-image --commit`; promotions use `promenade promote`.
    auto ciBump = [](const QString &app, const QString &tag) -> QString {
        return QStringLiteral("ci(development): %1 %2").arg(app, tag)
            + trailers(QStringLiteral("set-image"), app, {}, QStringLiteral("development"), tag);
    };
    auto promotion = [](const QString &app, const QString &from, const QString &to,
                        const QString &tag, const QString &pr) -> QString {
        QString subject = QStringLiteral("Promote %1 %2 to %3").arg(app, tag, to);
        if (!pr.isEmpty())
            subject += QStringLiteral(" (#%1)").arg(pr);
        return subject + QStringLiteral("\n\n%1 %2 was verified in %3.").arg(app, tag, from)
            + trailers(QStringLiteral("promote"), app, from, to, tag);
    };
    auto promote = [](const QString &app, const QString &from, const QString &to) {
        return [=](RepositoryState &s) {
            setTag(s, to, app, tagOf(s, from, app));
        };
    };
    auto bump = [](const QString &app, const QString &tag) {
        return [=](RepositoryState &s) {
            setTag(s, QStringLiteral("development"), app, tag);
        };
    };
    const QString dev = QStringLiteral("development");
    const QString stg = QStringLiteral("staging");
    const QString prod = QStringLiteral("production");

    return {
        {61, paulo,
         QStringLiteral(
             "Start the GitOps repository: the blog on home-dev and oci-prod\n\n"
             "apps/base holds the blog's Deployment, Service and Ingress; the development\n"
             "and production overlays pin its image, and clusters/ points Argo CD at them."),
         [](RepositoryState &s) {
             s.pins[QStringLiteral("development")] = {QStringLiteral("sha-3f9a2c1"), {}};
             s.pins[QStringLiteral("production")] = {QStringLiteral("sha-3f9a2c1"), {}};
         }},
        {59, paulo,
         QStringLiteral(
             "Build multi-arch images in GitHub Actions and bump development\n\n"
             "Phase 1 of the roadmap: a push to a feature branch builds linux/amd64 and\n"
             "linux/arm64, pushes sha-<commit> to GHCR and updates apps/overlays/development."),
         [](RepositoryState &s) {
             s.ciPipeline = true;
         }},
        // A hand edit from before CI did the bumps: history shows it as an image change without
        // trailers.
        {57, paulo, QStringLiteral("Bump the blog to sha-8b41d07 in development"),
         bump(blog, QStringLiteral("sha-8b41d07"))},
        {54, paulo, promotion(blog, dev, prod, QStringLiteral("sha-8b41d07"), QStringLiteral("3")),
         promote(blog, dev, prod)},
        {47, paulo,
         QStringLiteral(
             "Add a staging environment on oci-staging that mirrors production\n\n"
             "Phase 2 of the roadmap: apps/overlays/staging runs 2 replicas on arm64 nodes, as\n"
             "production does; promotions now go development → staging → production."),
         [](RepositoryState &s) {
             s.staging = true;
             s.pins[QStringLiteral("staging")] = s.pins[QStringLiteral("production")];
         }},
        {44, ciBot, ciBump(blog, QStringLiteral("sha-c52e9f3")),
         bump(blog, QStringLiteral("sha-c52e9f3"))},
        {42, paulo, promotion(blog, dev, stg, QStringLiteral("sha-c52e9f3"), {}),
         promote(blog, dev, stg)},
        {40, paulo, promotion(blog, stg, prod, QStringLiteral("sha-c52e9f3"), QStringLiteral("9")),
         promote(blog, stg, prod)},
        {33, paulo,
         QStringLiteral(
             "Manage cert-manager with infrastructure overlays\n\n"
             "Phase 3 of the roadmap: infrastructure/base/cert-manager installs the Helm chart\n"
             "through Argo CD; development gets a self-signed ClusterIssuer, staging and\n"
             "production the letsencrypt-prod ClusterIssuer."),
         [](RepositoryState &s) {
             s.infrastructure = true;
         }},
        {25, paulo, QStringLiteral("Upgrade cert-manager to v1.16.2"),
         [](RepositoryState &s) {
             s.certManagerVersion = QStringLiteral("v1.16.2");
             s.certManagerPins.clear(); // every environment follows the base again
         }},
        {18, paulo,
         QStringLiteral(
             "Add SignConnect to the pipeline\n\n"
             "SignConnect joins the blog on every environment, starting from release sha-41c07be."),
         [](RepositoryState &s) {
             for (const QString &env : {QStringLiteral("development"), QStringLiteral("staging"),
                                        QStringLiteral("production")})
                 s.pins[env].signConnectTag = QStringLiteral("sha-41c07be");
         }},
        {12, ciBot, ciBump(signConnect, QStringLiteral("sha-9d2e6f0")),
         bump(signConnect, QStringLiteral("sha-9d2e6f0"))},
        {9, paulo, promotion(signConnect, dev, stg, QStringLiteral("sha-9d2e6f0"), {}),
         promote(signConnect, dev, stg)},
        {4, paulo,
         QStringLiteral("Try cert-manager v1.17.1 in development\n\n"
                        "The new chart runs on home-dev first; staging and production follow "
                        "through promotions."),
         [](RepositoryState &s) {
             s.certManagerPins[QStringLiteral("development")] = QStringLiteral("v1.17.1");
         }},
        {3, ciBot, ciBump(blog, QStringLiteral("sha-e7d1a48")),
         bump(blog, QStringLiteral("sha-e7d1a48"))},
        {0.2, ciBot, ciBump(signConnect, QStringLiteral("sha-5b8c3a2")),
         bump(signConnect, QStringLiteral("sha-5b8c3a2"))},
    };
}

void insertServices(QList<Step> &history, int apps)
{
    if (apps > 2) {
        // Before SignConnect joined: the platform team's services move in (after staging
        // exists, so that each gets all three overlays).
        const QStringList services = Services::names(apps - 2);
        const auto at = std::find_if(history.begin(), history.end(),
                                     [](const Step &s) { return s.daysAgo < 30; });
        history.insert(
            at,
            Step {30, paulo,
                  QStringLiteral(
                      "Onboard the platform team's services (%1 apps)\n\n"
                      "Each service has its own base and development, staging and production\n"
                      "overlays under apps/<service>/; clusters/<cluster>/services.yaml holds the\n"
                      "Argo CD Application of each one.")
                      .arg(services.size()),
                  [services](RepositoryState &s) {
                      s.services = services;
                  }});
    }
}

// Replays the history into writer; returns the last commit's id.
Result<QString> writeHistory(Git::PackWriter &writer, const DemoRepository::Options &options,
                             int &commits)
{
    QList<Step> history = blogAndSignConnectHistory();
    insertServices(history, options.apps);
    RepositoryState state;
    QHash<QString, FileMap> serviceFiles;
    QString parent;
    for (const Step &step : history) {
        step.change(state);
        auto tree = writer.writeTree(filesFor(state, serviceFiles));
        if (!tree)
            return tree.error();
        Git::Signature when = step.author;
        when.when = options.now.addSecs(-static_cast<qint64>(step.daysAgo * 86400));
        auto id = writer.writeCommit(*tree, parent.isEmpty() ? QStringList() : QStringList {parent},
                                     when, when, step.message);
        if (!id)
            return id.error();
        parent = *id;
        ++commits;
        qCDebug(lcDemo) << "demo commit" << *id << step.message.section(u'\n', 0, 0);
    }
    return parent;
}

} // namespace

QString DemoRepository::scratchFolder()
{
    // A few hundred apps take a few tens of megabytes; keep well clear of a full folder.
    constexpr qint64 room = qint64(256) * 1024 * 1024;
    for (const QString &candidate :
         {qEnvironmentVariable("XDG_RUNTIME_DIR"), QStringLiteral("/dev/shm")}) {
        if (candidate.isEmpty() || !QFileInfo(candidate).isDir()
            || !QFileInfo(candidate).isWritable())
            continue;
        const QStorageInfo storage(candidate);
        if (storage.isValid() && storage.isReady() && !storage.isReadOnly()
            && storage.fileSystemType() == "tmpfs" && storage.bytesAvailable() > room)
            return QDir::cleanPath(candidate);
    }
    return QDir::tempPath();
}

Result<DemoRepository::Created> DemoRepository::generate(const QString &dirIn,
                                                         const Options &options)
{
    const QString dir = QDir::cleanPath(QDir(dirIn).absolutePath());
    const QString origin = options.originPath.isEmpty()
        ? dir + QStringLiteral("-origin.git")
        : QDir::cleanPath(QDir(options.originPath).absolutePath());
    if (QFileInfo::exists(dir)
        && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error(Error::Kind::BadInput,
                     QStringLiteral("the folder is not empty; Promenade writes the demo only into "
                                    "a new or empty folder"))
            .at(dir);
    if (QFileInfo::exists(origin)
        && !QDir(origin).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error(
                   Error::Kind::BadInput,
                   QStringLiteral("the origin folder for the demo already exists and is not empty"))
            .at(origin);

    // The whole history is built in memory and stored as one pack in the repository and its
    // origin; only the last commit's files are written out (a checkout).
    Git::PackWriter writer;
    int commits = 0;
    auto head = writeHistory(writer, options, commits);
    if (!head)
        return head.error();
    auto repo = Git::Repository::init(dir);
    if (!repo)
        return repo.error();
    auto bare = Git::Repository::initBare(origin);
    if (!bare)
        return bare.error();
    if (Status s = writer.store({&*repo, &*bare}); !s)
        return s.error();
    const QString main = QStringLiteral("refs/heads/main");
    if (Status s = Git::ObjectWriter(*repo).setReference(main, *head); !s)
        return s.error();
    qCDebug(lcDemo) << "demo history stored";
    if (Status s = Git::PackWriter::checkOutHead(*repo); !s)
        return s.error();
    qCDebug(lcDemo) << "demo work tree checked out";
    // As a push of main would leave them: origin's main, its remote-tracking branch here.
    if (Status s = Git::ObjectWriter(*bare).setReference(main, *head); !s)
        return s.error();
    if (Status s = repo->addRemote(QStringLiteral("origin"), origin); !s)
        return s.error();
    if (Status s
        = Git::ObjectWriter(*repo).setReference(QStringLiteral("refs/remotes/origin/main"), *head);
        !s)
        return s.error();
    if (Status s = repo->setUpstream(QStringLiteral("main"), QStringLiteral("origin")); !s)
        return s.error();
    const QString sources = options.sourcesPath.isEmpty()
        ? dir + QStringLiteral("-sources")
        : QDir::cleanPath(QDir(options.sourcesPath).absolutePath());
    if (Status s = DemoSources::generate(sources); !s)
        return s.error();
    qCDebug(lcDemo) << "demo sources written";
    return Created {dir, origin, sources, commits};
}

} // namespace Promenade::Demo
