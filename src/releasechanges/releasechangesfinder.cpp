#include "releasechangesfinder.h"

#include "backgroundpriority.h"
#include "credentialsdiscovery.h"
#include "gitcommitrange.h"
#include "githubclient.h"
#include "gitrepository.h"
#include "logging.h"
#include "pipeline.h"
#include "pipelineconfig.h"
#include "registryclient.h"
#include "statuscollector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>

namespace Promenade {

using namespace Clients;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseChanges)
};

constexpr qint64 kFailureCacheSeconds = 60;

// "4,210": counts in the sentences (the command line's are English).
QString count(int n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

QString shaFromTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral(R"(^sha-([0-9a-f]{7,40})$)"));
    const auto m = re.match(tag);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString normalisedSource(QString url)
{
    url = url.trimmed();
    if (url.endsWith(u'/'))
        url.chop(1);
    if (url.endsWith(u".git"))
        url.chop(4);
    return url.toLower();
}

QString repositoryWebUrl(const QString &gitHubRepository, const QUrl &api)
{
    if (gitHubRepository.isEmpty())
        return {};
    const QString host = api.isEmpty() || api.host() == u"api.github.com"
            || api.host() == u"127.0.0.1" || api.host() == u"localhost"
        ? QStringLiteral("github.com")
        : api.host();
    return QStringLiteral("https://%1/%2").arg(host, gitHubRepository);
}

QString expandPath(const QString &path, const QString &root)
{
    if (path.startsWith(u"~/"))
        return QDir::home().filePath(path.mid(2));
    return QDir::isAbsolutePath(path) ? path : QDir(root).filePath(path);
}

// From a local clone: first-parent, pull requests from the merge commits' messages.
ReleaseChanges walkClone(ReleaseChanges changes, const QString &path, int maxCommits)
{
    auto repo = Git::Repository::open(path);
    if (!repo) {
        changes.problem = Tr::tr("The local clone %1 of %2 cannot be opened: %3")
                              .arg(path, changes.app, repo.error().message());
        return changes;
    }
    Git::CommitRange::Options options;
    options.firstParentOnly = true;
    options.maxCount = maxCommits;
    auto walk = Git::CommitRange::walk(*repo, changes.fromRevision, changes.toRevision, options);
    if (!walk) {
        changes.problem = walk.error().kind() == Error::Kind::NotFound
            ? Tr::tr("The local clone %1 does not have both builds' commits (%2, %3): fetch it, or "
                     "the history was rewritten")
                  .arg(path, changes.fromRevision.left(7), changes.toRevision.left(7))
            : walk.error().message();
        return changes;
    }
    changes.fromRevision = walk->baseId;
    changes.toRevision = walk->headId;
    changes.totalCommits = walk->total;
    changes.behindBy = walk->behind;
    switch (walk->relation) {
    case Git::CommitRange::Relation::Identical:
        changes.direction = ReleaseChanges::Direction::Identical;
        break;
    case Git::CommitRange::Relation::Ahead:
        changes.direction = ReleaseChanges::Direction::Forward;
        break;
    case Git::CommitRange::Relation::Behind:
        changes.direction = ReleaseChanges::Direction::Rollback;
        break;
    case Git::CommitRange::Relation::Diverged:
        changes.direction = ReleaseChanges::Direction::Diverged;
        break;
    }
    if (walk->truncated() || walk->countCapped) {
        changes.problem = Tr::tr("%1 commits between the builds: more than Promenade lists (%2)")
                              .arg(count(walk->total), count(maxCommits));
        return changes;
    }
    for (const Git::CommitInfo &info : walk->commits) {
        ReleaseChanges::Commit c;
        c.sha = info.id;
        c.parents = info.parents;
        c.summary = info.summary;
        c.message = info.message;
        c.author = info.author.name;
        c.date = info.author.when;
        if (!changes.repositoryUrl.isEmpty())
            c.url = changes.repositoryUrl + u"/commit/" + c.sha;
        QString title;
        c.pullRequest = ReleaseChanges::pullRequestNumber(info.message, &title);
        if (c.pullRequest) {
            ReleaseChanges::PullRequest pr;
            pr.number = c.pullRequest;
            pr.title = title.isEmpty() ? info.summary : title;
            // A merge's author merged it; the branch's last commit says who wrote it.
            pr.author = info.author.name;
            if (info.parents.size() > 1) {
                if (auto branchTip = repo->commit(info.parents.at(1)))
                    pr.author = branchTip->author.name;
            }
            if (!changes.repositoryUrl.isEmpty())
                pr.url = changes.repositoryUrl + u"/pull/" + QString::number(pr.number);
            changes.pullRequests.append(pr);
        }
        changes.commits.append(c);
    }
    return changes;
}

} // namespace

