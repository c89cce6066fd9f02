#pragma once

#include <QString>

namespace Promenade::ImagePins {

// kustomize's image.Split: name, tag and digest of a reference; a ':' before the first '/' is
// a registry port, not a tag.
struct ImageRef
{
    QString name, tag, digest;

    static ImageRef split(const QString &image);
    QString joined() const;
};

} // namespace Promenade::ImagePins
