#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>

// Private to the pipeline folder: GoTemplate's values (Go's printing and truth) and its table of
// functions, shared by the parser and evaluator in gotemplate.cpp.
namespace Promenade::GoTemplateFunctions {

using Function = std::function<Result<QVariant>(const QVariantList &)>;

[[nodiscard]] Error failure(const QString &message);
[[nodiscard]] bool isMap(const QVariant &v);
[[nodiscard]] bool isList(const QVariant &v);
[[nodiscard]] QVariantList asList(const QVariant &v);
// Go's %v; nil prints "<no value>" unless nilAsNoValue is false (then "").
[[nodiscard]] QString print(const QVariant &v, bool nilAsNoValue = true);
// A function argument as a string: nil is "".
[[nodiscard]] QString str(const QVariant &v);
// Go's truth: false, 0, nil and empty strings, maps and lists are false.
[[nodiscard]] bool truthy(const QVariant &v);
// Argo CD's utils.SanitizeName: a DNS-safe name.
[[nodiscard]] QString sanitizeName(const QString &name);
// The functions a template may call, by name.
[[nodiscard]] const QHash<QString, Function> &functions();

} // namespace Promenade::GoTemplateFunctions
