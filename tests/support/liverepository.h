#pragma once

// A generated demo repository whose promenade.yaml points at a demo control plane on loopback
// (Argo CD and the registry), as a real repository points at its services; the plane can be
// shut down (reset()). Header-only: whoever includes it links promenade_democontrolplane and
// promenade_demo.

#include "democontrolplane.h"
#include "demooriginmirror.h"
#include "demorepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace TestSupport {

// A repository whose promenade.yaml points at a demo control plane on loopback (Argo CD and
// the registry), as a real repository points at its services; the plane can be shut down.
struct LiveRepository
{
    QTemporaryDir scratch;
    QString root;
    std::optional<Promenade::Demo::DemoOriginMirror> mirror;
    std::unique_ptr<Promenade::Demo::DemoControlPlane> plane;

    bool start()
    {
        const auto created
            = Promenade::Demo::DemoRepository::generate(scratch.filePath(QStringLiteral("repo")));
        if (!created)
            return false;
        root = created->workTree;
        auto created_mirror = Promenade::Demo::DemoOriginMirror::create(
            created->originPath, scratch.filePath(QStringLiteral("mirror")));
        if (!created_mirror)
            return false;
        mirror.emplace(std::move(*created_mirror));
        auto origin = mirror->read();
        if (!origin)
            return false;
        plane = std::make_unique<Promenade::Demo::DemoControlPlane>(origin->first, origin->second,
                                                                    mirror->hooks());
        plane->setTiming(100000, 50);
        if (!plane->start())
            return false;
        const QByteArray config = TestSupport::readFile(root + QStringLiteral("/promenade.yaml"))
            + "\nendpoints:\n  argocd: " + plane->endpoints().argoCd.toString().toUtf8()
            + "\n  registries:\n    ghcr.io: " + plane->endpoints().registry.toString().toUtf8()
            + "\n";
        qputenv("ARGOCD_AUTH_TOKEN", plane->endpoints().argoCdToken.toUtf8());
        // The token is for that server (a repository naming another one would not get it).
        qputenv("ARGOCD_SERVER",
                QStringLiteral("%1:%2")
                    .arg(plane->endpoints().argoCd.host())
                    .arg(plane->endpoints().argoCd.port())
                    .toUtf8());
        return TestSupport::writeFile(root + QStringLiteral("/promenade.yaml"), config);
    }
};

} // namespace TestSupport
