#include "namereferences.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Promenade::Kustomize {

namespace {

// A group/version/kind selector as kustomize's Gvk.IsSelected reads it: an empty part is a
// wildcard.
struct Gvk
{
    QByteArray group;
    QByteArray version;
    QByteArray kind;

    [[nodiscard]] bool selects(const QByteArray &g, const QByteArray &v, const QByteArray &k) const
    {
        return (group.isEmpty() || g == group) && (version.isEmpty() || v == version)
            && (kind.isEmpty() || k == kind);
    }
};

// One referral field: in objects of type `referrer`, the field at `path` names an object of
// type `target`.
struct Spec
{
    Gvk target;
    Gvk referrer;
    QList<QByteArray> path;
    bool roleRef = false; // the path ends in roleRef/name: roleRef's kind and apiGroup decide
};

// kustomize's path syntax: '/' separates fields, "\/" is a slash inside a field name.
QList<QByteArray> splitPath(const QByteArray &path)
{
    QList<QByteArray> out;
    QByteArray current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path.at(i) == '\\' && i + 1 < path.size() && path.at(i + 1) == '/') {
            current += '/';
            ++i;
        } else if (path.at(i) == '/') {
            out.append(current);
            current.clear();
        } else {
            current += path.at(i);
        }
    }
    out.append(current);
    return out;
}

// The table is built by families of referred kinds (kept in kustomize's order by specs()), so
// that each family reads on its own.
struct SpecTable
{
    QList<Spec> s;
    void add(Gvk target, Gvk referrer, const QByteArray &path)
    {
        s.append({target, referrer, splitPath(path), path.endsWith("roleRef/name")});
    }
};

struct Workload
{
    const char *kind;
    const char *version; // the Pod entries of ConfigMap/Secret name version v1
    const char *podSpec;
};
constexpr Workload podSpecs[] = {
    {"Pod", "v1", "spec"},
    {"PodTemplate", "", "template/spec"},
    {"Deployment", "", "spec/template/spec"},
    {"ReplicaSet", "", "spec/template/spec"},
    {"DaemonSet", "", "spec/template/spec"},
    {"StatefulSet", "", "spec/template/spec"},
    {"Job", "", "spec/template/spec"},
    {"CronJob", "", "spec/jobTemplate/spec/template/spec"},
};
// Pod, StatefulSet, Deployment, ReplicationController, CronJob, Job, DaemonSet: the kinds
// kustomize lists for serviceAccountName, claimName and priorityClassName.
constexpr Workload accountSpecs[] = {
    {"Pod", "", "spec"},
    {"StatefulSet", "", "spec/template/spec"},
    {"Deployment", "", "spec/template/spec"},
    {"ReplicationController", "", "spec/template/spec"},
    {"CronJob", "", "spec/jobTemplate/spec/template/spec"},
    {"Job", "", "spec/template/spec"},
    {"DaemonSet", "", "spec/template/spec"},
};
const QByteArray rbac = "rbac.authorization.k8s.io";

// StorageClass, ServiceAccount, Role and ClusterRole.
void addStorageAndAccessSpecs(SpecTable &t)
{
    const Gvk storageClass {"storage.k8s.io", "v1", "StorageClass"};
    t.add(storageClass, {"", "", "PersistentVolume"}, "spec/storageClassName");
    t.add(storageClass, {"", "", "PersistentVolumeClaim"}, "spec/storageClassName");
    t.add(storageClass, {"", "", "StatefulSet"}, "spec/volumeClaimTemplates/spec/storageClassName");

    const Gvk serviceAccount {"", "v1", "ServiceAccount"};
    t.add(serviceAccount, {rbac, "", "RoleBinding"}, "subjects");
    t.add(serviceAccount, {rbac, "", "ClusterRoleBinding"}, "subjects");
    for (const Workload &w : accountSpecs)
        t.add(serviceAccount, {"", "", w.kind}, QByteArray(w.podSpec) + "/serviceAccountName");

    t.add({rbac, "", "Role"}, {rbac, "", "RoleBinding"}, "roleRef/name");
    t.add({rbac, "", "ClusterRole"}, {rbac, "", "RoleBinding"}, "roleRef/name");
    t.add({rbac, "", "ClusterRole"}, {rbac, "", "ClusterRoleBinding"}, "roleRef/name");
}

