#pragma once

#include "pipeline.h"
#include "pipelinestatus.h"
#include "promotionverdict.h"
#include "verdictjudge.h"

#include <QAbstractTableModel>
#include <QtQml/qqmlregistration.h>

// The pipeline as a table for repositories with many apps: one row per app (sorted by name),
// then one per infrastructure Helm chart (cert-manager), one column per environment in
// promotion order; each cell is what that environment declares for that app and, once live
// status is in, what runs there and whether the previous environment has something newer
// (ready to promote). Header data names the apps (vertical) and the environments (horizontal).
//
// A new live status only changes data (dataChanged on the rows that changed), never resets,
// so that a view's scroll position and current cell survive the refresh every few seconds.
class AppMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PipelineController")

    Q_PROPERTY(int appCount READ appCount NOTIFY shapeChanged)
    Q_PROPERTY(int environmentCount READ environmentCount NOTIFY shapeChanged)
    // Of the rows (appCount), how many are infrastructure charts (the last ones).
    Q_PROPERTY(int chartCount READ chartCount NOTIFY shapeChanged)
    Q_PROPERTY(int readyCount READ readyCount NOTIFY readyCountChanged)

public:
    enum Role {
        AppRole = Qt::UserRole + 1,
        EnvironmentRole,
        DeployedRole, // the environment's overlays deploy this app at all
        DeclaredVersionRole, // the tag the overlay declares (or "@sha256:…" when only a digest)
        RepositoryRole,
        PinnedRole, // false: the overlay does not pin it, the base's tag is used
        StatusKnownRole, // Argo CD answered for this cell
        RunningVersionRole, // the tag Argo CD reports running
        SyncRole,
        HealthRole,
        LastSyncRole, // QDateTime, invalid when unknown
        DriftRole, // what needs attention, one sentence per line
        ReadyToPromoteRole, // the cell's promotion verdict is "ready" (see VerdictJudge)
        PromoteFromRole, // the previous environment's name (empty for the first)
        PromoteVersionRole, // the tag a promotion would bring (the previous environment's)
        PromotionRole, // how a promotion into this environment lands: "commit", "pull-request"
        ProblemRole, // what could not be known, and why
        DetailRole, // everything above as sentences, for a tooltip
        NewestTagRole, // available: the newest tag in the registry when it is not the declared one
        StatesRole, // the states the matrix filters by (cellStates), as a list of words
        MutableTagRole, // the declared tag is mutable (latest, a branch name, moved)
        MutableTagWarningRole, // why, in a sentence (empty otherwise)
        VerdictRole, // the promotion verdict as one word (PromotionVerdict::word)
        VerdictTextRole, // the promotion verdict's sentence
        // The row is an infrastructure Helm chart (cert-manager), not an app: its cells show
        // the version each environment pins and its Application's sync and health; it is ready
        // to promote where the upstream environment pins another version (as on the card).
        ChartRole,
    };
    Q_ENUM(Role)

    explicit AppMatrixModel(QObject *parent = nullptr);

    // A new repository (or the same one read again). When the apps and environments are the
    // same as before, only the cells change (dataChanged); otherwise the model resets.
    void setPipeline(const Promenade::Pipeline &pipeline);
    // The live status of every cell (matched by environment and app name).
    void setStatus(const Promenade::PipelineStatus &status);
    // The same with its verdicts judged already (VerdictJudge::verdictsByEnvironment).
    void setStatus(const Promenade::PipelineStatus &status,
                   const Promenade::VerdictJudge::ByEnvironment &verdicts);

    [[nodiscard]] int appCount() const { return static_cast<int>(m_apps.size()); }
    [[nodiscard]] int environmentCount() const { return static_cast<int>(m_environments.size()); }
    [[nodiscard]] int chartCount() const { return m_chartCount; }
    // Every ready cell, whatever a filter shows (AppMatrixFilterModel counts the rows it shows).
    [[nodiscard]] int readyCount() const { return m_readyCount; }
    // The promotion verdict of a cell (Unknown outside the matrix or without live status).
    [[nodiscard]] Promenade::PromotionVerdict verdictAt(int row, int column) const;
    [[nodiscard]] bool isReady(int row, int column) const;
    Q_INVOKABLE QString appAt(int row) const { return m_apps.value(row); }
    Q_INVOKABLE QString environmentAt(int column) const;
    // What a cell is, in the words the matrix's state filter uses: "outOfSync" (Argo CD says
    // not Synced), "degraded" (Degraded or Missing), "ready" (its promotion verdict is ready),
    // "blocked" (its verdict is blocked: there is a newer version but a gate stops it), "drift"
    // (what runs is not what is declared, or a warning).
    [[nodiscard]] QStringList cellStates(int row, int column) const;
    // Whether any cell of the row is in the state ("" matches every row).
    [[nodiscard]] bool rowHasState(int row, const QString &state) const;
    // How many apps have a cell in the state.
    Q_INVOKABLE int appsWithState(const QString &state) const;
    Q_INVOKABLE int rowOf(const QString &app) const
    {
        return static_cast<int>(m_apps.indexOf(app));
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void shapeChanged();
    void readyCountChanged();

private:
    struct Column
    {
        QString name;
        Promenade::PromotionMode promotion = Promenade::PromotionMode::Commit;
        QString problem;
        int upstream
            = -1; // the column promotions into this one come from (the DAG's first upstream)
    };
    struct Cell
    {
        [[nodiscard]] QString mutableTagWarning() const;

        bool deployed = false;
        bool chart = false; // an infrastructure chart's row
        QString chartPromoteVersion; // a chart's: the upstream's other version, else empty
        Promenade::DeclaredImage declared;
        bool hasStatus = false;
        Promenade::AppStatus status;
        Promenade::PromotionVerdict verdict; // VerdictJudge's, with the status
    };

    [[nodiscard]] const Cell &cell(int row, int column) const
    {
        return m_cells.at(row * m_environments.size() + column);
    }
    [[nodiscard]] Cell &cell(int row, int column)
    {
        return m_cells[row * m_environments.size() + column];
    }
    [[nodiscard]] bool readyToPromote(const Cell &c) const;
    [[nodiscard]] QString promoteVersion(int row, int column) const;
    [[nodiscard]] QString detail(int row, int column) const;
    // Emits dataChanged for each run of consecutive rows marked changed.
    void emitChangedRows(const QList<bool> &changedRows);
    void updateReadyCount();

    QStringList m_apps;
    QList<Column> m_environments;
    QList<Cell> m_cells; // row-major: m_apps.size() × m_environments.size()
    int m_readyCount = 0;
    int m_chartCount = 0;
};
