#pragma once

#include "yamlnode.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Promenade::Kustomize {

// One Kubernetes object in a render: its document plus what kustomize tracks about it — the
// file it came from, its original and previous names and namespaces (patches, replicas and
// name references match any of them), whether a generator made it (and whether its name
// gets the content hash), and the name prefixes/suffixes applied on the way up.
// A plain value type; not shared between threads while being transformed.
class Resource
{
public:
    Resource() = default;
    Resource(YamlNode document, QString file);

    [[nodiscard]] const YamlNode &document() const { return m_document; }
    YamlNode &document() { return m_document; }

    [[nodiscard]] QByteArray apiVersion() const { return m_document.textAt({"apiVersion"}); }
    [[nodiscard]] QByteArray group() const;
    [[nodiscard]] QByteArray version() const;
    [[nodiscard]] QByteArray kind() const { return m_document.textAt({"kind"}); }
    [[nodiscard]] QByteArray name() const { return m_document.textAt({"metadata", "name"}); }
    [[nodiscard]] QByteArray nameSpace() const
    {
        return m_document.textAt({"metadata", "namespace"});
    }
    // True for the types kustomize knows to be cluster-scoped: its built-in OpenAPI schema
    // (Kubernetes 1.21) by apiVersion and kind, so `Namespace` in another group, a newer
    // version or a custom resource is namespaced, as kustomize treats it.
    [[nodiscard]] bool isClusterScoped() const { return isClusterScopedType(apiVersion(), kind()); }
    static bool isClusterScopedType(const QByteArray &apiVersion, const QByteArray &kind);

    // Changes the name or namespace. The previous id is kept only by storePreviousId(), which
    // the transformers call where kustomize does (namespace, prefix, suffix, hash, patches that
    // may rename): name references and "any previous id" matching depend on exactly that list.
    void setName(const QByteArray &name);
    void setNamespace(const QByteArray &ns);
    void setKind(const QByteArray &kind);
    void storePreviousId();

    // One id the resource had before (kustomize's PrevIds): name, namespace and kind.
    struct PreviousId
    {
        QByteArray name;
        QByteArray nameSpace;
        QByteArray kind;
    };
    [[nodiscard]] const QList<PreviousId> &previousIds() const { return m_previousIds; }

    [[nodiscard]] const QByteArray &originalName() const { return m_originalName; }
    [[nodiscard]] const QByteArray &originalNamespace() const { return m_originalNamespace; }
    // Every name the resource had before its current one (oldest first), whether or not stored
    // as a previous id (patches, replicas and generators match any of them).
    [[nodiscard]] const QList<QByteArray> &previousNames() const { return m_previousNames; }
    [[nodiscard]] const QList<QByteArray> &previousNamespaces() const
    {
        return m_previousNamespaces;
    }
    [[nodiscard]] bool hadName(const QByteArray &name) const;
    [[nodiscard]] bool hadNamespace(const QByteArray &ns) const;

    [[nodiscard]] const QString &file() const { return m_file; }
    [[nodiscard]] int line() const { return m_document.line(); }

    [[nodiscard]] bool isGenerated() const { return m_generated; }
    [[nodiscard]] bool needsHashSuffix() const { return m_needsHash; }
    void setGenerated(bool generated, bool needsHash)
    {
        m_generated = generated;
        m_needsHash = needsHash;
    }
    void addPrefix(const QByteArray &p) { m_prefixes.append(p); }
    void addSuffix(const QByteArray &s) { m_suffixes.append(s); }
    [[nodiscard]] const QList<QByteArray> &prefixes() const { return m_prefixes; }
    [[nodiscard]] const QList<QByteArray> &suffixes() const { return m_suffixes; }

    // "Kind name.namespace" style id for messages, e.g. "apps/v1 Deployment web (ns web)".
    [[nodiscard]] QString idString() const;
    // The same id (apiVersion, kind, name, namespace) as another resource, "default" and no
    // namespace being one.
    [[nodiscard]] bool sameCurrentId(const Resource &other) const;
    // A key equal for resources with the same current id (for hashing).
    [[nodiscard]] QByteArray currentIdKey() const;

private:
    YamlNode m_document;
    QString m_file;
    QByteArray m_originalName;
    QByteArray m_originalNamespace;
    QList<QByteArray> m_previousNames;
    QList<QByteArray> m_previousNamespaces;
    QList<PreviousId> m_previousIds;
    QList<QByteArray> m_prefixes;
    QList<QByteArray> m_suffixes;
    bool m_generated = false;
    bool m_needsHash = false;
};

} // namespace Promenade::Kustomize
