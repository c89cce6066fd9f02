#include "gotemplate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <functional>
#include <vector>

namespace Promenade {

namespace {

// Limits for untrusted templates: nesting of parentheses and blocks, and the text one render
// may produce (nested ranges multiply).
constexpr int MaxNesting = 64;
constexpr qsizetype MaxOutput = 1 << 20;

Error failure(const QString &message)
{
    return Error(Error::Kind::BadInput, message);
}

// ---- values ---------------------------------------------------------------------------------

bool isMap(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantMap;
}

bool isList(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList;
}

QVariantList asList(const QVariant &v)
{
    return v.typeId() == QMetaType::QStringList
        ? QVariantList(v.toStringList().cbegin(), v.toStringList().cend())
        : v.toList();
}

// Go's %v.
QString print(const QVariant &v, bool nilAsNoValue = true)
{
    if (!v.isValid() || v.isNull())
        return nilAsNoValue ? QStringLiteral("<no value>") : QString();
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double: {
        const double d = v.toDouble();
        return QString::number(d, 'g', 15);
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = v.toMap();
        QStringList parts;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts << it.key() + u':' + print(it.value());
        return QStringLiteral("map[") + parts.join(u' ') + u']';
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QStringList parts;
        for (const QVariant &item : asList(v))
            parts << print(item);
        return u'[' + parts.join(u' ') + u']';
    }
    default:
        return v.toString();
    }
}

// A function argument as a string: nil is "".
QString str(const QVariant &v)
{
    return print(v, false);
}

bool truthy(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return false;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
        return v.toDouble() != 0;
    case QMetaType::QString:
        return !v.toString().isEmpty();
    case QMetaType::QVariantMap:
        return !v.toMap().isEmpty();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return !asList(v).isEmpty();
    default:
        return true;
    }
}

std::optional<qlonglong> integer(const QVariant &v)
{
    bool ok = false;
    const qlonglong n
        = v.typeId() == QMetaType::Double ? qlonglong(v.toDouble()) : str(v).toLongLong(&ok);
    if (v.typeId() == QMetaType::Double)
        return n;
    return ok ? std::optional<qlonglong>(n) : std::nullopt;
}

// Argo CD's normalize (utils.SanitizeName): a DNS-safe name.
QString sanitizeName(const QString &name)
{
    static const QRegularExpression invalid(QStringLiteral("[^-a-z0-9.]"));
    QString out = name.toLower();
    out.replace(invalid, QStringLiteral("-"));
    if (out.size() > 253)
        out.truncate(253);
    while (!out.isEmpty() && (out.front() == u'-' || out.front() == u'.'))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'-' || out.back() == u'.'))
        out.chop(1);
    return out;
}

QString goQuote(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        out += c;
    }
    return out + u'"';
}

Result<QVariant> sprintf(const QVariantList &args)
{
    if (args.isEmpty())
        return failure(QStringLiteral("printf needs a format"));
    const QString format = str(args.first());
    QString out;
    int next = 1;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format.at(i) != u'%' || i + 1 == format.size()) {
            out += format.at(i);
            continue;
        }
        const QChar verb = format.at(++i);
        if (verb == u'%') {
            out += u'%';
            continue;
        }
        if (verb != u's' && verb != u'v' && verb != u'd' && verb != u'q')
            return failure(QStringLiteral("printf verb %%%1").arg(verb));
        const QVariant arg = next < args.size() ? args.at(next) : QVariant();
        const bool missing = next >= args.size();
        ++next;
        if (missing) {
            out += QStringLiteral("%!") + verb + QStringLiteral("(MISSING)");
        } else if (verb == u'q') {
            out += goQuote(str(arg));
        } else {
            out += print(arg, true).replace(QStringLiteral("<no value>"),
                                            QStringLiteral("%!v(<nil>)"));
        }
    }
    return QVariant(out);
}

using Function = std::function<Result<QVariant>(const QVariantList &)>;

