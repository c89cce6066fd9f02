#include "declaredimagelistmodel.h"

DeclaredImageListModel::DeclaredImageListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DeclaredImageListModel::setImages(const QList<Promenade::DeclaredImage> &images)
{
    beginResetModel();
    m_images = images;
    endResetModel();
}

int DeclaredImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_images.size());
}

QVariant DeclaredImageListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Promenade::DeclaredImage &image = m_images.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AppRole:
        return image.app;
    case RepositoryRole:
        return image.repository;
    case TagRole:
        return image.tag;
    case DigestRole:
        return image.digest;
    case VersionRole:
        return image.version();
    case PinnedRole:
        return image.pinned;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeclaredImageListModel::roleNames() const
{
    return {{AppRole, "app"},         {RepositoryRole, "repository"}, {TagRole, "tag"},
            {DigestRole, "digest"},   {VersionRole, "version"},       {PinnedRole, "pinned"}};
}
