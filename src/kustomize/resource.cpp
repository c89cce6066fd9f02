#include "resource.h"

namespace Promenade::Kustomize {

Resource::Resource(YamlNode document, QString file)
    : m_document(std::move(document))
    , m_file(std::move(file))
{
    m_originalName = name();
    m_originalNamespace = nameSpace();
}

QByteArray Resource::group() const
{
    const QByteArray av = apiVersion();
    const int slash = av.indexOf('/');
    return slash < 0 ? QByteArray() : av.left(slash);
}

QByteArray Resource::version() const
{
    const QByteArray av = apiVersion();
    const int slash = av.indexOf('/');
    return slash < 0 ? av : av.mid(slash + 1);
}

bool Resource::isClusterScopedType(const QByteArray &apiVersion, const QByteArray &kind)
{
    // kustomize asks its built-in OpenAPI schema (Kubernetes 1.21.2) whether a type is certainly
    // cluster-scoped; a type the schema does not hold is namespaced. Checked against kubectl
    // kustomize v5.5.0 type by type.
    struct Type
    {
        const char *apiVersion;
        const char *kind;
    };
    static const Type types[] = {
        {"v1", "Namespace"},
        {"v1", "Node"},
        {"v1", "PersistentVolume"},
        {"v1", "ComponentStatus"},
        {"apiregistration.k8s.io/v1", "APIService"},
        {"apiregistration.k8s.io/v1beta1", "APIService"},
        {"apiextensions.k8s.io/v1", "CustomResourceDefinition"},
        {"apiextensions.k8s.io/v1beta1", "CustomResourceDefinition"},
        {"rbac.authorization.k8s.io/v1", "ClusterRole"},
        {"rbac.authorization.k8s.io/v1", "ClusterRoleBinding"},
        {"rbac.authorization.k8s.io/v1beta1", "ClusterRole"},
        {"rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding"},
        {"admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"},
        {"admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"},
        {"admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration"},
        {"admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration"},
        {"storage.k8s.io/v1", "StorageClass"},
        {"storage.k8s.io/v1", "CSIDriver"},
        {"storage.k8s.io/v1", "CSINode"},
        {"storage.k8s.io/v1", "VolumeAttachment"},
        {"storage.k8s.io/v1beta1", "StorageClass"},
        {"storage.k8s.io/v1beta1", "CSIDriver"},
        {"storage.k8s.io/v1beta1", "CSINode"},
        {"storage.k8s.io/v1beta1", "VolumeAttachment"},
        {"scheduling.k8s.io/v1", "PriorityClass"},
        {"scheduling.k8s.io/v1beta1", "PriorityClass"},
        {"policy/v1beta1", "PodSecurityPolicy"},
        {"networking.k8s.io/v1", "IngressClass"},
        {"networking.k8s.io/v1beta1", "IngressClass"},
        {"node.k8s.io/v1", "RuntimeClass"},
        {"node.k8s.io/v1beta1", "RuntimeClass"},
        {"certificates.k8s.io/v1", "CertificateSigningRequest"},
        {"certificates.k8s.io/v1beta1", "CertificateSigningRequest"},
        {"flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema"},
        {"flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration"},
    };
    for (const Type &t : types) {
        if (kind == t.kind && apiVersion == t.apiVersion)
            return true;
    }
    return false;
}

void Resource::setName(const QByteArray &newName)
{
    const QByteArray old = name();
    if (old == newName)
        return;
    m_previousNames.append(old);
    m_previousNamespaces.append(nameSpace());
    m_document.ensureMap("metadata").set("name", YamlNode::string(newName));
}

void Resource::setNamespace(const QByteArray &ns)
{
    const QByteArray old = nameSpace();
    if (old == ns && m_document.at({"metadata", "namespace"}))
        return;
    m_previousNames.append(name());
    m_previousNamespaces.append(old);
    m_document.ensureMap("metadata").set("namespace", YamlNode::string(ns));
}

void Resource::setKind(const QByteArray &kind)
{
    m_document.set("kind", YamlNode::string(kind));
}

void Resource::storePreviousId()
{
    m_previousIds.append({name(), nameSpace(), kind()});
}

bool Resource::hadName(const QByteArray &n) const
{
    return n == name() || n == m_originalName || m_previousNames.contains(n);
}

bool Resource::hadNamespace(const QByteArray &ns) const
{
    auto effective = [](const QByteArray &v) {
        return v.isEmpty() ? QByteArrayLiteral("default") : v;
    };
    const QByteArray want = effective(ns);
    if (want == effective(nameSpace()) || want == effective(m_originalNamespace))
        return true;
    for (const QByteArray &p : m_previousNamespaces) {
        if (want == effective(p))
            return true;
    }
    return false;
}

QString Resource::idString() const
{
    QString s = QString::fromUtf8(apiVersion()) + u' ' + QString::fromUtf8(kind()) + u' '
        + QString::fromUtf8(name());
    if (!nameSpace().isEmpty())
        s += u" in namespace " + QString::fromUtf8(nameSpace());
    return s;
}

QByteArray Resource::currentIdKey() const
{
    QByteArray ns;
    if (!isClusterScoped()) {
        ns = nameSpace();
        if (ns.isEmpty())
            ns = QByteArrayLiteral("default");
    }
    return group() + '|' + version() + '|' + kind() + '|' + name() + '|' + ns;
}

bool Resource::sameCurrentId(const Resource &other) const
{
    auto effective = [](const Resource &r) -> QByteArray {
        if (r.isClusterScoped())
            return {};
        const QByteArray ns = r.nameSpace();
        return ns.isEmpty() ? QByteArrayLiteral("default") : ns;
    };
    return kind() == other.kind() && name() == other.name() && group() == other.group()
        && effective(*this) == effective(other);
}

} // namespace Promenade::Kustomize
