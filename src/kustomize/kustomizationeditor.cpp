#include "kustomizationeditor.h"

#include "safefile.h"
#include "yamllimits.h"

#include "kustomizationfile.h"
#include "yamlsplice.h"

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

Error editError(const QString &fileName, int line, const QString &message)
{
    Error e(Error::Kind::BadInput, message);
    e.at(fileName, line);
    return e;
}

// The end (exclusive) of the scalar that starts at pos.
qsizetype scalarEnd(const QByteArray &t, qsizetype pos, bool flow)
{
    if (pos >= t.size())
        return pos;
    if (t.at(pos) == '"') {
        for (qsizetype i = pos + 1; i < t.size(); ++i) {
            if (t.at(i) == '\\')
                ++i;
            else if (t.at(i) == '"')
                return i + 1;
        }
        return t.size();
    }
    if (t.at(pos) == '\'') {
        for (qsizetype i = pos + 1; i < t.size(); ++i) {
            if (t.at(i) == '\'') {
                if (i + 1 < t.size() && t.at(i + 1) == '\'')
                    ++i;
                else
                    return i + 1;
            }
        }
        return t.size();
    }
    qsizetype i = pos;
    for (; i < t.size(); ++i) {
        const char c = t.at(i);
        if (c == '\n' || c == '\r')
            break;
        if (c == '#' && i > pos && (t.at(i - 1) == ' ' || t.at(i - 1) == '\t'))
            break;
        if (flow && (c == ',' || c == ']' || c == '}'))
            break;
    }
    while (i > pos && (t.at(i - 1) == ' ' || t.at(i - 1) == '\t'))
        --i;
    return i;
}

Quote quoteOf(const QByteArray &t, qsizetype pos)
{
    if (pos < t.size() && t.at(pos) == '"')
        return Quote::Double;
    if (pos < t.size() && t.at(pos) == '\'')
        return Quote::Single;
    return Quote::Plain;
}

qsizetype lineStart(const QByteArray &t, qsizetype pos)
{
    while (pos > 0 && t.at(pos - 1) != '\n')
        --pos;
    return pos;
}

// Position just after the line break of the line holding pos (or the end of the text).
qsizetype nextLine(const QByteArray &t, qsizetype pos)
{
    const qsizetype nl = t.indexOf('\n', pos);
    return nl < 0 ? t.size() : nl + 1;
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

QByteArray fieldKey(const char *k)
{
    return QByteArray(k);
}

} // namespace

