#include "gotemplate.h"

#include "gotemplatefunctions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <functional>
#include <vector>

namespace Promenade {

using namespace GoTemplateFunctions;

namespace {

// Limits for untrusted templates: nesting of parentheses and blocks, and the text one render
// may produce (nested ranges multiply).
constexpr int MaxNesting = 64;
constexpr qsizetype MaxOutput = 1 << 20;

// ---- parsing --------------------------------------------------------------------------------

struct Pipeline;

struct Operand
{
    enum class Kind { Field, Root, Literal, Function, Sub } kind = Kind::Literal;
    QStringList fields; // Field: from dot (empty = dot itself); Root: from $
    QVariant value;
    QString function;
    std::shared_ptr<Pipeline> sub;
};

struct Command
{
    std::vector<Operand> operands;
};

struct Pipeline
{
    std::vector<Command> commands;
};

struct Token
{
    enum class Kind { Operand, Pipe, Open, Close } kind;
    Operand operand;
};

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

Result<std::vector<Token>> tokenize(const QString &s)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = s.size();
    const auto readFields = [&](QStringList &fields) {
        // At a '.': read .a.b.c
        while (i < n && s.at(i) == u'.' && i + 1 < n && isIdentChar(s.at(i + 1))) {
            ++i;
            const qsizetype start = i;
            while (i < n && isIdentChar(s.at(i)))
                ++i;
            fields << s.mid(start, i - start);
        }
    };
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'|') {
            tokens.push_back({Token::Kind::Pipe, {}});
            ++i;
        } else if (c == u'(') {
            tokens.push_back({Token::Kind::Open, {}});
            ++i;
        } else if (c == u')') {
            tokens.push_back({Token::Kind::Close, {}});
            ++i;
            if (i < n && s.at(i) == u'.')
                return failure(QStringLiteral("a field of a parenthesised value"));
        } else if (c == u'"') {
            QString text;
            ++i;
            bool closed = false;
            while (i < n) {
                QChar d = s.at(i++);
                if (d == u'"') {
                    closed = true;
                    break;
                }
                if (d == u'\\' && i < n) {
                    d = s.at(i++);
                    if (d == u'n')
                        d = u'\n';
                    else if (d == u't')
                        d = u'\t';
                }
                text += d;
            }
            if (!closed)
                return failure(QStringLiteral("an unterminated string"));
            Operand o;
            o.value = text;
            tokens.push_back({Token::Kind::Operand, o});
        } else if (c == u'`') {
            const qsizetype end = s.indexOf(u'`', i + 1);
            if (end < 0)
                return failure(QStringLiteral("an unterminated string"));
            Operand o;
            o.value = s.mid(i + 1, end - i - 1);
            tokens.push_back({Token::Kind::Operand, o});
            i = end + 1;
        } else if (c == u'.') {
            Operand o;
            o.kind = Operand::Kind::Field;
            if (i + 1 < n && isIdentChar(s.at(i + 1)))
                readFields(o.fields);
            else
                ++i; // the dot itself
            tokens.push_back({Token::Kind::Operand, o});
        } else if (c == u'$') {
            ++i;
            if (i < n && isIdentChar(s.at(i)))
                return failure(QStringLiteral("template variables"));
            Operand o;
            o.kind = Operand::Kind::Root;
            readFields(o.fields);
            tokens.push_back({Token::Kind::Operand, o});
        } else if (c.isDigit()
                   || ((c == u'-' || c == u'+') && i + 1 < n && s.at(i + 1).isDigit())) {
            const qsizetype start = i++;
            while (i < n && (s.at(i).isDigit() || s.at(i) == u'.'))
                ++i;
            const QString number = s.mid(start, i - start);
            Operand o;
            bool ok = false;
            const qlonglong whole = number.toLongLong(&ok);
            o.value = ok ? QVariant(whole) : QVariant(number.toDouble());
            tokens.push_back({Token::Kind::Operand, o});
        } else if (isIdentChar(c)) {
            const qsizetype start = i;
            while (i < n && isIdentChar(s.at(i)))
                ++i;
            const QString word = s.mid(start, i - start);
            Operand o;
            if (word == u"true" || word == u"false") {
                o.value = word == u"true";
            } else if (word == u"nil") {
                o.value = QVariant();
            } else {
                if (!functions().contains(word))
                    return failure(QStringLiteral("the function %1").arg(word));
                o.kind = Operand::Kind::Function;
                o.function = word;
            }
            tokens.push_back({Token::Kind::Operand, o});
        } else if (c == u':' || c == u'=') {
            return failure(QStringLiteral("template variables"));
        } else {
            return failure(QStringLiteral("the character %1").arg(c));
        }
    }
    return tokens;
}

