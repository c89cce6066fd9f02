#pragma once

#include "documentchange.h"

namespace Promenade::Diff {

// The semantic diff of two sets of Kubernetes documents: every document of both sides, in the
// left side's order (matched and removed ones) followed by the added ones in the right side's
// order. Plain data.
struct SemanticDiffResult
{
    QList<DocumentChange> documents;

    [[nodiscard]] bool hasChanges() const;
    [[nodiscard]] int count(DocumentChange::Status status) const;

    // A readable summary, one block per changed document (unchanged ones are left out):
    //   ~ apps/v1 Deployment shop/web
    //       spec.replicas: 1 → 2
    //       spec.template.spec.containers[name=web].env[name=MODE]: + {name: MODE, value: x}
    //       metadata.labels.tier: - backend
    //   + v1 ConfigMap shop/extra
    //       <the document's text, indented>
    //   - v1 Service shop/old
    //       <the document's text, indented>
    // A changed block of text (a file in a ConfigMap) is followed by its changed lines, as
    // unified diff hunks with one line of context, indented.
    // A renamed match shows "~ v1 ConfigMap shop/app-2g4hbfk8mt → app-9tt4h8m2dk".
    // Without documentText, added and removed documents are listed by their header line only
    // (for a file that was added or removed as a whole, whose text the line diff shows).
    [[nodiscard]] QString toText(bool documentText = true) const;
};

} // namespace Promenade::Diff
