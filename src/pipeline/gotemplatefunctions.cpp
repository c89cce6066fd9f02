#include "gotemplatefunctions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

// The values and functions of GoTemplate, apart from its parser and evaluator
// (gotemplate.cpp): each reads on its own, and the function table grows by family.
namespace Promenade::GoTemplateFunctions {

Error failure(const QString &message)
{
    return Error(Error::Kind::BadInput, message);
}

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
QString print(const QVariant &v, bool nilAsNoValue)
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

// Argo CD's utils.SanitizeName: a DNS-safe name (the template function normalize, and the
// ApplicationSet generators' *Normalized parameters).
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

namespace {

std::optional<qlonglong> integer(const QVariant &v)
{
    bool ok = false;
    const qlonglong n
        = v.typeId() == QMetaType::Double ? qlonglong(v.toDouble()) : str(v).toLongLong(&ok);
    if (v.typeId() == QMetaType::Double)
        return n;
    return ok ? std::optional<qlonglong>(n) : std::nullopt;
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

// Case, trimming and path pieces of one string.
void addCaseAndPathFunctions(QHash<QString, Function> &t)
{
    t.insert(QStringLiteral("lower"), stringFunction([](const QString &s) { return s.toLower(); }));
    t.insert(QStringLiteral("upper"), stringFunction([](const QString &s) { return s.toUpper(); }));
    t.insert(QStringLiteral("trim"), stringFunction([](const QString &s) { return s.trimmed(); }));
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
}

// Quoting, joining, trimming by a cut set and slicing.
void addQuotingAndSlicingFunctions(QHash<QString, Function> &t)
{
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
}

// Defaults, emptiness and formatting (printf, toJson, print).
void addValueFunctions(QHash<QString, Function> &t)
{
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
            return QVariant(
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        if (value.isArray())
            return QVariant(
                QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        // A scalar: wrapped in an array to serialise it, then unwrapped.
        const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
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
}

// Lists: joining, splitting, ends and length.
void addListFunctions(QHash<QString, Function> &t)
{
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
}

// Tests, comparisons, logic and indexing.
void addComparisonFunctions(QHash<QString, Function> &t)
{
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
                    return failure(QStringLiteral("index out of range: %1").arg(str(args.at(i))));
                v = list.at(*n);
            } else {
                return failure(QStringLiteral("cannot index %1").arg(print(v)));
            }
        }
        return v;
    });
}

} // namespace

// The table is built by function family (Sprig's and Go's), so that each family reads on its own.
const QHash<QString, Function> &functions()
{
    static const QHash<QString, Function> table = [] {
        QHash<QString, Function> t;
        addCaseAndPathFunctions(t);
        addQuotingAndSlicingFunctions(t);
        addValueFunctions(t);
        addListFunctions(t);
        addComparisonFunctions(t);
        return t;
    }();
    return table;
}

} // namespace Promenade::GoTemplateFunctions
