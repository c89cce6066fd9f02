#include "strategicmerge.h"

namespace Promenade::Kustomize {

namespace {

bool isBuiltinKind(const QByteArray &kind)
{
    static const char *const kinds[] = {"Pod",
                                        "PodTemplate",
                                        "Deployment",
                                        "ReplicaSet",
                                        "DaemonSet",
                                        "StatefulSet",
                                        "Job",
                                        "CronJob",
                                        "ReplicationController",
                                        "Service",
                                        "ConfigMap",
                                        "Secret",
                                        "ServiceAccount",
                                        "Namespace",
                                        "Ingress",
                                        "IngressClass",
                                        "NetworkPolicy",
                                        "PersistentVolume",
                                        "PersistentVolumeClaim",
                                        "StorageClass",
                                        "Role",
                                        "ClusterRole",
                                        "RoleBinding",
                                        "ClusterRoleBinding",
                                        "HorizontalPodAutoscaler",
                                        "PodDisruptionBudget",
                                        "LimitRange",
                                        "ResourceQuota",
                                        "Endpoints",
                                        "EndpointSlice",
                                        "PriorityClass",
                                        "CustomResourceDefinition",
                                        "MutatingWebhookConfiguration",
                                        "ValidatingWebhookConfiguration",
                                        "APIService",
                                        "Node",
                                        "Event"};
    for (const char *k : kinds) {
        if (kind == k)
            return true;
    }
    return false;
}

struct Context
{
    QByteArray kind;
    bool builtin = false;
};

// The merge key for a list field, or empty when the list is replaced as a whole.
// inContainer: the list belongs to an element of containers/initContainers/ephemeralContainers.
QByteArray mergeKeyFor(const Context &ctx, const QByteArray &field, bool inContainer, int depth)
{
    if (!ctx.builtin)
        return {};
    if (field == "containers" || field == "initContainers" || field == "ephemeralContainers"
        || field == "volumes" || field == "imagePullSecrets" || field == "resourceClaims"
        || field == "schedulingGates")
        return QByteArrayLiteral("name");
    if (inContainer) {
        if (field == "env")
            return QByteArrayLiteral("name");
        if (field == "ports")
            return QByteArrayLiteral("containerPort");
        if (field == "volumeMounts")
            return QByteArrayLiteral("mountPath");
        if (field == "volumeDevices")
            return QByteArrayLiteral("devicePath");
        return {};
    }
    if (field == "hostAliases")
        return QByteArrayLiteral("ip");
    if (field == "topologySpreadConstraints")
        return QByteArrayLiteral("topologyKey");
    if (field == "conditions")
        return QByteArrayLiteral("type");
    if (field == "ownerReferences")
        return QByteArrayLiteral("uid");
    if (field == "ports" && ctx.kind == "Service" && depth == 2)
        return QByteArrayLiteral("port");
    return {};
}

bool isPrimitiveMergeList(const Context &ctx, const QByteArray &field)
{
    return ctx.builtin && field == "finalizers";
}

QByteArray directive(const YamlNode &map)
{
    if (!map.isMap())
        return {};
    const YamlNode *p = map.get("$patch");
    return p && p->isScalar() ? p->text() : QByteArray();
}

Status mergeMap(YamlNode &target, const YamlNode &patch, const Context &ctx, bool inContainer,
                int depth);

Status mergeList(YamlNode &target, const YamlNode &patch, const Context &ctx,
                 const QByteArray &field, bool inContainer, int depth)
{
    const bool childInContainer
        = field == "containers" || field == "initContainers" || field == "ephemeralContainers";
    // `- $patch: replace` as an element: the patch's other elements replace the list.
    for (const YamlNode &item : patch.items()) {
        if (directive(item) == "replace") {
            YamlNode replaced = YamlNode::sequence(target.line());
            for (const YamlNode &i : patch.items()) {
                if (directive(i).isEmpty())
                    replaced.append(StrategicMerge::stripDirectives(i));
            }
            target = std::move(replaced);
            return {};
        }
    }
    if (isPrimitiveMergeList(ctx, field)) {
        // The patch's values first, then the target's other values (as kubectl orders them).
        std::vector<YamlNode> merged;
        for (const YamlNode &item : patch.items()) {
            if (std::find(merged.begin(), merged.end(), item) == merged.end())
                merged.push_back(item);
        }
        for (const YamlNode &item : target.items()) {
            if (std::find(merged.begin(), merged.end(), item) == merged.end())
                merged.push_back(item);
        }
        target.items() = std::move(merged);
        return {};
    }
    const QByteArray key = mergeKeyFor(ctx, field, inContainer, depth);
    if (key.isEmpty()) {
        target = StrategicMerge::stripDirectives(patch);
        return {};
    }
    // Service ports are keyed by port and protocol (TCP when absent).
    const bool portAndProtocol = key == "port";
    auto sameKey = [&](const YamlNode &a, const YamlNode &b) {
        const YamlNode *ka = a.isMap() ? a.get(key) : nullptr;
        const YamlNode *kb = b.isMap() ? b.get(key) : nullptr;
        if (!ka || !kb || *ka != *kb)
            return false;
        if (!portAndProtocol)
            return true;
        auto protocol = [](const YamlNode &n) -> QByteArray {
            const QByteArray p = n.textAt({"protocol"});
            return p.isEmpty() ? QByteArrayLiteral("TCP") : p;
        };
        return protocol(a) == protocol(b);
    };
    // Patch elements first (merged with their target element), then the target's other elements.
    std::vector<YamlNode> remaining = std::move(target.items());
    std::vector<YamlNode> result;
    result.reserve(remaining.size() + patch.items().size());
    std::vector<YamlNode> deletedKeys;
    for (const YamlNode &item : patch.items()) {
        const YamlNode *keyValue = item.isMap() ? item.get(key) : nullptr;
        if (!keyValue) {
            if (directive(item) == "delete")
                continue;
            result.push_back(StrategicMerge::stripDirectives(item));
            continue;
        }
        auto found = std::find_if(remaining.begin(), remaining.end(),
                                  [&](const YamlNode &n) { return sameKey(n, item); });
        if (directive(item) == "delete") {
            if (found != remaining.end())
                remaining.erase(found);
            continue;
        }
        if (found == remaining.end()) {
            // The same key may already be in the result (a duplicate in the patch): merge there.
            auto inResult = std::find_if(result.begin(), result.end(),
                                         [&](const YamlNode &n) { return sameKey(n, item); });
            if (inResult != result.end()) {
                if (auto s = mergeMap(*inResult, item, ctx, childInContainer, depth + 1); !s)
                    return s;
            } else {
                result.push_back(StrategicMerge::stripDirectives(item));
            }
            continue;
        }
        YamlNode merged = std::move(*found);
        remaining.erase(found);
        if (directive(item) == "replace") {
            merged = StrategicMerge::stripDirectives(item);
        } else if (auto s = mergeMap(merged, item, ctx, childInContainer, depth + 1); !s) {
            return s;
        }
        result.push_back(std::move(merged));
    }
    for (YamlNode &n : remaining)
        result.push_back(std::move(n));
    target.items() = std::move(result);
    return {};
}

Status mergeMap(YamlNode &target, const YamlNode &patch, const Context &ctx, bool inContainer,
                int depth)
{
    const QByteArray d = directive(patch);
    if (d == "replace") {
        target = StrategicMerge::stripDirectives(patch);
        return {};
    }
    if (!target.isMap()) {
        target = StrategicMerge::stripDirectives(patch);
        return {};
    }
    for (const auto &e : patch.entries()) {
        const QByteArray &k = e.key;
        if (k == "$patch")
            continue;
        const YamlNode &pv = e.value;
        if (pv.isNull()) {
            target.remove(k);
            continue;
        }
        YamlNode *tv = target.get(k);
        if (!tv) {
            if (pv.isMap() && directive(pv) == "delete")
                continue;
            target.entries().push_back({k, StrategicMerge::stripDirectives(pv)});
            continue;
        }
        if (pv.isMap()) {
            if (directive(pv) == "delete") {
                target.remove(k);
                continue;
            }
            if (!tv->isMap()) {
                *tv = StrategicMerge::stripDirectives(pv);
                continue;
            }
            if (auto s = mergeMap(*tv, pv, ctx, false, depth + 1); !s)
                return s;
        } else if (pv.isSequence() && tv->isSequence()) {
            if (auto s = mergeList(*tv, pv, ctx, k, inContainer, depth + 1); !s)
                return s;
        } else {
            *tv = StrategicMerge::stripDirectives(pv);
        }
    }
    return {};
}

} // namespace

YamlNode StrategicMerge::stripDirectives(const YamlNode &patch)
{
    if (patch.isMap()) {
        YamlNode out = YamlNode::map(patch.line());
        for (const auto &e : patch.entries()) {
            if (e.key == "$patch")
                continue;
            out.entries().push_back({e.key, stripDirectives(e.value)});
        }
        return out;
    }
    if (patch.isSequence()) {
        YamlNode out = YamlNode::sequence(patch.line());
        for (const YamlNode &i : patch.items()) {
            if (i.isMap() && i.get("$patch"))
                continue;
            out.append(stripDirectives(i));
        }
        return out;
    }
    return patch;
}

Status StrategicMerge::apply(YamlNode &target, const YamlNode &patch, const QByteArray &kind,
                             bool *deleted)
{
    if (deleted)
        *deleted = false;
    if (!patch.isMap())
        return Error(Error::Kind::BadInput,
                     QStringLiteral("a strategic merge patch must be a mapping"));
    if (directive(patch) == "delete") {
        if (deleted)
            *deleted = true;
        return {};
    }
    Context ctx;
    ctx.kind = kind;
    ctx.builtin = isBuiltinKind(kind);
    return mergeMap(target, patch, ctx, false, 0);
}

} // namespace Promenade::Kustomize
