#include "kustomize/transformers.h"

#include "kustomize/generators.h"

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

// --- name references -------------------------------------------------------------------------

QByteArray effectiveNs(const QByteArray &ns)
{
    return ns.isEmpty() ? QByteArrayLiteral("default") : ns;
}

struct Referral
{
    const Resource *target = nullptr;
};

// Finds the one renamed resource of `kind` that `value` names, seen from referrer. nsWanted:
// the namespace the reference implies (empty: the referrer's own, when the kind is namespaced).
// The resources of each kind (name references look candidates up by kind), and the first
// ambiguity found (kustomize refuses to guess between several referrals).
struct NameRefContext
{
    QHash<QByteArray, QList<const Resource *>> byKind;
    std::optional<Error> error;
};

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

// Finds the one renamed resource of `kind` that `value` names, seen from referrer, with
// kustomize's sieve: previous names, namespace, then prefixes/suffixes; several referrals with
// different names are an error.
const Resource *findReferral(NameRefContext &index, const Resource &referrer,
                             const QByteArray &kind, const QByteArray &value,
                             const QByteArray *explicitNs)
{
    QList<const Resource *> candidates;
    for (const Resource *cp : index.byKind.value(kind)) {
        const Resource &c = *cp;
        // kustomize looks only at previous names: an object never renamed is never a referral.
        if (!c.previousNames().contains(value))
            continue;
        if (!c.isClusterScoped()) {
            if (explicitNs) {
                if (!c.hadNamespace(*explicitNs))
                    continue;
            } else if (!referrer.isClusterScoped()
                       && effectiveNs(c.nameSpace()) != effectiveNs(referrer.nameSpace())) {
                continue;
            }
        }
        candidates.append(&c);
    }
    if (candidates.size() > 1) {
        QList<const Resource *> same;
        for (const Resource *c : candidates) {
            if (sameEnding(c->prefixes(), referrer.prefixes())
                && sameEnding(c->suffixes(), referrer.suffixes()))
                same.append(c);
        }
        candidates = same;
    }
    if (candidates.isEmpty())
        return nullptr;
    if (candidates.size() > 1) {
        for (const Resource *c : candidates) {
            if (c->name() != candidates.first()->name()) {
                if (!index.error) {
                    QStringList ids;
                    for (const Resource *x : candidates)
                        ids << x->idString();
                    Error e(Error::Kind::BadInput,
                            QStringLiteral(
                                "%1 refers to %2 \"%3\", and several objects could be meant: %4")
                                .arg(referrer.idString(), QString::fromUtf8(kind),
                                     QString::fromUtf8(value), ids.join(QStringLiteral("; "))));
                    e.at(referrer.file(), referrer.line());
                    index.error = e;
                }
                return nullptr;
            }
        }
    }
    return candidates.first();
}

