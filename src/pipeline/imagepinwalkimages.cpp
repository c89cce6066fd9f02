// The image pin walk's `images:` entries (kustomize's image transformer) and the overrides an
// Argo CD Application or Image Updater write-back file applies on top of them.
#include "imagepinwalk.h"

#include "imageref.h"
#include "podcontainers.h"

#include <QCoreApplication>
#include <QMap>

#include <cctype>

namespace Promenade::ImagePins {

using Kustomize::YamlNode;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImagePinFinder)
};

bool isTagCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'{' || c == u'}' || c == u'-';
}

// kustomize's image name match without a regular expression, for names holding no expression
// syntax but '.' (taken literally: an image repository never differs from a name only there):
// the name, then an optional ":tag" and an optional "@algorithm:digest".
bool matchesLiteralImageName(const QString &value, const QString &name)
{
    if (!value.startsWith(name))
        return false;
    qsizetype i = name.size();
    if (i < value.size() && value.at(i) == u':') {
        for (++i; i < value.size() && isTagCharacter(value.at(i)); ++i) { }
    }
    if (i < value.size() && value.at(i) == u'@') {
        ++i;
        if (i >= value.size() || !value.at(i).isLetter())
            return false;
        for (; i < value.size() && value.at(i).isLetterOrNumber(); ++i) { }
        if (i >= value.size() || value.at(i) != u':')
            return false;
        for (++i; i < value.size() && isTagCharacter(value.at(i)); ++i) { }
    }
    return i == value.size();
}

bool isLiteralImageName(const QByteArray &name)
{
    for (char c : name) {
        if (!(std::isalnum(uchar(c)) || c == '.' || c == '/' || c == ':' || c == '-' || c == '_'))
            return false;
    }
    return true;
}

// The reference an images: entry makes of a matching image, and the entry field that set its
// version (null when the entry leaves the version alone).
const VersionPin *rewrite(const ImageEntry &entry, ImageRef &now)
{
    if (!entry.newName.isEmpty())
        now.name = QString::fromUtf8(entry.newName);
    if (!entry.newTag.isEmpty()) {
        now.tag = QString::fromUtf8(entry.newTag);
        now.digest = QString::fromUtf8(entry.digest);
        return &entry.newTagPin;
    }
    if (!entry.digest.isEmpty()) {
        now.tag.clear();
        now.digest = QString::fromUtf8(entry.digest);
        return &entry.digestPin;
    }
    if (!entry.tagSuffix.isEmpty()) {
        now.tag += QString::fromUtf8(entry.tagSuffix);
        now.digest.clear();
        return &entry.tagSuffixPin;
    }
    return nullptr;
}

// One `kustomize edit set image` argument, "[name=]repository[:tag][@digest]", as an entry;
// false when it is not that.
bool parseOverride(const QString &arg, ImageEntry *e)
{
    static const QRegularExpression tagPattern(QStringLiteral("^(.*):([a-zA-Z0-9._-]*|\\*)$"));
    QString name, tag, digest;
    auto parse = [&](const QString &text, bool allowPlain) {
        const QStringList at = text.split(u'@');
        if (at.size() > 1) {
            name = at.at(0);
            digest = at.at(1);
            return true;
        }
        const auto m = tagPattern.match(text);
        if (m.hasMatch()) {
            name = m.captured(1);
            tag = m.captured(2);
            return true;
        }
        if (!text.isEmpty() && allowPlain) {
            name = text;
            return true;
        }
        return false;
    };
    const QStringList eq = arg.split(u'=');
    bool ok = false;
    if (eq.size() == 2) {
        ok = parse(eq.at(1), true);
        e->name = eq.at(0).toUtf8();
        e->newName = name.toUtf8();
    } else {
        ok = parse(arg, false);
        e->name = name.toUtf8();
    }
    e->newTag = tag.toUtf8();
    e->digest = digest.toUtf8();
    return ok && !e->name.isEmpty();
}

} // namespace

const QRegularExpression &Walk::regex(const QByteArray &pattern, bool imageName)
{
    const QByteArray key = (imageName ? "i:" : "t:") + pattern;
    auto it = m_cache.regexes.find(key);
    if (it == m_cache.regexes.end()) {
        // kustomize inserts an images: name into its expression as written (so "." matches any
        // character), and anchors patch target fields as ^(?:...)$.
        const QString p = imageName
            ? QStringLiteral("^") + QString::fromUtf8(pattern)
                + QStringLiteral("(:[a-zA-Z0-9_.{}-]*)?(@[a-zA-Z][a-zA-Z0-9]*:[a-zA-Z0-9_.{}-]*)?$")
            : QStringLiteral("^(?:") + QString::fromUtf8(pattern) + QStringLiteral(")$");
        it = m_cache.regexes.insert(key, QRegularExpression(p));
    }
    return *it;
}

