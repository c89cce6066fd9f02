#include "yamltree.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Promenade::Diff {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diff)
};

// yaml-cpp's plain nulls.
bool isNullWord(QStringView s)
{
    // Inline, by length first: most words are neither.
    if (s.size() == 1)
        return s[0] == u'~';
    if (s.size() != 4 || (s[0] != u'n' && s[0] != u'N'))
        return false;
    return s == u"null" || s == u"Null" || s == u"NULL";
}

// Where needle (two characters) first occurs in s, or -1: inline, for the short texts of
// one line (QStringView::indexOf is a call and a general search).
qsizetype indexOfPair(QStringView s, char16_t first, char16_t second)
{
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s[i] == first && s[i + 1] == second)
            return i;
    }
    return -1;
}

// A character that cannot start a plain scalar the reader accepts.
bool isIndicator(QChar c)
{
    switch (c.unicode()) {
    case u'?':
    case u':':
    case u',':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'#':
    case u'&':
    case u'*':
    case u'!':
    case u'|':
    case u'>':
    case u'%':
    case u'@':
    case u'`':
        return true;
    default:
        return false;
    }
}

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'.' || c == u'_' || c == u'/' || c == u'-';
}

// A character the block reader leaves to yaml-cpp wherever it is: control characters (tabs
// and carriage returns included), YAML 1.1's other line breaks, a byte order mark.
bool isDeclinedChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xfeff;
}

bool isSequenceEntry(QStringView content)
{
    return content == u"-" || content.startsWith(u"- ");
}

// The length of the key of a "key:" or "key: value" line, or -1 when the line is not one
// with a plain key the reader accepts.
qsizetype keyLength(QStringView content)
{
    qsizetype i = 0;
    while (i < content.size() && isKeyChar(content[i]))
        ++i;
    if (i == 0 || i == content.size() || content[i] != u':')
        return -1;
    if (i + 1 < content.size() && content[i + 1] != u' ')
        return -1;
    const QStringView key = content.first(i);
    if (key.front() == u'-' || isNullWord(key))
        return -1;
    return i;
}

} // namespace

// The fast reader (see yamltree.h): lines with their indentation, read by recursive descent;
// every method returns the node's index, or -1 to decline the whole text.
class BlockReader
{
public:
    explicit BlockReader(YamlTree &tree)
        : m_tree(tree)
    { }

    bool read(QStringView text)
    {
        if (!splitLines(text))
            return false;
        // About two nodes a line (key and value), children likewise: no regrowth.
        m_tree.m_nodes.reserve(2 * m_lines.size() + 1);
        m_tree.m_children.reserve(2 * m_lines.size());
        if (m_lines.empty()) {
            m_tree.m_root = add({});
            return true;
        }
        const int root = node(m_lines.front().indent);
        if (root < 0 || m_pos != m_lines.size())
            return false;
        m_tree.m_root = root;
        return true;
    }

private:
    struct Line
    {
        int indent = 0;
        QStringView content; // without indentation and trailing spaces
        int number = 0; // 0-based
    };

    bool splitLines(QStringView text)
    {
        m_lines.reserve(size_t(text.size() / 24 + 1));
        int number = 0;
        qsizetype pos = 0;
        const QChar *data = text.data();
        for (;;) {
            // One pass over the line: its end, and no character left to yaml-cpp.
            qsizetype end = pos;
            for (; end < text.size(); ++end) {
                const char16_t u = data[end].unicode();
                if (u >= 0x20 && u < 0x7f)
                    continue; // most characters: one test
                if (u == u'\n')
                    break;
                if (isDeclinedChar(data[end]))
                    return false;
            }
            const QStringView line = text.sliced(pos, end - pos);
            qsizetype indent = 0;
            while (indent < line.size() && line[indent] == u' ')
                ++indent;
            QStringView content = line.sliced(indent);
            while (!content.isEmpty() && content.back() == u' ')
                content.chop(1);
            if (!content.isEmpty() && content.front() != u'#') {
                const QChar lead = content.front();
                if ((lead == u'-' || lead == u'.')
                    && (content.startsWith(u"---") || content.startsWith(u"..."))) {
                    // Only a bare start marker before the content.
                    if (indent != 0 || content != u"---" || !m_lines.empty())
                        return false;
                } else {
                    m_lines.push_back({int(indent), content, number});
                }
            }
            if (end == text.size())
                break;
            pos = end + 1;
            ++number;
        }
        return true;
    }

