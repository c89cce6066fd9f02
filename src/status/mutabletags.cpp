#include "mutabletags.h"

#include "mutabletag.h"

namespace Promenade {

void MutableTags::flag(AppStatus &app, const AppStatus *before)
{
    const DeclaredImage &d = app.declared;
    const bool chartOnly = d.pin.kind == VersionPin::Kind::ChartVersion;
    app.tagMoved = false;
    if (!chartOnly && d.digest.isEmpty() && !d.tag.isEmpty() && before
        && before->declared.tag == d.tag && before->declared.repository == d.repository) {
        if (before->tagMoved)
            app.tagMoved = true; // moved before: still not one build
        else if (!before->declaredDigest.isEmpty() && !app.declaredDigest.isEmpty()
                 && before->declaredDigest != app.declaredDigest)
            app.tagMoved = true;
    }
    app.mutableTagWarning = chartOnly
        ? QString()
        : MutableTag::warning(d.tag, d.digest, app.tagMoved, app.declaredDigest);
    app.mutableTag = !app.mutableTagWarning.isEmpty();
}

void MutableTags::flag(PipelineStatus &status, const PipelineStatus *before)
{
    for (EnvironmentStatus &env : status.environments) {
        const EnvironmentStatus *old = before ? before->environment(env.name) : nullptr;
        for (AppStatus &app : env.apps)
            flag(app, old ? old->app(app.app) : nullptr);
    }
}

} // namespace Promenade
