#include "demooriginmirror.h"

#include "gitobjectwriter.h"
#include "gitremote.h"
#include "gitrepository.h"
#include "repositorydiscovery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Promenade::Demo {

namespace {
const auto origin = QStringLiteral("origin");
}

DemoOriginMirror::DemoOriginMirror(QString originPath, QString mirrorPath)
    : m_originPath(std::move(originPath))
    , m_mirrorPath(std::move(mirrorPath))
{ }

Result<DemoOriginMirror> DemoOriginMirror::create(const QString &originPath,
                                                  const QString &mirrorPath)
{
    // The clone starts on a placeholder branch so that main can be created from the origin's.
    auto made = Git::Repository::init(mirrorPath, QStringLiteral("promenade-mirror"));
    if (!made)
        return made.error();
    // It borrows the origin's objects (Git's alternates, as `git clone --shared` does) rather
    // than fetching them all once more: the origin's main is then known without a transfer.
    auto bare = Git::Repository::open(originPath);
    if (!bare)
        return bare.error();
    auto tip = bare->resolve(QStringLiteral("refs/heads/main"));
    if (!tip)
        return tip.error();
    QFile alternates(QDir(made->gitDir()).filePath(QStringLiteral("objects/info/alternates")));
    if (!QDir().mkpath(QFileInfo(alternates).absolutePath())
        || !alternates.open(QIODevice::WriteOnly)
        || alternates.write(
               QFile::encodeName(QDir(bare->gitDir()).filePath(QStringLiteral("objects"))) + '\n')
            < 0
        || !alternates.flush())
        return Error(Error::Kind::Failed,
                     QStringLiteral("cannot write %1: %2")
                         .arg(alternates.fileName(), alternates.errorString()));
    alternates.close();
    auto repo = Git::Repository::open(mirrorPath); // with the origin's objects
    if (!repo)
        return repo.error();
    if (Status s = repo->addRemote(origin, originPath); !s)
        return s.error();
    if (Status s
        = Git::ObjectWriter(*repo).setReference(QStringLiteral("refs/remotes/origin/main"), *tip);
        !s)
        return s.error();
    if (Status s
        = repo->createBranch(QStringLiteral("main"), QStringLiteral("refs/remotes/origin/main"));
        !s)
        return s.error();
    if (Status s = repo->checkout(QStringLiteral("main")); !s)
        return s.error();
    if (Status s = repo->setUpstream(QStringLiteral("main"), origin); !s)
        return s.error();
    return DemoOriginMirror(originPath, mirrorPath);
}

Status DemoOriginMirror::fetch()
{
    auto repo = Git::Repository::open(m_mirrorPath);
    if (!repo)
        return repo.error();
    return Git::Remote(*repo, origin).fetch();
}

void DemoOriginMirror::assume(const Pipeline &pipeline, const QString &revision)
{
    m_lastPipeline = pipeline;
    m_lastRevision = revision;
}

Result<std::pair<Pipeline, QString>> DemoOriginMirror::read()
{
    auto repo = Git::Repository::open(m_mirrorPath);
    if (!repo)
        return repo.error();
    if (Status s = Git::Remote(*repo, origin).fetch(); !s)
        return s.error();
    auto tip = repo->resolve(QStringLiteral("refs/remotes/origin/main"));
    if (!tip)
        return tip.error();
    if (*tip == m_lastRevision)
        return std::pair {m_lastPipeline, m_lastRevision};
    auto moved = repo->fastForward();
    if (!moved)
        return moved.error();
    auto pipeline = RepositoryDiscovery::discover(m_mirrorPath);
    if (!pipeline)
        return pipeline.error();
    m_lastPipeline = *pipeline;
    m_lastRevision = *tip;
    return std::pair {m_lastPipeline, m_lastRevision};
}

QString DemoOriginMirror::resolveBranch(const QString &branch)
{
    auto bare = Git::Repository::open(m_originPath);
    if (!bare)
        return {};
    auto id = bare->resolve(QStringLiteral("refs/heads/") + branch);
    return id ? *id : QString();
}

Result<QString> DemoOriginMirror::merge(const QString &head, const QString &base,
                                        const QString &message, bool squash)
{
    auto repo = Git::Repository::open(m_mirrorPath);
    if (!repo)
        return repo.error();
    if (Status s = Git::Remote(*repo, origin).fetch(); !s)
        return s.error();
    auto headTip = repo->resolve(QStringLiteral("refs/remotes/origin/") + head);
    if (!headTip)
        return headTip.error();
    auto baseTip = repo->resolve(QStringLiteral("refs/remotes/origin/") + base);
    if (!baseTip)
        return baseTip.error();
    // Head's tree is the merge's tree only when head already holds everything base has.
    Git::Repository::LogOptions walk;
    walk.from = *headTip;
    auto reachable = repo->log(walk);
    if (!reachable)
        return reachable.error();
    const bool containsBase
        = std::any_of(reachable->cbegin(), reachable->cend(),
                      [&](const Git::CommitInfo &c) { return c.id == *baseTip; });
    if (!containsBase)
        return Error(Error::Kind::Refused,
                     QStringLiteral("%1 moved on since %2 was branched").arg(base, head));
    auto tree = repo->treeOf(*headTip);
    if (!tree)
        return tree.error();
    Git::Signature merger {QStringLiteral("GitHub"), QStringLiteral("noreply@github.com"),
                           QDateTime::currentDateTimeUtc()};
    const Git::ObjectWriter writer(*repo);
    const QStringList parents = squash ? QStringList {*baseTip} : QStringList {*baseTip, *headTip};
    auto bytes = writer.commitBytes(*tree, parents, merger, merger, message);
    if (!bytes)
        return bytes.error();
    auto merged = writer.writeCommit(*bytes);
    if (!merged)
        return merged.error();
    const QString staging = QStringLiteral("refs/promenade-merge/") + head;
    if (Status s = writer.setReference(staging, *merged); !s)
        return s.error();
    // A normal push: the origin accepts it only as a fast-forward of base.
    if (Status s
        = Git::Remote(*repo, origin).push({staging + QStringLiteral(":refs/heads/") + base});
        !s)
        return s.error();
    return *merged;
}

DemoControlPlane::OriginHooks DemoOriginMirror::hooks()
{
    DemoControlPlane::OriginHooks h;
    h.readOrigin = [this] {
        return read();
    };
    h.resolveBranch = [this](const QString &branch) {
        return resolveBranch(branch);
    };
    h.mergeBranch
        = [this](const QString &head, const QString &base, const QString &message, bool squash) {
              return merge(head, base, message, squash);
          };
    return h;
}

} // namespace Promenade::Demo
