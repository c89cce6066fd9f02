#include "pineditor.h"

#include "kustomizationeditor.h"
#include "yamlsplice.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace Promenade {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)
};

using Kustomize::YamlSplice;

// The last mapping key of a key path ("spec.template.spec.containers[name=web].image" →
// "image"); empty when the path ends with a list index ("kustomize.images[0]").
QByteArray lastName(const QString &key)
{
    if (key.endsWith(u']'))
        return {};
    qsizetype depth = 0;
    for (qsizetype i = key.size() - 1; i >= 0; --i) {
        if (key.at(i) == u']')
            ++depth;
        else if (key.at(i) == u'[')
            --depth;
        else if (key.at(i) == u'.' && depth == 0)
            return key.mid(i + 1).toUtf8();
    }
    return key.toUtf8();
}

bool isDigest(const QString &value)
{
    return value.startsWith(QLatin1String("sha256:")) || value.startsWith(QLatin1String("sha512:"));
}

bool isReferenceForm(VersionPin::Kind kind, const QString &value)
{
    if (kind == VersionPin::Kind::Patch || kind == VersionPin::Kind::Manifest)
        return true;
    if (kind == VersionPin::Kind::ChartVersion || isDigest(value))
        return false;
    return value.contains(u'/') || value.contains(u':') || value.contains(u'@');
}

bool holdsCurrent(const PinEditor::Edit &edit, const QString &value)
{
    if (edit.pin.kind == VersionPin::Kind::ChartVersion)
        return value == edit.currentTag;
    if (isReferenceForm(edit.pin.kind, value)) {
        const bool prefixed = edit.pin.kind == VersionPin::Kind::ImageUpdater
            || edit.pin.kind == VersionPin::Kind::ApplicationOverride;
        const auto ref = PinEditor::splitReference(value, prefixed);
        return (!edit.currentTag.isEmpty() && ref.tag == edit.currentTag)
            || (!edit.currentDigest.isEmpty() && ref.digest == edit.currentDigest);
    }
    return (!edit.currentTag.isEmpty()
            && (value == edit.currentTag || value.section(u'@', 0, 0) == edit.currentTag))
        || (!edit.currentDigest.isEmpty() && value == edit.currentDigest);
}

Result<QByteArray> newValue(const PinEditor::Edit &edit, const QString &old)
{
    if (edit.pin.kind == VersionPin::Kind::ChartVersion)
        return edit.newTag.toUtf8();
    if (isReferenceForm(edit.pin.kind, old)) {
        const bool prefixed = edit.pin.kind == VersionPin::Kind::ImageUpdater
            || edit.pin.kind == VersionPin::Kind::ApplicationOverride;
        const auto ref = PinEditor::splitReference(old, prefixed);
        QString out = ref.prefix + ref.repository;
        if (!edit.newTag.isEmpty())
            out += u':' + edit.newTag;
        if (!edit.newDigest.isEmpty())
            out += u'@' + edit.newDigest;
        return out.toUtf8();
    }
    if (isDigest(old)) {
        if (edit.newDigest.isEmpty())
            return Error(Error::Kind::BadInput,
                         Tr::tr("the target pins a digest, and the digest of %1 is not known: "
                                "pin it by hand")
                             .arg(edit.newTag))
                .at(edit.pin.file, edit.pin.line);
        return edit.newDigest.toUtf8();
    }
    // A tag field: a digest written with the tag stays written with it.
    if (old.contains(u'@') && !edit.newDigest.isEmpty())
        return (edit.newTag + u'@' + edit.newDigest).toUtf8();
    return edit.newTag.toUtf8();
}

} // namespace

PinEditor::Reference PinEditor::splitReference(const QString &reference, bool allowNamePrefix)
{
    Reference out;
    QString rest = reference;
    if (allowNamePrefix) {
        const qsizetype eq = rest.indexOf(u'=');
        if (eq >= 0) {
            out.prefix = rest.left(eq + 1);
            rest = rest.mid(eq + 1);
        }
    }
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        out.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    const qsizetype slash = rest.lastIndexOf(u'/');
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > slash) {
        out.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    out.repository = rest;
    return out;
}