void addConfigMapSpecs(SpecTable &t)
{
    const Gvk configMap {"", "v1", "ConfigMap"};
    for (const Workload &w : podSpecs) {
        const Gvk referrer {"", w.version, w.kind};
        const QByteArray p = w.podSpec;
        t.add(configMap, referrer, p + "/volumes/configMap/name");
        t.add(configMap, referrer, p + "/containers/env/valueFrom/configMapKeyRef/name");
        t.add(configMap, referrer, p + "/initContainers/env/valueFrom/configMapKeyRef/name");
        t.add(configMap, referrer, p + "/containers/envFrom/configMapRef/name");
        t.add(configMap, referrer, p + "/initContainers/envFrom/configMapRef/name");
        t.add(configMap, referrer, p + "/volumes/projected/sources/configMap/name");
    }
    t.add(configMap, {"", "", "Node"}, "spec/configSource/configMap");
    t.add(configMap, {"", "", "Role"}, "rules/resourceNames");
    t.add(configMap, {"", "", "ClusterRole"}, "rules/resourceNames");
    t.add(configMap, {"", "", "Ingress"},
          "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap");
}

void addSecretSpecs(SpecTable &t)
{
    const Gvk secret {"", "v1", "Secret"};
    for (const Workload &w : podSpecs) {
        const Gvk referrer {"", w.version, w.kind};
        const QByteArray p = w.podSpec;
        t.add(secret, referrer, p + "/volumes/secret/secretName");
        t.add(secret, referrer, p + "/containers/env/valueFrom/secretKeyRef/name");
        t.add(secret, referrer, p + "/initContainers/env/valueFrom/secretKeyRef/name");
        t.add(secret, referrer, p + "/containers/envFrom/secretRef/name");
        t.add(secret, referrer, p + "/initContainers/envFrom/secretRef/name");
        t.add(secret, referrer, p + "/imagePullSecrets/name");
        t.add(secret, referrer, p + "/volumes/projected/sources/secret/name");
    }
    t.add(secret, {"", "", "Ingress"}, "spec/tls/secretName");
    t.add(secret, {"", "", "Ingress"}, "metadata/annotations/ingress.kubernetes.io\\/auth-secret");
    t.add(secret, {"", "", "Ingress"},
          "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret");
    t.add(secret, {"", "", "Ingress"},
          "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret");
    t.add(secret, {"", "", "ServiceAccount"}, "imagePullSecrets/name");
    t.add(secret, {"", "", "StorageClass"}, "parameters/secretName");
    t.add(secret, {"", "", "StorageClass"}, "parameters/adminSecretName");
    t.add(secret, {"", "", "StorageClass"}, "parameters/userSecretName");
    t.add(secret, {"", "", "StorageClass"}, "parameters/secretRef");
    t.add(secret, {"", "", "Role"}, "rules/resourceNames");
    t.add(secret, {"", "", "ClusterRole"}, "rules/resourceNames");
    t.add(secret, {"serving.knative.dev", "v1", "Service"},
          "spec/template/spec/containers/env/valueFrom/secretKeyRef/name");
    t.add(secret, {"", "", "PersistentVolume"}, "spec/azureFile/secretName");
}

// Service, PriorityClass, volumes, scale targets and admission policies.
void addServiceAndOtherSpecs(SpecTable &t)
{
    const Gvk service {"", "v1", "Service"};
    t.add(service, {"apps", "", "StatefulSet"}, "spec/serviceName");
    t.add(service, {"", "", "Ingress"}, "spec/rules/http/paths/backend/serviceName");
    t.add(service, {"", "", "Ingress"}, "spec/backend/serviceName");
    t.add(service, {"", "", "Ingress"}, "spec/rules/http/paths/backend/service/name");
    t.add(service, {"", "", "Ingress"}, "spec/defaultBackend/service/name");
    t.add(service, {"apiregistration.k8s.io", "", "APIService"}, "spec/service/name");
    t.add(service, {"admissionregistration.k8s.io", "", "ValidatingWebhookConfiguration"},
          "webhooks/clientConfig/service");
    t.add(service, {"admissionregistration.k8s.io", "", "MutatingWebhookConfiguration"},
          "webhooks/clientConfig/service");

    const Gvk priorityClass {"scheduling.k8s.io", "v1", "PriorityClass"};
    for (const Workload &w : accountSpecs)
        t.add(priorityClass, {"", "", w.kind}, QByteArray(w.podSpec) + "/priorityClassName");

    const Gvk pv {"", "v1", "PersistentVolume"};
    t.add(pv, {"", "", "PersistentVolumeClaim"}, "spec/volumeName");
    t.add(pv, {"", "", "ClusterRole"}, "rules/resourceNames");

    const Gvk pvc {"", "v1", "PersistentVolumeClaim"};
    for (const Workload &w : accountSpecs)
        t.add(pvc, {"", "", w.kind},
              QByteArray(w.podSpec) + "/volumes/persistentVolumeClaim/claimName");

    for (const char *kind : {"Deployment", "StatefulSet"})
        t.add({"", "", kind}, {"", "", "HorizontalPodAutoscaler"}, "spec/scaleTargetRef/name");
    t.add({"admissionregistration.k8s.io", "", "ValidatingAdmissionPolicy"},
          {"admissionregistration.k8s.io", "", "ValidatingAdmissionPolicyBinding"},
          "spec/policyName");
    // kustomize names IngressClass's group "networking.k8s.io/v1", which no object has:
    // an ingressClassName is never rewritten. Kept for fidelity.
    t.add({"networking.k8s.io/v1", "v1", "IngressClass"}, {"", "", "Ingress"},
          "spec/ingressClassName");
    for (const char *kind : {"ReplicaSet", "ReplicationController"})
        t.add({"", "", kind}, {"", "", "HorizontalPodAutoscaler"}, "spec/scaleTargetRef/name");
}