    int add(const YamlTree::Node &n)
    {
        m_tree.m_nodes.push_back(n);
        return int(m_tree.m_nodes.size() - 1);
    }

    // The children of a node being read wait on m_stack from `base` on (one stack for the
    // whole tree: no allocation per map or sequence), and move to the tree when it is done.
    void setChildren(int index, size_t base, int count)
    {
        YamlTree::Node &n = m_tree.m_nodes[size_t(index)];
        n.first = int(m_tree.m_children.size());
        n.count = count;
        m_tree.m_children.insert(m_tree.m_children.end(), m_stack.begin() + std::ptrdiff_t(base),
                                 m_stack.end());
        m_stack.resize(base);
    }

    [[nodiscard]] bool deeperThan(int indent) const
    {
        return m_pos < m_lines.size() && m_lines[m_pos].indent > indent;
    }

    int node(int indent)
    {
        const QStringView content = m_lines[m_pos].content;
        if (isSequenceEntry(content))
            return sequence(indent);
        if (keyLength(content) > 0)
            return map(indent);
        return -1;
    }

    int map(int indent)
    {
        const int self = add({YamlTree::Type::Map, true, m_lines[m_pos].number, {}, 0, 0});
        const size_t base = m_stack.size();
        while (m_pos < m_lines.size() && m_lines[m_pos].indent == indent) {
            const Line line = m_lines[m_pos];
            const qsizetype length = keyLength(line.content);
            if (length <= 0)
                return -1;
            const QStringView keyText = line.content.first(length);
            for (size_t c = base; c < m_stack.size(); c += 2) {
                if (m_tree.m_nodes[size_t(m_stack[c])].scalar == keyText)
                    return -1; // a repeated key: left to yaml-cpp
            }
            const int key = add({YamlTree::Type::Scalar, true, line.number, keyText, 0, 0});
            QStringView rest = line.content.sliced(length + 1).trimmed();
            if (rest.startsWith(u'#'))
                rest = {};
            ++m_pos;
            int value = -1;
            if (!rest.isEmpty()) {
                if (deeperThan(indent))
                    return -1; // a multi-line scalar, or worse
                value = scalar(rest, line.number);
            } else if (deeperThan(indent)) {
                value = node(m_lines[m_pos].indent);
            } else if (m_pos < m_lines.size() && m_lines[m_pos].indent == indent
                       && isSequenceEntry(m_lines[m_pos].content)) {
                value = sequence(indent); // "key:" then "- item" at the key's indentation
            } else {
                value = add({YamlTree::Type::Null, true, line.number, {}, 0, 0});
            }
            if (value < 0)
                return -1;
            m_stack.push_back(key);
            m_stack.push_back(value);
        }
        if (deeperThan(indent))
            return -1;
        setChildren(self, base, int(m_stack.size() - base) / 2);
        return self;
    }

    int sequence(int indent)
    {
        const int self = add({YamlTree::Type::Sequence, true, m_lines[m_pos].number, {}, 0, 0});
        const size_t base = m_stack.size();
        while (m_pos < m_lines.size() && m_lines[m_pos].indent == indent
               && isSequenceEntry(m_lines[m_pos].content)) {
            Line &line = m_lines[m_pos];
            if (line.content.size() < 2)
                return -1; // "-" alone: a null item, or the item on the next lines
            qsizetype skip = 1;
            while (skip < line.content.size() && line.content[skip] == u' ')
                ++skip;
            const QStringView rest = line.content.sliced(skip);
            if (rest.startsWith(u'#') || isSequenceEntry(rest))
                return -1;
            int item = -1;
            if (keyLength(rest) > 0) {
                // "- key: value": a map whose keys line up with this first one.
                line = {indent + int(skip), rest, line.number};
                item = map(line.indent);
            } else {
                item = scalar(rest, line.number);
                ++m_pos;
                if (deeperThan(indent))
                    return -1;
            }
            if (item < 0)
                return -1;
            m_stack.push_back(item);
        }
        if (deeperThan(indent))
            return -1;
        setChildren(self, base, int(m_stack.size() - base));
        return self;
    }

