#pragma once

#include "kustomization.h"
#include "resource.h"
#include "result.h"

#include <QList>

namespace Promenade::Kustomize {

// kustomize's built-in transformers over a list of resources, each with the field specs
// kustomize uses (which kinds and paths get labels, which fields reference which kinds, ...).
// The renderer calls them in kustomize's order. Stateless; thread-safe on distinct lists.
class Transformers
{
public:
    using List = QList<Resource>;

    static Status setNamespace(List &list, const QByteArray &ns, const QString &file);
    static void addPrefixSuffix(List &list, const QByteArray &prefix, const QByteArray &suffix);
    // includeSelectors: commonLabels' field specs; includeTemplates: pod templates too.
    static void addLabels(List &list, const StringPairs &pairs, bool includeSelectors,
                          bool includeTemplates);
    static void addAnnotations(List &list, const StringPairs &pairs);
    static void setImage(List &list, const ImageEntry &image);
    static Status setReplicas(List &list, const ReplicaEntry &replicas, const QString &file);
    // Top level only: content hashes on generated names, then every reference to a renamed object.
    static void addHashSuffixes(List &list);
    static Status fixNameReferences(List &list);
    // kustomize's legacy order (orderFirst kinds, others by group/version/kind, orderLast kinds).
    static void sortLegacy(List &list, const QList<QByteArray> &orderFirst,
                           const QList<QByteArray> &orderLast);
    static const QList<QByteArray> &defaultOrderFirst();
    static const QList<QByteArray> &defaultOrderLast();
};

} // namespace Promenade::Kustomize
