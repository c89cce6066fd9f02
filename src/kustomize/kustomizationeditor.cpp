#include "kustomizationeditor.h"

#include "safefile.h"
#include "yamllimits.h"

#include "kustomizationfile.h"
#include "yamlsplice.h"
#include "yamltext.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <vector>

namespace Promenade::Kustomize {

namespace {

// The quoting styles and the quoting rule are YamlSplice's: one rule for every pin edit.
using Quote = YamlSplice::Quote;
using YamlText::lineStart;
using YamlText::nextLine;

Error editError(const QString &fileName, int line, const QString &message)
{
    Error e(Error::Kind::BadInput, message);
    e.at(fileName, line);
    return e;
}

// The end (exclusive) of the scalar that starts at pos: a quoted one up to its closing quote
// (the end of the text when unclosed), a plain one up to its line's end, comment or flow
// separator.
qsizetype scalarEnd(const QByteArray &t, qsizetype pos, bool flow)
{
    if (pos >= t.size())
        return pos;
    if (t.at(pos) == '"' || t.at(pos) == '\'') {
        const qsizetype end = YamlText::quotedEnd(t, pos, t.size());
        return end < 0 ? t.size() : end;
    }
    qsizetype lineBreak = pos;
    while (lineBreak < t.size() && t.at(lineBreak) != '\n' && t.at(lineBreak) != '\r')
        ++lineBreak;
    return YamlText::plainEnd(t, pos, lineBreak, flow);
}

// The largest end position of any scalar inside node (the end of its text in the file).
qsizetype nodeEnd(const QByteArray &t, const YAML::Node &node, bool flow)
{
    qsizetype end = qsizetype(node.Mark().pos);
    if (node.IsScalar()) {
        return scalarEnd(t, qsizetype(node.Mark().pos), flow);
    }
    const bool childFlow = flow || node.Style() == YAML::EmitterStyle::Flow;
    if (node.IsMap()) {
        for (const auto &kv : node) {
            end = std::max(end, nodeEnd(t, kv.first, childFlow));
            end = std::max(end, nodeEnd(t, kv.second, childFlow));
        }
    } else if (node.IsSequence()) {
        for (const auto &item : node)
            end = std::max(end, nodeEnd(t, item, childFlow));
    }
    if (childFlow && !flow) {
        // include the closing bracket
        const char close = node.IsMap() ? '}' : ']';
        const qsizetype c = t.indexOf(close, end);
        if (c >= 0)
            end = c + 1;
    }
    return end;
}

struct Splice
{
    qsizetype from;
    qsizetype to;
    QByteArray text;
};

QByteArray applySplices(QByteArray text, std::vector<Splice> splices)
{
    std::sort(splices.begin(), splices.end(),
              [](const Splice &a, const Splice &b) { return a.from > b.from; });
    for (const Splice &s : splices)
        text.replace(s.from, s.to - s.from, s.text);
    return text;
}

// setImageInText in three steps: find where the image's entry is (or where a new one goes), make
// the splices that write the update there, and write them into the text. Each place an entry can
// be in (no images: key, an empty one, a flow list, a block list, an existing entry) has its own
// step, so that the text is only ever changed at the bytes the update concerns.
class ImageEdit
{
public:
    ImageEdit(const QByteArray &text, const QByteArray &name,
              const KustomizationEditor::ImageUpdate &update, const QString &fileName)
        : m_text(text)
        , m_eol(text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"))
        , m_name(name)
        , m_fields {{"newName", &update.newName},
                    {"newTag", &update.newTag},
                    {"digest", &update.digest}}
        , m_fileName(fileName)
    { }

    // The find step: which place the update goes to, and its splices.
    Result<std::vector<Splice>> splices(const YAML::Node &root) const;

private:
    struct Field
    {
        const char *key;
        const std::optional<QString> *value;
        bool adds() const { return value->has_value() && !(*value)->isEmpty(); }
    };
    // Where an existing entry's fields are written.
    struct EntryPlace
    {
        YAML::Node entry;
        bool listFlow = false;
        bool flow = false; // the entry, or its list, is written in flow style
        Quote nameStyle = Quote::Plain;
        QByteArray keyIndent;
    };

    Error error(int line, const QString &message) const
    {
        return editError(m_fileName, line, message);
    }
    // dashPrefix: what comes before "name:" on the entry's first line, e.g. "- " or "  -   ".
    QByteArray newEntryLines(const QByteArray &indent, const QByteArray &dashPrefix,
                             Quote style) const;
    QByteArray newFlowEntry() const;
    Splice appendedImagesKey() const;
    Result<Splice> listAfterEmptyKey(const YAML::Node &root, int imagesLine) const;
    Result<Splice> addedFlowEntry(const YAML::Node &images, int imagesLine) const;
    Result<Splice> addedBlockEntry(const YAML::Node &images) const;
    Result<std::vector<Splice>> editedEntry(const EntryPlace &place) const;
    Status editField(const Field &f, const EntryPlace &place, std::vector<Splice> &splices,
                     QByteArray &added) const;
    Result<Splice> removedField(const Field &f, const YAML::Node &existing, bool flow) const;
    Result<Splice> closingAddition(const EntryPlace &place, QByteArray added) const;

    const QByteArray &m_text;
    const QByteArray m_eol;
    const QByteArray m_name;
    const Field m_fields[3];
    const QString m_fileName;
};

QByteArray ImageEdit::newEntryLines(const QByteArray &indent, const QByteArray &dashPrefix,
                                    Quote style) const
{
    QByteArray out = dashPrefix + "name: " + YamlSplice::quoted(m_name, style) + m_eol;
    for (const Field &f : m_fields) {
        if (f.adds())
            out += indent + f.key + ": " + YamlSplice::quoted((*f.value)->toUtf8(), style) + m_eol;
    }
    return out;
}

QByteArray ImageEdit::newFlowEntry() const
{
    QByteArray out = "{name: " + YamlSplice::quoted(m_name, Quote::Plain);
    for (const Field &f : m_fields) {
        if (f.adds())
            out += QByteArray(", ") + f.key + ": "
                + YamlSplice::quoted((*f.value)->toUtf8(), Quote::Plain);
    }
    return out + '}';
}

Result<std::vector<Splice>> ImageEdit::splices(const YAML::Node &root) const
{
    if (!root || root.IsNull() || (root.IsMap() && !root["images"])) {
        if (root && !root.IsNull() && !root.IsMap())
            return error(1, QStringLiteral("the kustomization is not a mapping"));
        if (root && root.IsMap() && root.Style() == YAML::EmitterStyle::Flow)
            return error(1, QStringLiteral("cannot add images to a flow-style kustomization"));
        return std::vector<Splice> {appendedImagesKey()};
    }
    if (!root.IsMap())
        return error(1, QStringLiteral("the kustomization is not a mapping"));
    const YAML::Node images = root["images"];
    const int imagesLine = int(images.Mark().line) + 1;
    auto one = [](const Result<Splice> &s) -> Result<std::vector<Splice>> {
        if (!s)
            return s.error();
        return std::vector<Splice> {*s};
    };
    if (images.IsNull())
        return one(listAfterEmptyKey(root, imagesLine));
    if (!images.IsSequence())
        return error(imagesLine, QStringLiteral("'images' must be a list"));

    EntryPlace place;
    place.listFlow = images.Style() == YAML::EmitterStyle::Flow;
    bool found = false;
    for (const auto &item : images) {
        if (item.IsMap() && item["name"] && item["name"].IsScalar()
            && item["name"].Scalar() == m_name.toStdString()) {
            place.entry.reset(static_cast<const YAML::Node &>(item));
            found = true;
            break;
        }
    }
    if (!found && (place.listFlow || images.size() == 0))
        return one(addedFlowEntry(images, imagesLine));
    if (!found)
        return one(addedBlockEntry(images));
    const YAML::Node &entry = place.entry;
    place.flow = place.listFlow || entry.Style() == YAML::EmitterStyle::Flow;
    place.nameStyle = YamlText::quoteAt(m_text, qsizetype(entry["name"].Mark().pos));
    const qsizetype entryPos = qsizetype(entry.Mark().pos);
    place.keyIndent = QByteArray(entryPos - lineStart(m_text, entryPos), ' ');
    return editedEntry(place);
}

// No images: key: a block list at the end, indented like the file's other block lists (e.g.
// resources:).
Splice ImageEdit::appendedImagesKey() const
{
    QByteArray dash;
    const QRegularExpression listStyle(
        QStringLiteral("(?m)^[A-Za-z_][A-Za-z0-9_]*:[ \\t]*\\r?\\n( *)- "));
    const auto m = listStyle.match(QString::fromUtf8(m_text));
    if (m.hasMatch())
        dash = m.captured(1).toUtf8();
    QByteArray out;
    if (!m_text.isEmpty() && !m_text.endsWith('\n'))
        out += m_eol;
    out += "images:" + m_eol + newEntryLines(dash + "  ", dash + "- ", Quote::Plain);
    return {m_text.size(), m_text.size(), out};
}

// "images:" with nothing after it: the list right after the key's line.
Result<Splice> ImageEdit::listAfterEmptyKey(const YAML::Node &root, int imagesLine) const
{
    qsizetype keyPos = -1;
    for (const auto &kv : root) {
        if (kv.first.IsScalar() && kv.first.Scalar() == "images")
            keyPos = qsizetype(kv.first.Mark().pos);
    }
    if (keyPos < 0)
        return error(imagesLine, QStringLiteral("cannot find the images key"));
    const qsizetype at = nextLine(m_text, keyPos);
    QByteArray insert = newEntryLines("  ", "- ", Quote::Plain);
    if (at >= m_text.size() && !m_text.endsWith('\n'))
        insert.prepend(m_eol);
    return Splice {at, at, insert};
}

// [..] or []: a flow entry before the closing bracket.
Result<Splice> ImageEdit::addedFlowEntry(const YAML::Node &images, int imagesLine) const
{
    const qsizetype start = qsizetype(images.Mark().pos);
    const qsizetype close = m_text.indexOf(']', nodeEnd(m_text, images, false) - 1);
    if (close < 0 || m_text.at(start) != '[')
        return error(imagesLine, QStringLiteral("cannot find the end of the images list"));
    const bool empty = images.size() == 0;
    return Splice {close, close, (empty ? QByteArray() : QByteArrayLiteral(", ")) + newFlowEntry()};
}

// Block list: a new entry after the last one, indented and quoted like it.
Result<Splice> ImageEdit::addedBlockEntry(const YAML::Node &images) const
{
    const YAML::Node last = images[images.size() - 1];
    const qsizetype lastPos = qsizetype(last.Mark().pos);
    const qsizetype ls = lineStart(m_text, lastPos);
    const qsizetype dashPos = m_text.lastIndexOf('-', lastPos);
    if (dashPos < ls)
        return error(int(last.Mark().line) + 1,
                     QStringLiteral("cannot find the images entry's dash"));
    const QByteArray dashPrefix
        = QByteArray(dashPos - ls, ' ') + m_text.mid(dashPos, lastPos - dashPos);
    const QByteArray keyIndent(lastPos - ls, ' ');
    Quote style = Quote::Plain;
    if (last.IsMap() && last["name"])
        style = YamlText::quoteAt(m_text, qsizetype(last["name"].Mark().pos));
    const qsizetype at = nextLine(m_text, nodeEnd(m_text, last, false));
    QByteArray insert = newEntryLines(keyIndent, dashPrefix, style);
    if (at >= m_text.size() && !m_text.endsWith('\n'))
        insert.prepend(m_eol);
    return Splice {at, at, insert};
}

// An existing entry: each field replaced in place, removed, or added after the entry's last
// line (block) or before its '}' (flow).
Result<std::vector<Splice>> ImageEdit::editedEntry(const EntryPlace &place) const
{
    std::vector<Splice> splices;
    QByteArray added;
    for (const Field &f : m_fields) {
        if (auto s = editField(f, place, splices, added); !s)
            return s.error();
    }
    if (!added.isEmpty()) {
        auto addition = closingAddition(place, added);
        if (!addition)
            return addition.error();
        splices.push_back(*addition);
    }
    return splices;
}

Status ImageEdit::editField(const Field &f, const EntryPlace &place, std::vector<Splice> &splices,
                            QByteArray &added) const
{
    if (!f.value->has_value())
        return {};
    const QByteArray value = (*f.value)->toUtf8();
    const YAML::Node existing = place.entry[std::string(f.key)];
    if (!existing) {
        if (!value.isEmpty()) {
            const QByteArray field
                = f.key + QByteArray(": ") + YamlSplice::quoted(value, place.nameStyle);
            if (place.flow)
                added += ", " + field;
            else
                added += place.keyIndent + field + m_eol;
        }
        return {};
    }
    const int line = int(existing.Mark().line) + 1;
    if (!existing.IsScalar() && !existing.IsNull())
        return error(line, QStringLiteral("'%1' is not a scalar").arg(QLatin1String(f.key)));
    if (value.isEmpty()) {
        auto removal = removedField(f, existing, place.flow);
        if (!removal)
            return removal.error();
        splices.push_back(*removal);
        return {};
    }
    const qsizetype pos = qsizetype(existing.Mark().pos);
    if (existing.IsNull() && existing.Mark().pos == place.entry.Mark().pos)
        return error(line, QStringLiteral("cannot edit an empty value"));
    const char first = pos < m_text.size() ? m_text.at(pos) : '\0';
    if (first == '|' || first == '>')
        return error(
            line,
            QStringLiteral("'%1' is a block scalar; edit it by hand").arg(QLatin1String(f.key)));
    if (existing.IsNull()) {
        // "newTag:" with no value: yaml-cpp marks the null where the value would be.
        const qsizetype colon = m_text.indexOf(':', m_text.lastIndexOf(f.key, pos));
        splices.push_back({colon + 1, scalarEnd(m_text, colon + 1, place.flow),
                           ' ' + YamlSplice::quoted(value, place.nameStyle)});
        return {};
    }
    splices.push_back({pos, scalarEnd(m_text, pos, place.flow),
                       YamlSplice::quoted(value, YamlText::quoteAt(m_text, pos))});
    return {};
}

// Removes a field: its whole line (block) or ", key: value" (flow).
Result<Splice> ImageEdit::removedField(const Field &f, const YAML::Node &existing, bool flow) const
{
    const qsizetype pos = qsizetype(existing.Mark().pos);
    const qsizetype keyPos = m_text.lastIndexOf(f.key, pos);
    if (flow) {
        qsizetype from = keyPos;
        while (from > 0 && (m_text.at(from - 1) == ' '))
            --from;
        if (from > 0 && m_text.at(from - 1) == ',')
            --from;
        return Splice {from, scalarEnd(m_text, pos, true), QByteArray()};
    }
    const qsizetype keyLine = lineStart(m_text, keyPos);
    if (m_text.mid(keyLine, keyPos - keyLine).trimmed().startsWith('-'))
        return error(int(existing.Mark().line) + 1,
                     QStringLiteral("cannot remove the first field of an images entry"));
    return Splice {keyLine, nextLine(m_text, scalarEnd(m_text, pos, false)), QByteArray()};
}

// Where added fields go: before the entry's '}' (flow) or after its last line (block).
Result<Splice> ImageEdit::closingAddition(const EntryPlace &place, QByteArray added) const
{
    const YAML::Node &entry = place.entry;
    if (place.flow) {
        const qsizetype end = nodeEnd(m_text, entry, place.listFlow);
        qsizetype close = m_text.lastIndexOf('}', end);
        if (close < qsizetype(entry.Mark().pos))
            close = m_text.indexOf('}', end);
        if (close < 0)
            return error(int(entry.Mark().line) + 1,
                         QStringLiteral("cannot find the end of the images entry"));
        return Splice {close, close, added};
    }
    const qsizetype at = nextLine(m_text, nodeEnd(m_text, entry, false));
    if (at >= m_text.size() && !m_text.endsWith('\n'))
        added.prepend(m_eol);
    return Splice {at, at, added};
}

} // namespace

Result<QByteArray> KustomizationEditor::setImageInText(const QByteArray &text, const QString &name,
                                                       const ImageUpdate &update,
                                                       const QString &fileName)
{
    const QByteArray imageName = name.toUtf8();
    if (imageName.isEmpty())
        return editError(fileName, 0, QStringLiteral("an image name is required"));
    YAML::Node loaded;
    try {
        loaded = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return editError(fileName, e.mark.line + 1,
                         QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    if (auto s = YamlLimits::checkSize(text.size(), fileName); !s)
        return s.error();
    if (auto s = YamlLimits::check(loaded, fileName); !s)
        return s.error();
    try {
        const YAML::Node &root = loaded; // const: lookups never insert keys
        auto splices = ImageEdit(text, imageName, update, fileName).splices(root);
        if (!splices)
            return splices.error();
        return applySplices(text, *splices);
    } catch (const YAML::Exception &e) {
        return editError(fileName, e.mark.line + 1, QString::fromStdString(e.msg));
    }
}

Status KustomizationEditor::setImage(const QString &path, const QString &name,
                                     const ImageUpdate &update)
{
    QString file = path;
    if (QFileInfo(path).isDir()) {
        file = KustomizationFile::findIn(path);
        if (file.isEmpty())
            return Error(Error::Kind::NotFound,
                         QStringLiteral("no kustomization.yaml in this folder"))
                .at(path);
    }
    auto read = SafeFile::read(file); // a regular file, size-capped
    if (!read)
        return read.error();
    const QByteArray before = *read;
    auto after = setImageInText(before, name, update, file);
    if (!after)
        return after.error();
    if (*after == before)
        return {};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Failed,
                     QStringLiteral("cannot write the file: %1").arg(out.errorString()))
            .at(file);
    out.write(*after);
    if (!out.commit())
        return Error(Error::Kind::Failed,
                     QStringLiteral("cannot write the file: %1").arg(out.errorString()))
            .at(file);
    return {};
}

} // namespace Promenade::Kustomize
