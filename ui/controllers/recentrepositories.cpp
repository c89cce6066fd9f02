#include "recentrepositories.h"

#include "settingswriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace {
const auto recentKey = QStringLiteral("repositories/recent");

bool folderIsGone(const QString &path)
{
    return !QFileInfo(path).isDir();
}
} // namespace

RecentRepositories::RecentRepositories(QObject *parent)
    : QAbstractListModel(parent)
{
    load();
}

void RecentRepositories::load()
{
    SettingsWriter::waitForWrites(); // what another list saved last
    QSettings settings;
    const int size = settings.beginReadArray(recentKey);
    for (int i = 0; i < size && m_entries.size() < maxEntries; ++i) {
        settings.setArrayIndex(i);
        const QString path = settings.value(QStringLiteral("path")).toString();
        if (path.isEmpty()
            || std::any_of(m_entries.cbegin(), m_entries.cend(),
                           [&](const Entry &e) { return e.path == path; }))
            continue;
        const QDateTime opened = QDateTime::fromString(
            settings.value(QStringLiteral("opened")).toString(), Qt::ISODate);
        m_entries.append({path, opened, folderIsGone(path)});
    }
    settings.endArray();
}

// A readable list in the settings file: repositories/recent/1/path=…, …/opened=<ISO time>.
// Written on the settings writer's thread: opening a repository never waits for the disk.
void RecentRepositories::save() const
{
    SettingsWriter::write([entries = m_entries](QSettings &settings) {
        settings.remove(recentKey);
        settings.beginWriteArray(recentKey, static_cast<int>(entries.size()));
        for (int i = 0; i < entries.size(); ++i) {
            settings.setArrayIndex(i);
            settings.setValue(QStringLiteral("path"), entries.at(i).path);
            settings.setValue(QStringLiteral("opened"),
                              entries.at(i).lastOpened.toUTC().toString(Qt::ISODate));
        }
        settings.endArray();
    });
}

bool RecentRepositories::hasMissing() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return e.missing; });
}

QStringList RecentRepositories::paths() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.path;
    return out;
}

void RecentRepositories::add(const QString &pathIn)
{
    const QString path = QDir::cleanPath(pathIn);
    if (path.isEmpty())
        return;
    // Moved to the top: one save for the whole change.
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).path != path)
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend({path, QDateTime::currentDateTime(), folderIsGone(path)});
    endInsertRows();
    if (m_entries.size() > maxEntries) {
        beginRemoveRows({}, maxEntries, static_cast<int>(m_entries.size()) - 1);
        m_entries.resize(maxEntries);
        endRemoveRows();
    }
    save();
    Q_EMIT countChanged();
}

void RecentRepositories::removeRows(const std::function<bool(const Entry &)> &predicate)
{
    bool changed = false;
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (!predicate(m_entries.at(row)))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        changed = true;
    }
    if (changed) {
        save();
        Q_EMIT countChanged();
    }
}

void RecentRepositories::remove(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    removeRows([&](const Entry &e) { return e.path == clean; });
}

void RecentRepositories::removeMissing()
{
    refresh();
    removeRows([](const Entry &e) { return e.missing; });
}

void RecentRepositories::clear()
{
    removeRows([](const Entry &) { return true; });
}

void RecentRepositories::refresh()
{
    bool changed = false;
    for (int row = 0; row < m_entries.size(); ++row) {
        const bool missing = folderIsGone(m_entries.at(row).path);
        if (missing == m_entries.at(row).missing)
            continue;
        m_entries[row].missing = missing;
        Q_EMIT dataChanged(index(row), index(row), {MissingRole});
        changed = true;
    }
    if (changed)
        Q_EMIT countChanged(); // hasMissing
}

int RecentRepositories::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant RecentRepositories::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return QDir(e.path).dirName();
    case PathRole:
        return QDir::toNativeSeparators(e.path);
    case LastOpenedRole:
        return e.lastOpened;
    case LastOpenedTextRole: {
        if (!e.lastOpened.isValid())
            return QString();
        const QDateTime local = e.lastOpened.toLocalTime();
        const QLocale locale;
        if (local.date() == QDate::currentDate())
            return tr("today, %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
        if (local.date() == QDate::currentDate().addDays(-1))
            return tr("yesterday, %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
        return locale.toString(local.date(), QLocale::ShortFormat);
    }
    case MissingRole:
        return e.missing;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentRepositories::roleNames() const
{
    return {{NameRole, "name"},
            {PathRole, "path"},
            {LastOpenedRole, "lastOpened"},
            {LastOpenedTextRole, "lastOpenedText"},
            {MissingRole, "missing"}};
}