void fixRef(NameRefContext &list, const Resource &referrer, YamlNode *field, const QByteArray &kind,
            YamlNode *nsField = nullptr)
{
    if (!field || !field->isString())
        return;
    QByteArray ns;
    const bool hasNs = nsField && nsField->isString();
    if (hasNs)
        ns = nsField->text();
    const Resource *target
        = findReferral(list, referrer, kind, field->text(), hasNs ? &ns : nullptr);
    if (!target)
        return;
    if (target->name() != field->text())
        *field = YamlNode::string(target->name(), field->line());
    if (hasNs && !target->nameSpace().isEmpty() && target->nameSpace() != ns)
        *nsField = YamlNode::string(target->nameSpace(), nsField->line());
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

void fixPodSpec(NameRefContext &list, const Resource &r, YamlNode *spec)
{
    if (!spec || !spec->isMap())
        return;
    fixRef(list, r, child(spec, "serviceAccountName"), "ServiceAccount");
    fixRef(list, r, child(spec, "priorityClassName"), "PriorityClass");
    eachItem(child(spec, "imagePullSecrets"),
             [&](YamlNode *s) { fixRef(list, r, child(s, "name"), "Secret"); });
    eachItem(child(spec, "volumes"), [&](YamlNode *v) {
        fixRef(list, r, child(child(v, "configMap"), "name"), "ConfigMap");
        fixRef(list, r, child(child(v, "secret"), "secretName"), "Secret");
        fixRef(list, r, child(child(v, "persistentVolumeClaim"), "claimName"),
               "PersistentVolumeClaim");
        fixRef(list, r, child(child(child(v, "csi"), "nodePublishSecretRef"), "name"), "Secret");
        fixRef(list, r, child(child(v, "azureFile"), "secretName"), "Secret");
        for (const char *k :
             {"cephfs", "rbd", "flexVolume", "iscsi", "scaleIO", "storageos", "cinder"})
            fixRef(list, r, child(child(child(v, k), "secretRef"), "name"), "Secret");
        eachItem(child(child(v, "projected"), "sources"), [&](YamlNode *s) {
            fixRef(list, r, child(child(s, "configMap"), "name"), "ConfigMap");
            fixRef(list, r, child(child(s, "secret"), "name"), "Secret");
        });
    });
    for (const char *containers : {"containers", "initContainers", "ephemeralContainers"}) {
        eachItem(child(spec, containers), [&](YamlNode *c) {
            eachItem(child(c, "env"), [&](YamlNode *e) {
                YamlNode *from = child(e, "valueFrom");
                fixRef(list, r, child(child(from, "configMapKeyRef"), "name"), "ConfigMap");
                fixRef(list, r, child(child(from, "secretKeyRef"), "name"), "Secret");
            });
            eachItem(child(c, "envFrom"), [&](YamlNode *e) {
                fixRef(list, r, child(child(e, "configMapRef"), "name"), "ConfigMap");
                fixRef(list, r, child(child(e, "secretRef"), "name"), "Secret");
            });
        });
    }
}

YamlNode *podSpecOf(Resource &r)
{
    YamlNode &d = r.document();
    const QByteArray kind = r.kind();
    auto path = [&](std::initializer_list<const char *> p) -> YamlNode * {
        YamlNode *n = &d;
        for (const char *k : p) {
            n = child(n, k);
            if (!n)
                return nullptr;
        }
        return n;
    };
    if (kind == "Pod")
        return path({"spec"});
    if (kind == "Deployment" || kind == "ReplicaSet" || kind == "DaemonSet" || kind == "StatefulSet"
        || kind == "Job" || kind == "ReplicationController" || kind == "PodTemplate")
        return kind == "PodTemplate" ? path({"template", "spec"})
                                     : path({"spec", "template", "spec"});
    if (kind == "CronJob")
        return path({"spec", "jobTemplate", "spec", "template", "spec"});
    return nullptr;
}

} // namespace

