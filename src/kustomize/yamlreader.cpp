#include "yamlreader.h"

#include "yamllimits.h"
#include "yamlscalars.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <sstream>

namespace Promenade::Kustomize {

namespace {

// The offset of the first byte that is not well-formed UTF-8 or is a control character YAML
// does not allow (as yaml.v3 checks), or -1.
qsizetype firstUnacceptable(const QByteArray &t)
{
    uint v = 0;
    for (qsizetype i = 0; i < t.size();) {
        const int len = YamlScalars::decodeUtf8(t, i, &v);
        if (len == 0)
            return i;
        const bool control = v < 0x80
            ? ((v < 0x20 && v != '\t' && v != '\n' && v != '\r') || v == 0x7F)
            : ((v <= 0x9F && v != 0x85) || v == 0xFFFE || v == 0xFFFF);
        if (control)
            return i;
        i += len;
    }
    return -1;
}

// A limit reached while parsing: thrown from the event handler to stop yaml-cpp's parser.
struct LimitReached
{
    QString message;
    int line;
};

// Builds YamlNodes from yaml-cpp's parse events. Errors found here (duplicate keys, complex
// keys, unknown aliases) are recorded and reported after the parse; a limit (YamlLimits) stops
// the parse at once.
class Builder : public YAML::EventHandler
{
public:
    Builder(YamlReader::Dialect dialect, const QByteArray *text)
        : m_dialect(dialect)
        , m_text(text)
    { }

    QList<YamlNode> documents;
    QString error;
    int errorLine = 0;
    int errorColumn = 0;

    void OnDocumentStart(const YAML::Mark &) override
    {
        m_stack.clear();
        m_root = YamlNode();
        m_hasRoot = false;
        m_decoded = 0;
        m_fromAliases = 0;
    }
    void OnDocumentEnd() override
    {
        if (m_hasRoot && !m_root.isNull())
            documents.append(std::move(m_root));
        m_anchors.clear();
    }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode node
            = YamlNode::scalar(YamlNode::Type::Null, QByteArrayLiteral("null"), mark.line + 1);
        // yaml-cpp does not pass the text of a null: `~`, a spelling of null, or nothing.
        if (m_text && mark.pos >= 0 && mark.pos < m_text->size()) {
            const QByteArray rest = m_text->mid(mark.pos, 4);
            if (rest.startsWith('~'))
                node.setSourceText(QByteArrayLiteral("~"));
            else if (rest == "Null" || rest == "NULL")
                node.setSourceText(rest);
            else if (rest != "null")
                node.setSourceText(QByteArrayLiteral(""));
        }
        add(std::move(node), anchor, mark, false);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end()) {
            fail(mark, QStringLiteral("unknown alias"));
            add(YamlNode(), 0, mark, false);
            return;
        }
        // The alias stands for a copy of the whole anchored subtree: counted before copying.
        const quint64 size = m_anchorSizes[anchor];
        m_decoded += size;
        m_fromAliases += size;
        if (!m_stack.empty())
            m_stack.back().size += size;
        if (YamlLimits::excessiveAliasing(m_decoded, m_fromAliases))
            throw LimitReached {YamlLimits::aliasingMessage(m_decoded, m_fromAliases),
                                mark.line + 1};
        add(it->second, 0, mark, false, false);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const QByteArray text = QByteArray::fromStdString(value);
        const int line = mark.line + 1;
        YamlNode node = tag == "?"
            ? YamlScalars::resolvePlain(text, line)
            : YamlScalars::resolveTagged(QByteArray::fromStdString(tag), text, line);
        if (m_dialect == YamlReader::Dialect::Kustomization && tag == "?") {
            static const QList<QByteArray> yes {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON"};
            static const QList<QByteArray> no {"n", "N", "no", "No", "NO", "off", "Off", "OFF"};
            if (yes.contains(text))
                node = YamlNode::scalar(YamlNode::Type::Bool, QByteArrayLiteral("true"), line);
            else if (no.contains(text))
                node = YamlNode::scalar(YamlNode::Type::Bool, QByteArrayLiteral("false"), line);
            else if (node.isString() && node.text() != text)
                node = YamlNode::string(text, line); // a date: YAML 1.1 into JSON keeps the text
        }
        node.setSourceText(text);
        add(std::move(node), anchor, mark, tag == "?");
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark);
        m_stack.push_back({YamlNode::sequence(mark.line + 1), anchor, mark, {}, false, {}, 1});
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark);
        m_stack.push_back({YamlNode::map(mark.line + 1), anchor, mark, {}, false, {}, 1});
    }
    void OnMapEnd() override
    {
        // Merge keys (<<): the merged maps give only the keys the map does not set itself.
        Frame &f = m_stack.back();
        for (const YamlNode &merged : f.merges) {
            if (merged.isMap()) {
                for (const auto &e : merged.entries()) {
                    if (!f.node.get(e.key))
                        f.node.entries().push_back(e);
                }
            }
        }
        close();
    }

