#include "imageref.h"

namespace Promenade::ImagePins {

ImageRef ImageRef::split(const QString &image)
{
    const qsizetype slash = image.indexOf(u'/');
    const qsizetype from = slash > 0 ? slash : 0;
    const qsizetype at = image.indexOf(u'@', from);
    const qsizetype colon = image.indexOf(u':', from);
    if (at < 0 && colon < 0)
        return {image, {}, {}};
    if (at >= 0 && (colon < 0 || at < colon))
        return {image.left(at), {}, image.mid(at + 1)};
    if (at >= 0)
        return {image.left(colon), image.mid(colon + 1, at - colon - 1), image.mid(at + 1)};
    return {image.left(colon), image.mid(colon + 1), {}};
}

QString ImageRef::joined() const
{
    QString out = name;
    if (!tag.isEmpty())
        out += u':' + tag;
    if (!digest.isEmpty())
        out += u'@' + digest;
    return out;
}

} // namespace Promenade::ImagePins
