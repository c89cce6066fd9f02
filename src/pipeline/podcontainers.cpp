#include "podcontainers.h"

namespace Promenade::ImagePins {

using Kustomize::YamlNode;

const QByteArray &slotKey()
{
    static const QByteArray key("\x1f"
                                "promenade-slot");
    return key;
}

QString spellPath(const std::vector<PathSegment> &path)
{
    QString out;
    for (size_t i = 0; i < path.size(); ++i) {
        const PathSegment &s = path[i];
        if (s.key) {
            if (!out.isEmpty())
                out += u'.';
            out += QString::fromUtf8(*s.key);
        } else if (s.item && s.item->isMap() && s.item->get("name")) {
            out += QStringLiteral("[name=%1]").arg(QString::fromUtf8(s.item->get("name")->text()));
        } else {
            out += QStringLiteral("[%1]").arg(s.index);
        }
    }
    return out;
}

QByteArray containerName(const YamlNode &container)
{
    const YamlNode *name = container.get("name");
    return name && name->isScalar() ? name->text() : QByteArray();
}

} // namespace Promenade::ImagePins
