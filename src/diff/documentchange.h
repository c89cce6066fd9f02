#pragma once

#include "fieldchange.h"

#include <QList>

namespace Promenade::Diff {

// One Kubernetes document (resource) in a semantic comparison: matched on both sides
// (Modified or Unchanged, with its field changes), or only on one side (Added or Removed,
// listed whole in text).
//
// apiVersion/kind/namespace/name: the identity, from the right side when it exists.
// leftName/rightName (and leftNamespace/rightNamespace): as written on each side; they differ
// when documents were matched despite a hash suffix, a name prefix/suffix or the namespace.
// leftFirstLine..leftLastLine, rightFirstLine..rightLastLine: 1-based line span of the
// document in each input text (0 when absent). text: the document's text as written (the
// right side's for Added, the left side's for Removed, empty otherwise).
struct DocumentChange
{
    enum class Status { Unchanged, Modified, Added, Removed };

    Status status = Status::Unchanged;
    QString apiVersion;
    QString kind;
    QString namespaceName;
    QString name;
    QString leftName;
    QString rightName;
    QString leftNamespace;
    QString rightNamespace;
    int leftFirstLine = 0;
    int leftLastLine = 0;
    int rightFirstLine = 0;
    int rightLastLine = 0;
    QString text;
    QList<FieldChange> changes;

    // "apps/v1 Deployment web-ns/web" (no namespace part for cluster-scoped resources).
    [[nodiscard]] QString identity() const;
    [[nodiscard]] static QString statusName(Status status);
};

} // namespace Promenade::Diff
