#pragma once

#include "pipeline.h"
#include "pipelinestatus.h"
#include "promotionverdict.h"
#include "verdictjudge.h"

#include <QHash>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class DeclaredImageListModel;
class InfrastructureListModel;

// The environments of a pipeline in promotion order: the nodes of the pipeline graph.
// Each row owns the models of its nested lists (images, infrastructure), so that QML binds
// to one QAbstractListModel per list.
class EnvironmentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PipelineController")
    // The number of environments (the graph's columns are stages, which may hold several).
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        StageRole, // 1-based stage of the pipeline's DAG (parallel environments share one)
        ClustersRole, // QStringList
        PromotionRole, // "commit" or "pull-request"
        AppsOverlayRole,
        InfrastructureOverlayRole,
        ImagesRole, // DeclaredImageListModel*
        InfrastructureRole, // InfrastructureListModel*
        ProblemRole,
        IsLastRole,
        // What could be promoted into this environment from the previous one: a list of
        // {app, from, fromVersion, toVersion, ready, reason, verdict, sentence} (the edge's
        // content), from the promotion verdicts (VerdictJudge) the cards show too.
        CandidatesRole,
        UpstreamRole, // the environment promotions into this one come from
    };
    Q_ENUM(Role)

    explicit EnvironmentListModel(QObject *parent = nullptr);

    void setEnvironments(const QList<Promenade::Environment> &environments);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    // Hands each environment's live status to its rows' nested models.
    void setStatus(const Promenade::PipelineStatus &status);
    // The same with its verdicts judged already (VerdictJudge::verdictsByEnvironment).
    void setStatus(const Promenade::PipelineStatus &status,
                   const Promenade::VerdictJudge::ByEnvironment &verdicts);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] QVariantList candidates(int row) const;
    // The row promotions into row come from (the first upstream), or -1.
    [[nodiscard]] int upstreamRow(int row) const;

    struct Row
    {
        Promenade::Environment environment;
        Promenade::EnvironmentStatus status;
        DeclaredImageListModel *images = nullptr;
        InfrastructureListModel *infrastructure = nullptr;
    };
    QList<Row> m_rows;
    // The promotion verdicts per environment and app: of the live status, or before one came
    // of what the environments declare.
    QHash<QString, QHash<QString, Promenade::PromotionVerdict>> m_verdicts;
    // candidates(row) as last made: every stage column of the graph reads each row's, and a
    // row of hundreds of apps is costly to make (emptied when the rows or the verdicts change).
    mutable QHash<int, QVariantList> m_candidates;
    void judge(const Promenade::PipelineStatus &status);
};
