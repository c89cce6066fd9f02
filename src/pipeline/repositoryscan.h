#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Promenade {

// One bounded walk of a repository's work tree, the input of discovery: its folders (for
// ApplicationSet git generators and layout conventions), the folders holding a kustomization,
// and the YAML files that hold deployment manifests (Argo CD, Flux, Kargo, cluster Secrets),
// found by a cheap byte check before anything is parsed. Dot folders, symlinks and anything
// that is not a regular file are skipped; files over the size cap are not read. Blocking I/O.
class RepositoryScan
{
public:
    static constexpr qint64 maxManifestBytes = 2 * 1024 * 1024;
    static constexpr int maxEntries = 200000;

    static RepositoryScan scan(const QString &root);

    QString root; // absolute, clean
    QStringList directories; // relative to root, sorted; the root itself is not listed
    QSet<QString>
        kustomizationDirs; // relative folders holding kustomization.yaml/.yml/Kustomization
    QSet<QString> helmChartDirs; // relative folders holding Chart.yaml
    QStringList manifestFiles; // relative YAML files that mention a deployment manifest's API group
    QStringList warnings; // files skipped for their size, a walk cut short, ...

    [[nodiscard]] bool hasDirectory(const QString &relative) const;

private:
    QSet<QString> m_directorySet;
};

} // namespace Promenade
