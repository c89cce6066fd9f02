#include "repositoryscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Promenade {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryDiscovery)
};

// Folders that never hold a GitOps repository's own manifests.
bool skippedFolder(const QString &name)
{
    return name.startsWith(u'.') || name == u"node_modules" || name == u"vendor";
}

bool mentionsDeploymentManifest(const QByteArray &bytes)
{
    // "kind: Application" too: a malformed Application without its apiVersion is still worth a
    // warning.
    return bytes.contains("argoproj.io") || bytes.contains("fluxcd.io")
        || bytes.contains("kargo.akuity.io") || bytes.contains("kind: Application");
}

} // namespace

bool RepositoryScan::hasDirectory(const QString &relative) const
{
    return m_directorySet.contains(relative);
}

RepositoryScan RepositoryScan::scan(const QString &rootPath)
{
    RepositoryScan scan;
    scan.root = QDir::cleanPath(QDir(rootPath).absolutePath());
    QStringList pending {QString()};
    int entries = 0;
    while (!pending.isEmpty()) {
        const QString relative = pending.takeLast();
        const QDir dir(relative.isEmpty() ? scan.root : scan.root + u'/' + relative);
        // No symlinks at all: a link may lead out of the repository or into a device.
        const QFileInfoList list = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot
                                                         | QDir::Hidden | QDir::NoSymLinks,
                                                     QDir::Name);
        for (const QFileInfo &info : list) {
            if (++entries > maxEntries) {
                scan.warnings << Tr::tr("the repository has more than %1 files and folders; "
                                        "discovery read the first %1")
                                     .arg(maxEntries);
                pending.clear();
                break;
            }
            const QString name = info.fileName();
            const QString child = relative.isEmpty() ? name : relative + u'/' + name;
            if (info.isDir()) {
                if (skippedFolder(name))
                    continue;
                scan.directories << child;
                pending << child;
                continue;
            }
            if (!info.isFile())
                continue; // devices, FIFOs, sockets
            if (name == u"kustomization.yaml" || name == u"kustomization.yml"
                || name == u"Kustomization") {
                scan.kustomizationDirs.insert(relative);
                continue;
            }
            if (name == u"Chart.yaml") {
                scan.helmChartDirs.insert(relative);
                continue;
            }
            if (name.startsWith(u'.') || !(name.endsWith(u".yaml") || name.endsWith(u".yml")))
                continue;
            if (info.size() > maxManifestBytes) {
                scan.warnings << Tr::tr("%1 is larger than %2 MiB and was not read")
                                     .arg(child)
                                     .arg(maxManifestBytes / (1024 * 1024));
                continue;
            }
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // The API group is written at a document's top: the head of each file is enough, except
            // for a multi-document file, whose later documents are looked at too (cheaply, in
            // bulk).
            const QByteArray head = file.read(64 * 1024);
            if (mentionsDeploymentManifest(head)
                || (!file.atEnd() && mentionsDeploymentManifest(file.read(maxManifestBytes))))
                scan.manifestFiles << child;
        }
    }
    std::sort(scan.directories.begin(), scan.directories.end());
    std::sort(scan.manifestFiles.begin(), scan.manifestFiles.end());
    scan.m_directorySet = QSet<QString>(scan.directories.cbegin(), scan.directories.cend());
    return scan;
}

} // namespace Promenade
