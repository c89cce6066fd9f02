#include "appmatrixmodel.h"

#include "mutabletag.h"
#include "verdictjudge.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {

// Whether two statuses of one cell would show differently (what the roles read).
bool sameStatus(const Promenade::AppStatus &a, const Promenade::AppStatus &b)
{
    return a.runningKnown == b.runningKnown && a.runningVersion == b.runningVersion
        && a.sync == b.sync && a.health == b.health && a.healthMessage == b.healthMessage
        && a.lastSynced == b.lastSynced && a.operation == b.operation
        && a.argoApplication == b.argoApplication && a.behind == b.behind && a.drift == b.drift
        && a.problems == b.problems && a.newestTag == b.newestTag
        && a.availableKnown == b.availableKnown && a.mutableTagWarning == b.mutableTagWarning;
}

bool sameDeclared(const Promenade::DeclaredImage &a, const Promenade::DeclaredImage &b)
{
    return a.repository == b.repository && a.tag == b.tag && a.digest == b.digest
        && a.pinned == b.pinned;
}

QString declaredVersion(const Promenade::DeclaredImage &image)
{
    return image.tag.isEmpty() ? image.version() : image.tag;
}

// The matrix's rows: the apps (declared or deployed), case-insensitively sorted, then the
// infrastructure lane's Helm charts (cert-manager), each a row promoted like an app (the card
// offers the same). *charts: the chart rows alone.
QStringList matrixRows(const Promenade::Pipeline &pipeline, QStringList *charts)
{
    QStringList apps;
    for (const Promenade::App &app : pipeline.apps)
        apps << app.name;
    for (const Promenade::Environment &env : pipeline.environments) {
        for (const Promenade::DeclaredImage &image : env.images) {
            if (!apps.contains(image.app))
                apps << image.app;
        }
    }
    std::sort(apps.begin(), apps.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    apps.removeDuplicates();
    for (const Promenade::Environment &env : pipeline.environments) {
        for (const Promenade::InfrastructureComponent &c : env.infrastructure) {
            if (c.kind == u"Helm chart" && !apps.contains(c.name) && !charts->contains(c.name))
                *charts << c.name;
        }
    }
    std::sort(charts->begin(), charts->end());
    return apps;
}

} // namespace

