#include "mutabletag.h"

#include <QCoreApplication>
#include <QStringList>

namespace Promenade {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MutableTag)
};

} // namespace

bool MutableTag::isMutableByName(const QString &tag, const QString &digest)
{
    if (!digest.isEmpty() || tag.isEmpty())
        return false;
    static const QStringList names {
        QStringLiteral("latest"),   QStringLiteral("main"),        QStringLiteral("master"),
        QStringLiteral("develop"),  QStringLiteral("development"), QStringLiteral("dev"),
        QStringLiteral("edge"),     QStringLiteral("nightly"),     QStringLiteral("stable"),
        QStringLiteral("head"),     QStringLiteral("trunk"),       QStringLiteral("canary"),
        QStringLiteral("unstable"), QStringLiteral("next"),        QStringLiteral("beta"),
        QStringLiteral("release"),
    };
    return names.contains(tag.toLower());
}

QString MutableTag::warning(const QString &tag, const QString &digest, bool moved,
                            const QString &registryDigest)
{
    if (moved) {
        if (registryDigest.isEmpty())
            return Tr::tr("The tag %1 has moved in the registry: it is not one build. Pin the "
                          "digest.")
                .arg(tag);
        return Tr::tr("The tag %1 has moved in the registry (now %2): it is not one build. Pin "
                      "the digest.")
            .arg(tag, registryDigest.left(19));
    }
    if (!isMutableByName(tag, digest))
        return {};
    if (tag.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0)
        return Tr::tr("Pinned to the mutable tag latest: a restart may run another build. Pin the "
                      "digest.");
    return Tr::tr("Pinned to %1, a branch name: the tag moves with every build. Pin the digest.")
        .arg(tag);
}

} // namespace Promenade
