#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace YAML {
class Node;
}

namespace Promenade {

// One entry of a kustomization's `images:` list.
struct ImageOverride
{
    QString name; // the match key (a repository, e.g. ghcr.io/acme/web)
    QString newName; // optional replacement repository
    QString newTag; // optional
    QString digest; // optional, "sha256:…"

    // The reference this entry pins, e.g. "ghcr.io/acme/web:1.4.2" or "…@sha256:…".
    [[nodiscard]] QString reference() const;
};

// The top-level fields of one kustomization file that repository discovery needs.
// Reading only: the renderer and the comment-preserving editor live beside it.
// Thread-safe to use from any thread (plain data once loaded).
class KustomizationFile
{
public:
    // The file names kustomize recognises, in its order of preference.
    static const QStringList &fileNames();
    // The kustomization file inside dir, or an empty string when there is none.
    static QString findIn(const QString &dir);

    // Loads the kustomization in dir. Errors name the file and, where known, the line.
    static Result<KustomizationFile> load(const QString &dir);

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &kind() const { return m_kind; }
    [[nodiscard]] const QString &nameSpace() const { return m_namespace; }
    [[nodiscard]] const QStringList &resources() const { return m_resources; }
    [[nodiscard]] const QStringList &components() const { return m_components; }
    [[nodiscard]] const QList<ImageOverride> &images() const { return m_images; }

private:
    static Result<KustomizationFile> parse(const QString &path, YAML::Node root);

    QString m_path;
    QString m_kind;
    QString m_namespace;
    QStringList m_resources; // resources: followed by the deprecated bases:
    QStringList m_components;
    QList<ImageOverride> m_images;
};

} // namespace Promenade