AppMatrixModel::AppMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AppMatrixModel::setPipeline(const Promenade::Pipeline &pipeline)
{
    QStringList charts;
    QStringList apps = matrixRows(pipeline, &charts);
    const qsizetype appRows = apps.size();
    apps << charts;
    QList<Column> environments;
    for (const Promenade::Environment &env : pipeline.environments)
        environments.append({env.name, env.promotion, env.problem, -1});
    // Parallel environments (production regions) are promoted from their upstream, not from the
    // column beside them.
    for (Column &column : environments) {
        const QStringList upstream = pipeline.upstreamOf(column.name);
        for (qsizetype e = 0; e < environments.size() && !upstream.isEmpty(); ++e) {
            if (environments[e].name == upstream.first())
                column.upstream = static_cast<int>(e);
        }
    }

    QList<Cell> cells(apps.size() * environments.size());
    for (qsizetype e = 0; e < environments.size(); ++e) {
        QHash<QString, const Promenade::DeclaredImage *> declared;
        for (const Promenade::DeclaredImage &image : pipeline.environments[e].images)
            declared.insert(image.app, &image);
        for (qsizetype row = 0; row < appRows; ++row) {
            Cell &c = cells[row * environments.size() + e];
            if (const Promenade::DeclaredImage *image = declared.value(apps[row])) {
                c.deployed = true;
                c.declared = *image;
            }
        }
        for (const Promenade::InfrastructureComponent &component :
             pipeline.environments[e].infrastructure) {
            const qsizetype row = apps.indexOf(component.name, appRows);
            if (component.kind != u"Helm chart" || row < 0)
                continue;
            Cell &c = cells[row * environments.size() + e];
            c.chart = true;
            c.deployed = true;
            c.declared.app = component.name;
            c.declared.repository = component.repository;
            c.declared.tag = component.version;
            c.declared.pin = component.pin;
            c.declared.pinned = component.pin.isSet();
            c.declared.chart = component.name;
            c.declared.chartVersion = component.version;
            c.declared.chartPin = component.pin;
        }
    }
    // A chart the upstream environment pins at another version can be promoted (as on the
    // card): no live status needed, the gates judge the rest.
    for (qsizetype e = 0; e < environments.size(); ++e) {
        if (environments[e].upstream < 0)
            continue;
        for (qsizetype row = appRows; row < apps.size(); ++row) {
            Cell &c = cells[row * environments.size() + e];
            const Cell &up = cells[row * environments.size() + environments[e].upstream];
            if (c.deployed && up.deployed && !c.declared.tag.isEmpty() && !up.declared.tag.isEmpty()
                && up.declared.tag != c.declared.tag)
                c.chartPromoteVersion = up.declared.tag;
        }
    }

    bool sameShape = apps == m_apps && environments.size() == m_environments.size();
    for (qsizetype e = 0; sameShape && e < environments.size(); ++e)
        sameShape = environments[e].name == m_environments[e].name;
    if (!sameShape) {
        beginResetModel();
        m_chartCount = static_cast<int>(charts.size());
        m_apps = apps;
        m_environments = environments;
        m_cells = cells;
        endResetModel();
        Q_EMIT shapeChanged();
        updateReadyCount();
        return;
    }

    // The same apps and environments (the repository read again after a commit): the live
    // status stays until the next one arrives; only what is declared changes.
    QList<bool> changed(apps.size(), false);
    for (qsizetype e = 0; e < environments.size(); ++e) {
        if (environments[e].promotion != m_environments[e].promotion
            || environments[e].problem != m_environments[e].problem)
            changed.fill(true);
    }
    m_environments = environments;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        Cell &c = m_cells[i];
        const Cell &n = cells[i];
        if (c.deployed == n.deployed && sameDeclared(c.declared, n.declared)
            && c.chartPromoteVersion == n.chartPromoteVersion)
            continue;
        c.deployed = n.deployed;
        c.declared = n.declared;
        c.chart = n.chart;
        c.chartPromoteVersion = n.chartPromoteVersion;
        changed[i / environments.size()] = true;
    }
    emitChangedRows(changed);
    updateReadyCount();
}

void AppMatrixModel::setStatus(const Promenade::PipelineStatus &status)
{
    setStatus(status, Promenade::VerdictJudge(status).verdictsByEnvironment());
}

void AppMatrixModel::setStatus(const Promenade::PipelineStatus &status,
                               const Promenade::VerdictJudge::ByEnvironment &verdicts)
{
    QList<bool> changed(m_apps.size(), false);
    for (qsizetype e = 0; e < m_environments.size(); ++e) {
        const QHash<QString, Promenade::PromotionVerdict> environmentVerdicts
            = verdicts.value(m_environments[e].name);
        QHash<QString, const Promenade::AppStatus *> byApp;
        QHash<QString, const Promenade::AppStatus *> byChart;
        if (const Promenade::EnvironmentStatus *env = status.environment(m_environments[e].name)) {
            for (const Promenade::AppStatus &a : env->apps)
                byApp.insert(a.app, &a);
            for (const Promenade::AppStatus &a : env->charts)
                byChart.insert(a.app, &a);
        }
        for (qsizetype row = 0; row < m_apps.size(); ++row) {
            Cell &c = cell(static_cast<int>(row), static_cast<int>(e));
            const Promenade::AppStatus *s
                = c.chart ? byChart.value(m_apps[row]) : byApp.value(m_apps[row]);
            if (!s) {
                if (c.hasStatus) {
                    c.hasStatus = false;
                    c.status = {};
                    c.verdict = {};
                    changed[row] = true;
                }
                continue;
            }
            // A chart's readiness is its pin's (chartPromoteVersion), not an image verdict.
            Promenade::PromotionVerdict verdict
                = c.chart ? Promenade::PromotionVerdict() : environmentVerdicts.value(m_apps[row]);
            if (c.hasStatus && sameStatus(c.status, *s) && c.verdict.kind == verdict.kind
                && c.verdict.sentence == verdict.sentence)
                continue;
            c.hasStatus = true;
            c.status = *s;
            c.verdict = std::move(verdict);
            changed[row] = true;
        }
    }
    emitChangedRows(changed);
    updateReadyCount();
}

