#include "applicationsetmatching.h"

#include "yamldocuments.h"
#include "yamlfields.h"

// Glob and label-selector matching of ApplicationSet generators, apart from the expander
// (applicationsetexpander.cpp) so that each reads on its own.
namespace Promenade::ApplicationSetMatching {

namespace {

// One bracket class at pattern[p] == '['; advances p past it. Go's path.Match syntax ('^'
// negates; '!' too, as doublestar accepts).
bool matchClass(QStringView pattern, qsizetype &p, QChar c, bool &valid)
{
    ++p;
    bool negate = false;
    if (p < pattern.size() && (pattern[p] == u'^' || pattern[p] == u'!')) {
        negate = true;
        ++p;
    }
    bool matched = false;
    bool first = true;
    while (p < pattern.size() && (pattern[p] != u']' || first)) {
        first = false;
        QChar lo = pattern[p++];
        if (lo == u'\\' && p < pattern.size())
            lo = pattern[p++];
        QChar hi = lo;
        if (p + 1 < pattern.size() && pattern[p] == u'-' && pattern[p + 1] != u']') {
            hi = pattern[p + 1];
            p += 2;
            if (hi == u'\\' && p < pattern.size())
                hi = pattern[p++];
        }
        if (lo <= c && c <= hi)
            matched = true;
    }
    if (p >= pattern.size()) {
        valid = false;
        return false;
    }
    ++p; // ']'
    return matched != negate;
}

// Glob matching. starCrossesSlash: '*' also matches '/' (git pathspec, Argo CD's default git
// files globbing). Otherwise Go's path.Match, plus "**" as any number of whole segments when
// doubleStar is set (the new git files globbing).
bool globMatch(QStringView pattern, QStringView name, bool starCrossesSlash, bool doubleStar,
               int &budget)
{
    qsizetype p = 0;
    qsizetype n = 0;
    while (p < pattern.size()) {
        if (--budget < 0)
            return false;
        const QChar c = pattern[p];
        if (c == u'*') {
            const bool twin = p + 1 < pattern.size() && pattern[p + 1] == u'*';
            if (doubleStar && twin) {
                // "**/" matches zero or more segments; a trailing "**" everything.
                qsizetype rest = p + 2;
                if (rest < pattern.size() && pattern[rest] == u'/')
                    ++rest;
                for (qsizetype k = n; k <= name.size(); ++k) {
                    if ((k == n || name[k - 1] == u'/')
                        && globMatch(pattern.mid(rest), name.mid(k), starCrossesSlash, doubleStar,
                                     budget)) {
                        return true;
                    }
                }
                return false;
            }
            while (p < pattern.size() && pattern[p] == u'*')
                ++p;
            for (qsizetype k = n; k <= name.size(); ++k) {
                if (globMatch(pattern.mid(p), name.mid(k), starCrossesSlash, doubleStar, budget))
                    return true;
                if (k < name.size() && name[k] == u'/' && !starCrossesSlash)
                    return false;
            }
            return false;
        }
        if (n >= name.size())
            return false;
        if (c == u'?') {
            if (name[n] == u'/' && !starCrossesSlash)
                return false;
        } else if (c == u'[') {
            bool valid = true;
            if (!matchClass(pattern, p, name[n], valid) || !valid)
                return false;
            ++n;
            continue;
        } else {
            QChar literal = c;
            if (c == u'\\' && p + 1 < pattern.size())
                literal = pattern[++p];
            if (literal != name[n])
                return false;
        }
        ++p;
        ++n;
    }
    return n == name.size();
}

// A bounded number of steps: a crafted pattern cannot make the backtracking run for ever.

} // namespace

bool globMatches(const QString &pattern, const QString &name, bool starCrossesSlash,
                 bool doubleStar)
{
    int budget = 20000;
    return globMatch(pattern, name, starCrossesSlash, doubleStar, budget);
}

// ---- label selectors ------------------------------------------------------------------------

bool selectorIsEmpty(const YAML::Node &selector)
{
    const YAML::Node labels = yamlChild(selector, "matchLabels");
    const YAML::Node expressions = yamlChild(selector, "matchExpressions");
    return !(labels.IsMap() && labels.size() > 0)
        && !(expressions.IsSequence() && expressions.size() > 0);
}

bool selectorMatches(const YAML::Node &selector, const QMap<QString, QString> &labels)
{
    const QMap<QString, QString> wanted = yamlScalarMap(yamlChild(selector, "matchLabels"));
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend() || *found != it.value())
            return false;
    }
    const YAML::Node expressions = yamlChild(selector, "matchExpressions");
    if (expressions.IsSequence()) {
        for (const YAML::Node &e : expressions) {
            const QString key = yamlScalar(yamlChild(e, "key"));
            const QString op = yamlScalar(yamlChild(e, "operator"));
            const QStringList values = yamlScalarList(yamlChild(e, "values"));
            const bool has = labels.contains(key);
            bool ok = false;
            if (op == u"In")
                ok = has && values.contains(labels.value(key));
            else if (op == u"NotIn")
                ok = !has || !values.contains(labels.value(key));
            else if (op == u"Exists")
                ok = has;
            else if (op == u"DoesNotExist")
                ok = !has;
            if (!ok)
                return false;
        }
    }
    return true;
}

} // namespace Promenade::ApplicationSetMatching