Result<Pipeline> parsePipeline(const std::vector<Token> &tokens, size_t &pos, int nesting)
{
    if (nesting > MaxNesting)
        return failure(QStringLiteral("too deep a nesting"));
    const bool nested = nesting > 0;
    Pipeline pipeline;
    Command command;
    while (pos < tokens.size()) {
        const Token &t = tokens[pos];
        if (t.kind == Token::Kind::Close) {
            if (!nested)
                return failure(QStringLiteral("an unexpected )"));
            break;
        }
        ++pos;
        if (t.kind == Token::Kind::Pipe) {
            if (command.operands.empty())
                return failure(QStringLiteral("an empty command"));
            pipeline.commands.push_back(std::move(command));
            command = {};
        } else if (t.kind == Token::Kind::Open) {
            auto sub = parsePipeline(tokens, pos, nesting + 1);
            if (!sub)
                return sub.error();
            if (pos >= tokens.size() || tokens[pos].kind != Token::Kind::Close)
                return failure(QStringLiteral("an unclosed ("));
            ++pos;
            Operand o;
            o.kind = Operand::Kind::Sub;
            o.sub = std::make_shared<Pipeline>(std::move(*sub));
            command.operands.push_back(std::move(o));
        } else {
            command.operands.push_back(t.operand);
        }
    }
    if (command.operands.empty())
        return failure(QStringLiteral("an empty command"));
    pipeline.commands.push_back(std::move(command));
    return pipeline;
}

Result<Pipeline> parsePipeline(const QString &text)
{
    auto tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    size_t pos = 0;
    auto pipeline = parsePipeline(*tokens, pos, 0);
    if (pipeline && pos != tokens->size())
        return failure(QStringLiteral("an unexpected )"));
    return pipeline;
}

} // namespace

struct GoTemplate::Node
{
    enum class Kind { List, Text, Action, If, With, Range } kind = Kind::List;
    QString text;
    Pipeline pipeline;
    std::vector<Node> body;
    std::vector<Node> otherwise;
};

namespace {

using Node = GoTemplate::Node;

struct Item
{
    bool action = false;
    QString text; // the action's content, trimmed
};

// Splits the text into plain text and actions, applying {{- and -}} trimming.
Result<std::vector<Item>> split(const QString &text)
{
    std::vector<Item> items;
    qsizetype i = 0;
    bool trimNext = false;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), i);
        QString plain = text.mid(i, open < 0 ? -1 : open - i);
        if (trimNext) {
            qsizetype k = 0;
            while (k < plain.size() && plain.at(k).isSpace())
                ++k;
            plain.remove(0, k);
        }
        if (open < 0) {
            items.push_back({false, plain});
            break;
        }
        qsizetype start = open + 2;
        if (start + 1 < text.size() && text.at(start) == u'-' && text.at(start + 1).isSpace()) {
            while (!plain.isEmpty() && plain.back().isSpace())
                plain.chop(1);
            start += 2;
        }
        items.push_back({false, plain});
        // The action ends at the first }} outside a string.
        qsizetype j = start;
        QChar quote;
        qsizetype close = -1;
        while (j < text.size()) {
            const QChar c = text.at(j);
            if (!quote.isNull()) {
                if (c == u'\\' && quote == u'"')
                    ++j;
                else if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'`') {
                quote = c;
            } else if (c == u'}' && j + 1 < text.size() && text.at(j + 1) == u'}') {
                close = j;
                break;
            }
            ++j;
        }
        if (close < 0)
            return failure(QStringLiteral("an unclosed action"));
        QString content = text.mid(start, close - start);
        trimNext = false;
        if (content.size() >= 2 && content.back() == u'-'
            && content.at(content.size() - 2).isSpace()) {
            content.chop(1);
            trimNext = true;
        }
        content = content.trimmed();
        if (!(content.startsWith(QLatin1String("/*")) && content.endsWith(QLatin1String("*/"))))
            items.push_back({true, content});
        i = close + 2;
    }
    return items;
}

