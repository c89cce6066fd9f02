#include "yamlscalars.h"

#include <QLocale>
#include <QRegularExpression>
#include <QString>

#include <cmath>
#include <limits>

namespace Promenade::Kustomize::YamlScalars {

namespace {

// Go's strconv.ParseInt/ParseUint with base 0 on an underscore-free string.
bool parseGoInteger(QByteArrayView s, bool allowSign, bool *negative, quint64 *magnitude)
{
    *negative = false;
    if (s.isEmpty())
        return false;
    if (s.front() == '+' || s.front() == '-') {
        if (!allowSign)
            return false;
        *negative = s.front() == '-';
        s = s.sliced(1);
    }
    if (s.isEmpty())
        return false;
    int base = 10;
    if (s.size() >= 2 && s[0] == '0') {
        const char p = char(s[1] | 0x20);
        if (p == 'x') {
            base = 16;
            s = s.sliced(2);
        } else if (p == 'o') {
            base = 8;
            s = s.sliced(2);
        } else if (p == 'b') {
            base = 2;
            s = s.sliced(2);
        } else {
            base = 8;
            s = s.sliced(1);
        }
        if (s.isEmpty())
            return false;
    }
    quint64 value = 0;
    for (char c : s) {
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'z')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z')
            d = c - 'A' + 10;
        else
            return false;
        if (d >= base)
            return false;
        if (value > (std::numeric_limits<quint64>::max() - quint64(d)) / quint64(base))
            return false;
        value = value * quint64(base) + quint64(d);
    }
    *magnitude = value;
    return true;
}

const QRegularExpression &yamlStyleFloat()
{
    static const QRegularExpression re(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    return re;
}

const QRegularExpression &base60Float()
{
    static const QRegularExpression re(
        QStringLiteral("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$"));
    return re;
}

// yaml's timestamp formats: 2006-1-2, 2006-1-2T15:4:5.999999999Z07:00 (T or t), 2006-1-2
// 15:4:5.999999999
const QRegularExpression &timestampRe()
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:([Tt])|( "
                       "))([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(\\.[0-9]{1,9})?"
                       "(Z|[+-][0-9]{2}:[0-9]{2})?)?$"));
    return re;
}

bool isTimestamp(const QByteArray &text, QByteArray *rfc3339)
{
    if (text.size() < 8 || text.at(4) != '-')
        return false;
    const auto m = timestampRe().match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return false;
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    const bool hasTime = m.capturedLength(6) > 0;
    if (hasTime && m.capturedLength(5) > 0 && m.capturedLength(10) > 0)
        return false; // the space form takes no zone
    if (hasTime && m.capturedLength(4) > 0 && m.capturedLength(10) == 0)
        return false; // the T form needs a zone
    if (rfc3339) {
        QString out = QStringLiteral("%1-%2-%3T%4:%5:%6")
                          .arg(m.captured(1))
                          .arg(month, 2, 10, QLatin1Char('0'))
                          .arg(day, 2, 10, QLatin1Char('0'))
                          .arg(hasTime ? m.captured(6).toInt() : 0, 2, 10, QLatin1Char('0'))
                          .arg(hasTime ? m.captured(7).toInt() : 0, 2, 10, QLatin1Char('0'))
                          .arg(hasTime ? m.captured(8).toInt() : 0, 2, 10, QLatin1Char('0'));
        QString frac = m.captured(9);
        while (frac.endsWith(u'0'))
            frac.chop(1);
        if (frac != u".")
            out += frac;
        const QString zone = m.captured(10);
        out += (zone.isEmpty() || zone == u"+00:00" || zone == u"-00:00") ? QStringLiteral("Z")
                                                                          : zone;
        *rfc3339 = out.toLatin1();
    }
    return true;
}

// The shortest decimal digits of v and the position of the decimal point (Go's digs.d/digs.dp).
void shortestDigits(double v, QByteArray *digits, int *dp)
{
    const QByteArray e
        = QString::number(std::fabs(v), 'e', QLocale::FloatingPointShortest).toLatin1();
    const int ePos = e.indexOf('e');
    QByteArray mantissa = e.left(ePos);
    mantissa.replace(".", "");
    const int exponent = e.mid(ePos + 1).toInt();
    while (mantissa.size() > 1 && mantissa.endsWith('0'))
        mantissa.chop(1);
    *digits = mantissa;
    *dp = exponent + 1;
}

