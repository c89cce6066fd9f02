#pragma once

#include "endpointtruststore.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

// The endpoints the user trusts with credentials for the open repository (and for every
// repository), as the settings' endpoint page lists them, each with a way to revoke it.
class TrustedEndpointModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SettingsController")

public:
    enum Role {
        ServiceRole = Qt::UserRole + 1, // "Argo CD", "GitHub", "Registry"
        UrlRole, // the endpoint
        OriginRole, // "confirmed" or "settings"
        RepositoryRole, // the repository's path, or "*" for every repository
        TrustedAtRole, // when (local time, short)
    };
    Q_ENUM(Role)

    explicit TrustedEndpointModel(QObject *parent = nullptr);

    void setEntries(const QList<Promenade::Clients::EndpointTrustStore::Entry> &entries);
    [[nodiscard]] const QList<Promenade::Clients::EndpointTrustStore::Entry> &entries() const
    {
        return m_entries;
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Promenade::Clients::EndpointTrustStore::Entry> m_entries;
};