Status Transformers::setNamespace(List &list, const QByteArray &ns, const QString &file)
{
    if (ns.isEmpty())
        return {};
    for (Resource &r : list) {
        if (r.kind() == "Namespace") {
            r.setName(ns);
            continue;
        }
        if (!r.isClusterScoped())
            r.setNamespace(ns);
        if (r.kind() == "RoleBinding" || r.kind() == "ClusterRoleBinding") {
            eachItem(child(&r.document(), "subjects"), [&](YamlNode *s) {
                if (s->isMap() && s->textAt({"kind"}) == "ServiceAccount"
                    && s->textAt({"name"}) == "default")
                    s->set("namespace", YamlNode::string(ns));
            });
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
        const QByteArray kind = r.kind();
        if (kind == "CustomResourceDefinition" || kind == "APIService" || kind == "Namespace")
            continue;
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
        r.setName(r.name() + '-' + Generators::hash(r.document()));
    }
}

Status Transformers::fixNameReferences(List &list)
{
    // Only resources whose name changed can be referred to by an old name.
    bool anyRenamed = false;
    for (const Resource &r : list) {
        if (!r.previousNames().isEmpty()) {
            anyRenamed = true;
            break;
        }
    }
    if (!anyRenamed)
        return {};
    NameRefContext index;
    for (const Resource &r : list)
        index.byKind[r.kind()].append(&r);
    for (Resource &r : list) {
        const QByteArray kind = r.kind();
        YamlNode &d = r.document();
        if (YamlNode *pod = podSpecOf(r))
            fixPodSpec(index, r, pod);
        if (kind == "StatefulSet")
            fixRef(index, r, child(child(&d, "spec"), "serviceName"), "Service");
        if (kind == "Ingress") {
            YamlNode *spec = child(&d, "spec");
            fixRef(index, r, child(child(child(spec, "defaultBackend"), "service"), "name"),
                   "Service");
            fixRef(index, r, child(child(spec, "backend"), "serviceName"), "Service");
            fixRef(index, r, child(spec, "ingressClassName"), "IngressClass");
            eachItem(child(spec, "rules"), [&](YamlNode *rule) {
                eachItem(child(child(rule, "http"), "paths"), [&](YamlNode *p) {
                    fixRef(index, r, child(child(child(p, "backend"), "service"), "name"),
                           "Service");
                    fixRef(index, r, child(child(p, "backend"), "serviceName"), "Service");
                });
            });
            eachItem(child(spec, "tls"),
                     [&](YamlNode *t) { fixRef(index, r, child(t, "secretName"), "Secret"); });
        }
        if (kind == "ServiceAccount") {
            eachItem(child(&d, "secrets"),
                     [&](YamlNode *s) { fixRef(index, r, child(s, "name"), "Secret"); });
            eachItem(child(&d, "imagePullSecrets"),
                     [&](YamlNode *s) { fixRef(index, r, child(s, "name"), "Secret"); });
        }
        if (kind == "RoleBinding" || kind == "ClusterRoleBinding") {
            YamlNode *roleRef = child(&d, "roleRef");
            const QByteArray refKind = roleRef ? roleRef->textAt({"kind"}) : QByteArray();
            if (refKind == "Role" || refKind == "ClusterRole")
                fixRef(index, r, child(roleRef, "name"), refKind);
            eachItem(child(&d, "subjects"), [&](YamlNode *s) {
                if (!s->isMap() || s->textAt({"kind"}) != "ServiceAccount")
                    return;
                YamlNode *name = child(s, "name");
                YamlNode *ns = child(s, "namespace");
                if (!name || !name->isString())
                    return;
                const QByteArray nsText = ns && ns->isString() ? ns->text() : QByteArray();
                const Resource *target = findReferral(index, r, "ServiceAccount", name->text(),
                                                      ns ? &nsText : nullptr);
                if (!target)
                    return;
                // kustomize writes the service account's namespace into the subject.
                if (target->name() != name->text())
                    *name = YamlNode::string(target->name(), name->line());
                if (!target->nameSpace().isEmpty() && nsText != target->nameSpace())
                    s->set("namespace", YamlNode::string(target->nameSpace()));
            });
        }
        if (kind == "HorizontalPodAutoscaler") {
            YamlNode *ref = child(child(&d, "spec"), "scaleTargetRef");
            if (ref)
                fixRef(index, r, child(ref, "name"), ref->textAt({"kind"}));
        }
        if (kind == "PersistentVolumeClaim") {
            fixRef(index, r, child(child(&d, "spec"), "volumeName"), "PersistentVolume");
            fixRef(index, r, child(child(&d, "spec"), "storageClassName"), "StorageClass");
        }
        if (kind == "PersistentVolume") {
            fixRef(index, r, child(child(&d, "spec"), "storageClassName"), "StorageClass");
            YamlNode *claim = child(child(&d, "spec"), "claimRef");
            fixRef(index, r, child(claim, "name"), "PersistentVolumeClaim",
                   child(claim, "namespace"));
        }
        if (kind == "StatefulSet") {
            eachItem(child(child(&d, "spec"), "volumeClaimTemplates"), [&](YamlNode *t) {
                fixRef(index, r, child(child(t, "spec"), "storageClassName"), "StorageClass");
            });
        }
        if (kind == "ValidatingWebhookConfiguration" || kind == "MutatingWebhookConfiguration") {
            eachItem(child(&d, "webhooks"), [&](YamlNode *w) {
                YamlNode *svc = child(child(w, "clientConfig"), "service");
                fixRef(index, r, child(svc, "name"), "Service", child(svc, "namespace"));
            });
        }
        if (kind == "APIService") {
            YamlNode *svc = child(child(&d, "spec"), "service");
            fixRef(index, r, child(svc, "name"), "Service", child(svc, "namespace"));
        }
    }
    if (index.error)
        return *index.error;
    return {};
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