// A function of one string (the last argument, as piped).
Function stringFunction(std::function<QString(const QString &)> f)
{
    return [f](const QVariantList &args) -> Result<QVariant> {
        if (args.size() != 1)
            return failure(QStringLiteral("wrong number of arguments"));
        return QVariant(f(str(args.first())));
    };
}

// A function of two strings (the first a parameter, the second the piped text).
Function stringFunction2(std::function<QString(const QString &, const QString &)> f)
{
    return [f](const QVariantList &args) -> Result<QVariant> {
        if (args.size() != 2)
            return failure(QStringLiteral("wrong number of arguments"));
        return QVariant(f(str(args.at(0)), str(args.at(1))));
    };
}

const QHash<QString, Function> &functions()
{
    static const QHash<QString, Function> table = [] {
        QHash<QString, Function> t;
        t.insert(QStringLiteral("lower"),
                 stringFunction([](const QString &s) { return s.toLower(); }));
        t.insert(QStringLiteral("upper"),
                 stringFunction([](const QString &s) { return s.toUpper(); }));
        t.insert(QStringLiteral("trim"),
                 stringFunction([](const QString &s) { return s.trimmed(); }));
        t.insert(QStringLiteral("nospace"), stringFunction([](const QString &s) {
                     QString out = s;
                     out.remove(QRegularExpression(QStringLiteral("\\s")));
                     return out;
                 }));
        t.insert(QStringLiteral("title"), stringFunction([](const QString &s) {
                     QString out = s;
                     bool start = true;
                     for (QChar &c : out) {
                         if (start && c.isLetter())
                             c = c.toUpper();
                         start = c.isSpace();
                     }
                     return out;
                 }));
        t.insert(QStringLiteral("toString"), stringFunction([](const QString &s) { return s; }));
        t.insert(QStringLiteral("normalize"), stringFunction(sanitizeName));
        t.insert(QStringLiteral("base"), stringFunction([](const QString &s) {
                     QString p = s;
                     while (p.size() > 1 && p.endsWith(u'/'))
                         p.chop(1);
                     if (p.isEmpty())
                         return QStringLiteral(".");
                     return p == u"/" ? p : p.mid(p.lastIndexOf(u'/') + 1);
                 }));
        t.insert(QStringLiteral("dir"), stringFunction([](const QString &s) {
                     const qsizetype slash = s.lastIndexOf(u'/');
                     if (slash < 0)
                         return QStringLiteral(".");
                     return slash == 0 ? QStringLiteral("/") : s.left(slash);
                 }));
        t.insert(QStringLiteral("ext"), stringFunction([](const QString &s) {
                     const qsizetype dot = s.lastIndexOf(u'.');
                     return dot > s.lastIndexOf(u'/') ? s.mid(dot) : QString();
                 }));
        t.insert(QStringLiteral("quote"), [](const QVariantList &args) -> Result<QVariant> {
            QStringList parts;
            for (const QVariant &a : args) {
                if (a.isValid() && !a.isNull())
                    parts << goQuote(str(a));
            }
            return QVariant(parts.join(u' '));
        });
        t.insert(QStringLiteral("squote"), [](const QVariantList &args) -> Result<QVariant> {
            QStringList parts;
            for (const QVariant &a : args) {
                if (a.isValid() && !a.isNull())
                    parts << u'\'' + str(a) + u'\'';
            }
            return QVariant(parts.join(u' '));
        });
        t.insert(QStringLiteral("cat"), [](const QVariantList &args) -> Result<QVariant> {
            QStringList parts;
            for (const QVariant &a : args) {
                if (a.isValid() && !a.isNull())
                    parts << str(a);
            }
            return QVariant(parts.join(u' '));
        });
        t.insert(QStringLiteral("trimPrefix"),
                 stringFunction2([](const QString &prefix, const QString &s) {
                     return s.startsWith(prefix) ? s.mid(prefix.size()) : s;
                 }));
        t.insert(QStringLiteral("trimSuffix"),
                 stringFunction2([](const QString &suffix, const QString &s) {
                     return s.endsWith(suffix) ? s.left(s.size() - suffix.size()) : s;
                 }));
        t.insert(QStringLiteral("trimAll"),
                 stringFunction2([](const QString &cutset, const QString &s) {
                     qsizetype from = 0;
                     qsizetype to = s.size();
                     while (from < to && cutset.contains(s.at(from)))
                         ++from;
                     while (to > from && cutset.contains(s.at(to - 1)))
                         --to;
                     return s.mid(from, to - from);
                 }));
        t.insert(QStringLiteral("replace"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.size() != 3)
                return failure(QStringLiteral("replace needs three arguments"));
            QString s = str(args.at(2));
            return QVariant(s.replace(str(args.at(0)), str(args.at(1))));
        });
        t.insert(QStringLiteral("trunc"), [](const QVariantList &args) -> Result<QVariant> {
            const auto n = args.size() == 2 ? integer(args.at(0)) : std::nullopt;
            if (!n)
                return failure(QStringLiteral("trunc needs a length and a text"));
            const QString s = str(args.at(1));
            if (*n >= 0)
                return QVariant(s.left(*n));
            return QVariant(-*n >= s.size() ? s : s.right(-*n));
        });
        t.insert(QStringLiteral("substr"), [](const QVariantList &args) -> Result<QVariant> {
            const auto start = args.size() == 3 ? integer(args.at(0)) : std::nullopt;
            const auto end = args.size() == 3 ? integer(args.at(1)) : std::nullopt;
            if (!start || !end)
                return failure(QStringLiteral("substr needs a start, an end and a text"));
            const QString s = str(args.at(2));
            const qlonglong from = qBound(0LL, *start, qlonglong(s.size()));
            const qlonglong to = *end < 0 ? s.size() : qBound(from, *end, qlonglong(s.size()));
            return QVariant(s.mid(from, to - from));
        });
        t.insert(QStringLiteral("default"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.isEmpty())
                return failure(QStringLiteral("default needs a value"));
            if (args.size() >= 2 && truthy(args.at(1)))
                return args.at(1);
            return args.at(0);
        });
        t.insert(QStringLiteral("empty"), [](const QVariantList &args) -> Result<QVariant> {
            return QVariant(args.size() != 1 || !truthy(args.first()));
        });
        t.insert(QStringLiteral("printf"), sprintf);
        // toJson: a matrix's elementsYaml often receives a list from a git file this way.
        const Function toJson = [](const QVariantList &args) -> Result<QVariant> {
            if (args.size() != 1)
                return failure(QStringLiteral("toJson needs one argument"));
            const QJsonValue value = QJsonValue::fromVariant(args.first());
            if (value.isObject())
                return QVariant(QString::fromUtf8(
                    QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
            if (value.isArray())
                return QVariant(QString::fromUtf8(
                    QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
            // A scalar: wrapped in an array to serialise it, then unwrapped.
            const QByteArray wrapped
                = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
            return QVariant(QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)));
        };
        t.insert(QStringLiteral("toJson"), toJson);
        t.insert(QStringLiteral("toRawJson"), toJson);
        t.insert(QStringLiteral("print"), [](const QVariantList &args) -> Result<QVariant> {
            QString out;
            for (const QVariant &a : args)
                out += print(a);
            return QVariant(out);
        });
        t.insert(QStringLiteral("join"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.size() != 2)
                return failure(QStringLiteral("join needs a separator and a list"));
            QStringList parts;
            for (const QVariant &item : asList(args.at(1)))
                parts << str(item);
            return QVariant(parts.join(str(args.at(0))));
        });
        t.insert(QStringLiteral("splitList"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.size() != 2)
                return failure(QStringLiteral("splitList needs a separator and a text"));
            QVariantList out;
            for (const QString &part : str(args.at(1)).split(str(args.at(0))))
                out << part;
            return QVariant(out);
        });
        t.insert(QStringLiteral("first"), [](const QVariantList &args) -> Result<QVariant> {
            const QVariantList list = args.size() == 1 ? asList(args.first()) : QVariantList();
            return list.isEmpty() ? QVariant() : list.first();
        });
        t.insert(QStringLiteral("last"), [](const QVariantList &args) -> Result<QVariant> {
            const QVariantList list = args.size() == 1 ? asList(args.first()) : QVariantList();
            return list.isEmpty() ? QVariant() : list.last();
        });
        t.insert(QStringLiteral("len"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.size() != 1)
                return failure(QStringLiteral("len needs one argument"));
            const QVariant &v = args.first();
            const qlonglong n = isMap(v) ? v.toMap().size()
                : isList(v)              ? asList(v).size()
                                         : str(v).size();
            return QVariant(n);
        });
        t.insert(QStringLiteral("contains"), [](const QVariantList &args) -> Result<QVariant> {
            return args.size() == 2
                ? Result<QVariant>(QVariant(str(args.at(1)).contains(str(args.at(0)))))
                : Result<QVariant>(failure(QStringLiteral("contains needs two arguments")));
        });
        t.insert(QStringLiteral("hasPrefix"), [](const QVariantList &args) -> Result<QVariant> {
            return args.size() == 2
                ? Result<QVariant>(QVariant(str(args.at(1)).startsWith(str(args.at(0)))))
                : Result<QVariant>(failure(QStringLiteral("hasPrefix needs two arguments")));
        });
        t.insert(QStringLiteral("hasSuffix"), [](const QVariantList &args) -> Result<QVariant> {
            return args.size() == 2
                ? Result<QVariant>(QVariant(str(args.at(1)).endsWith(str(args.at(0)))))
                : Result<QVariant>(failure(QStringLiteral("hasSuffix needs two arguments")));
        });
        t.insert(QStringLiteral("eq"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.size() < 2)
                return failure(QStringLiteral("eq needs two arguments"));
            for (qsizetype i = 1; i < args.size(); ++i) {
                if (str(args.at(0)) == str(args.at(i)))
                    return QVariant(true);
            }
            return QVariant(false);
        });
        t.insert(QStringLiteral("ne"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.size() != 2)
                return failure(QStringLiteral("ne needs two arguments"));
            return QVariant(str(args.at(0)) != str(args.at(1)));
        });
        t.insert(QStringLiteral("not"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.size() != 1)
                return failure(QStringLiteral("not needs one argument"));
            return QVariant(!truthy(args.first()));
        });
        t.insert(QStringLiteral("and"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.isEmpty())
                return failure(QStringLiteral("and needs arguments"));
            for (const QVariant &a : args) {
                if (!truthy(a))
                    return a;
            }
            return args.last();
        });
        t.insert(QStringLiteral("or"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.isEmpty())
                return failure(QStringLiteral("or needs arguments"));
            for (const QVariant &a : args) {
                if (truthy(a))
                    return a;
            }
            return args.last();
        });
        t.insert(QStringLiteral("index"), [](const QVariantList &args) -> Result<QVariant> {
            if (args.isEmpty())
                return failure(QStringLiteral("index needs a collection"));
            QVariant v = args.first();
            for (qsizetype i = 1; i < args.size(); ++i) {
                if (isMap(v)) {
                    v = v.toMap().value(str(args.at(i)));
                } else if (isList(v)) {
                    const QVariantList list = asList(v);
                    const auto n = integer(args.at(i));
                    if (!n || *n < 0 || *n >= list.size())
                        return failure(
                            QStringLiteral("index out of range: %1").arg(str(args.at(i))));
                    v = list.at(*n);
                } else {
                    return failure(QStringLiteral("cannot index %1").arg(print(v)));
                }
            }
            return v;
        });
        return t;
    }();
    return table;
}

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
