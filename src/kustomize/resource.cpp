#include "kustomize/resource.h"

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

bool Resource::isClusterScopedKind(const QByteArray &kind)
{
    static const char *const kinds[] = {"APIService",
                                        "CSIDriver",
                                        "CSINode",
                                        "CertificateSigningRequest",
                                        "ClusterRole",
                                        "ClusterRoleBinding",
                                        "ComponentStatus",
                                        "CustomResourceDefinition",
                                        "FlowSchema",
                                        "IngressClass",
                                        "MutatingWebhookConfiguration",
                                        "Namespace",
                                        "Node",
                                        "PersistentVolume",
                                        "PodSecurityPolicy",
                                        "PriorityClass",
                                        "PriorityLevelConfiguration",
                                        "RuntimeClass",
                                        "SelfSubjectAccessReview",
                                        "SelfSubjectRulesReview",
                                        "StorageClass",
                                        "SubjectAccessReview",
                                        "TokenReview",
                                        "ValidatingAdmissionPolicy",
                                        "ValidatingAdmissionPolicyBinding",
                                        "ValidatingWebhookConfiguration",
                                        "VolumeAttachment"};
    for (const char *k : kinds) {
        if (kind == k)
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
    return group() + '|' + kind() + '|' + name() + '|' + ns;
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
