#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <map>

namespace Promenade::Git {

// The folders of a tree about to be written, from its files by path ("a/b/c.yaml"): files and
// subfolders by name. The files' bytes are pointed at, not copied: the map they came from
// outlives the writing. Shared by ObjectWriter and PackWriter.
struct FolderTree
{
    std::map<QByteArray, const QByteArray *> files;
    std::map<QByteArray, FolderTree> folders;

    static FolderTree of(const QMap<QString, QByteArray> &files)
    {
        FolderTree root;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QList<QByteArray> parts = it.key().toUtf8().split('/');
            FolderTree *folder = &root;
            for (qsizetype i = 0; i + 1 < parts.size(); ++i)
                folder = &folder->folders[parts[i]];
            folder->files[parts.last()] = &it.value();
        }
        return root;
    }
};

} // namespace Promenade::Git