    int scalar(QStringView text, int line)
    {
        if (text == u"{}")
            return add({YamlTree::Type::Map, true, line, {}, 0, 0});
        if (text == u"[]")
            return add({YamlTree::Type::Sequence, true, line, {}, 0, 0});
        const QChar first = text.front();
        if (first == u'"' || first == u'\'') {
            const qsizetype close = text.indexOf(first, 1);
            if (close < 0)
                return -1;
            const QStringView inner = text.sliced(1, close - 1);
            if (first == u'"' && inner.contains(u'\\'))
                return -1;
            // Nothing after the closing quote but a comment ('' in single quotes lands here).
            const QStringView after = text.sliced(close + 1);
            if (!after.isEmpty() && !(after.front() == u' ' && after.trimmed().startsWith(u'#')))
                return -1;
            return add({YamlTree::Type::Scalar, false, line, inner, 0, 0});
        }
        if (isIndicator(first))
            return -1;
        if (first == u'-' && (text.size() == 1 || text[1] == u' '))
            return -1;
        QStringView plain = text;
        if (const qsizetype comment = indexOfPair(plain, u' ', u'#'); comment >= 0)
            plain = plain.first(comment);
        while (!plain.isEmpty() && plain.back() == u' ')
            plain.chop(1);
        if (indexOfPair(plain, u':', u' ') >= 0 || plain.endsWith(u':'))
            return -1;
        if (isNullWord(plain))
            return add({YamlTree::Type::Null, true, line, {}, 0, 0});
        return add({YamlTree::Type::Scalar, true, line, plain, 0, 0});
    }

    YamlTree &m_tree;
    std::vector<Line> m_lines;
    std::vector<int> m_stack;
    size_t m_pos = 0;
};

// A yaml-cpp tree copied into a YamlTree.
class YamlCppReader
{
public:
    // Exceptions of yaml-cpp pass through.
    static YamlTree read(QStringView text)
    {
        const YAML::Node root = YAML::Load(text.toUtf8().toStdString());
        YamlTree tree;
        YamlCppReader reader(tree);
        tree.m_root = reader.add(root);
        return tree;
    }

private:
    explicit YamlCppReader(YamlTree &tree)
        : m_tree(tree)
    { }

    int add(const YAML::Node &node)
    {
        YamlTree::Node n;
        const YAML::Mark mark = node ? node.Mark() : YAML::Mark::null_mark();
        n.line = mark.is_null() ? -1 : mark.line;
        const auto type = node ? node.Type() : YAML::NodeType::Undefined;
        std::vector<int> children;
        switch (type) {
        case YAML::NodeType::Scalar:
            n.type = YamlTree::Type::Scalar;
            m_tree.m_owned.append(QString::fromStdString(node.Scalar()));
            n.scalar = m_tree.m_owned.back();
            n.plain = node.Tag() != "!";
            break;
        case YAML::NodeType::Sequence:
            n.type = YamlTree::Type::Sequence;
            for (const auto &item : node)
                children.push_back(add(item));
            n.count = int(children.size());
            break;
        case YAML::NodeType::Map:
            n.type = YamlTree::Type::Map;
            for (const auto &kv : node) {
                children.push_back(add(kv.first));
                children.push_back(add(kv.second));
            }
            n.count = int(children.size() / 2);
            break;
        default:
            n.type = YamlTree::Type::Null;
            break;
        }
        n.first = int(m_tree.m_children.size());
        m_tree.m_children.insert(m_tree.m_children.end(), children.begin(), children.end());
        m_tree.m_nodes.push_back(n);
        return int(m_tree.m_nodes.size() - 1);
    }

    YamlTree &m_tree;
};

YamlTree::Ref YamlTree::Ref::operator[](QStringView key) const
{
    if (!isMap())
        return {};
    for (int k = 0; k < size(); ++k) {
        const Ref keyNode = this->key(k);
        if (keyNode.isScalar() && keyNode.scalar() == key)
            return value(k);
    }
    return {};
}

std::optional<YamlTree> YamlTree::readBlock(QStringView text)
{
    YamlTree tree;
    BlockReader reader(tree);
    if (!reader.read(text))
        return std::nullopt;
    return tree;
}

namespace {

Result<YamlTree> yamlCpp(QStringView text, const QString &label, int lineOffset)
{
    try {
        return YamlCppReader::read(text);
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput,
                     Tr::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)))
            .at(label, lineOffset + e.mark.line + 1, e.mark.column + 1);
    }
}

} // namespace

Result<YamlTree> YamlTree::readWithYamlCpp(QStringView text)
{
    return yamlCpp(text, QString(), 0);
}

Result<YamlTree> YamlTree::parse(QStringView text, const QString &label, int lineOffset)
{
    if (auto fast = readBlock(text))
        return std::move(*fast);
    return yamlCpp(text, label, lineOffset);
}

} // namespace Promenade::Diff