// The built-in nameReference configuration of kustomize v5 (its facts, written out here), in
// the order kustomize applies it (its configuration is sorted by the referred kind's legacy
// order). Pod-spec fields are expanded for every workload kind kustomize lists them for.
const QList<Spec> &specs()
{
    static const QList<Spec> all = [] {
        SpecTable t;
        addStorageAndAccessSpecs(t);
        addConfigMapSpecs(t);
        addSecretSpecs(t);
        addServiceAndOtherSpecs(t);
        return t.s;
    }();
    return all;
}

// The specs by referrer kind (every built-in spec names one), in table order.
const QHash<QByteArray, QList<const Spec *>> &specsByReferrerKind()
{
    static const QHash<QByteArray, QList<const Spec *>> index = [] {
        QHash<QByteArray, QList<const Spec *>> h;
        for (const Spec &s : specs())
            h[s.referrer.kind].append(&s);
        return h;
    }();
    return index;
}

QByteArray effectiveNamespace(const Resource &r, const QByteArray &ns)
{
    if (r.isClusterScoped())
        return QByteArrayLiteral("\x01cluster");
    return ns.isEmpty() ? QByteArrayLiteral("default") : ns;
}

// The original id's namespace (kustomize's OrgId: the first previous id, else the current).
QByteArray originalNamespace(const Resource &r)
{
    return r.previousIds().isEmpty() ? r.nameSpace() : r.previousIds().first().nameSpace;
}

QByteArray originalKind(const Resource &r)
{
    return r.previousIds().isEmpty() ? r.kind() : r.previousIds().first().kind;
}

// kustomize's SameEndingSubSlice: the shorter list equals the end of the longer one (an empty
// list only equals an empty list).
bool sameEnding(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    const QList<QByteArray> &shortest = a.size() <= b.size() ? a : b;
    const QList<QByteArray> &longest = a.size() <= b.size() ? b : a;
    const qsizetype diff = longest.size() - shortest.size();
    if (shortest.isEmpty())
        return diff == 0;
    for (qsizetype i = shortest.size() - 1; i >= 0; --i) {
        if (longest.at(i + diff) != shortest.at(i))
            return false;
    }
    return true;
}

bool prefixesSuffixesEqual(const Resource &a, const Resource &b, bool allowEmpty)
{
    const bool prefixes = (allowEmpty && (a.prefixes().isEmpty() || b.prefixes().isEmpty()))
        || sameEnding(a.prefixes(), b.prefixes());
    const bool suffixes = (allowEmpty && (a.suffixes().isEmpty() || b.suffixes().isEmpty()))
        || sameEnding(a.suffixes(), b.suffixes());
    return prefixes && suffixes;
}