ReleaseChangesFinder::Setup ReleaseChangesFinder::Setup::from(const Pipeline &pipeline)
{
    Setup setup;
    setup.repositoryRoot = pipeline.root;
    setup.gitHubApi = StatusCollector::gitHubApi(pipeline);
    setup.gitHubToken = StatusCollector::gitHubToken(pipeline);
    setup.registries = pipeline.registries;
    if (auto config = PipelineConfig::load(pipeline.root)) {
        for (const PipelineConfig::AppEntry &app : config->apps()) {
            if (!app.sourceUrl.isEmpty())
                setup.sourceUrls.insert(app.name, app.sourceUrl);
            if (!app.sourcePath.isEmpty())
                setup.sourcePaths.insert(app.name, expandPath(app.sourcePath, pipeline.root));
        }
    }
    return setup;
}

ReleaseChangesFinder::ReleaseChangesFinder(QObject *parent)
    : QObject(parent)
{ }

ReleaseChangesFinder::~ReleaseChangesFinder() = default;

QString ReleaseChangesFinder::gitHubRepository(const QString &url, const QUrl &api)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:https?://|ssh://git@|git@)([^/:]+)[:/]([^/]+)/([^/]+?)(?:\.git)?/?$)"));
    const auto m = re.match(url.trimmed());
    if (!m.hasMatch())
        return {};
    const QString host = m.captured(1).toLower();
    const bool gitHub = host == u"github.com" || host == u"www.github.com"
        || (!api.isEmpty() && api.host() != u"api.github.com" && host == api.host().toLower());
    return gitHub ? m.captured(2) + u'/' + m.captured(3) : QString();
}

void ReleaseChangesFinder::resolve(const QString &app, const Build &build, const Setup &setup,
                                   QObject *context, std::function<void(Resolved)> done)
{
    const QString fromTag = shaFromTag(build.tag);
    const QString configured = setup.sourceUrls.value(app);
    if (!fromTag.isEmpty() && !configured.isEmpty())
        return done({fromTag, configured, {}});
    const QString resolvedKey
        = build.image + u'|' + build.tag + u'|' + build.digest + u'|' + configured;
    if (const auto it = m_resolved.constFind(resolvedKey); it != m_resolved.cend())
        return done(*it);
    // A build's source and commit do not change: kept once known.
    QPointer<ReleaseChangesFinder> self(this);
    done = [self, resolvedKey, done](Resolved r) {
        if (self && r.problem.isEmpty())
            self->m_resolved.insert(resolvedKey, r);
        done(r);
    };
    const QString shown = build.image + (build.tag.isEmpty() ? QString() : u':' + build.tag);
    auto reference = ImageReference::parse(
        build.image
        + (build.digest.isEmpty() ? u':' + (build.tag.isEmpty() ? u"latest"_qs : build.tag)
                                  : u'@' + build.digest));
    auto finish = [=](const QString &labelRevision, const QString &labelSource,
                      const QString &registryProblem) {
        Resolved r;
        r.revision = labelRevision.isEmpty() ? fromTag : labelRevision;
        r.source = configured.isEmpty() ? labelSource : configured;
        if (r.revision.isEmpty())
            r.problem
                = Tr::tr("%1 names no source commit: it has no org.opencontainers.image.revision "
                         "label and its tag is not sha-<commit>")
                      .arg(shown);
        else if (r.source.isEmpty())
            r.problem = Tr::tr("%1 names no source repository: it has no "
                               "org.opencontainers.image.source label and promenade.yaml "
                               "gives no apps[].source for %2")
                            .arg(shown, app);
        if (!r.problem.isEmpty() && !registryProblem.isEmpty())
            r.problem += Tr::tr(" (the registry: %1)").arg(registryProblem);
        done(r);
    };
    if (!reference)
        return finish({}, {}, reference.error().message());

    ServiceEndpoint endpoint = registryEndpoint(reference->registry);
    if (setup.registries.contains(reference->registry))
        endpoint.baseUrl = QUrl(setup.registries.value(reference->registry));
    endpoint.policy.timeout = setup.timeout;
    // Deleted later, never from inside its own reply's callback.
    auto *client = new RegistryClient(endpoint, this);
    if (setup.registryCredentials) {
        if (const auto credential = CredentialsDiscovery::dockerCredential(reference->registry))
            client->setCredential(*credential);
    }
    ++m_requests;
    client->describe(
        reference->repository, reference->reference(), context,
        [client, finish](Result<ImageDetails> details) {
            client->deleteLater();
            if (!details)
                return finish({}, {}, details.error().message());
            // The label (config) or the annotation (manifest, index): both are
            // what docker/build-push-action writes; describe() merges them.
            QString revision = details->revision;
            QString source = details->source;
            if (revision.isEmpty())
                revision = details->labels.value(QStringLiteral("org.label-schema.vcs-ref"));
            if (source.isEmpty())
                source = details->labels.value(QStringLiteral("org.label-schema.vcs-url"));
            finish(revision, source, {});
        });
}