private:
    struct Frame
    {
        YamlNode node;
        YAML::anchor_t anchor;
        YAML::Mark mark;
        QByteArray key;
        bool haveKey;
        std::vector<YamlNode> merges;
        quint64 size; // nodes in the subtree so far (aliases expanded)
    };

    void open(const YAML::Mark &mark)
    {
        if (int(m_stack.size()) >= YamlLimits::maxDepth)
            throw LimitReached {YamlLimits::depthMessage(), mark.line + 1};
        ++m_decoded;
    }

    void fail(const YAML::Mark &mark, const QString &message)
    {
        if (!error.isEmpty())
            return;
        error = message;
        errorLine = mark.line + 1;
        errorColumn = mark.column + 1;
    }

    void close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (!m_stack.empty())
            m_stack.back().size += f.size;
        if (f.anchor)
            m_anchorSizes[f.anchor] = f.size;
        add(std::move(f.node), f.anchor, f.mark, false, false);
    }

    // counted: a scalar or null node read from the text (containers and aliases are counted
    // where they start).
    void add(YamlNode node, YAML::anchor_t anchor, const YAML::Mark &mark, bool plain,
             bool counted = true)
    {
        if (counted) {
            ++m_decoded;
            if (!m_stack.empty())
                ++m_stack.back().size;
            if (anchor)
                m_anchorSizes[anchor] = 1;
        }
        if (anchor)
            m_anchors[anchor] = node;
        if (m_stack.empty()) {
            m_root = std::move(node);
            m_hasRoot = true;
            return;
        }
        Frame &top = m_stack.back();
        if (top.node.isSequence()) {
            top.node.append(std::move(node));
            return;
        }
        if (!top.haveKey) {
            if (!node.isScalar()) {
                fail(mark, QStringLiteral("a mapping key must be a scalar"));
                top.key = QByteArray();
            } else {
                top.key = node.text();
                if (node.isNull() && node.text() == "null")
                    top.key = QByteArrayLiteral("null");
                if (plain && top.key == "<<") {
                    top.key = QByteArrayLiteral("\x01<<");
                }
                if (m_dialect == YamlReader::Dialect::Kustomization && plain
                    && node.type() == YamlNode::Type::Bool)
                    fail(mark,
                         QStringLiteral("the key \"%1\" is a boolean in YAML 1.1, which "
                                        "kustomize cannot use as a key (quote it)")
                             .arg(QString::fromUtf8(node.sourceText())));
            }
            top.haveKey = true;
            return;
        }
        top.haveKey = false;
        if (top.key == "\x01<<") {
            if (node.isSequence()) {
                for (const YamlNode &n : node.items())
                    top.merges.push_back(n);
            } else {
                top.merges.push_back(std::move(node));
            }
            return;
        }
        if (YamlNode *existing = top.node.get(top.key)) {
            if (m_dialect == YamlReader::Dialect::Kustomization) {
                *existing = std::move(node);
                return;
            }
            fail(mark,
                 QStringLiteral("mapping key \"%1\" already defined")
                     .arg(QString::fromUtf8(top.key)));
            return;
        }
        top.node.entries().push_back({top.key, std::move(node)});
    }

    std::vector<Frame> m_stack;
    YamlNode m_root;
    bool m_hasRoot = false;
    std::map<YAML::anchor_t, YamlNode> m_anchors;
    std::map<YAML::anchor_t, quint64> m_anchorSizes;
    YamlReader::Dialect m_dialect;
    const QByteArray *m_text;
    quint64 m_decoded = 0;
    quint64 m_fromAliases = 0;
};

} // namespace

