#include "versiongrammar.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)
};

bool matches(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}

} // namespace

QString VersionGrammar::escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c.isPrint())
            out += c;
        else if (c.unicode() < 0x100 && !c.isPrint())
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (!c.isPrint())
            out += QStringLiteral("\\u{%1}").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

Status VersionGrammar::checkTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9_][A-Za-z0-9._-]{0,127}\\z"));
    if (matches(re, tag))
        return {};
    return Error(
        Error::Kind::BadInput,
        Tr::tr("'%1' is not a valid image tag: a tag is 1 to 128 letters, digits, '_', '.' "
               "and '-', and does not start with '.' or '-'")
            .arg(escaped(tag)));
}

Status VersionGrammar::checkDigest(const QString &digest)
{
    // algorithm-component ([a-z0-9]+) joined by [+._-], ":", encoded ([a-zA-Z0-9=_-]+).
    static const QRegularExpression grammar(
        QStringLiteral("\\A[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+\\z"));
    static const QRegularExpression sha256(QStringLiteral("\\Asha256:[a-f0-9]{64}\\z"));
    static const QRegularExpression sha512(QStringLiteral("\\Asha512:[a-f0-9]{128}\\z"));
    const QString why
        = Tr::tr("'%1' is not a valid image digest: expected sha256: and 64 lower-case hex digits")
              .arg(escaped(digest));
    if (!matches(grammar, digest))
        return Error(Error::Kind::BadInput, why);
    if (digest.startsWith(u"sha256:") && !matches(sha256, digest))
        return Error(Error::Kind::BadInput, why);
    if (digest.startsWith(u"sha512:") && !matches(sha512, digest)) {
        return Error(
            Error::Kind::BadInput,
            Tr::tr(
                "'%1' is not a valid image digest: expected sha512: and 128 lower-case hex digits")
                .arg(escaped(digest)));
    }
    return {};
}

Status VersionGrammar::checkChartVersion(const QString &version)
{
    // semver.org's grammar: MAJOR.MINOR.PATCH, no leading zeros, optional -pre.release and +build.
    static const QRegularExpression re(
        QStringLiteral("\\Av?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                       "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-"
                       "zA-Z-][0-9a-zA-Z-]*))*))?"
                       "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?\\z"));
    if (version.size() <= 256 && matches(re, version))
        return {};
    return Error(Error::Kind::BadInput,
                 Tr::tr("'%1' is not a valid chart version: Helm charts use semantic versions such "
                        "as 1.4.2 or 2.0.0-rc.1")
                     .arg(escaped(version)));
}

} // namespace Promenade