void ReleaseChangesFinder::find(const Request &request, const Setup &setup, QObject *context,
                                std::function<void(ReleaseChanges)> done)
{
    struct Both
    {
        std::optional<Resolved> from, to;
    };
    auto both = std::make_shared<Both>();
    QPointer<ReleaseChangesFinder> self(this);
    auto next = [=]() {
        if (!self || !both->from || !both->to)
            return;
        ReleaseChanges changes;
        changes.app = request.app;
        changes.fromVersion = request.from.version();
        changes.toVersion = request.to.version();
        changes.fromRevision = both->from->revision;
        changes.toRevision = both->to->revision;
        if (!both->from->problem.isEmpty() || !both->to->problem.isEmpty()) {
            changes.problem
                = !both->to->problem.isEmpty() ? both->to->problem : both->from->problem;
            return done(changes);
        }
        if (normalisedSource(both->from->source) != normalisedSource(both->to->source)) {
            changes.problem = Tr::tr("The two builds come from different repositories (%1, %2)")
                                  .arg(both->from->source, both->to->source);
            return done(changes);
        }
        const QString source = both->to->source;
        const QString gitHub = gitHubRepository(source, setup.gitHubApi);
        changes.repositoryUrl
            = gitHub.isEmpty() ? source : repositoryWebUrl(gitHub, setup.gitHubApi);
        const QString clone = setup.sourcePaths.value(request.app);
        const QString key = normalisedSource(source) + u'|' + clone + u'|' + changes.fromRevision
            + u"..." + changes.toRevision;
        if (const auto it = m_cache.constFind(key); it != m_cache.cend()
            && (it->changes.isKnown()
                || QDateTime::currentSecsSinceEpoch() - it->at < kFailureCacheSeconds)) {
            ReleaseChanges cached = it->changes;
            cached.fromVersion = changes.fromVersion;
            cached.toVersion = changes.toVersion;
            cached.requests = 0;
            return done(cached);
        }
        auto store = [self, key, done](ReleaseChanges result) {
            if (self)
                self->m_cache.insert(key, {result, QDateTime::currentSecsSinceEpoch()});
            done(result);
        };
        if (changes.fromRevision == changes.toRevision) {
            changes.repository = gitHub.isEmpty() ? source : gitHub;
            return store(changes);
        }
        if (!clone.isEmpty()) {
            changes.repository = clone;
            changes.via = QStringLiteral("local clone");
            const int maxCommits = setup.limits.maxCommits;
            QPointer<QObject> target(context);
            QThreadPool::globalInstance()->start([changes, clone, maxCommits, target, store]() {
                runCurrentThreadInBackground();
                ReleaseChanges result = walkClone(changes, clone, maxCommits);
                if (target)
                    QMetaObject::invokeMethod(
                        target.data(), [result, store] { store(result); }, Qt::QueuedConnection);
            });
            return;
        }
        if (gitHub.isEmpty()) {
            changes.repository = source;
            changes.problem = Tr::tr("%1 is not a GitHub repository: name a local clone in "
                                     "promenade.yaml (apps[].source.path) to list "
                                     "its changes")
                                  .arg(source);
            return store(changes);
        }
        changes.repository = gitHub;
        changes.via = QStringLiteral("GitHub");
        compareOnGitHub(changes, gitHub, setup, context, store);
    };
    resolve(request.app, request.from, setup, context, [both, next](Resolved r) {
        both->from = r;
        next();
    });
    resolve(request.app, request.to, setup, context, [both, next](Resolved r) {
        both->to = r;
        next();
    });
}

