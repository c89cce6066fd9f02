#include "historycontroller.h"

#include "logging.h"
#include "promotionhistory.h"

#include <QMap>
#include <QSet>
#include <QTimer>

#include <algorithm>

using Promenade::HistoryEntry;

HistoryController::HistoryController(QObject *parent)
    : QObject(parent)
    , m_model(new HistoryListModel(this))
    , m_startTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    m_startTimer->setInterval(0);
    connect(m_startTimer, &QTimer::timeout, this, &HistoryController::start);
}

HistoryController::~HistoryController()
{
    m_load.waitForFinished();
}

void HistoryController::setRepositoryPath(const QString &path)
{
    if (m_repositoryPath == path)
        return;
    m_repositoryPath = path;
    Q_EMIT repositoryPathChanged();
    // What is shown belongs to the old repository: clear it rather than show it under the new name.
    m_loaded = false;
    apply({}, {});
    reload();
}

void HistoryController::setAppFilter(const QString &app)
{
    if (m_appFilter == app)
        return;
    m_appFilter = app;
    m_model->setFilter(m_appFilter, m_environmentFilter);
    Q_EMIT filterChanged();
}

void HistoryController::setEnvironmentFilter(const QString &environment)
{
    if (m_environmentFilter == environment)
        return;
    m_environmentFilter = environment;
    m_model->setFilter(m_appFilter, m_environmentFilter);
    Q_EMIT filterChanged();
}

void HistoryController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_stale)
        reload();
}

void HistoryController::reload()
{
    if (m_repositoryPath.isEmpty()) {
        m_startTimer->stop();
        m_load.cancel();
        m_stale = false;
        setLoading(false);
        return;
    }
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    setLoading(true); // at once, so that nobody reads the old history as the answer
    m_startTimer->start();
}

void HistoryController::start()
{
    setLoading(true);
    const QString path = m_repositoryPath;
    // A newer request wins: the older result is dropped when it arrives.
    m_load.start(
        [path] {
            // The repository is opened on this thread; the filters apply later, in the model.
            return std::make_shared<Outcome>(Promenade::PromotionHistory::load(path));
        },
        [this](const std::shared_ptr<Outcome> &outcome) { finish(*outcome); });
}

void HistoryController::finish(const Outcome &outcome)
{
    setLoading(false);
    m_loaded = true;
    if (!outcome) {
        qCWarning(lcUi).noquote() << "cannot read the history:" << outcome.error().toString();
        apply({}, outcome.error().toString());
        return;
    }
    apply(*outcome, {});
}

void HistoryController::apply(const QList<HistoryEntry> &entries, const QString &error)
{
    QSet<QString> apps;
    for (const HistoryEntry &entry : entries) {
        if (!entry.app.isEmpty())
            apps.insert(entry.app);
    }
    m_apps = QStringList(apps.cbegin(), apps.cend());
    std::sort(m_apps.begin(), m_apps.end());
    m_environments = environmentsInPromotionOrder(entries);
    m_errorString = error;

    // A filter on something this history no longer names would hide everything silently.
    bool filterReset = false;
    if (!m_appFilter.isEmpty() && !entries.isEmpty() && !m_apps.contains(m_appFilter)) {
        m_appFilter.clear();
        filterReset = true;
    }
    if (!m_environmentFilter.isEmpty() && !entries.isEmpty()
        && !m_environments.contains(m_environmentFilter)) {
        m_environmentFilter.clear();
        filterReset = true;
    }
    m_model->setFilter(m_appFilter, m_environmentFilter);
    m_model->setEntries(entries);
    Q_EMIT historyChanged();
    if (filterReset)
        Q_EMIT filterChanged();
}

QStringList HistoryController::environmentsInPromotionOrder(const QList<HistoryEntry> &entries)
{
    // Kahn's topological sort over the promotions' from → to edges, by name among equals.
    QMap<QString, QSet<QString>> next; // sorted by name
    QMap<QString, int> incoming;
    for (const HistoryEntry &entry : entries) {
        for (const QString &name : {entry.fromEnvironment, entry.toEnvironment}) {
            if (!name.isEmpty() && !incoming.contains(name))
                incoming.insert(name, 0);
        }
        if (entry.fromEnvironment.isEmpty() || entry.toEnvironment.isEmpty()
            || entry.fromEnvironment == entry.toEnvironment)
            continue;
        if (!next[entry.fromEnvironment].contains(entry.toEnvironment)) {
            next[entry.fromEnvironment].insert(entry.toEnvironment);
            ++incoming[entry.toEnvironment];
        }
    }
    QStringList ordered;
    while (!incoming.isEmpty()) {
        QString ready;
        for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
            if (it.value() == 0) {
                ready = it.key();
                break;
            }
        }
        if (ready.isEmpty())
            ready = incoming.firstKey(); // a cycle (promotions back and forth): break it by name
        incoming.remove(ready);
        ordered.append(ready);
        for (const QString &target : next.value(ready)) {
            if (incoming.contains(target))
                --incoming[target];
        }
    }
    return ordered;
}

void HistoryController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}
