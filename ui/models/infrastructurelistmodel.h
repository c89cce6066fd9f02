#pragma once

#include "pipeline/pipeline.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The infrastructure lane of one environment: components (cert-manager) and issuers.
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
    };
    Q_ENUM(Role)

    explicit InfrastructureListModel(QObject *parent = nullptr);

    void setComponents(const QList<Promenade::InfrastructureComponent> &components);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Promenade::InfrastructureComponent> m_components;
};