void ReleaseChangesFinder::compareOnGitHub(ReleaseChanges changes, const QString &repository,
                                           const Setup &setup, QObject *context,
                                           std::function<void(ReleaseChanges)> done)
{
    ServiceEndpoint endpoint;
    endpoint.serviceName = QStringLiteral("GitHub");
    endpoint.baseUrl = setup.gitHubApi;
    endpoint.policy.timeout = setup.timeout;
    auto *client = new GitHubClient(endpoint, this);
    client->setToken(setup.gitHubToken);
    const bool hasToken = client->hasToken();
    const QString owner = repository.section(u'/', 0, 0);
    const QString name = repository.section(u'/', 1, 1);
    const int maxCommits = setup.limits.maxCommits;
    QPointer<ReleaseChangesFinder> self(this);

    auto onCompared = [=](Result<GitHubComparison> comparison, bool reversed) mutable {
        if (!self)
            return;
        client->deleteLater();
        if (!comparison) {
            const Error &e = comparison.error();
            if (e.kind() == Error::Kind::NotFound && e.message().contains(u"commit"))
                changes.problem = Tr::tr("GitHub does not know commit %1 or %2 in %3: the history "
                                         "was rewritten (a force push), or "
                                         "the build is from a fork")
                                      .arg(changes.fromRevision.left(7), changes.toRevision.left(7),
                                           repository);
            else if (e.kind() == Error::Kind::NotFound && !hasToken)
                changes.problem = Tr::tr("GitHub answers 404 for %1: a private repository needs a "
                                         "GitHub token (GITHUB_TOKEN, or gh auth "
                                         "login) to list its changes")
                                      .arg(repository);
            else if (e.kind() == Error::Kind::NotFound)
                changes.problem = Tr::tr("GitHub answers 404 for %1: the repository does not "
                                         "exist, or the token cannot see it")
                                      .arg(repository);
            else
                changes.problem = e.message();
            return done(changes);
        }
        changes.compareUrl = comparison->htmlUrl;
        if (reversed)
            changes.direction = ReleaseChanges::Direction::Rollback;
        if (!reversed) {
            if (comparison->status == u"identical") {
                changes.direction = ReleaseChanges::Direction::Identical;
                return done(changes);
            }
            if (comparison->status == u"behind") {
                changes.direction = ReleaseChanges::Direction::Rollback;
                return; // the reversed comparison follows
            }
            changes.direction = comparison->status == u"diverged"
                ? ReleaseChanges::Direction::Diverged
                : ReleaseChanges::Direction::Forward;
            changes.behindBy = comparison->behindBy;
        }
        changes.totalCommits = comparison->totalCommits;
        if (comparison->totalCommits > maxCommits || comparison->truncated()) {
            changes.problem
                = Tr::tr("%1 commits between the builds: more than Promenade lists (%2); see %3")
                      .arg(count(comparison->totalCommits), count(maxCommits),
                           comparison->htmlUrl.isEmpty() ? repository : comparison->htmlUrl);
            return done(changes);
        }
        // GitHub lists oldest first; newest first here, as `git log` does.
        for (auto it = comparison->commits.crbegin(); it != comparison->commits.crend(); ++it) {
            ReleaseChanges::Commit c;
            c.sha = it->sha;
            c.parents = it->parents;
            c.message = it->message;
            c.summary = it->message.section(u'\n', 0, 0);
            c.author = it->authorName;
            c.authorLogin = it->authorLogin;
            c.date = it->authorDate;
            c.url
                = it->htmlUrl.isEmpty() ? changes.repositoryUrl + u"/commit/" + c.sha : it->htmlUrl;
            changes.commits.append(c);
        }
        lookUpPullRequests(std::make_shared<ReleaseChanges>(changes), repository, setup, context,
                           done);
    };

    ++m_requests;
    client->compare(owner, name, changes.fromRevision, changes.toRevision, maxCommits, context,
                    [=](Result<GitHubComparison> comparison) mutable {
                        if (self && comparison)
                            self->m_requests += comparison->pages - 1;
                        if (comparison && comparison->status == u"behind") {
                            changes.direction = ReleaseChanges::Direction::Rollback;
                            changes.compareUrl = comparison->htmlUrl;
                            ++m_requests;
                            client->compare(owner, name, changes.toRevision, changes.fromRevision,
                                            maxCommits, context,
                                            [=](Result<GitHubComparison> reversed) mutable {
                                                if (self && reversed)
                                                    self->m_requests += reversed->pages - 1;
                                                onCompared(std::move(reversed), true);
                                            });
                            return;
                        }
                        onCompared(std::move(comparison), false);
                    });
}

