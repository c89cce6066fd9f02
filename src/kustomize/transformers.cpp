#include "transformers.h"

#include "generators.h"
#include "namereferences.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <functional>
#include <optional>

namespace Promenade::Kustomize {

namespace {

struct FieldSpec
{
    const char *group; // nullptr: any group
    const char *kind; // nullptr: any kind
    const char *path;
    bool create;
};

bool specMatches(const FieldSpec &spec, const Resource &r)
{
    if (spec.kind && r.kind() != spec.kind)
        return false;
    if (spec.group && r.group() != spec.group)
        return false;
    return true;
}

// Visits the node at a slash-separated path, going through every element of lists on the way.
// create: missing maps are created (also inside list elements).
void visitPath(YamlNode &node, const QList<QByteArray> &segments, qsizetype i, bool create,
               const std::function<void(YamlNode &)> &fn)
{
    if (node.isSequence()) {
        for (YamlNode &item : node.items())
            visitPath(item, segments, i, create, fn);
        return;
    }
    if (i == segments.size()) {
        fn(node);
        return;
    }
    if (!node.isMap())
        return;
    QByteArray seg = segments.at(i);
    bool list = false;
    if (seg.endsWith("[]")) {
        seg.chop(2);
        list = true;
    }
    YamlNode *child = node.get(seg);
    if (!child || child->isNull()) {
        if (!create || list) // lists are never created
            return;
        child = &node.set(seg, YamlNode::map());
    }
    visitPath(*child, segments, i + 1, create, fn);
}

// Sets every scalar of the alias group to text (kustomize writes through its shared node).
void setAliasGroup(YamlNode &node, quint32 alias, const QByteArray &text)
{
    if (node.isMap()) {
        for (auto &e : node.entries())
            setAliasGroup(e.value, alias, text);
    } else if (node.isSequence()) {
        for (YamlNode &i : node.items())
            setAliasGroup(i, alias, text);
    } else if (node.alias() == alias) {
        node = YamlNode::string(text);
        node.setAlias(alias);
    }
}

void applySpecs(Transformers::List &list, const FieldSpec *specs, size_t count,
                const StringPairs &pairs)
{
    static std::atomic<quint32> nextAlias {0};
    std::vector<QList<QByteArray>> segments;
    segments.reserve(count);
    for (size_t s = 0; s < count; ++s)
        segments.push_back(QByteArray(specs[s].path).split('/'));
    std::vector<quint32> created(size_t(pairs.size()));
    for (Resource &r : list) {
        std::fill(created.begin(), created.end(), 0);
        QList<std::pair<quint32, qsizetype>> shared; // alias group, index of the pair
        for (size_t s = 0; s < count; ++s) {
            const FieldSpec &spec = specs[s];
            if (!specMatches(spec, r))
                continue;
            visitPath(r.document(), segments[s], 0, spec.create, [&](YamlNode &target) {
                if (!target.isMap())
                    target = YamlNode::map();
                for (qsizetype p = 0; p < pairs.size(); ++p) {
                    const QByteArray &k = pairs.at(p).first;
                    const QByteArray &v = pairs.at(p).second;
                    YamlNode *existing = target.get(k);
                    if (existing && existing->isScalar() && existing->alias() != 0) {
                        const std::pair<quint32, qsizetype> group {existing->alias(), p};
                        if (!shared.contains(group))
                            shared.append(group);
                        continue;
                    }
                    if (existing) {
                        *existing = YamlNode::string(v); // written in place, not shared
                        continue;
                    }
                    quint32 &alias = created[size_t(p)];
                    if (alias == 0)
                        alias = ++nextAlias;
                    YamlNode value = YamlNode::string(v);
                    value.setAlias(alias);
                    target.entries().push_back({k, std::move(value)});
                }
            });
        }
        for (const auto &[alias, p] : shared)
            setAliasGroup(r.document(), alias, pairs.at(p).second);
    }
}

#define AFFINITY(group, kind)                                                                      \
    {group, kind,                                                                                  \
     "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/"    \
     "podAffinityTerm/labelSelector/matchLabels",                                                  \
     false},                                                                                       \
        {group, kind,                                                                              \
         "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/" \
         "labelSelector/matchLabels",                                                              \
         false},                                                                                   \
        {group, kind,                                                                              \
         "spec/template/spec/affinity/podAntiAffinity/"                                            \
         "preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/"          \
         "matchLabels",                                                                            \
         false},                                                                                   \
        {group, kind,                                                                              \
         "spec/template/spec/affinity/podAntiAffinity/"                                            \
         "requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",               \
         false},                                                                                   \
    {                                                                                              \
        group, kind, "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels",     \
            false                                                                                  \
    }

const FieldSpec commonLabelSpecs[] = {
    {nullptr, nullptr, "metadata/labels", true},
    {"", "Service", "spec/selector", true},
    {"", "ReplicationController", "spec/selector", true},
    {"", "ReplicationController", "spec/template/metadata/labels", true},
    {nullptr, "Deployment", "spec/selector/matchLabels", true},
    {nullptr, "Deployment", "spec/template/metadata/labels", true},
    AFFINITY("apps", "Deployment"),
    {nullptr, "ReplicaSet", "spec/selector/matchLabels", true},
    {nullptr, "ReplicaSet", "spec/template/metadata/labels", true},
    {nullptr, "DaemonSet", "spec/selector/matchLabels", true},
    {nullptr, "DaemonSet", "spec/template/metadata/labels", true},
    {"apps", "StatefulSet", "spec/selector/matchLabels", true},
    {"apps", "StatefulSet", "spec/template/metadata/labels", true},
    AFFINITY("apps", "StatefulSet"),
    {"apps", "StatefulSet", "spec/volumeClaimTemplates[]/metadata/labels", true},
    {"batch", "Job", "spec/selector/matchLabels", false},
    {"batch", "Job", "spec/template/metadata/labels", true},
    {"batch", "CronJob", "spec/jobTemplate/spec/selector/matchLabels", false},
    {"batch", "CronJob", "spec/jobTemplate/metadata/labels", true},
    {"batch", "CronJob", "spec/jobTemplate/spec/template/metadata/labels", true},
    {"policy", "PodDisruptionBudget", "spec/selector/matchLabels", false},
    {"networking.k8s.io", "NetworkPolicy", "spec/podSelector/matchLabels", false},
    {"networking.k8s.io", "NetworkPolicy", "spec/ingress/from/podSelector/matchLabels", false},
    {"networking.k8s.io", "NetworkPolicy", "spec/egress/to/podSelector/matchLabels", false},
};

const FieldSpec templateLabelSpecs[] = {
    {nullptr, nullptr, "metadata/labels", true},
    {"", "ReplicationController", "spec/template/metadata/labels", true},
    {nullptr, "Deployment", "spec/template/metadata/labels", true},
    {nullptr, "ReplicaSet", "spec/template/metadata/labels", true},
    {nullptr, "DaemonSet", "spec/template/metadata/labels", true},
    {"apps", "StatefulSet", "spec/template/metadata/labels", true},
    {"batch", "Job", "spec/template/metadata/labels", true},
    {"batch", "CronJob", "spec/jobTemplate/metadata/labels", true},
    {"batch", "CronJob", "spec/jobTemplate/spec/template/metadata/labels", true},
    {"apps", "StatefulSet", "spec/volumeClaimTemplates[]/metadata/labels", true},
};

const FieldSpec metadataLabelSpecs[] = {
    {nullptr, nullptr, "metadata/labels", true},
};

const FieldSpec annotationSpecs[] = {
    {nullptr, nullptr, "metadata/annotations", true},
    {"", "ReplicationController", "spec/template/metadata/annotations", true},
    {nullptr, "Deployment", "spec/template/metadata/annotations", true},
    {nullptr, "ReplicaSet", "spec/template/metadata/annotations", true},
    {nullptr, "DaemonSet", "spec/template/metadata/annotations", true},
    {nullptr, "StatefulSet", "spec/template/metadata/annotations", true},
    {nullptr, "Job", "spec/template/metadata/annotations", true},
    {nullptr, "CronJob", "spec/jobTemplate/metadata/annotations", true},
    {nullptr, "CronJob", "spec/jobTemplate/spec/template/metadata/annotations", true},
};

// image helpers (kustomize's image.Split and IsImageMatched)
void splitImage(const QByteArray &image, QByteArray *name, QByteArray *tag, QByteArray *digest)
{
    qsizetype slash = image.indexOf('/');
    QByteArray search = image;
    if (slash > 0)
        search = image.mid(slash);
    else
        slash = 0;
    qsizetype id = search.indexOf('@');
    qsizetype ic = search.indexOf(':');
    tag->clear();
    digest->clear();
    if (ic < 0 && id < 0) {
        *name = image;
        return;
    }
    if (id >= 0 && (id < ic || ic < 0)) {
        id += slash;
        *name = image.left(id);
        *digest = image.mid(id + 1);
        return;
    }
    if (id >= 0 && ic >= 0) {
        id += slash;
        ic += slash;
        *name = image.left(ic);
        *tag = image.mid(ic + 1, id - ic - 1);
        *digest = image.mid(id + 1);
        return;
    }
    ic += slash;
    *name = image.left(ic);
    *tag = image.mid(ic + 1);
}

// Updates the images of the containers/initContainers lists directly under node (a map).
void updateImagesShallow(YamlNode &node, const ImageEntry &image, const QRegularExpression &re)
{
    for (auto &e : node.entries()) {
        if ((e.key == "containers" || e.key == "initContainers") && e.value.isSequence()) {
            for (YamlNode &c : e.value.items()) {
                if (!c.isMap())
                    continue;
                YamlNode *img = c.get("image");
                if (!img || !img->isString())
                    continue;
                if (!re.match(QString::fromUtf8(img->text())).hasMatch())
                    continue;
                QByteArray name, tag, digest;
                splitImage(img->text(), &name, &tag, &digest);
                if (!image.newName.isEmpty())
                    name = image.newName;
                if (!image.newTag.isEmpty() && !image.digest.isEmpty()) {
                    tag = image.newTag;
                    digest = image.digest;
                } else if (!image.newTag.isEmpty()) {
                    tag = image.newTag;
                    digest.clear();
                } else if (!image.digest.isEmpty()) {
                    tag.clear();
                    digest = image.digest;
                } else if (!image.tagSuffix.isEmpty()) {
                    tag += image.tagSuffix;
                    digest.clear();
                }
                QByteArray out = name;
                if (!tag.isEmpty())
                    out += ':' + tag;
                if (!digest.isEmpty())
                    out += '@' + digest;
                *img = YamlNode::string(out, img->line());
            }
        }
    }
}

void updateImages(YamlNode &node, const ImageEntry &image, const QRegularExpression &re)
{
    if (node.isSequence()) {
        for (YamlNode &i : node.items())
            updateImages(i, image, re);
        return;
    }
    if (!node.isMap())
        return;
    updateImagesShallow(node, image, re);
    for (auto &e : node.entries())
        updateImages(e.value, image, re);
}

YamlNode *child(YamlNode *n, const char *key)
{
    return n && n->isMap() ? n->get(key) : nullptr;
}

template<typename F>
void eachItem(YamlNode *seq, F f)
{
    if (!seq || !seq->isSequence())
        return;
    for (YamlNode &i : seq->items())
        f(&i);
}

} // namespace

Status Transformers::setNamespace(List &list, const QByteArray &ns, const QString &file)
{
    if (ns.isEmpty())
        return {};
    for (Resource &r : list) {
        // kustomize stores every object's id before the namespace transformer runs (a previous
        // id makes an object a possible referent for name references).
        r.storePreviousId();
        const QByteArray kind = r.kind();
        // Only a core v1 Namespace is renamed: a kind named Namespace in another group is an
        // ordinary namespaced object.
        if (kind == "Namespace" && r.apiVersion() == "v1")
            r.setName(ns);
        if (!r.isClusterScoped())
            r.setNamespace(ns);
        if (kind == "RoleBinding" || kind == "ClusterRoleBinding") {
            // kustomize's default (defaultOnly): subjects named "default", whatever their kind.
            eachItem(child(&r.document(), "subjects"), [&](YamlNode *s) {
                if (s->isMap() && s->get("name") && s->get("name")->isString()
                    && s->get("name")->text() == "default")
                    s->set("namespace", YamlNode::string(ns));
            });
        }
        if (kind == "APIService" && r.group() == "apiregistration.k8s.io") {
            YamlNode *service = child(child(&r.document(), "spec"), "service");
            if (service && service->isMap())
                service->set("namespace", YamlNode::string(ns));
        }
        if (kind == "CustomResourceDefinition") {
            YamlNode *service
                = child(child(child(child(child(&r.document(), "spec"), "conversion"), "webhook"),
                              "clientConfig"),
                        "service");
            if (YamlNode *n = child(service, "namespace"))
                *n = YamlNode::string(ns, n->line());
        }
    }
    QSet<QByteArray> ids;
    ids.reserve(list.size());
    for (const Resource &r : list) {
        const QByteArray key = r.currentIdKey();
        if (ids.contains(key)) {
            return Error(Error::Kind::BadInput,
                         QStringLiteral("namespace transformation produces ID conflict: %1")
                             .arg(r.idString()))
                .at(file);
        }
        ids.insert(key);
    }
    return {};
}

void Transformers::addPrefixSuffix(List &list, const QByteArray &prefix, const QByteArray &suffix)
{
    if (prefix.isEmpty() && suffix.isEmpty())
        return;
    for (Resource &r : list) {
        // kustomize skips by the original id: CustomResourceDefinitions, Namespaces (any group)
        // and apiregistration's APIServices keep their names.
        const QByteArray kind = r.previousIds().isEmpty() ? r.kind() : r.previousIds().first().kind;
        if (kind == "CustomResourceDefinition" || kind == "Namespace"
            || (kind == "APIService" && r.group() == "apiregistration.k8s.io"))
            continue;
        r.storePreviousId();
        r.setName(prefix + r.name() + suffix);
        if (!prefix.isEmpty())
            r.addPrefix(prefix);
        if (!suffix.isEmpty())
            r.addSuffix(suffix);
    }
}

void Transformers::addLabels(List &list, const StringPairs &pairs, bool includeSelectors,
                             bool includeTemplates)
{
    if (pairs.isEmpty())
        return;
    if (includeSelectors)
        applySpecs(list, commonLabelSpecs, std::size(commonLabelSpecs), pairs);
    else if (includeTemplates)
        applySpecs(list, templateLabelSpecs, std::size(templateLabelSpecs), pairs);
    else
        applySpecs(list, metadataLabelSpecs, std::size(metadataLabelSpecs), pairs);
}

void Transformers::addAnnotations(List &list, const StringPairs &pairs)
{
    if (!pairs.isEmpty())
        applySpecs(list, annotationSpecs, std::size(annotationSpecs), pairs);
}

void Transformers::setImage(List &list, const ImageEntry &image)
{
    const QRegularExpression re(
        u'^' + QString::fromUtf8(image.name)
        + QStringLiteral("(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$"));
    if (!re.isValid())
        return; // an invalid pattern matches nothing, as in kustomize
    for (Resource &r : list) {
        if (r.kind() == "CustomResourceDefinition")
            continue;
        updateImages(r.document(), image, re);
        // kustomize runs the image filter twice over its field specs (the legacy "containers at
        // any depth" pass, then spec/[template/spec/]containers): harmless for newTag/digest,
        // visible with tagSuffix, which kubectl appends twice there.
        if (!image.tagSuffix.isEmpty()) {
            YamlNode *spec = r.document().get("spec");
            if (spec && spec->isMap()) {
                updateImagesShallow(*spec, image, re);
                YamlNode *templ = spec->get("template");
                YamlNode *podSpec = templ && templ->isMap() ? templ->get("spec") : nullptr;
                if (podSpec && podSpec->isMap())
                    updateImagesShallow(*podSpec, image, re);
            }
        }
    }
}

Status Transformers::setReplicas(List &list, const ReplicaEntry &replicas, const QString &file)
{
    bool matched = false;
    for (Resource &r : list) {
        const QByteArray kind = r.kind();
        if (kind != "Deployment" && kind != "ReplicationController" && kind != "ReplicaSet"
            && kind != "StatefulSet")
            continue;
        if (!r.hadName(replicas.name))
            continue;
        r.document().ensureMap("spec").set("replicas",
                                           YamlNode::scalar(YamlNode::Type::Int, replicas.count));
        matched = true;
    }
    if (!matched) {
        return Error(Error::Kind::BadInput,
                     QStringLiteral(
                         "resource with name %1 does not match a config with the following GVK "
                         "[Deployment ReplicationController ReplicaSet StatefulSet]")
                         .arg(QString::fromUtf8(replicas.name)))
            .at(file, replicas.line);
    }
    return {};
}

void Transformers::addHashSuffixes(List &list)
{
    for (Resource &r : list) {
        if (!r.isGenerated() || !r.needsHashSuffix())
            continue;
        r.storePreviousId();
        r.setName(r.name() + '-' + Generators::hash(r.document()));
    }
}

Status Transformers::fixNameReferences(List &list)
{
    return NameReferences::fix(list);
}

const QList<QByteArray> &Transformers::defaultOrderFirst()
{
    static const QList<QByteArray> kinds {"Namespace",
                                          "ResourceQuota",
                                          "StorageClass",
                                          "CustomResourceDefinition",
                                          "ServiceAccount",
                                          "PodSecurityPolicy",
                                          "Role",
                                          "ClusterRole",
                                          "RoleBinding",
                                          "ClusterRoleBinding",
                                          "ConfigMap",
                                          "Secret",
                                          "Endpoints",
                                          "Service",
                                          "LimitRange",
                                          "PriorityClass",
                                          "PersistentVolume",
                                          "PersistentVolumeClaim",
                                          "Deployment",
                                          "StatefulSet",
                                          "CronJob",
                                          "PodDisruptionBudget"};
    return kinds;
}

const QList<QByteArray> &Transformers::defaultOrderLast()
{
    static const QList<QByteArray> kinds {"MutatingWebhookConfiguration",
                                          "ValidatingWebhookConfiguration"};
    return kinds;
}

void Transformers::sortLegacy(List &list, const QList<QByteArray> &orderFirst,
                              const QList<QByteArray> &orderLast)
{
    struct Key
    {
        int rank;
        QByteArray gvk;
        QByteArray ns;
        QByteArray name;
    };
    std::vector<std::pair<Key, Resource *>> keyed;
    keyed.reserve(size_t(list.size()));
    for (Resource &r : list) {
        const QByteArray kind = r.kind();
        int rank = 0;
        if (const qsizetype i = orderFirst.indexOf(kind); i >= 0)
            rank = int(i - orderFirst.size());
        else if (const qsizetype j = orderLast.indexOf(kind); j >= 0)
            rank = int(j + 1);
        const QByteArray g = r.group();
        const QByteArray v = r.version();
        Key k {rank,
               (g.isEmpty() ? QByteArrayLiteral("~G") : g) + '_'
                   + (v.isEmpty() ? QByteArrayLiteral("~V") : v) + '_'
                   + (kind.isEmpty() ? QByteArrayLiteral("~K") : kind),
               r.nameSpace().isEmpty() ? QByteArrayLiteral("~X") : r.nameSpace(), r.name()};
        keyed.push_back({std::move(k), &r});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        if (a.first.gvk != b.first.gvk) {
            if (a.first.rank != b.first.rank)
                return a.first.rank < b.first.rank;
            // kustomize puts the core Namespace before a kind named Namespace of another group.
            if (a.first.gvk.endsWith("_Namespace") && b.first.gvk.endsWith("_Namespace")
                && (a.first.gvk.startsWith("~G_") || b.first.gvk.startsWith("~G_")))
                return a.first.gvk > b.first.gvk;
            return a.first.gvk < b.first.gvk;
        }
        if (a.first.ns != b.first.ns)
            return a.first.ns < b.first.ns;
        return a.first.name < b.first.name;
    });
    List sorted;
    sorted.reserve(list.size());
    for (auto &k : keyed)
        sorted.append(std::move(*k.second));
    list = std::move(sorted);
}

} // namespace Promenade::Kustomize