Result<QByteArray> KustomizationEditor::setImageInText(const QByteArray &text, const QString &name,
                                                       const ImageUpdate &update,
                                                       const QString &fileName)
{
    const QByteArray eol
        = text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
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

    struct Field
    {
        const char *key;
        const std::optional<QString> *value;
    };
    const Field fields[]
        = {{"newName", &update.newName}, {"newTag", &update.newTag}, {"digest", &update.digest}};

    // dashPrefix: what comes before "name:" on the entry's first line, e.g. "- " or "  -   ".
    auto newEntryLines
        = [&](const QByteArray &indent, const QByteArray &dashPrefix, Quote style) -> QByteArray {
        QByteArray out = dashPrefix + "name: " + YamlSplice::quoted(imageName, style) + eol;
        for (const Field &f : fields) {
            if (f.value->has_value() && !(*f.value)->isEmpty())
                out += indent + f.key + ": " + YamlSplice::quoted((*f.value)->toUtf8(), style)
                    + eol;
        }
        return out;
    };

    const YAML::Node &root = loaded; // const: lookups never insert keys
    try {
        if (!root || root.IsNull() || (root.IsMap() && !root["images"])) {
            if (root && !root.IsNull() && !root.IsMap())
                return editError(fileName, 1, QStringLiteral("the kustomization is not a mapping"));
            if (root && root.IsMap() && root.Style() == YAML::EmitterStyle::Flow)
                return editError(fileName, 1,
                                 QStringLiteral("cannot add images to a flow-style kustomization"));
            // Follow the indentation of the file's other block lists (e.g. resources:).
            QByteArray dash;
            const QRegularExpression listStyle(
                QStringLiteral("(?m)^[A-Za-z_][A-Za-z0-9_]*:[ \\t]*\\r?\\n( *)- "));
            const auto m = listStyle.match(QString::fromUtf8(text));
            if (m.hasMatch())
                dash = m.captured(1).toUtf8();
            QByteArray out = text;
            if (!out.isEmpty() && !out.endsWith('\n'))
                out += eol;
            out += "images:" + eol + newEntryLines(dash + "  ", dash + "- ", Quote::Plain);
            return out;
        }
        if (!root.IsMap())
            return editError(fileName, 1, QStringLiteral("the kustomization is not a mapping"));
        YAML::Node images = root["images"];
        const int imagesLine = int(images.Mark().line) + 1;
        if (images.IsNull()) {
            // "images:" with nothing after it: put the list right after the key's line.
            qsizetype keyPos = -1;
            for (const auto &kv : root) {
                if (kv.first.IsScalar() && kv.first.Scalar() == "images")
                    keyPos = qsizetype(kv.first.Mark().pos);
            }
            if (keyPos < 0)
                return editError(fileName, imagesLine,
                                 QStringLiteral("cannot find the images key"));
            const qsizetype at = nextLine(text, keyPos);
            QByteArray insert = newEntryLines("  ", "- ", Quote::Plain);
            QByteArray out = text;
            if (at >= out.size() && !out.endsWith('\n'))
                insert.prepend(eol);
            out.insert(at, insert);
            return out;
        }
        if (!images.IsSequence())
            return editError(fileName, imagesLine, QStringLiteral("'images' must be a list"));

        const bool listFlow = images.Style() == YAML::EmitterStyle::Flow;
        YAML::Node entry;
        bool found = false;
        for (const auto &item : images) {
            if (item.IsMap() && item["name"] && item["name"].IsScalar()
                && item["name"].Scalar() == imageName.toStdString()) {
                entry.reset(static_cast<const YAML::Node &>(item));
                found = true;
                break;
            }
        }
        std::vector<Splice> splices;
        if (!found) {
            if (listFlow || images.size() == 0) {
                // [..] or []: add a flow entry before the closing bracket.
                const qsizetype start = qsizetype(images.Mark().pos);
                const qsizetype close = text.indexOf(']', nodeEnd(text, images, false) - 1);
                if (close < 0 || text.at(start) != '[')
                    return editError(fileName, imagesLine,
                                     QStringLiteral("cannot find the end of the images list"));
                QByteArray flowEntry = "{name: " + YamlSplice::quoted(imageName, Quote::Plain);
                for (const Field &f : fields) {
                    if (f.value->has_value() && !(*f.value)->isEmpty())
                        flowEntry += QByteArray(", ") + f.key + ": "
                            + YamlSplice::quoted((*f.value)->toUtf8(), Quote::Plain);
                }
                flowEntry += '}';
                const bool empty = images.size() == 0;
                splices.push_back(
                    {close, close, (empty ? QByteArray() : QByteArrayLiteral(", ")) + flowEntry});
                return applySplices(text, splices);
            }
            // Block list: a new entry after the last one, indented like it.
            const YAML::Node last = images[images.size() - 1];
            const qsizetype lastPos = qsizetype(last.Mark().pos);
            const qsizetype ls = lineStart(text, lastPos);
            const qsizetype dashPos = text.lastIndexOf('-', lastPos);
            if (dashPos < ls)
                return editError(fileName, int(last.Mark().line) + 1,
                                 QStringLiteral("cannot find the images entry's dash"));
            const QByteArray dashPrefix
                = QByteArray(dashPos - ls, ' ') + text.mid(dashPos, lastPos - dashPos);
            const QByteArray keyIndent(lastPos - ls, ' ');
            Quote style = Quote::Plain;
            if (last.IsMap() && last["name"])
                style = quoteOf(text, qsizetype(last["name"].Mark().pos));
            const qsizetype end = nodeEnd(text, last, false);
            qsizetype at = nextLine(text, end);
            QByteArray insert = newEntryLines(keyIndent, dashPrefix, style);
            if (at >= text.size() && !text.endsWith('\n'))
                insert.prepend(eol);
            splices.push_back({at, at, insert});
            return applySplices(text, splices);
        }

        const bool entryFlow = listFlow || entry.Style() == YAML::EmitterStyle::Flow;
        const YAML::Node &constEntry = entry;
        const Quote nameStyle = quoteOf(text, qsizetype(constEntry["name"].Mark().pos));
        // Keys to add go after the entry's last line (block) or before its '}' (flow).
        QByteArray blockAdd, flowAdd;
        const qsizetype entryPos = qsizetype(entry.Mark().pos);
        const QByteArray keyIndent(entryPos - lineStart(text, entryPos), ' ');
        for (const Field &f : fields) {
            if (!f.value->has_value())
                continue;
            const QByteArray value = (*f.value)->toUtf8();
            const YAML::Node existing
                = static_cast<const YAML::Node &>(entry)[fieldKey(f.key).toStdString()];
            if (existing) {
                if (!existing.IsScalar() && !existing.IsNull())
                    return editError(
                        fileName, int(existing.Mark().line) + 1,
                        QStringLiteral("'%1' is not a scalar").arg(QLatin1String(f.key)));
                const qsizetype pos = qsizetype(existing.Mark().pos);
                if (value.isEmpty()) {
                    // Remove the field: its whole line (block) or ", key: value" (flow).
                    if (entryFlow) {
                        qsizetype keyPos = text.lastIndexOf(f.key, pos);
                        qsizetype from = keyPos;
                        while (from > 0 && (text.at(from - 1) == ' '))
                            --from;
                        if (from > 0 && text.at(from - 1) == ',')
                            --from;
                        splices.push_back({from, scalarEnd(text, pos, true), QByteArray()});
                    } else {
                        const qsizetype keyLine = lineStart(text, text.lastIndexOf(f.key, pos));
                        if (text.mid(keyLine, text.lastIndexOf(f.key, pos) - keyLine)
                                .trimmed()
                                .startsWith('-'))
                            return editError(
                                fileName, int(existing.Mark().line) + 1,
                                QStringLiteral("cannot remove the first field of an images entry"));
                        splices.push_back(
                            {keyLine, nextLine(text, scalarEnd(text, pos, false)), QByteArray()});
                    }
                    continue;
                }
                if (existing.IsNull() && existing.Mark().pos == entry.Mark().pos)
                    return editError(fileName, int(existing.Mark().line) + 1,
                                     QStringLiteral("cannot edit an empty value"));
                const char first = pos < text.size() ? text.at(pos) : '\0';
                if (first == '|' || first == '>')
                    return editError(fileName, int(existing.Mark().line) + 1,
                                     QStringLiteral("'%1' is a block scalar; edit it by hand")
                                         .arg(QLatin1String(f.key)));
                const Quote style = existing.IsNull() ? nameStyle : quoteOf(text, pos);
                const qsizetype end = existing.IsNull() ? pos : scalarEnd(text, pos, entryFlow);
                QByteArray replacement = YamlSplice::quoted(value, style);
                if (existing.IsNull()) {
                    // "newTag:" with no value: yaml-cpp marks the null where the value would be.
                    const qsizetype colon = text.indexOf(':', text.lastIndexOf(f.key, pos));
                    splices.push_back(
                        {colon + 1, scalarEnd(text, colon + 1, entryFlow), ' ' + replacement});
                    continue;
                }
                splices.push_back({pos, end, replacement});
            } else if (!value.isEmpty()) {
                if (entryFlow)
                    flowAdd
                        += QByteArray(", ") + f.key + ": " + YamlSplice::quoted(value, nameStyle);
                else
                    blockAdd
                        += keyIndent + f.key + ": " + YamlSplice::quoted(value, nameStyle) + eol;
            }
        }
        if (!flowAdd.isEmpty()) {
            const qsizetype end = nodeEnd(text, entry, listFlow);
            qsizetype close = text.lastIndexOf('}', end);
            if (close < entryPos)
                close = text.indexOf('}', end);
            if (close < 0)
                return editError(fileName, int(entry.Mark().line) + 1,
                                 QStringLiteral("cannot find the end of the images entry"));
            splices.push_back({close, close, flowAdd});
        }
        if (!blockAdd.isEmpty()) {
            const qsizetype end = nodeEnd(text, entry, false);
            const qsizetype at = nextLine(text, end);
            if (at >= text.size() && !text.endsWith('\n'))
                blockAdd.prepend(eol);
            splices.push_back({at, at, blockAdd});
        }
        return applySplices(text, splices);
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
