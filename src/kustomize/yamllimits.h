#pragma once

#include "result.h"

#include <QString>

namespace YAML {
class Node;
}

namespace Promenade::Kustomize {

// Limits on YAML read from a repository (untrusted input), so that a small file cannot cost
// gigabytes or hang a reader:
// - alias expansion: go-yaml's rule, which kustomize's YAML library applies ("document contains
//   excessive aliasing"): more than 100 nodes reached through aliases, more than 1000 nodes in
//   all, and the aliased share above 99 % (falling to 10 % between 400,000 and 4,000,000
//   nodes). A nine-level "billion laughs" of 441 bytes is refused at once;
// - nesting depth: maxDepth levels of mappings and sequences;
// - size: maxFileBytes per file.
// YamlReader applies them while it parses; check() applies them to a document yaml-cpp has
// already loaded (yaml-cpp shares an aliased node instead of copying it: check() counts the
// expanded nodes with one visit per distinct node, so checking a bomb is cheap), for code that
// uses yaml-cpp's node API directly. Stateless; thread-safe.
class YamlLimits
{
public:
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
    static constexpr int maxDepth = 200;

    // go-yaml's excessive-aliasing rule over the nodes decoded so far and how many of them
    // were reached through an alias.
    [[nodiscard]] static bool excessiveAliasing(quint64 decoded, quint64 fromAliases);

    // The error sentences (one place, so every reader names the limit the same way).
    [[nodiscard]] static QString aliasingMessage(quint64 decoded, quint64 fromAliases);
    [[nodiscard]] static QString depthMessage();
    [[nodiscard]] static QString sizeMessage(qint64 bytes);
    [[nodiscard]] static QString cycleMessage();

    // An error (BadInput, naming the limit) when a file of this size may not be read.
    static Status checkSize(qint64 bytes, const QString &fileName);
    // Checks one yaml-cpp document against the alias and depth limits (and refuses an alias
    // that contains itself, which yaml-cpp builds as a cycle). Never throws.
    static Status check(const YAML::Node &document, const QString &fileName);
};

} // namespace Promenade::Kustomize
