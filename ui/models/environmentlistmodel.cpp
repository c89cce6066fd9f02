#include "environmentlistmodel.h"

#include "declaredimagelistmodel.h"
#include "infrastructurelistmodel.h"
#include "verdictjudge.h"

#include <algorithm>

EnvironmentListModel::EnvironmentListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void EnvironmentListModel::setEnvironments(const QList<Promenade::Environment> &environments)
{
    beginResetModel();
    m_candidates.clear();
    // The nested models die with their rows; QML's delegates are reset with the model first.
    for (Row &row : m_rows) {
        row.images->deleteLater();
        row.infrastructure->deleteLater();
    }
    m_rows.clear();
    // Environments without stages (a pipeline built by hand): a chain in list order.
    const bool staged = std::any_of(environments.cbegin(), environments.cend(),
                                    [](const Promenade::Environment &e) { return e.stage > 0; });
    for (const Promenade::Environment &given : environments) {
        Promenade::Environment env = given;
        if (!staged)
            env.stage = static_cast<int>(m_rows.size());
        Row row {env, {}, new DeclaredImageListModel(this), new InfrastructureListModel(this)};
        row.images->setImages(env.images);
        row.infrastructure->setComponents(env.infrastructure);
        m_rows.append(row);
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const int source = upstreamRow(static_cast<int>(i));
        if (source >= 0)
            m_rows[i].infrastructure->setUpstream(m_rows.at(source).environment.name,
                                                  m_rows.at(source).environment.infrastructure);
    }
    // Before any live status: the verdicts of what is declared (what runs is not known).
    Promenade::PipelineStatus declared;
    for (const Row &row : std::as_const(m_rows))
        declared.environments << Promenade::EnvironmentStatus::declaredBy(row.environment);
    judge(declared);
    endResetModel();
    Q_EMIT countChanged();
}

void EnvironmentListModel::judge(const Promenade::PipelineStatus &status)
{
    m_verdicts.clear();
    m_candidates.clear();
    const Promenade::VerdictJudge judge(status);
    for (const Promenade::PromotionVerdict &v : judge.verdicts())
        m_verdicts[v.environment].insert(v.app, v);
}

void EnvironmentListModel::setStatus(const Promenade::PipelineStatus &status)
{
    setStatus(status, Promenade::VerdictJudge(status).verdictsByEnvironment());
}

void EnvironmentListModel::setStatus(const Promenade::PipelineStatus &status,
                                     const Promenade::VerdictJudge::ByEnvironment &verdicts)
{
    m_verdicts = verdicts;
    m_candidates.clear();
    for (Row &row : m_rows) {
        const Promenade::EnvironmentStatus *env = status.environment(row.environment.name);
        const QHash<QString, Promenade::PromotionVerdict> verdicts
            = m_verdicts.value(row.environment.name);
        row.images->setStatus(env ? env->apps : QList<Promenade::AppStatus>(), verdicts.values());
        row.status = env ? *env : Promenade::EnvironmentStatus();
        row.infrastructure->setStatus(row.status);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1), {CandidatesRole});
}

int EnvironmentListModel::upstreamRow(int row) const
{
    // The DAG's first upstream; without one, the previous stage's first environment.
    const Promenade::Environment &env = m_rows.at(row).environment;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Promenade::Environment &other = m_rows.at(i).environment;
        if (env.upstream.isEmpty() ? other.stage == env.stage - 1
                                   : other.name == env.upstream.first())
            return static_cast<int>(i);
    }
    return -1;
}

QVariantList EnvironmentListModel::candidates(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    if (const auto cached = m_candidates.constFind(row); cached != m_candidates.cend())
        return *cached;
    const int sourceRow = upstreamRow(row);
    if (sourceRow < 0)
        return {};
    const Row &source = m_rows.at(sourceRow);
    const Row &target = m_rows.at(row);
    QVariantList list;
    const QHash<QString, Promenade::PromotionVerdict> verdicts
        = m_verdicts.value(target.environment.name);
    for (const Promenade::DeclaredImage &image : source.environment.images) {
        // The edge says what the card says: the promotion verdict (VerdictJudge).
        const auto v = verdicts.constFind(image.app);
        if (v == verdicts.cend() || !v->hasCandidate() || v->from != source.environment.name)
            continue;
        list.append(QVariantMap {{QStringLiteral("app"), image.app},
                                 {QStringLiteral("from"), v->from},
                                 {QStringLiteral("fromVersion"), v->fromVersion},
                                 {QStringLiteral("toVersion"), v->toVersion},
                                 {QStringLiteral("ready"), v->ready()},
                                 {QStringLiteral("reason"), v->reason},
                                 {QStringLiteral("verdict"), v->word()},
                                 {QStringLiteral("sentence"), v->sentence}});
    }
    m_candidates.insert(row, list);
    return list;
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
        return env.stage + 1;
    case UpstreamRole:
        return index.row() >= 0 && upstreamRow(index.row()) >= 0
            ? m_rows.at(upstreamRow(index.row())).environment.name
            : QString();
    case ClustersRole:
        return env.clusters;
    case PromotionRole:
        return env.promotion == Promenade::PromotionMode::PullRequest
            ? QStringLiteral("pull-request")
            : QStringLiteral("commit");
    case AppsOverlayRole:
        return env.appsOverlay.isEmpty() ? env.appOverlays.join(QStringLiteral(", "))
                                         : env.appsOverlay;
    case InfrastructureOverlayRole:
        return env.infrastructureOverlay;
    case ImagesRole:
        return QVariant::fromValue<QObject *>(row.images);
    case InfrastructureRole:
        return QVariant::fromValue<QObject *>(row.infrastructure);
    case ProblemRole:
        return env.problem;
    case IsLastRole:
        return m_rows.isEmpty() || env.stage == m_rows.last().environment.stage;
    case CandidatesRole:
        return candidates(index.row());
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
            {IsLastRole, "isLast"},
            {UpstreamRole, "upstream"},
            {CandidatesRole, "candidates"}};
}
