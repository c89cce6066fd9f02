#include "generators.h"

#include "yamlscalars.h"

#include <QCryptographicHash>

#include <algorithm>

namespace Promenade::Kustomize {

namespace {

// kustomize's base64 for generated data: lines of 70 characters, each ending in a newline
// when the text needs more than one line (printed as a literal block).
QByteArray encodeBase64(const QByteArray &bytes)
{
    const QByteArray in = bytes.toBase64();
    constexpr qsizetype lineLength = 70;
    const qsizetype lines = in.size() / lineLength + 1;
    if (lines <= 1)
        return in;
    QByteArray out;
    out.reserve(in.size() + lines);
    for (qsizetype i = 0; i < in.size(); i += lineLength) {
        out += in.mid(i, lineLength);
        out += '\n';
    }
    return out;
}

// The characters Kubernetes allows in a ConfigMap key and kustomize in an env var name.
bool isKeyCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '-' || c == '.';
}

bool isEnvVarName(const QByteArray &key)
{
    if (key.isEmpty())
        return false;
    if (key.at(0) >= '0' && key.at(0) <= '9')
        return false;
    return std::all_of(key.cbegin(), key.cend(), isKeyCharacter);
}

bool isConfigMapKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 253 || key == "." || key == "..")
        return false;
    return std::all_of(key.cbegin(), key.cend(), isKeyCharacter);
}

// Go's encoding/json string encoding (HTML-safe, as json.Marshal does).
void jsonString(QByteArray &out, const QByteArray &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const uchar c = uchar(s.at(i));
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '<':
        case '>':
        case '&':
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else if (c == 0xE2 && i + 2 < s.size() && uchar(s.at(i + 1)) == 0x80
                       && (uchar(s.at(i + 2)) == 0xA8 || uchar(s.at(i + 2)) == 0xA9)) {
                out += uchar(s.at(i + 2)) == 0xA8 ? "\\u2028" : "\\u2029";
                i += 2;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

void jsonStringMap(QByteArray &out, const YamlNode *map)
{
    if (!map || map->isNull()) {
        out += "null";
        return;
    }
    std::vector<const YamlNode::Entry *> entries;
    for (const auto &e : map->entries())
        entries.push_back(&e);
    std::sort(entries.begin(), entries.end(), [](auto *a, auto *b) { return a->key < b->key; });
    out += '{';
    bool first = true;
    for (const auto *e : entries) {
        if (!first)
            out += ',';
        first = false;
        jsonString(out, e->key);
        out += ':';
        jsonString(out, e->value.text());
    }
    out += '}';
}

void applyMeta(YamlNode &metadata, const char *field, const StringPairs &pairs)
{
    if (pairs.isEmpty())
        return;
    YamlNode &m = metadata.ensureMap(field);
    for (const auto &[k, v] : pairs)
        m.set(k, YamlNode::string(v));
}

StringPairs mergePairs(const StringPairs &global, const StringPairs &local)
{
    StringPairs out = global;
    for (const auto &[k, v] : local) {
        bool replaced = false;
        for (auto &p : out) {
            if (p.first == k) {
                p.second = v;
                replaced = true;
            }
        }
        if (!replaced)
            out.append({k, v});
    }
    return out;
}

using AddEntry = std::function<Status(const QByteArray &key, const QByteArray &value)>;

// Adds the KEY=VALUE lines of an env file (kustomize's reading: comments and blank lines
// skipped, no value taken from the environment), apart from generate() so that the entry's
// sources read one at a time.
Status addEnvFile(const Generators::File &file, const AddEntry &add)
{
    QByteArray text = file.content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.mid(3);
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype start = 0;
        while (start < line.size() && QChar::isSpace(uchar(line.at(start))))
            ++start;
        line = line.mid(start);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        const QByteArray key = eq < 0 ? line : line.left(eq);
        if (!isEnvVarName(key)) {
            return Error(Error::Kind::BadInput,
                         QStringLiteral("invalid environment variable name \"%1\"")
                             .arg(QString::fromUtf8(key)))
                .at(file.path, i + 1);
        }
        if (eq < 0) {
            // kustomize would read the value from Promenade's own environment: that could leak
            // a secret.
            return Error(Error::Kind::BadInput,
                         QStringLiteral("\"%1\" has no value; taking it from the environment "
                                        "is not supported")
                             .arg(QString::fromUtf8(key)))
                .at(file.path, i + 1);
        }
        if (auto s = add(key, line.mid(eq + 1)); !s)
            return s.error();
    }
    return {};
}

} // namespace