Result<QList<YamlNode>> YamlReader::parseAll(const QByteArray &text, const QString &fileName,
                                             Dialect dialect)
{
    if (auto s = YamlLimits::checkSize(text.size(), fileName); !s)
        return s.error();
    // Like kustomize's YAML library, only UTF-8 without control characters is accepted.
    if (const qsizetype bad = firstUnacceptable(text); bad >= 0) {
        return Error(Error::Kind::BadInput,
                     QStringLiteral("the file is not valid UTF-8 or holds a control character"))
            .at(fileName, int(text.left(bad).count('\n')) + 1);
    }
    // kustomize splits a file into documents at `---` lines before parsing them, so a directive
    // (%YAML, %TAG) ends up alone in a document of its own, which its YAML library refuses.
    for (const char *directive : {"%YAML", "%TAG"}) {
        const QByteArray atLineStart = QByteArray("\n") + directive;
        const qsizetype at = text.startsWith(directive) ? 0 : text.indexOf(atLineStart);
        if (at < 0)
            continue;
        const qsizetype start = text.at(at) == '\n' ? at + 1 : at;
        return Error(Error::Kind::BadInput,
                     QStringLiteral("a %1 directive: kustomize does not read YAML directives (it "
                                    "fails with \"did not find expected <document start>\" or "
                                    "\"found incompatible YAML document\")")
                         .arg(QLatin1String(directive)))
            .at(fileName, int(text.left(start).count('\n')) + 1);
    }
    Builder builder(dialect, &text);
    try {
        std::istringstream stream(text.toStdString());
        YAML::Parser parser(stream);
        // yaml-cpp 0.7 can report endless empty documents on some malformed input: a document
        // needs at least a line, so more documents than lines means the parser is stuck.
        const qsizetype maxDocuments = text.count('\n') + 2;
        qsizetype documents = 0;
        while (parser.HandleNextDocument(builder)) {
            if (!builder.error.isEmpty())
                break;
            if (++documents > maxDocuments) {
                return Error(Error::Kind::BadInput,
                             QStringLiteral("malformed YAML: the parser does not advance"))
                    .at(fileName, 1);
            }
        }
    } catch (const LimitReached &limit) {
        return Error(Error::Kind::BadInput, limit.message).at(fileName, limit.line);
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput,
                     QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(e.msg)))
            .at(fileName, e.mark.line + 1);
    } catch (const std::exception &e) {
        return Error(Error::Kind::BadInput,
                     QStringLiteral("malformed YAML: %1").arg(QString::fromLocal8Bit(e.what())))
            .at(fileName);
    }
    if (!builder.error.isEmpty()) {
        return Error(Error::Kind::BadInput, QStringLiteral("malformed YAML: %1").arg(builder.error))
            .at(fileName, builder.errorLine);
    }
    return builder.documents;
}

Result<YamlNode> YamlReader::parseOne(const QByteArray &text, const QString &fileName)
{
    auto docs = parseAll(text, fileName);
    if (!docs)
        return docs.error();
    if (docs->isEmpty())
        return YamlNode();
    if (docs->size() > 1)
        return Error(Error::Kind::BadInput,
                     QStringLiteral("expected one YAML document, found %1").arg(docs->size()))
            .at(fileName);
    return docs->takeFirst();
}

} // namespace Promenade::Kustomize
