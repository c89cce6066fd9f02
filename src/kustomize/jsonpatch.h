#pragma once

#include "result.h"
#include "yamlnode.h"

namespace Promenade::Kustomize {

// RFC 6902 JSON patch over a YamlNode document: add, remove, replace, move, copy and test,
// with RFC 6901 pointers (~0, ~1, "-" to append). The patch is the parsed list of operations
// (JSON or YAML). Errors say which operation failed and why. Stateless; thread-safe.
class JsonPatch
{
public:
    static Status apply(YamlNode &document, const YamlNode &operations);
    // True when the node looks like a list of JSON patch operations.
    static bool looksLikeOperations(const YamlNode &node);
};

} // namespace Promenade::Kustomize