Result<Resource> Generators::generate(const GeneratorEntry &entry, bool secret,
                                      const GeneratorOptions &global,
                                      const QString &kustomizationFile, const FileReader &read)
{
    const QString kind
        = secret ? QStringLiteral("secretGenerator") : QStringLiteral("configMapGenerator");
    auto fail = [&](const QString &message) -> Error {
        Error e(Error::Kind::BadInput, message);
        e.at(kustomizationFile, entry.line);
        return e;
    };
    if (entry.name.isEmpty())
        return fail(QStringLiteral("a %1 entry needs a name").arg(kind));

    YamlNode data = YamlNode::map();
    YamlNode binaryData = YamlNode::map();
    auto add = [&](const QByteArray &key, const QByteArray &value) -> Status {
        if (!isConfigMapKey(key))
            return fail(QStringLiteral("invalid key \"%1\" in %2 %3")
                            .arg(QString::fromUtf8(key), kind, QString::fromUtf8(entry.name)));
        if (data.get(key) || binaryData.get(key))
            return fail(
                QStringLiteral(
                    "cannot add key \"%1\" to %2 %3: another key by that name already exists")
                    .arg(QString::fromUtf8(key), kind, QString::fromUtf8(entry.name)));
        if (secret)
            data.set(key, YamlNode::string(encodeBase64(value)));
        else if (YamlScalars::isValidUtf8(value))
            data.set(key, YamlNode::string(value));
        else
            binaryData.set(key, YamlNode::string(encodeBase64(value)));
        return {};
    };

    // kustomize reads env files first, then literals, then files (the order only matters for
    // errors).
    for (const QByteArray &env : entry.envs) {
        auto content = read(env, entry.line);
        if (!content)
            return content.error();
        if (auto s = addEnvFile(*content, add); !s)
            return s.error();
    }
    for (const QByteArray &literal : entry.literals) {
        const qsizetype eq = literal.indexOf('=');
        if (eq <= 0)
            return fail(QStringLiteral("invalid literal \"%1\": use KEY=VALUE")
                            .arg(QString::fromUtf8(literal)));
        QByteArray value = literal.mid(eq + 1);
        if (value.size() >= 2
            && ((value.startsWith('"') && value.endsWith('"'))
                || (value.startsWith('\'') && value.endsWith('\''))))
            value = value.mid(1, value.size() - 2);
        if (auto s = add(literal.left(eq), value); !s)
            return s.error();
    }
    for (const QByteArray &file : entry.files) {
        QByteArray key;
        QByteArray path = file;
        const qsizetype eq = file.indexOf('=');
        if (eq >= 0) {
            key = file.left(eq);
            path = file.mid(eq + 1);
            if (key.isEmpty() || path.isEmpty())
                return fail(
                    QStringLiteral("invalid file source \"%1\"").arg(QString::fromUtf8(file)));
        } else {
            key = path.mid(path.lastIndexOf('/') + 1);
        }
        auto content = read(path, entry.line);
        if (!content)
            return content.error();
        if (auto s = add(key, content->content); !s)
            return s.error();
    }

    const StringPairs labels = mergePairs(global.labels, entry.options.labels);
    const StringPairs annotations = mergePairs(global.annotations, entry.options.annotations);
    YamlNode doc = YamlNode::map();
    doc.set("apiVersion", YamlNode::string("v1"));
    doc.set("kind", YamlNode::string(secret ? "Secret" : "ConfigMap"));
    YamlNode &metadata = doc.ensureMap("metadata");
    metadata.set("name", YamlNode::string(entry.name));
    if (!entry.nameSpace.isEmpty())
        metadata.set("namespace", YamlNode::string(entry.nameSpace));
    applyMeta(metadata, "labels", labels);
    applyMeta(metadata, "annotations", annotations);
    if (secret)
        doc.set("type",
                YamlNode::string(entry.type.isEmpty() ? QByteArrayLiteral("Opaque") : entry.type));
    // A Secret always has data (`data: {}` when empty); a ConfigMap only when it has entries.
    if (!data.entries().empty() || (secret && binaryData.entries().empty()))
        doc.set("data", std::move(data));
    if (!binaryData.entries().empty())
        doc.set("binaryData", std::move(binaryData));
    if (global.immutable || entry.options.immutable)
        doc.set("immutable", YamlNode::boolean(true));

    Resource r(std::move(doc), kustomizationFile);
    r.document().setLine(entry.line);
    r.setGenerated(true, !(global.disableNameSuffixHash || entry.options.disableNameSuffixHash));
    return r;
}

QByteArray Generators::hash(const YamlNode &document)
{
    const QByteArray kind = document.textAt({"kind"});
    QByteArray json;
    if (kind == "Secret") {
        // {"data":...,"kind":"Secret","name":"",["stringData":...,]"type":...}
        json += "{\"data\":";
        jsonStringMap(json, document.get("data"));
        json += ",\"kind\":\"Secret\",\"name\":\"\"";
        const YamlNode *sd = document.get("stringData");
        if (sd && sd->isMap() && !sd->entries().empty()) {
            json += ",\"stringData\":";
            jsonStringMap(json, sd);
        }
        json += ",\"type\":";
        jsonString(json, document.textAt({"type"}));
        json += '}';
    } else {
        json += '{';
        const YamlNode *bd = document.get("binaryData");
        if (bd && bd->isMap() && !bd->entries().empty()) {
            json += "\"binaryData\":";
            jsonStringMap(json, bd);
            json += ',';
        }
        json += "\"data\":";
        // kustomize reads a missing field as the empty string.
        if (document.get("data"))
            jsonStringMap(json, document.get("data"));
        else
            json += "\"\"";
        json += ",\"kind\":\"ConfigMap\",\"name\":\"\"}";
    }
    QByteArray hex = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(10);
    for (char &c : hex) {
        switch (c) {
        case '0':
            c = 'g';
            break;
        case '1':
            c = 'h';
            break;
        case '3':
            c = 'k';
            break;
        case 'a':
            c = 'm';
            break;
        case 'e':
            c = 't';
            break;
        default:
            break;
        }
    }
    return hex;
}

} // namespace Promenade::Kustomize
