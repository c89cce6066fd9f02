#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The repositories opened lately, newest first, at most maxEntries, kept in QSettings
// ("repositories/recent") so that the welcome panel and the "Open Recent" menu offer them
// after a restart. A folder that no longer exists stays listed but marked missing, so the user
// sees what happened and removes it (a moved folder on an unplugged disk may come back).
class RecentRepositories : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool hasMissing READ hasMissing NOTIFY countChanged)

public:
    static constexpr int maxEntries = 10;

    enum Role {
        NameRole = Qt::UserRole + 1, // the folder's name
        PathRole,
        LastOpenedRole, // QDateTime
        LastOpenedTextRole, // "today, 14:02", "12 Mar 2025"
        MissingRole, // the folder is gone
    };
    Q_ENUM(Role)

    explicit RecentRepositories(QObject *parent = nullptr);

    [[nodiscard]] int count() const { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] bool hasMissing() const;
    [[nodiscard]] QStringList paths() const;

    // Puts path first (now), dropping the oldest beyond maxEntries; saved at once.
    Q_INVOKABLE void add(const QString &path);
    Q_INVOKABLE void remove(const QString &path);
    Q_INVOKABLE void removeMissing();
    Q_INVOKABLE void clear();
    // Looks again which folders exist (the window calls it when the list is shown).
    Q_INVOKABLE void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    struct Entry
    {
        QString path;
        QDateTime lastOpened;
        bool missing = false;
    };
    void load();
    void save() const;
    void removeRows(const std::function<bool(const Entry &)> &predicate);

    QList<Entry> m_entries;
};
