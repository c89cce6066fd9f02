#include "demooriginmirror.h"

#include "gitremote.h"
#include "gitrepository.h"
#include "repositorydiscovery.h"

#include <QDir>

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
    auto repo = Git::Repository::init(mirrorPath, QStringLiteral("promenade-mirror"));
    if (!repo)
        return repo.error();
    if (Status s = repo->addRemote(origin, originPath); !s)
        return s.error();
    if (Status s = Git::Remote(*repo, origin).fetch(); !s)
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

Result<QString> DemoOriginMirror::merge(const QString &head, const QString &base)
{
    auto repo = Git::Repository::open(m_mirrorPath);
    if (!repo)
        return repo.error();
    if (Status s = Git::Remote(*repo, origin).fetch(); !s)
        return s.error();
    auto tip = repo->resolve(QStringLiteral("refs/remotes/origin/") + head);
    if (!tip)
        return tip.error();
    // A normal push: the origin accepts it only as a fast-forward of base.
    const QString refspec = QStringLiteral("refs/remotes/origin/%1:refs/heads/%2").arg(head, base);
    if (Status s = Git::Remote(*repo, origin).push({refspec}); !s)
        return s.error();
    return *tip;
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
    h.mergeBranch = [this](const QString &head, const QString &base, const QString &) {
        return merge(head, base);
    };
    return h;
}

} // namespace Promenade::Demo
