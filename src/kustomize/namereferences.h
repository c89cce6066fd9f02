#pragma once

#include "resource.h"
#include "result.h"

#include <QList>

namespace Promenade::Kustomize {

// kustomize's name-reference back-fixing (its nameReference configuration and nameref filter),
// run once at the top level after the hash suffixes: every field that names another object
// (pod volumes, env sources, imagePullSecrets, serviceAccountName, RBAC roleRef and subjects,
// Ingress backends and TLS, HPA targets, StatefulSet serviceName, APIService and webhook
// services, RBAC resourceNames, ...) is rewritten to the current name of the object it meant.
// The referent is chosen as kustomize chooses it: among objects whose previous ids hold the old
// name and the wanted kind/group/version, in a namespace the referrer can see, then by the same
// prefixes and suffixes; several candidates with different names are an error, as in kustomize.
// Stateless; thread-safe on distinct lists.
class NameReferences
{
public:
    static Status fix(QList<Resource> &list);
};

} // namespace Promenade::Kustomize
