#include "infrastructurelistmodel.h"

InfrastructureListModel::InfrastructureListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void InfrastructureListModel::setComponents(const QList<Promenade::InfrastructureComponent> &components)
{
    beginResetModel();
    m_components = components;
    endResetModel();
}

int InfrastructureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_components.size());
}

QVariant InfrastructureListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Promenade::InfrastructureComponent &c = m_components.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case VersionRole:
        return c.version;
    case KindRole:
        return c.kind;
    default:
        return {};
    }
}

QHash<int, QByteArray> InfrastructureListModel::roleNames() const
{
    return {{NameRole, "name"}, {VersionRole, "version"}, {KindRole, "kind"}};
}