void ReleaseChangesFinder::lookUpPullRequests(std::shared_ptr<ReleaseChanges> changes,
                                              const QString &repository, const Setup &setup,
                                              QObject *context,
                                              std::function<void(ReleaseChanges)> done)
{
    // The first-parent chain from the newest commit: what landed on the branch, one by one.
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < changes->commits.size(); ++i)
        index.insert(changes->commits.at(i).sha, i);
    QList<qsizetype> chain;
    if (!changes->commits.isEmpty()) {
        QString sha = changes->commits.first().sha;
        QSet<QString> visited;
        while (index.contains(sha) && !visited.contains(sha)) {
            visited.insert(sha);
            chain.append(index.value(sha));
            const auto &parents = changes->commits.at(index.value(sha)).parents;
            sha = parents.isEmpty() ? QString() : parents.first();
        }
    }

    struct State
    {
        QHash<qsizetype, ReleaseChanges::PullRequest> found; // chain position → pull request
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    ServiceEndpoint endpoint;
    endpoint.serviceName = QStringLiteral("GitHub");
    endpoint.baseUrl = setup.gitHubApi;
    endpoint.policy.timeout = setup.timeout;
    auto *client = new GitHubClient(endpoint, this);
    client->setToken(setup.gitHubToken);
    const QString owner = repository.section(u'/', 0, 0);
    const QString name = repository.section(u'/', 1, 1);

    auto finish = [changes, chain, state, index, done, client]() {
        client->deleteLater();
        QSet<int> listed;
        for (qsizetype position : chain) {
            ReleaseChanges::Commit &head = changes->commits[position];
            ReleaseChanges::PullRequest pr = state->found.value(position);
            if (pr.number == 0) {
                // Beyond the lookups, or GitHub knew none: the message may still say.
                QString title;
                pr.number = ReleaseChanges::pullRequestNumber(head.message, &title);
                pr.title = title;
                pr.author = head.authorLogin.isEmpty() ? head.author : head.authorLogin;
                if (pr.number)
                    pr.url = changes->repositoryUrl + u"/pull/" + QString::number(pr.number);
            }
            if (pr.number == 0)
                continue;
            head.pullRequest = pr.number;
            // The merged branch's commits: reachable from the merge's other parents, not from
            // the chain.
            QList<QString> todo = head.parents.mid(1);
            QSet<QString> seen;
            while (!todo.isEmpty()) {
                const QString sha = todo.takeFirst();
                if (seen.contains(sha) || !index.contains(sha) || chain.contains(index.value(sha)))
                    continue;
                seen.insert(sha);
                ReleaseChanges::Commit &c = changes->commits[index.value(sha)];
                c.pullRequest = pr.number;
                todo.append(c.parents);
            }
            if (!listed.contains(pr.number)) {
                listed.insert(pr.number);
                changes->pullRequests.append(pr);
            }
        }
        done(*changes);
    };

    const int lookups = std::min<int>(int(chain.size()), setup.limits.maxPullRequestLookups);
    if (lookups == 0)
        return finish();
    state->pending = lookups;
    QPointer<ReleaseChangesFinder> self(this);
    for (int i = 0; i < lookups; ++i) {
        const qsizetype position = chain.at(i);
        const QString sha = changes->commits.at(position).sha;
        ++m_requests;
        ++changes->requests;
        client->commitPullRequests(
            owner, name, sha, context,
            [state, position, sha, finish](Result<QList<GitHubPullRequest>> prs) {
                if (prs) {
                    const GitHubPullRequest *best = nullptr;
                    for (const GitHubPullRequest &pr : *prs) {
                        if (pr.mergeCommitSha == sha) {
                            best = &pr;
                            break;
                        }
                        if (!best && pr.merged)
                            best = &pr;
                    }
                    if (best)
                        state->found.insert(
                            position,
                            {best->number, best->title, best->author, best->labels, best->htmlUrl});
                } else {
                    qCInfo(lcClients).noquote()
                        << "pull requests of" << sha << ":" << prs.error().toString();
                }
                if (--state->pending == 0)
                    finish();
            });
    }
}

} // namespace Promenade