QByteArray formatFixed(bool negative, const QByteArray &d, int dp)
{
    QByteArray out = negative ? QByteArray("-") : QByteArray();
    if (dp <= 0) {
        out += "0." + QByteArray(-dp, '0') + d;
    } else if (dp >= d.size()) {
        out += d + QByteArray(dp - d.size(), '0');
    } else {
        out += d.left(dp) + '.' + d.mid(dp);
    }
    return out;
}

QByteArray formatExp(bool negative, const QByteArray &d, int dp)
{
    QByteArray out = negative ? QByteArray("-") : QByteArray();
    out += d.left(1);
    if (d.size() > 1)
        out += '.' + d.mid(1);
    const int exp = dp - 1;
    out += exp < 0 ? "e-" : "e+";
    const QByteArray e = QByteArray::number(std::abs(exp));
    if (e.size() < 2)
        out += '0';
    out += e;
    return out;
}

} // namespace

int decodeUtf8(const QByteArray &t, qsizetype i, uint *codePoint)
{
    const uchar c = uchar(t.at(i));
    if (c < 0x80) {
        *codePoint = c;
        return 1;
    }
    int len = 0;
    uint min = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > t.size())
        return 0;
    uint v = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
        const uchar cc = uchar(t.at(i + k));
        if ((cc & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (cc & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *codePoint = v;
    return len;
}

bool isValidUtf8(const QByteArray &t)
{
    uint v = 0;
    for (qsizetype i = 0; i < t.size();) {
        const int len = decodeUtf8(t, i, &v);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

bool parseGoInt(const QByteArray &text, QByteArray *canonical)
{
    QByteArray plain = text;
    plain.replace("_", "");
    bool negative = false;
    quint64 magnitude = 0;
    if (!parseGoInteger(plain, true, &negative, &magnitude))
        return false;
    if (negative) {
        if (magnitude > quint64(std::numeric_limits<qint64>::max()) + 1)
            return false;
        *canonical = magnitude == 0 ? QByteArray("0") : '-' + QByteArray::number(magnitude);
        return true;
    }
    // ParseInt fails above int64, ParseUint takes over (without a sign).
    if (magnitude > quint64(std::numeric_limits<qint64>::max()) && plain.startsWith('+'))
        return false;
    *canonical = QByteArray::number(magnitude);
    return true;
}

QByteArray floatText(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral(".nan");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral(".inf") : QByteArrayLiteral("-.inf");
    if (value == 0)
        return QByteArrayLiteral("0");
    QByteArray d;
    int dp = 0;
    shortestDigits(value, &d, &dp);
    const bool negative = value < 0;
    // encoding/json writes integral values below 1e21 without a point; yaml.v2 then reads
    // them back as integers when they fit 64 bits.
    if (std::fabs(value) < 1e21 && dp >= d.size()) {
        const double magnitude = std::fabs(value);
        if ((!negative && magnitude < 18446744073709551616.0)
            || (negative && magnitude <= 9223372036854775808.0))
            return formatFixed(negative, d, dp);
    }
    const int exp = dp - 1;
    if (exp < -4 || exp >= 6) // Go's %g with the shortest precision
        return formatExp(negative, d, dp);
    return formatFixed(negative, d, dp);
}

// A float after the JSON round trip: integral values come back as integers.
YamlNode floatNode(double v, int line)
{
    const QByteArray t = floatText(v);
    const bool integral
        = !t.contains('.') && !t.contains('e') && !t.contains("inf") && !t.contains("nan");
    return YamlNode::scalar(integral ? YamlNode::Type::Int : YamlNode::Type::Float, t, line);
}

YamlNode resolvePlain(const QByteArray &text, int line)
{
    using T = YamlNode::Type;
    if (text.isEmpty())
        return YamlNode::scalar(T::Null, QByteArrayLiteral("null"), line);
    const char c = text.at(0);
    switch (c) {
    case '~':
    case 'n':
    case 'N':
        if (text == "~" || text == "null" || text == "Null" || text == "NULL")
            return YamlNode::scalar(T::Null, QByteArrayLiteral("null"), line);
        break;
    case 't':
    case 'T':
        if (text == "true" || text == "True" || text == "TRUE")
            return YamlNode::scalar(T::Bool, QByteArrayLiteral("true"), line);
        break;
    case 'f':
    case 'F':
        if (text == "false" || text == "False" || text == "FALSE")
            return YamlNode::scalar(T::Bool, QByteArrayLiteral("false"), line);
        break;
    case '.': {
        if (text == ".inf" || text == ".Inf" || text == ".INF")
            return YamlNode::scalar(T::Float, QByteArrayLiteral(".inf"), line);
        if (text == ".nan" || text == ".NaN" || text == ".NAN")
            return YamlNode::scalar(T::Float, QByteArrayLiteral(".nan"), line);
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (ok && yamlStyleFloat().match(QString::fromLatin1(text)).hasMatch())
            return floatNode(v, line);
        break;
    }
    case '+':
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': {
        if (text == "+.inf" || text == "+.Inf" || text == "+.INF")
            return YamlNode::scalar(T::Float, QByteArrayLiteral(".inf"), line);
        if (text == "-.inf" || text == "-.Inf" || text == "-.INF")
            return YamlNode::scalar(T::Float, QByteArrayLiteral("-.inf"), line);
        QByteArray stamp;
        if (isTimestamp(text, &stamp))
            return YamlNode::string(stamp,
                                    line); // a time.Time, printed as RFC 3339 by the JSON step
        QByteArray canonical;
        if (parseGoInt(text, &canonical))
            return YamlNode::scalar(T::Int, canonical, line);
        QByteArray plain = text;
        plain.replace("_", "");
        if (yamlStyleFloat().match(QString::fromLatin1(plain)).hasMatch()) {
            bool ok = false;
            const double v = plain.toDouble(&ok);
            if (ok)
                return floatNode(v, line);
        }
        break;
    }
    default:
        break;
    }
    return YamlNode::string(text, line);
}

YamlNode resolveTagged(const QByteArray &tag, const QByteArray &text, int line)
{
    if (tag == "tag:yaml.org,2002:str" || tag == "!" || tag == "tag:yaml.org,2002:binary")
        return YamlNode::string(text, line);
    if (tag == "tag:yaml.org,2002:null")
        return YamlNode::scalar(YamlNode::Type::Null, QByteArrayLiteral("null"), line);
    if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float"
        || tag == "tag:yaml.org,2002:bool") {
        YamlNode n = resolvePlain(text, line);
        if (!n.isString())
            return n;
        return YamlNode::string(text, line);
    }
    if (tag == "?")
        return resolvePlain(text, line);
    // Custom tags: kustomize keeps the value as a string.
    return YamlNode::string(text, line);
}

bool v2ResolvesToNonString(const QByteArray &text)
{
    if (text.isEmpty())
        return true;
    const char c = text.at(0);
    switch (c) {
    case 'y':
    case 'Y':
    case 'n':
    case 'N':
    case 't':
    case 'T':
    case 'f':
    case 'F':
    case 'o':
    case 'O':
    case '~': {
        static const char *const words[]
            = {"y",  "Y",    "yes",  "Yes",  "YES",   "n",     "N",     "no", "No",
               "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On",
               "ON", "off",  "Off",  "OFF",  "null",  "Null",  "NULL",  "~"};
        for (const char *w : words) {
            if (text == w)
                return true;
        }
        return false;
    }
    case '.': {
        if (text == ".nan" || text == ".NaN" || text == ".NAN" || text == ".inf" || text == ".Inf"
            || text == ".INF")
            return true;
        bool ok = false;
        text.toDouble(&ok);
        return ok && yamlStyleFloat().match(QString::fromLatin1(text)).hasMatch();
    }
    case '<':
        return text == "<<";
    case '+':
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': {
        static const char *const infs[] = {"+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"};
        for (const char *w : infs) {
            if (text == w)
                return true;
        }
        if (isTimestamp(text, nullptr))
            return true;
        QByteArray canonical;
        if (parseGoInt(text, &canonical))
            return true;
        QByteArray plain = text;
        plain.replace("_", "");
        if (yamlStyleFloat().match(QString::fromLatin1(plain)).hasMatch())
            return true;
        if (plain.startsWith("0b") || plain.startsWith("-0b"))
            return true;
        return base60Float().match(QString::fromLatin1(text)).hasMatch();
    }
    default:
        return false;
    }
}

} // namespace Promenade::Kustomize::YamlScalars