QString firstWord(const QString &s)
{
    qsizetype k = 0;
    while (k < s.size() && isIdentChar(s.at(k)))
        ++k;
    return s.left(k);
}

Result<QString> parseList(const std::vector<Item> &items, size_t &pos, std::vector<Node> &into,
                          int nesting);

// After an if/with/range body ended with `terminator`: its {{else}} / {{else if}} branch and
// {{end}}.
Status parseTail(const std::vector<Item> &items, size_t &pos, Node &node, const QString &terminator,
                 int nesting)
{
    if (terminator == u"end")
        return {};
    if (firstWord(terminator) != u"else")
        return failure(terminator.isEmpty() ? QStringLiteral("a missing {{end}}")
                                            : QStringLiteral("{{%1}}").arg(terminator));
    const QString rest = terminator.mid(4).trimmed();
    if (rest.isEmpty()) {
        auto end = parseList(items, pos, node.otherwise, nesting + 1);
        if (!end)
            return end.error();
        if (*end != u"end")
            return failure(end->isEmpty() ? QStringLiteral("a missing {{end}}")
                                          : QStringLiteral("{{%1}}").arg(*end));
        return {};
    }
    if (firstWord(rest) != u"if" || node.kind != Node::Kind::If)
        return failure(QStringLiteral("{{%1}}").arg(terminator));
    // {{else if x}}: an if nested in the else branch, closed by the same {{end}}.
    Node inner;
    inner.kind = Node::Kind::If;
    auto pipeline = parsePipeline(rest.mid(2));
    if (!pipeline)
        return pipeline.error();
    inner.pipeline = std::move(*pipeline);
    auto end = parseList(items, pos, inner.body, nesting + 1);
    if (!end)
        return end.error();
    if (auto tail = parseTail(items, pos, inner, *end, nesting + 1); !tail)
        return tail;
    node.otherwise.push_back(std::move(inner));
    return {};
}

// Parses items[pos...] into `into` until {{end}} or {{else ...}} (returned as the terminator;
// empty at the end of the text).
Result<QString> parseList(const std::vector<Item> &items, size_t &pos, std::vector<Node> &into,
                          int nesting)
{
    if (nesting > MaxNesting)
        return failure(QStringLiteral("too deep a nesting"));
    while (pos < items.size()) {
        const Item &item = items[pos++];
        if (!item.action) {
            if (!item.text.isEmpty()) {
                Node n;
                n.kind = Node::Kind::Text;
                n.text = item.text;
                into.push_back(std::move(n));
            }
            continue;
        }
        const QString word = firstWord(item.text);
        if (word == u"end" || word == u"else")
            return item.text;
        if (word == u"define" || word == u"template" || word == u"block" || word == u"break"
            || word == u"continue")
            return failure(QStringLiteral("{{%1}}").arg(word));
        Node n;
        QString pipelineText = item.text;
        if (word == u"if" || word == u"with" || word == u"range") {
            n.kind = word == u"if" ? Node::Kind::If
                : word == u"with"  ? Node::Kind::With
                                   : Node::Kind::Range;
            pipelineText = item.text.mid(word.size());
        } else {
            n.kind = Node::Kind::Action;
        }
        auto pipeline = parsePipeline(pipelineText);
        if (!pipeline)
            return pipeline.error();
        n.pipeline = std::move(*pipeline);
        if (n.kind != Node::Kind::Action) {
            auto terminator = parseList(items, pos, n.body, nesting + 1);
            if (!terminator)
                return terminator;
            if (auto tail = parseTail(items, pos, n, *terminator, nesting + 1); !tail)
                return tail.error();
        }
        into.push_back(std::move(n));
    }
    return QString();
}

struct Evaluator
{
    const QVariant &root;
    bool missingKeyIsError;

    Result<QVariant> walk(QVariant v, const QStringList &fields, const QString &origin) const
    {
        QString path = origin;
        for (const QString &field : fields) {
            path += u'.' + field;
            if (isMap(v)) {
                const QVariantMap map = v.toMap();
                const auto it = map.constFind(field);
                if (it == map.cend()) {
                    if (missingKeyIsError)
                        return failure(
                            QStringLiteral("map has no entry for key \"%1\"").arg(field));
                    v = QVariant();
                } else {
                    v = it.value();
                }
            } else if (!v.isValid() || v.isNull()) {
                return failure(QStringLiteral("nil pointer evaluating %1").arg(path));
            } else {
                return failure(
                    QStringLiteral("can't evaluate field %1 of %2").arg(field, print(v)));
            }
        }
        return v;
    }

