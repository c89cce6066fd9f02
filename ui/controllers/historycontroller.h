#pragma once

#include "backgroundwork.h"
#include "historylistmodel.h"
#include "result.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QTimer;

// The promotion history of a repository for the history view. Walking the Git history is
// blocking (and long on thousands of commits), so it runs on a worker thread; the model is
// filled on the GUI thread. A newer load supersedes one still running, and several reloads
// asked for in one turn of the event loop make one load. Filters apply to the loaded history
// without walking Git again.
class HistoryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString repositoryPath READ repositoryPath WRITE setRepositoryPath NOTIFY
                   repositoryPathChanged)
    Q_PROPERTY(QString appFilter READ appFilter WRITE setAppFilter NOTIFY filterChanged)
    Q_PROPERTY(QString environmentFilter READ environmentFilter WRITE setEnvironmentFilter NOTIFY
                   filterChanged)
    // For the pickers: every app, and every environment in promotion order, the history names.
    Q_PROPERTY(QStringList apps READ apps NOTIFY historyChanged)
    Q_PROPERTY(QStringList environments READ environments NOTIFY historyChanged)
    Q_PROPERTY(HistoryListModel *model READ model CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // True once a load has finished for the current repository (so "empty" means empty).
    Q_PROPERTY(bool loaded READ loaded NOTIFY historyChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY historyChanged)
    // While inactive (the view is hidden), a reload is remembered and done when it is shown.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit HistoryController(QObject *parent = nullptr);
    ~HistoryController() override;

    [[nodiscard]] QString repositoryPath() const { return m_repositoryPath; }
    void setRepositoryPath(const QString &path);
    [[nodiscard]] QString appFilter() const { return m_appFilter; }
    void setAppFilter(const QString &app);
    [[nodiscard]] QString environmentFilter() const { return m_environmentFilter; }
    void setEnvironmentFilter(const QString &environment);
    [[nodiscard]] QStringList apps() const { return m_apps; }
    [[nodiscard]] QStringList environments() const { return m_environments; }
    [[nodiscard]] HistoryListModel *model() const { return m_model; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);

    // Reads the history again (after a commit: a promotion, a pull).
    Q_INVOKABLE void reload();

    // Environments ordered by the promotions between them (development before staging before
    // production), then by name where the history does not tell.
    [[nodiscard]] static QStringList
    environmentsInPromotionOrder(const QList<Promenade::HistoryEntry> &entries);

Q_SIGNALS:
    void repositoryPathChanged();
    void filterChanged();
    void historyChanged();
    void loadingChanged();
    void activeChanged();

private:
    using Outcome = Promenade::Result<QList<Promenade::HistoryEntry>>;
    void start();
    void finish(const Outcome &outcome);
    void apply(const QList<Promenade::HistoryEntry> &entries, const QString &error);
    void setLoading(bool loading);

    QString m_repositoryPath;
    QString m_appFilter;
    QString m_environmentFilter;
    QStringList m_apps;
    QStringList m_environments;
    HistoryListModel *m_model;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_active = true;
    bool m_stale = false; // a reload was asked for while inactive
    QString m_errorString;
    QTimer *m_startTimer; // coalesces reloads asked for in one turn of the event loop
    LatestBackgroundJob<std::shared_ptr<Outcome>> m_load {this};
};