void AppMatrixModel::emitChangedRows(const QList<bool> &changedRows)
{
    if (m_environments.isEmpty())
        return;
    const int lastColumn = environmentCount() - 1;
    for (qsizetype row = 0; row < changedRows.size();) {
        if (!changedRows[row]) {
            ++row;
            continue;
        }
        qsizetype end = row;
        while (end + 1 < changedRows.size() && changedRows[end + 1])
            ++end;
        Q_EMIT dataChanged(index(static_cast<int>(row), 0),
                           index(static_cast<int>(end), lastColumn));
        row = end + 1;
    }
}

void AppMatrixModel::updateReadyCount()
{
    const int ready = static_cast<int>(std::count_if(
        m_cells.cbegin(), m_cells.cend(), [this](const Cell &c) { return readyToPromote(c); }));
    if (ready == m_readyCount)
        return;
    m_readyCount = ready;
    Q_EMIT readyCountChanged();
}

QString AppMatrixModel::environmentAt(int column) const
{
    return column >= 0 && column < m_environments.size() ? m_environments.at(column).name
                                                         : QString();
}

bool AppMatrixModel::readyToPromote(const Cell &c) const
{
    if (c.chart)
        return c.deployed && !c.chartPromoteVersion.isEmpty();
    // The same verdict as the pipeline cards, edges, gates and drawings (VerdictJudge).
    return c.deployed && c.hasStatus && c.verdict.ready();
}

Promenade::PromotionVerdict AppMatrixModel::verdictAt(int row, int column) const
{
    if (row < 0 || row >= appCount() || column < 0 || column >= environmentCount())
        return {};
    const Cell &c = cell(row, column);
    return c.deployed && c.hasStatus ? c.verdict : Promenade::PromotionVerdict();
}

bool AppMatrixModel::isReady(int row, int column) const
{
    return row >= 0 && row < appCount() && column >= 0 && column < environmentCount()
        && readyToPromote(cell(row, column));
}

QString AppMatrixModel::promoteVersion(int row, int column) const
{
    if (column < 0 || column >= m_environments.size() || m_environments.at(column).upstream < 0)
        return {};
    const Cell &previous = cell(row, m_environments.at(column).upstream);
    return previous.deployed ? declaredVersion(previous.declared) : QString();
}

QStringList AppMatrixModel::cellStates(int row, int column) const
{
    QStringList states;
    if (row < 0 || row >= appCount() || column < 0 || column >= environmentCount())
        return states;
    const Cell &c = cell(row, column);
    if (c.chart && readyToPromote(c) && !c.hasStatus)
        return {QStringLiteral("ready")}; // a chart's readiness needs no live status
    if (!c.deployed || !c.hasStatus)
        return states;
    const Promenade::AppStatus &s = c.status;
    if (s.runningKnown && s.sync != u"Synced")
        states << QStringLiteral("outOfSync");
    if (s.runningKnown && (s.health == u"Degraded" || s.health == u"Missing"))
        states << QStringLiteral("degraded");
    if (readyToPromote(c))
        states << QStringLiteral("ready");
    else if (c.verdict.kind == Promenade::PromotionVerdict::Kind::Blocked)
        states << QStringLiteral("blocked");
    const bool runsOther = s.runningKnown && !s.runningVersion.isEmpty()
        && s.runningVersion.section(u'@', 0, 0) != declaredVersion(c.declared);
    if (!s.drift.isEmpty() || runsOther)
        states << QStringLiteral("drift");
    return states;
}

bool AppMatrixModel::rowHasState(int row, const QString &state) const
{
    if (state.isEmpty())
        return true;
    for (int column = 0; column < environmentCount(); ++column) {
        if (cellStates(row, column).contains(state))
            return true;
    }
    return false;
}

int AppMatrixModel::appsWithState(const QString &state) const
{
    int count = 0;
    for (int row = 0; row < appCount(); ++row)
        count += rowHasState(row, state) ? 1 : 0;
    return count;
}

int AppMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : appCount();
}

int AppMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : environmentCount();
}

