#include "credentiallistmodel.h"

CredentialListModel::CredentialListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void CredentialListModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CredentialListModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

void CredentialListModel::update(const QString &key, const std::function<void(Row &)> &change)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    change(m_rows[row]);
    Q_EMIT dataChanged(index(row), index(row));
}

int CredentialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CredentialListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ServiceRole:
        return r.service;
    case EndpointRole:
        return r.endpoint;
    case KeyRole:
        return r.key;
    case SourceRole:
        return r.source;
    case StoredRole:
        return r.stored;
    case BusyRole:
        return r.busy;
    case MessageRole:
        return r.message;
    case HintRole:
        return r.hint;
    default:
        return {};
    }
}

QHash<int, QByteArray> CredentialListModel::roleNames() const
{
    return {{ServiceRole, "service"}, {EndpointRole, "endpoint"}, {KeyRole, "key"},
            {SourceRole, "source"},   {StoredRole, "stored"},     {BusyRole, "busy"},
            {MessageRole, "message"}, {HintRole, "hint"}};
}
