#pragma once

#include "pipeline.h"
#include "pipelinestatus.h"
#include "promotionverdict.h"

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
        StatusKnownRole, // Argo CD answered for this app
        RunningVersionRole,
        SyncRole,
        HealthRole,
        DriftRole, // what needs attention, one sentence per line
        BehindRole, // "development runs sha-…" when the previous environment is ahead
        NewestTagRole,
        LastSyncRole, // when Argo CD last synced it, short local time ("14:02", or a date)
        MutableTagRole, // the declared tag is mutable (latest, a branch name, moved)
        MutableTagWarningRole, // why, in a sentence (empty otherwise)
        VerdictRole, // the promotion verdict as one word (PromotionVerdict::word)
        VerdictTextRole, // its sentence (the card's promotion line)
    };
    Q_ENUM(Role)

    explicit DeclaredImageListModel(QObject *parent = nullptr);

    void setImages(const QList<Promenade::DeclaredImage> &images);
    // The live status of these apps (matched by app name); rows without one show none.
    // verdicts: the promotion verdicts of these apps in this environment (see VerdictJudge).
    void setStatus(const QList<Promenade::AppStatus> &status,
                   const QList<Promenade::PromotionVerdict> &verdicts = {});

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    // The live status's mutable-tag warning, else the declared tag's by its name.
    [[nodiscard]] QString mutableTagWarning(int row) const;

    QList<Promenade::DeclaredImage> m_images;
    QList<Promenade::AppStatus> m_status; // parallel to m_images (empty app: unknown)
    QList<Promenade::PromotionVerdict> m_verdicts; // parallel to m_images
};
