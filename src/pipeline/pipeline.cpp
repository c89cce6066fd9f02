#include "pipeline.h"

namespace Promenade {

QString DeclaredImage::version() const
{
    if (digest.isEmpty())
        return tag;
    return tag + u'@' + digest;
}

const DeclaredImage *Environment::imageFor(const QString &app) const
{
    for (const DeclaredImage &image : images) {
        if (image.app == app)
            return &image;
    }
    return nullptr;
}

QString Environment::overlayFor(const QString &app) const
{
    // The app's own deployment first: in a per-app layout every app has its own source.
    for (const Deployment &d : deployments) {
        if (d.app == app && !d.path.isEmpty() && !d.infrastructure)
            return d.path;
    }
    for (const QString &overlay : appOverlays) {
        if (overlay.startsWith(u"apps/" + app + u"/overlays/"))
            return overlay;
    }
    return appsOverlay;
}

QString VersionPin::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::KustomizeImages:
        return QStringLiteral("kustomize-images");
    case Kind::Patch:
        return QStringLiteral("patch");
    case Kind::Manifest:
        return QStringLiteral("manifest");
    case Kind::ImageUpdater:
        return QStringLiteral("image-updater");
    case Kind::ApplicationOverride:
        return QStringLiteral("application-override");
    case Kind::HelmValues:
        return QStringLiteral("helm-values");
    case Kind::ChartVersion:
        return QStringLiteral("chart-version");
    }
    return {};
}

QString Deployment::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ArgoCdApplication:
        return QStringLiteral("Application");
    case Kind::FluxKustomization:
        return QStringLiteral("Kustomization");
    case Kind::FluxHelmRelease:
        return QStringLiteral("HelmRelease");
    case Kind::Convention:
        return QStringLiteral("convention");
    }
    return {};
}

QStringList Pipeline::upstreamOf(const QString &name) const
{
    const Environment *env = environment(name);
    if (!env)
        return {};
    if (!env->upstream.isEmpty())
        return env->upstream;
    if (env->stage > 0 && env->stage - 1 < stages.size())
        return stages.at(env->stage - 1);
    if (stages.isEmpty()) {
        // A pipeline built without stages (by hand, or an old cache): a chain in list order.
        for (qsizetype i = 1; i < environments.size(); ++i) {
            if (environments[i].name == name)
                return {environments[i - 1].name};
        }
    }
    return {};
}

const Environment *Pipeline::environment(const QString &name) const
{
    for (const Environment &env : environments) {
        if (env.name == name)
            return &env;
    }
    return nullptr;
}

const App *Pipeline::app(const QString &name) const
{
    for (const App &a : apps) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

} // namespace Promenade
