#include "trustedendpointmodel.h"

#include <QLocale>

using Promenade::Clients::CredentialService;
using Promenade::Clients::EndpointTrustStore;

TrustedEndpointModel::TrustedEndpointModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TrustedEndpointModel::setEntries(const QList<EndpointTrustStore::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int TrustedEndpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TrustedEndpointModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const EndpointTrustStore::Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case UrlRole:
        return e.url;
    case ServiceRole:
        switch (e.service) {
        case CredentialService::ArgoCd:
            return QStringLiteral("Argo CD");
        case CredentialService::GitHub:
            return QStringLiteral("GitHub");
        case CredentialService::Registry:
            return tr("Registry", "a container image registry");
        }
        return {};
    case OriginRole:
        return e.origin == EndpointTrustStore::Origin::Settings ? QStringLiteral("settings")
                                                                : QStringLiteral("confirmed");
    case RepositoryRole:
        return e.repository;
    case TrustedAtRole:
        return e.trustedAt.isValid()
            ? QLocale().toString(e.trustedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> TrustedEndpointModel::roleNames() const
{
    return {{ServiceRole, "service"},
            {UrlRole, "url"},
            {OriginRole, "origin"},
            {RepositoryRole, "repository"},
            {TrustedAtRole, "trustedAt"}};
}
