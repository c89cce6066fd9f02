#pragma once

#include "historyentry.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// The rows of the history timeline: promotions, CI bumps, hand edits, reverts and rollbacks,
// newest first, optionally narrowed to one app and/or one environment. It keeps the whole
// history and filters it itself, so that what an environment pins now is known from the
// newest entry of each app and environment even when only part of the history is shown, and
// so that changing a filter never walks Git again.
class HistoryListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by HistoryController")

    Q_PROPERTY(int totalCount READ totalCount NOTIFY entriesChanged)

public:
    enum Role {
        KindRole
        = Qt::UserRole + 1, // "promotion", "set-image", "image-change", "revert", "rollback"
        KindLabelRole, // "Promotion", "CI bump", "Hand edit", "Revert", "Rollback"
        AppRole,
        FromEnvironmentRole, // promotions only; empty otherwise
        ToEnvironmentRole, // the environment whose overlay changed
        ImageRole,
        TagRole,
        DigestRole,
        PreviousTagRole,
        CommitRole, // the full id
        ShortCommitRole,
        SummaryRole,
        AuthorRole,
        AuthorEmailRole,
        TimeRole, // QDateTime
        DisplayTimeRole, // local time of day, e.g. "14:05"
        DayRole, // section header: "Today", "Yesterday" or the date
        RevertedRole,
        RevertedByRole, // short id of the commit that reverts this one
        RevertsRole, // short id of the commit this one undoes
        IsCurrentRole, // the tag is what the environment pins now
        CanRollBackRole, // an older pin of this app and environment, not the current one
        PinKindRole, // where the version is pinned: "kustomize-images", "patch", "helm-values"…
        PinKindLabelRole, // the same for a person: "images: entry", "patch", "Helm values"…
        FileRole, // the file whose pin changed (empty when only the trailers tell)
        MutableTagRole, // the tag names a moving target (latest, a branch name)
        MutableTagWarningRole, // why, in a sentence
    };
    Q_ENUM(Role)

    explicit HistoryListModel(QObject *parent = nullptr);

    // The whole history, newest first (as PromotionHistory::load gives it).
    void setEntries(const QList<Promenade::HistoryEntry> &entries);
    [[nodiscard]] const QList<Promenade::HistoryEntry> &entries() const { return m_entries; }
    // Rows shown: entries of this app (empty: all) touching this environment, as source or
    // target (empty: all).
    void setFilter(const QString &app, const QString &environment);

    // The day "Today" and "Yesterday" are counted from; the current date unless set (tests).
    void setToday(const QDate &today);

    // The tag that app's overlay in environment pins now (the newest entry), empty if unknown.
    [[nodiscard]] QString currentTag(const QString &app, const QString &environment) const;
    [[nodiscard]] int totalCount() const { return static_cast<int>(m_entries.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] static QString kindLabel(Promenade::HistoryEntry::Kind kind);
    // "images: entry", "patch", "manifest", "Image Updater", "Application override",
    // "Helm values", "chart version"; empty for an unknown form.
    [[nodiscard]] static QString pinKindLabel(const QString &pinKind);
    // The local time of day in the locale's short form, without seconds.
    [[nodiscard]] static QString displayTime(const QDateTime &time);
    // "Today", "Yesterday" or the date in the locale's long form.
    [[nodiscard]] static QString dayLabel(const QDate &day, const QDate &today);

Q_SIGNALS:
    void entriesChanged();

private:
    [[nodiscard]] bool accepts(const Promenade::HistoryEntry &entry) const;
    void rebuildRows();

    QList<Promenade::HistoryEntry> m_entries;
    QList<qsizetype> m_rows; // indices into m_entries that pass the filter
    QList<bool> m_newest; // per entry: the newest pin of its app and environment
    QHash<QString, QString> m_currentTags; // "app\nenvironment" → tag
    QString m_app;
    QString m_environment;
    QDate m_today;
};
