#pragma once

#include "result.h"
#include "yamlnode.h"

namespace Promenade::Kustomize {

// Kubernetes strategic merge patch, as `kustomize build` applies it: maps merge recursively,
// a null value deletes its key, lists of known Kubernetes kinds merge by their patch merge key
// (containers/env/volumes/imagePullSecrets by name, ports by containerPort (Service ports by
// port), volumeMounts by mountPath, ...) with the patch's elements first, in patch order, and
// the target's other elements after them; other lists are replaced. Directives: `$patch:
// delete|replace` on maps and list elements. Like kustomize v5 (kyaml), other `$`-keys such as
// `$retainKeys` are not interpreted: they are merged as ordinary fields, as kubectl kustomize
// does. Stateless; thread-safe.
class StrategicMerge
{
public:
    // Applies patch to target (both whole resources). kind selects the schema (built-in kinds
    // merge lists by key; unknown kinds, i.e. custom resources, replace lists).
    // Sets *deleted when the patch deletes the whole resource ($patch: delete at the top).
    static Status apply(YamlNode &target, const YamlNode &patch, const QByteArray &kind,
                        bool *deleted = nullptr);
    // The patch with every $-directive removed (what a new subtree looks like once added).
    static YamlNode stripDirectives(const YamlNode &patch);
};

} // namespace Promenade::Kustomize