    Result<QVariant> operand(const Operand &o, const QVariant &dot) const
    {
        switch (o.kind) {
        case Operand::Kind::Field:
            return walk(dot, o.fields, QString());
        case Operand::Kind::Root:
            return walk(root, o.fields, QStringLiteral("$"));
        case Operand::Kind::Sub:
            return pipeline(*o.sub, dot);
        case Operand::Kind::Function:
            return call(o.function, {});
        case Operand::Kind::Literal:
            break;
        }
        return o.value;
    }

    Result<QVariant> call(const QString &name, const QVariantList &args) const
    {
        return functions().value(name)(args);
    }

    Result<QVariant> pipeline(const Pipeline &p, const QVariant &dot) const
    {
        std::optional<QVariant> piped;
        for (const Command &command : p.commands) {
            const Operand &head = command.operands.front();
            if (head.kind == Operand::Kind::Function) {
                QVariantList args;
                for (size_t k = 1; k < command.operands.size(); ++k) {
                    auto a = operand(command.operands[k], dot);
                    if (!a)
                        return a;
                    args << *a;
                }
                if (piped)
                    args << *piped;
                auto r = call(head.function, args);
                if (!r)
                    return failure(
                        QStringLiteral("%1: %2").arg(head.function, r.error().message()));
                piped = *r;
            } else {
                if (command.operands.size() > 1 || piped)
                    return failure(QStringLiteral("can't give argument to non-function"));
                auto r = operand(head, dot);
                if (!r)
                    return r;
                piped = *r;
            }
        }
        return piped.value_or(QVariant());
    }

    Status list(const std::vector<Node> &nodes, const QVariant &dot, QString &out) const
    {
        for (const Node &n : nodes) {
            if (auto s = node(n, dot, out); !s)
                return s;
            if (out.size() > MaxOutput)
                return failure(QStringLiteral("a text longer than %1 characters").arg(MaxOutput));
        }
        return {};
    }

    Status node(const Node &n, const QVariant &dot, QString &out) const
    {
        switch (n.kind) {
        case Node::Kind::List:
            return list(n.body, dot, out);
        case Node::Kind::Text:
            out += n.text;
            return {};
        case Node::Kind::Action: {
            auto v = pipeline(n.pipeline, dot);
            if (!v)
                return v.error();
            out += print(*v);
            return {};
        }
        case Node::Kind::If:
        case Node::Kind::With: {
            auto v = pipeline(n.pipeline, dot);
            if (!v)
                return v.error();
            if (truthy(*v))
                return list(n.body, n.kind == Node::Kind::With ? *v : dot, out);
            return list(n.otherwise, dot, out);
        }
        case Node::Kind::Range: {
            auto v = pipeline(n.pipeline, dot);
            if (!v)
                return v.error();
            if (!truthy(*v))
                return list(n.otherwise, dot, out);
            const QVariantList items = isMap(*v) ? v->toMap().values()
                : isList(*v)                     ? asList(*v)
                                                 : QVariantList();
            if (!isMap(*v) && !isList(*v))
                return failure(QStringLiteral("range can't iterate over %1").arg(print(*v)));
            for (const QVariant &item : items) {
                if (auto s = list(n.body, item, out); !s)
                    return s;
            }
            return {};
        }
        }
        return {};
    }
};

} // namespace

Result<GoTemplate> GoTemplate::parse(const QString &text)
{
    auto items = split(text);
    if (!items)
        return items.error();
    auto root = std::make_shared<Node>();
    size_t pos = 0;
    auto terminator = parseList(*items, pos, root->body, 0);
    if (!terminator)
        return terminator.error();
    if (!terminator->isEmpty())
        return failure(QStringLiteral("an unexpected {{%1}}").arg(*terminator));
    GoTemplate t;
    t.m_root = std::move(root);
    return t;
}

Result<QString> GoTemplate::render(const QVariant &data, bool missingKeyIsError) const
{
    if (!m_root)
        return QString();
    QString out;
    const Evaluator evaluator {data, missingKeyIsError};
    if (auto s = evaluator.list(m_root->body, data, out); !s)
        return s.error();
    return out;
}

} // namespace Promenade