class Fixer
{
public:
    explicit Fixer(QList<Resource> &list)
        : m_list(list)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (const Resource::PreviousId &id : list.at(i).previousIds()) {
                QList<qsizetype> &ids = m_byPreviousName[id.name];
                if (ids.isEmpty() || ids.last() != i)
                    ids.append(i);
            }
        }
    }

    // Without any previous id nothing is rewritten; only the checks kustomize makes on the
    // referrers themselves remain (RBAC subjects, webhook services, nodes).
    [[nodiscard]] bool anyCandidates() const { return !m_byPreviousName.isEmpty(); }

    Status fixReferrer(qsizetype index)
    {
        Resource &r = m_list[index];
        m_referrer = &r;
        m_roleBindingNamespaces.clear();
        if (r.kind() == "RoleBinding") {
            const YamlNode *subjects = r.document().get("subjects");
            if (subjects && subjects->isSequence()) {
                for (const YamlNode &s : subjects->items()) {
                    const YamlNode *ns = s.isMap() ? s.get("namespace") : nullptr;
                    if (!ns || s.textAt({"kind"}) != "ServiceAccount")
                        continue;
                    // kustomize reads the subjects as JSON and wants a string here.
                    if (!ns->isString())
                        return error(QStringLiteral("a ServiceAccount subject of %1 has a blank "
                                                    "namespace (kustomize: namespace is blank)")
                                         .arg(r.idString()),
                                     s.line());
                    m_roleBindingNamespaces.insert(ns->text());
                }
            }
        }
        const QByteArray group = r.group();
        const QByteArray version = r.version();
        const QByteArray kind = originalKind(r);
        const auto found = specsByReferrerKind().constFind(kind);
        if (found == specsByReferrerKind().constEnd())
            return {};
        for (const Spec *spec : *found) {
            if (!spec->referrer.selects(group, version, kind))
                continue;
            m_spec = spec;
            if (auto s = visit(r.document(), 0); !s)
                return s;
        }
        return {};
    }

