#include "helmparameterimages.h"

#include "imageref.h"

#include <algorithm>

namespace Promenade {

namespace {

// A Helm parameter holding a whole image reference: one named by an image-spec annotation,
// or (without annotations: an ImageUpdater resource configures it) one named `<x>.spec`,
// `image` or `<x>.image` whose value is a reference with a tag or digest. Its image block:
// the name without `.spec`.
QString specBlock(const HelmParameterPin &p, const QStringList &specs)
{
    const bool named = specs.contains(p.name);
    const bool conventional = p.name.endsWith(QLatin1String(".spec")) || p.name == u"image"
        || p.name.endsWith(QLatin1String(".image"));
    if (!named && !conventional)
        return {};
    const ImagePins::ImageRef ref = ImagePins::ImageRef::split(p.value);
    if (ref.name.isEmpty() || (ref.tag.isEmpty() && ref.digest.isEmpty()))
        return {};
    return p.name.endsWith(QLatin1String(".spec")) ? p.name.chopped(5) : p.name;
}

} // namespace

// The Helm value names Image Updater writes a whole "repo:tag" reference to (its
// `<alias>.helm.image-spec` annotations).
QStringList HelmParameterImages::specKeys(const std::optional<ImageUpdaterConfig> &updater)
{
    QStringList out;
    if (updater) {
        for (const ImageUpdaterConfig::Image &image : updater->images) {
            if (!image.helmImageSpec.isEmpty())
                out << image.helmImageSpec;
        }
    }
    return out;
}

// Helm parameters set on top of the values (Image Updater's write-back: image.name, image.tag,
// or the names its annotations give): `<block>.tag` sets the tag of the values' image block
// `<block>` and is then where its version is pinned; `<block>.name` / `<block>.repository`
// its repository; an image-spec parameter (`<block>.spec: repo:tag`) the whole reference. A
// block the values do not have is added (the parameters alone name it).
void HelmParameterImages::apply(QList<HelmValuesImage> &images,
                                const QList<HelmParameterPin> &parameters, const QStringList &specs)
{
    const auto blockNamed = [&](const QString &block) {
        auto image = std::find_if(images.begin(), images.end(),
                                  [&](const HelmValuesImage &i) { return i.key == block; });
        if (image == images.end()) {
            images.append({block, {}, {}, {}, {}});
            image = images.end() - 1;
        }
        return image;
    };
    for (const HelmParameterPin &p : parameters) {
        if (const QString block = specBlock(p, specs); !block.isEmpty()) {
            const ImagePins::ImageRef ref = ImagePins::ImageRef::split(p.value);
            auto image = blockNamed(block);
            image->repository = ref.name;
            image->tag = ref.tag;
            image->digest = ref.digest;
            image->pin = p.pin;
            continue;
        }
        if (!p.name.endsWith(QLatin1String(".tag")) || p.value.isEmpty())
            continue;
        const QString block = p.name.chopped(4);
        auto image = blockNamed(block);
        image->tag = p.value;
        image->pin = p.pin;
        for (const HelmParameterPin &name : parameters) {
            if ((name.name == block + QLatin1String(".name")
                 || name.name == block + QLatin1String(".repository"))
                && !name.value.isEmpty())
                image->repository = name.value;
        }
    }
}

} // namespace Promenade