void Walk::applyImages(Layer &layer, const QList<ImageEntry> &images)
{
    for (const ImageEntry &entry : images) {
        if (entry.name.isEmpty())
            continue;
        const bool literal = isLiteralImageName(entry.name);
        const QString literalName = QString::fromUtf8(entry.name);
        const QRegularExpression &re
            = literal ? regex(QByteArray(), false) : regex(entry.name, true);
        if (!re.isValid())
            continue;
        // kustomize's images: leave ephemeral containers alone.
        auto matchingImage = [&](auto &container, ListKind list) -> decltype(container.get("")) {
            auto *image = container.get("image");
            if (list == ListKind::EphemeralContainers || !image || !image->isString())
                return nullptr;
            const QString value = QString::fromUtf8(image->text());
            const bool matches = literal ? matchesLiteralImageName(value, literalName)
                                         : re.match(value).hasMatch();
            return matches ? image : nullptr;
        };
        int entryPin = -1; // the pin this entry gives a tag it sets, made once
        int newNamePin = -1;
        for (LayerResource &res : layer.resources) {
            if (!res.hasContainers || res.kind == "CustomResourceDefinition")
                continue;
            std::vector<PathSegment> path;
            bool matches = false; // look before editing: most resources keep their shared doc
            forEachContainer(std::as_const(*res.doc), path,
                             [&](const YamlNode &container, ListKind list, const QByteArray &,
                                 const std::vector<PathSegment> &) {
                                 matches = matches || matchingImage(container, list);
                             });
            if (!matches)
                continue;
            forEachContainer(res.edit(), path,
                             [&](YamlNode &container, ListKind list, const QByteArray &,
                                 const std::vector<PathSegment> &) {
                                 YamlNode *image = matchingImage(container, list);
                                 if (!image)
                                     return;
                                 const ImageRef old
                                     = ImageRef::split(QString::fromUtf8(image->text()));
                                 ImageRef now = old;
                                 const VersionPin *pin = rewrite(entry, now);
                                 int pinId = -image->line() - 1;
                                 if (pin) {
                                     if (entryPin < 0)
                                         entryPin = addPin(*pin);
                                     pinId = entryPin;
                                 } else if (!entry.newName.isEmpty()
                                            && ImageRef::split(now.joined()).tag != old.tag) {
                                     // newName carried a tag of its own.
                                     if (newNamePin < 0)
                                         newNamePin = addPin(entry.newNamePin);
                                     pinId = newNamePin;
                                 }
                                 *image = YamlNode::string(now.joined().toUtf8(), -pinId - 1);
                             });
        }
    }
}

QList<ImageEntry> applyOverrides(const QList<ImageEntry> &existing,
                                 const QList<ImagePinFinder::Override> &overrides,
                                 QStringList *warnings)
{
    QMap<QByteArray, ImageEntry> byName;
    QMap<QByteArray, ImageEntry> given;
    for (const ImagePinFinder::Override &o : overrides) {
        ImageEntry e;
        if (!parseOverride(o.image.trimmed(), &e)) {
            warnings->append(Tr::tr("%1:%2: the image override '%3' is not "
                                    "[name=]repository[:tag][@digest]: ignored")
                                 .arg(o.pin.file)
                                 .arg(o.pin.line)
                                 .arg(o.image));
            continue;
        }
        for (VersionPin *pin : {&e.newNamePin, &e.newTagPin, &e.digestPin})
            *pin = o.pin;
        given.insert(e.name, e);
    }
    for (const ImageEntry &old : existing)
        byName.insert(old.name, old);
    for (auto it = given.begin(); it != given.end(); ++it) {
        ImageEntry e = it.value();
        const ImageEntry old = byName.value(e.name);
        if (e.newName == "*") {
            e.newName = old.newName;
            e.newNamePin = old.newNamePin;
        }
        if (e.newTag == "*") {
            e.newTag = old.newTag;
            e.newTagPin = old.newTagPin;
        }
        if (e.digest == "*") {
            e.digest = old.digest;
            e.digestPin = old.digestPin;
        }
        byName.insert(e.name, e);
    }
    return byName.values(); // QMap: sorted by name, byte order as Go's sort of strings
}

} // namespace Promenade::ImagePins
