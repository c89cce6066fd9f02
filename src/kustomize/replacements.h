#pragma once

#include "resource.h"
#include "result.h"
#include "yamlnode.h"

#include <QList>
#include <QString>

#include <functional>

namespace Promenade::Kustomize {

// kustomize's `replacements`: copy a field of one resource (the source, e.g. a ConfigMap's
// data.HOST, or by default its metadata.name) into fields of selected resources (targets).
// Field paths are dot-separated, with [key=value] picking a list element by a field, a number
// picking by index, and * every element; `delimiter`/`index` options read or write one part of a
// delimited string; `create` makes missing target fields. Stateless; thread-safe.
class Replacements
{
public:
    // Each entry is a YAML mapping {source, targets} as written in the kustomization (entries
    // given by `path:` are loaded by the renderer first). file/line name errors.
    static Status apply(QList<Resource> &resources, const YamlNode &replacement,
                        const QString &file);
};

} // namespace Promenade::Kustomize
