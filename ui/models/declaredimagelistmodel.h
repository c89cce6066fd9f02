#pragma once

#include "pipeline/pipeline.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The images one environment's overlays declare, one row per app.
class DeclaredImageListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by EnvironmentListModel")

public:
    enum Role {
        AppRole = Qt::UserRole + 1,
        RepositoryRole,
        TagRole,
        DigestRole,
        VersionRole,
        PinnedRole,
    };
    Q_ENUM(Role)

    explicit DeclaredImageListModel(QObject *parent = nullptr);

    void setImages(const QList<Promenade::DeclaredImage> &images);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Promenade::DeclaredImage> m_images;
};
