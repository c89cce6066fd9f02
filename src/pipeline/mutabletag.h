#pragma once

#include <QString>

namespace Promenade {

// Tags that do not name one build: `latest`, a branch name (`main`, `master`, `develop`,
// `stable`, …), or any tag the registry has moved (its digest differs from the one seen
// before). Pinning one means a restart may run something else: Promenade flags it as a
// warning and offers to pin the digest. Stateless; thread-safe.
class MutableTag
{
public:
    // True for a tag that names a moving target by convention (case-insensitive): latest,
    // main, master, develop, development, dev, edge, nightly, stable, head, trunk, canary,
    // unstable, next, beta (alone), release. A pinned digest makes any tag immutable.
    [[nodiscard]] static bool isMutableByName(const QString &tag, const QString &digest = {});

    // The warning shown for a mutable pin (translated in the window); empty when the tag is
    // immutable. moved: the registry reports a digest for the tag different from the one
    // pinned or seen before; registryDigest: what the registry reports now (may be empty).
    [[nodiscard]] static QString warning(const QString &tag, const QString &digest,
                                         bool moved = false, const QString &registryDigest = {});
};

} // namespace Promenade
