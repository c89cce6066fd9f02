#include "writebackoverrides.h"

namespace Promenade {

void applyWriteBack(LeafDeployment &leaf, const ArgoCdSourceOverride &override,
                    const QString &relative)
{
    // kustomize.images: the file's list replaces the Application's own overrides.
    if (!override.kustomizeImages.isEmpty())
        leaf.overrides.removeIf([](const ImagePinFinder::Override &o) {
            return o.pin.kind == VersionPin::Kind::ApplicationOverride;
        });
    for (qsizetype n = 0; n < override.kustomizeImages.size(); ++n) {
        const auto &entry = override.kustomizeImages[n];
        leaf.overrides << ImagePinFinder::Override {
            entry.value,
            {VersionPin::Kind::ImageUpdater, relative, entry.line,
             QStringLiteral("kustomize.images[%1]").arg(n)}};
    }
    // A Helm source's: helm.parameters (the later file's list replaces the earlier's).
    if (!override.helmParameters.isEmpty())
        leaf.helmParameters.clear();
    for (const auto &entry : std::as_const(override.helmParameters)) {
        leaf.helmParameters << HelmParameterPin {
            entry.name,
            entry.value,
            {VersionPin::Kind::ImageUpdater, relative, entry.line,
             QStringLiteral("helm.parameters[name=%1].value").arg(entry.name)}};
    }
}

} // namespace Promenade