Result<QByteArray> PinEditor::editText(const QByteArray &text, const Edit &edit)
{
    const VersionPin &pin = edit.pin;
    if (!pin.isSet())
        return Error(Error::Kind::BadInput, Tr::tr("no pin to edit"));
    if (pin.kind == VersionPin::Kind::KustomizeImages) {
        // images[name=<entry>].<field>
        const qsizetype open = pin.key.indexOf(QLatin1String("[name="));
        const qsizetype close = pin.key.lastIndexOf(QLatin1String("]."));
        if (open < 0 || close < open)
            return Error(Error::Kind::BadInput,
                         Tr::tr("cannot tell the images entry from %1").arg(pin.key))
                .at(pin.file, pin.line);
        Kustomize::KustomizationEditor::ImageUpdate update;
        update.newTag = edit.newTag;
        update.digest = edit.newDigest;
        return Kustomize::KustomizationEditor::setImageInText(
            text, pin.key.mid(open + 6, close - open - 6), update, pin.file);
    }

    // The scalar discovery pointed at: on its line (inside a patch inlined in a block scalar
    // too), the one under the pin's key, else the one holding the version; without a line, at
    // its key path.
    std::optional<YamlSplice::Scalar> found;
    if (pin.line > 0) {
        const QList<YamlSplice::Scalar> scalars = YamlSplice::scalarsOnLine(text, pin.line);
        const QByteArray name = lastName(pin.key);
        QList<YamlSplice::Scalar> holding;
        for (const YamlSplice::Scalar &s : scalars) {
            if (holdsCurrent(edit, QString::fromUtf8(s.value)))
                holding << s;
        }
        for (const YamlSplice::Scalar &s : std::as_const(holding)) {
            if (!name.isEmpty() && s.key == name)
                found = s;
        }
        if (!found && holding.size() == 1)
            found = holding.first();
    }
    if (!found) {
        auto at = YamlSplice::atPath(text, pin.key, pin.file);
        if (at && holdsCurrent(edit, QString::fromUtf8(at->value)))
            found = *at;
        else if (!at && at.error().kind() != Error::Kind::NotFound)
            return at.error();
    }
    if (!found) {
        const QString current = edit.currentDigest.isEmpty()
            ? edit.currentTag
            : (edit.currentTag.isEmpty() ? edit.currentDigest
                                         : edit.currentTag + u'@' + edit.currentDigest);
        return Error(Error::Kind::Refused,
                     Tr::tr("%1 no longer holds %2 at %3 (line %4): the file changed since it "
                            "was read; look again")
                         .arg(pin.file, current, pin.key)
                         .arg(pin.line))
            .at(pin.file, pin.line);
    }
    auto value = newValue(edit, QString::fromUtf8(found->value));
    if (!value)
        return value.error();
    return YamlSplice::replace(text, *found, *value);
}

Result<QByteArray> PinEditor::addChartVersionPatch(const QByteArray &kustomization,
                                                   const QString &kind, const QString &name,
                                                   const QString &version, const QString &fileName,
                                                   const QString &pinKey)
{
    QByteArray apiVersion;
    QByteArray body;
    const QByteArray value = YamlSplice::quoted(version.toUtf8(), YamlSplice::Quote::Plain);
    const QByteArray n = YamlSplice::quoted(name.toUtf8(), YamlSplice::Quote::Plain);
    static const QRegularExpression sourceKey(
        QStringLiteral("^spec\\.sources\\[(\\d+)\\]\\.targetRevision$"));
    if (const auto m = sourceKey.match(pinKey);
        m.hasMatch() && kind == QLatin1String("Application")) {
        const QByteArray item = "target:\n  kind: Application\n  name: " + n
            + "\npatch: |-\n  - op: replace\n    path: /spec/sources/" + m.captured(1).toUtf8()
            + "/targetRevision\n    value: " + value + '\n';
        return YamlSplice::appendToList(kustomization, "patches", item, fileName);
    }
    if (kind == QLatin1String("Application")) {
        apiVersion = "argoproj.io/v1alpha1";
        body = "  spec:\n    source:\n      targetRevision: " + value + '\n';
    } else if (kind == QLatin1String("HelmRelease")) {
        apiVersion = "helm.toolkit.fluxcd.io/v2";
        body = "  spec:\n    chart:\n      spec:\n        version: " + value + '\n';
    } else {
        return Error(Error::Kind::BadInput,
                     Tr::tr("cannot pin the chart version of a %1 in an overlay").arg(kind))
            .at(fileName);
    }
    const QByteArray item = "target:\n  kind: " + kind.toUtf8() + "\n  name: " + n
        + "\npatch: |-\n  apiVersion: " + apiVersion + "\n  kind: " + kind.toUtf8()
        + "\n  metadata:\n    name: " + n + '\n' + body;
    return YamlSplice::appendToList(kustomization, "patches", item, fileName);
}

} // namespace Promenade
