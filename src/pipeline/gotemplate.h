#pragma once

#include "result.h"

#include <QString>
#include <QVariant>

#include <memory>

namespace Promenade {

// A small, safe subset of Go's text/template, for Argo CD ApplicationSets with goTemplate: true
// (read offline, never executing anything). Supported: text with {{ }} actions and {{- -}}
// whitespace trimming, comments, fields (.a.b, $.a), literals, pipelines, parenthesised
// pipelines, if / else if / else / with / range (without variables) / end, and the Sprig and
// Argo CD functions ApplicationSets use (default, lower, upper, replace, trimPrefix, trunc,
// printf, index, normalize, eq, ...). Anything else (variables, define, template, unknown
// functions) fails to parse with an error naming it, so that a caller never renders it wrongly.
// Data is QVariantMap / QVariantList / QString (numbers and booleans allowed). A missing map
// key prints "<no value>", as Go's default missingkey option does. Thread-safe once parsed.
class GoTemplate
{
public:
    static Result<GoTemplate> parse(const QString &text);
    // missingKeyIsError: Argo CD's goTemplateOptions ["missingkey=error"].
    [[nodiscard]] Result<QString> render(const QVariant &data,
                                         bool missingKeyIsError = false) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace Promenade
