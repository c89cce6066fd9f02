#pragma once

#include "pipeline.h"
#include "pipelinestatus.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

// The infrastructure lane of one environment: the components its overlay declares
// (cert-manager, issuers) and, once the clusters answered, their state — a chart's Application
// synced and healthy or not, issuers ready or not, and each certificate with its state and expiry
// (one needing attention says so).
class InfrastructureListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by EnvironmentListModel")

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        VersionRole,
        KindRole,
        StateRole, // "" (unknown), "ok", "warning" or "failed"
        DetailRole, // "expires in 6 days (25 Nov)", "not ready: …"
        // A chart the upstream environment pins at another version: that environment and the
        // version (empty otherwise), offered for promotion on the card.
        PromoteFromRole,
        PromoteVersionRole,
    };
    Q_ENUM(Role)

    // A certificate this close to its expiry is called out.
    static constexpr int expiryWarningDays = 14;

    explicit InfrastructureListModel(QObject *parent = nullptr);

    void setComponents(const QList<Promenade::InfrastructureComponent> &components);
    // The upstream environment's components: a chart it pins at another version can be promoted.
    void setUpstream(const QString &environment,
                     const QList<Promenade::InfrastructureComponent> &components);
    // Issuers' readiness and the certificates of the environment's clusters; `now` for tests.
    void setStatus(const Promenade::EnvironmentStatus &status,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString name;
        QString version;
        QString kind;
        QString state;
        QString detail;
        QString promoteFrom;
        QString promoteVersion;
    };
    void rebuild();
    // A Helm chart's sync and health from its Application (nothing while Argo CD is not known).
    void chartState(const Promenade::InfrastructureComponent &component, Row &row) const;

    QList<Promenade::InfrastructureComponent> m_components;
    QString m_upstream;
    QList<Promenade::InfrastructureComponent> m_upstreamComponents;
    Promenade::EnvironmentStatus m_status;
    QDateTime m_now;
    QList<Row> m_rows;
};