QVariant AppMatrixModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    const int column = index.column();
    const Cell &c = cell(row, column);
    const Promenade::AppStatus &s = c.status;
    const bool known = c.hasStatus && s.runningKnown;
    switch (role) {
    case AppRole:
        return m_apps.at(row);
    case ChartRole:
        return c.chart;
    case EnvironmentRole:
        return m_environments.at(column).name;
    case DeployedRole:
        return c.deployed;
    case Qt::DisplayRole:
    case DeclaredVersionRole:
        return c.deployed ? declaredVersion(c.declared) : QString();
    case RepositoryRole:
        return c.declared.repository;
    case PinnedRole:
        return c.declared.pinned;
    case StatusKnownRole:
        return known;
    case RunningVersionRole:
        return known ? s.runningVersion.section(u'@', 0, 0) : QString();
    case SyncRole:
        return known ? s.sync : QString();
    case HealthRole:
        return known ? s.health : QString();
    case LastSyncRole:
        return known ? s.lastSynced : QDateTime();
    case DriftRole:
        return c.hasStatus ? s.drift.join(u'\n') : QString();
    case StatesRole:
        return cellStates(row, column);
    case NewestTagRole:
        return c.hasStatus && s.availableKnown && s.newestTag != c.declared.tag ? s.newestTag
                                                                                : QString();
    case ReadyToPromoteRole:
        return readyToPromote(c);
    case VerdictRole:
        return c.chart ? (readyToPromote(c) ? QStringLiteral("ready") : QString())
                       : verdictAt(row, column).word();
    case VerdictTextRole:
        return c.chart && readyToPromote(c)
            ? tr("%1 pins %2 %3")
                  .arg(m_environments.at(m_environments.at(column).upstream).name, m_apps.at(row),
                       c.chartPromoteVersion)
            : verdictAt(row, column).sentence;
    case PromoteFromRole:
        return m_environments.at(column).upstream >= 0
            ? m_environments.at(m_environments.at(column).upstream).name
            : QString();
    case PromoteVersionRole:
        return readyToPromote(c) ? promoteVersion(row, column) : QString();
    case PromotionRole:
        return m_environments.at(column).promotion == Promenade::PromotionMode::PullRequest
            ? QStringLiteral("pull-request")
            : QStringLiteral("commit");
    case ProblemRole: {
        QStringList problems = c.hasStatus ? s.problems : QStringList();
        if (!m_environments.at(column).problem.isEmpty())
            problems << m_environments.at(column).problem;
        return problems.join(u'\n');
    }
    case Qt::ToolTipRole:
    case DetailRole:
        return detail(row, column);
    case MutableTagRole:
        return c.deployed && !c.mutableTagWarning().isEmpty();
    case MutableTagWarningRole:
        return c.deployed ? c.mutableTagWarning() : QString();
    default:
        return {};
    }
}

QString AppMatrixModel::Cell::mutableTagWarning() const
{
    // The live status knows about moved tags; without it, the tag's name tells.
    if (hasStatus)
        return status.mutableTagWarning;
    if (declared.pin.kind == Promenade::VersionPin::Kind::ChartVersion)
        return {};
    return Promenade::MutableTag::warning(declared.tag, declared.digest);
}

