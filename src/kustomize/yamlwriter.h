#pragma once

#include "yamlnode.h"

#include <QByteArray>
#include <QList>

namespace Promenade::Kustomize {

// Prints YamlNode documents byte for byte as `kustomize build` does. kustomize marshals each
// resource with yaml.v2 after a JSON round trip, so the output has: map keys sorted in yaml.v2's
// "natural" order (digits compared as numbers, non-letters before letters), 2-space indentation,
// block sequences not indented under their key, strings quoted only where a plain scalar would
// read back differently (single quotes first, double quotes when needed), multi-line strings as
// literal blocks, long lines folded at 80 columns, `{}`/`[]` for empty collections, and `---`
// between documents. Stateless; thread-safe.
class YamlWriter
{
public:
    static QByteArray write(const YamlNode &document);
    // Documents joined by "---\n".
    static QByteArray writeAll(const QList<YamlNode> &documents);
    // yaml.v2's key order (exposed for tests).
    static bool keyLess(const QByteArray &a, const QByteArray &b);
};

} // namespace Promenade::Kustomize
