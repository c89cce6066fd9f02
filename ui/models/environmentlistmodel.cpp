#include "environmentlistmodel.h"

#include "declaredimagelistmodel.h"
#include "infrastructurelistmodel.h"

EnvironmentListModel::EnvironmentListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EnvironmentListModel::setEnvironments(const QList<Promenade::Environment> &environments)
{
    beginResetModel();
    // The nested models die with their rows; QML's delegates are reset with the model first.
    for (Row &row : m_rows) {
        row.images->deleteLater();
        row.infrastructure->deleteLater();
    }
    m_rows.clear();
    for (const Promenade::Environment &env : environments) {
        Row row{env, new DeclaredImageListModel(this), new InfrastructureListModel(this)};
        row.images->setImages(env.images);
        row.infrastructure->setComponents(env.infrastructure);
        m_rows.append(row);
    }
    endResetModel();
}

void EnvironmentListModel::setStatus(const Promenade::PipelineStatus &status)
{
    for (Row &row : m_rows) {
        const Promenade::EnvironmentStatus *env = status.environment(row.environment.name);
        row.images->setStatus(env ? env->apps : QList<Promenade::AppStatus>());
    }
}

int EnvironmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant EnvironmentListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Promenade::Environment &env = row.environment;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return env.name;
    case StageRole:
        return index.row() + 1;
    case ClustersRole:
        return env.clusters;
    case PromotionRole:
        return env.promotion == Promenade::PromotionMode::PullRequest ? QStringLiteral("pull-request")
                                                                       : QStringLiteral("commit");
    case AppsOverlayRole:
        return env.appsOverlay.isEmpty() ? env.appOverlays.join(QStringLiteral(", ")) : env.appsOverlay;
    case InfrastructureOverlayRole:
        return env.infrastructureOverlay;
    case ImagesRole:
        return QVariant::fromValue<QObject *>(row.images);
    case InfrastructureRole:
        return QVariant::fromValue<QObject *>(row.infrastructure);
    case ProblemRole:
        return env.problem;
    case IsLastRole:
        return index.row() == m_rows.size() - 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> EnvironmentListModel::roleNames() const
{
    return {{NameRole, "name"},
            {StageRole, "stage"},
            {ClustersRole, "clusters"},
            {PromotionRole, "promotion"},
            {AppsOverlayRole, "appsOverlay"},
            {InfrastructureOverlayRole, "infrastructureOverlay"},
            {ImagesRole, "images"},
            {InfrastructureRole, "infrastructure"},
            {ProblemRole, "problem"},
            {IsLastRole, "isLast"}};
}