private:
    QList<Resource> &m_list;
    QHash<QByteArray, QList<qsizetype>> m_byPreviousName;
    Resource *m_referrer = nullptr;
    const Spec *m_spec = nullptr;
    // For a RoleBinding referrer: the namespaces its ServiceAccount subjects name (kustomize
    // lets the binding refer to anything there).
    QSet<QByteArray> m_roleBindingNamespaces;

    Error error(const QString &message, int line) const
    {
        Error e(Error::Kind::BadInput, message);
        e.at(m_referrer->file(), line ? line : m_referrer->line());
        return e;
    }

    // fieldspec traversal: sequences on the way are entered element by element.
    Status visit(YamlNode &node, qsizetype depth)
    {
        if (depth == m_spec->path.size())
            return set(node);
        if (node.isSequence()) {
            for (YamlNode &item : node.items()) {
                if (auto s = visit(item, depth); !s)
                    return s;
            }
            return {};
        }
        if (!node.isMap())
            return {};
        YamlNode *child = node.get(m_spec->path.at(depth));
        if (!child || child->isNull())
            return {};
        return visit(*child, depth + 1);
    }

    Status set(YamlNode &node)
    {
        if (node.isNull())
            return {};
        if (node.isSequence()) {
            for (YamlNode &item : node.items()) {
                Status s = item.isMap() ? setMapping(item)
                    : item.isScalar()   ? setScalar(item)
                                        : Status();
                if (!s)
                    return s;
            }
            return {};
        }
        if (node.isMap())
            return setMapping(node);
        return setScalar(node);
    }

    Status setScalar(YamlNode &node)
    {
        if (node.isNull())
            return {};
        auto referral = select(node.text(), false, nullptr, node.line());
        if (!referral)
            return referral.error();
        const Resource *target = *referral;
        if (!target || target->name() == node.text())
            return {};
        node = YamlNode::string(target->name(), node.line());
        return {};
    }

    // A map with `name` (and maybe `namespace`): both come from the referral.
    Status setMapping(YamlNode &node)
    {
        YamlNode *name = node.get("name");
        if (!name) {
            return error(
                QStringLiteral("the field '%1' of %2 must hold a 'name' (kustomize "
                               "reads name references from it)")
                    .arg(QString::fromUtf8(m_spec->path.join('/')), m_referrer->idString()),
                node.line());
        }
        const YamlNode *ns = node.get("namespace");
        std::optional<QByteArray> wantedNs;
        if (ns)
            wantedNs = ns->text();
        auto referral = select(name->text(), true, wantedNs ? &*wantedNs : nullptr, node.line());
        if (!referral)
            return referral.error();
        const Resource *target = *referral;
        if (!target)
            return {};
        const QByteArray targetNs = target->nameSpace();
        if (target->name() == name->text() && targetNs.isEmpty())
            return {};
        if (target->name() != name->text())
            *name = YamlNode::string(target->name(), name->line());
        if (!targetNs.isEmpty())
            node.set("namespace", YamlNode::string(targetNs));
        return {};
    }

    // kustomize's SubsetThatCouldBeReferencedByResource.
    bool visibleToReferrer(const Resource &c) const
    {
        const Resource &r = *m_referrer;
        if (r.isClusterScoped() || c.isClusterScoped())
            return true;
        if (effectiveNamespace(c, c.nameSpace()) == effectiveNamespace(r, r.nameSpace()))
            return true;
        return m_roleBindingNamespaces.contains(c.nameSpace());
    }

    // kustomize's selectReferral over the candidates (nullptr: nothing to rewrite).
    // isMap: the field is a map (name and namespace come from the referral); mapNamespace: the
    // namespace it names, if any.
    Result<const Resource *> select(const QByteArray &oldName, bool isMap,
                                    const QByteArray *mapNamespace, int line)
    {
        const auto found = m_byPreviousName.constFind(oldName);
        if (found == m_byPreviousName.constEnd())
            return nullptr;
        const Resource &referrer = *m_referrer;
        QByteArray roleRefGroup, roleRefKind;
        bool roleRef = false;
        if (m_spec->roleRef) {
            const YamlNode *ref = referrer.document().get("roleRef");
            if (ref && ref->isMap() && ref->get("apiGroup") && !ref->get("apiGroup")->isNull()
                && ref->get("kind") && !ref->get("kind")->isNull()) {
                roleRef = true;
                roleRefGroup = ref->get("apiGroup")->text();
                roleRefKind = ref->get("kind")->text();
            }
        }
        auto selectedByPreviousId = [](const Resource &c, const Gvk &gvk) {
            const QByteArray g = c.group();
            const QByteArray v = c.version();
            for (const Resource::PreviousId &id : c.previousIds()) {
                if (gvk.selects(g, v, id.kind))
                    return true;
            }
            return false;
        };

        // A map naming a namespace looks among the objects of that (original, else current)
        // namespace only.
        std::optional<bool> byOriginalNamespace;
        if (mapNamespace) {
            byOriginalNamespace = false;
            for (const Resource &c : m_list) {
                if (!c.isClusterScoped() && visibleToReferrer(c)
                    && effectiveNamespace(c, originalNamespace(c)) == *mapNamespace) {
                    byOriginalNamespace = true;
                    break;
                }
            }
        }

        QList<const Resource *> candidates;
        for (qsizetype i : *found) {
            const Resource &c = m_list.at(i);
            if (!visibleToReferrer(c))
                continue;
            if (mapNamespace) {
                if (c.isClusterScoped())
                    continue;
                const QByteArray ns = *byOriginalNamespace ? originalNamespace(c) : c.nameSpace();
                if (effectiveNamespace(c, ns) != *mapNamespace)
                    continue;
            }
            if (!selectedByPreviousId(c, m_spec->target))
                continue;
            if (roleRef && !selectedByPreviousId(c, Gvk {roleRefGroup, {}, roleRefKind}))
                continue;
            if (!referrer.isClusterScoped() && !c.isClusterScoped() && c.kind() != "ServiceAccount"
                && effectiveNamespace(referrer, referrer.nameSpace())
                    != effectiveNamespace(c, c.nameSpace()))
                continue;
            candidates.append(&c);
        }
        if (candidates.size() == 1)
            return candidates.first();
        auto sieve = [&](bool allowEmpty) {
            QList<const Resource *> kept;
            for (const Resource *c : candidates) {
                if (prefixesSuffixesEqual(*c, referrer, allowEmpty))
                    kept.append(c);
            }
            candidates = kept;
        };
        sieve(true);
        if (candidates.size() > 1)
            sieve(false);
        if (candidates.size() == 1)
            return candidates.first();
        if (candidates.isEmpty())
            return nullptr;
        bool identical = true;
        for (const Resource *c : candidates) {
            identical = identical && c->name() == candidates.first()->name()
                && (!isMap || c->nameSpace() == candidates.first()->nameSpace());
        }
        if (identical)
            return candidates.first();
        QStringList ids;
        for (const Resource *c : candidates)
            ids << c->idString();
        return error(QStringLiteral("%1 refers to %2 \"%3\" (field %4), and several objects "
                                    "could be meant: %5 (kustomize: found multiple possible "
                                    "referrals)")
                         .arg(referrer.idString(), QString::fromUtf8(m_spec->target.kind),
                              QString::fromUtf8(oldName), QString::fromUtf8(m_spec->path.join('/')),
                              ids.join(QStringLiteral("; "))),
                     line);
    }
};

} // namespace

Status NameReferences::fix(QList<Resource> &list)
{
    Fixer fixer(list);
    const bool candidates = fixer.anyCandidates();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!candidates) {
            // Only objects with a previous id can be referred to by an old name: what is left
            // are the errors kustomize finds in map-valued referral fields.
            const QByteArray kind = list.at(i).kind();
            if (kind != "RoleBinding" && kind != "ClusterRoleBinding" && kind != "Node"
                && !kind.endsWith("WebhookConfiguration"))
                continue;
        }
        if (auto s = fixer.fixReferrer(i); !s)
            return s;
    }
    return {};
}

} // namespace Promenade::Kustomize