QString AppMatrixModel::detail(int row, int column) const
{
    const Cell &c = cell(row, column);
    const Promenade::AppStatus &s = c.status;
    const QString &env = m_environments.at(column).name;
    QStringList lines {tr("%1 in %2").arg(m_apps.at(row), env)};
    if (!c.deployed) {
        lines << tr("%1's overlays do not deploy this app").arg(env);
        return lines.join(u'\n');
    }
    const QString version = declaredVersion(c.declared);
    if (c.chart) {
        lines << tr("Helm chart %1 (%2)")
                     .arg(version.isEmpty() ? tr("no version") : version,
                          c.declared.repository.isEmpty() ? tr("repository not known")
                                                          : c.declared.repository);
        if (c.hasStatus && s.runningKnown)
            lines << tr("Argo CD: %1 · %2 · %3").arg(s.runningVersion, s.sync, s.health);
        else
            lines << tr("Argo CD: not reported (yet)");
        if (c.hasStatus && !s.healthMessage.isEmpty())
            lines << s.healthMessage;
        if (readyToPromote(c))
            lines << tr("Click or press Enter to promote %1 from %2")
                         .arg(c.chartPromoteVersion,
                              m_environments.at(m_environments.at(column).upstream).name);
        if (!m_environments.at(column).problem.isEmpty())
            lines << m_environments.at(column).problem;
        return lines.join(u'\n');
    }
    lines << (c.declared.pinned
                  ? tr("Declared: %1 (%2)")
                        .arg(version.isEmpty() ? tr("no tag") : version, c.declared.repository)
                  : tr("Declared: %1 from the base (%2, not pinned by the overlay)")
                        .arg(version.isEmpty() ? tr("no tag") : version, c.declared.repository));
    if (c.hasStatus && s.runningKnown) {
        lines << tr("Running: %1 · %2 · %3")
                     .arg(s.runningVersion.section(u'@', 0, 0), s.sync, s.health);
        if (!s.healthMessage.isEmpty())
            lines << s.healthMessage;
        if (s.lastSynced.isValid())
            lines << tr("Last sync: %1")
                         .arg(QLocale().toString(s.lastSynced.toLocalTime(), QLocale::ShortFormat));
    } else if (c.hasStatus) {
        lines << tr("Running: not reported by Argo CD");
    } else {
        lines << tr("Running: no live status (yet)");
    }
    if (c.hasStatus && s.availableKnown) {
        lines << (s.newestTag.isEmpty() || s.newestTag == c.declared.tag
                      ? tr("Available: the declared tag is the newest in the registry")
                      : tr("Available: %1 is the newest tag in the registry").arg(s.newestTag));
    }
    if (c.hasStatus && c.verdict.kind != Promenade::PromotionVerdict::Kind::UpToDate
        && c.verdict.kind != Promenade::PromotionVerdict::Kind::Drift)
        lines << c.verdict.sentence;
    if (readyToPromote(c)) {
        const bool pullRequest
            = m_environments.at(column).promotion == Promenade::PromotionMode::PullRequest;
        lines << (pullRequest
                      ? tr("Click or press Enter to promote %1 from %2 (opens a pull request)")
                      : tr("Click or press Enter to promote %1 from %2 (direct commit)"))
                     .arg(promoteVersion(row, column),
                          m_environments.at(m_environments.at(column).upstream).name);
    }
    if (const QString warning = c.mutableTagWarning(); !warning.isEmpty())
        lines << u"⚠ " + warning;
    if (c.hasStatus) {
        for (const QString &d : s.drift)
            lines << u"⚠ " + d;
        for (const QString &p : s.problems)
            lines << p;
    }
    if (!m_environments.at(column).problem.isEmpty())
        lines << m_environments.at(column).problem;
    return lines.join(u'\n');
}

QVariant AppMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_environments.size()
            ? QVariant(m_environments.at(section).name)
            : QVariant();
    return section >= 0 && section < m_apps.size() ? QVariant(m_apps.at(section)) : QVariant();
}

QHash<int, QByteArray> AppMatrixModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {AppRole, "app"},
            {ChartRole, "chart"},
            {EnvironmentRole, "environment"},
            {DeployedRole, "deployed"},
            {DeclaredVersionRole, "declaredVersion"},
            {RepositoryRole, "repository"},
            {PinnedRole, "pinned"},
            {StatusKnownRole, "statusKnown"},
            {RunningVersionRole, "runningVersion"},
            {SyncRole, "sync"},
            {HealthRole, "health"},
            {LastSyncRole, "lastSync"},
            {DriftRole, "drift"},
            {NewestTagRole, "newestTag"},
            {ReadyToPromoteRole, "readyToPromote"},
            {PromoteFromRole, "promoteFrom"},
            {PromoteVersionRole, "promoteVersion"},
            {PromotionRole, "promotion"},
            {ProblemRole, "problem"},
            {DetailRole, "detail"},
            {StatesRole, "states"},
            {MutableTagRole, "mutableTag"},
            {MutableTagWarningRole, "mutableTagWarning"},
            {VerdictRole, "verdict"},
            {VerdictTextRole, "verdictText"}};
}
