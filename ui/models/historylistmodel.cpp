#include "historylistmodel.h"

#include <QLocale>
#include <QRegularExpression>

using Promenade::HistoryEntry;

namespace {
QString pinKey(const QString &app, const QString &environment)
{
    return app + u'\n' + environment;
}

// An entry that says what an overlay pins: the ones the timeline can roll back to.
bool pinsATag(const HistoryEntry &entry)
{
    return !entry.app.isEmpty() && !entry.toEnvironment.isEmpty() && !entry.tag.isEmpty();
}
} // namespace

HistoryListModel::HistoryListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void HistoryListModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_currentTags.clear();
    m_newest = QList<bool>(m_entries.size(), false);
    // Newest first: the first pin seen of an app and environment is what its overlay pins now.
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const HistoryEntry &entry = m_entries.at(i);
        if (!pinsATag(entry))
            continue;
        const QString key = pinKey(entry.app, entry.toEnvironment);
        if (m_currentTags.contains(key))
            continue;
        m_currentTags.insert(key, entry.tag);
        m_newest[i] = true;
    }
    rebuildRows();
    endResetModel();
    Q_EMIT entriesChanged();
}

void HistoryListModel::setFilter(const QString &app, const QString &environment)
{
    if (m_app == app && m_environment == environment)
        return;
    beginResetModel();
    m_app = app;
    m_environment = environment;
    rebuildRows();
    endResetModel();
}

void HistoryListModel::setToday(const QDate &today)
{
    if (m_today == today)
        return;
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {DayRole});
}

QString HistoryListModel::currentTag(const QString &app, const QString &environment) const
{
    return m_currentTags.value(pinKey(app, environment));
}

bool HistoryListModel::accepts(const HistoryEntry &entry) const
{
    if (!m_app.isEmpty() && entry.app != m_app)
        return false;
    return m_environment.isEmpty() || entry.toEnvironment == m_environment
        || entry.fromEnvironment == m_environment;
}

void HistoryListModel::rebuildRows()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (accepts(m_entries.at(i)))
            m_rows.append(i);
    }
}

QString HistoryListModel::kindLabel(HistoryEntry::Kind kind)
{
    switch (kind) {
    case HistoryEntry::Kind::Promotion:
        return tr("Promotion", "kind of change");
    case HistoryEntry::Kind::SetImage:
        return tr("CI bump", "kind of change: CI set a new image tag");
    case HistoryEntry::Kind::ImageChange:
        return tr("Hand edit", "kind of change");
    case HistoryEntry::Kind::Revert:
        return tr("Revert", "kind of change: a Git revert");
    case HistoryEntry::Kind::Rollback:
        return tr("Rollback", "kind of change");
    }
    return {};
}

QString HistoryListModel::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

QString HistoryListModel::displayTime(const QDateTime &time)
{
    // The locale's short time, to the minute (some locales' short form carries seconds).
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time.toLocalTime().time(), format);
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype entryIndex = m_rows.at(index.row());
    const HistoryEntry &entry = m_entries.at(entryIndex);
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return entry.summary;
    case KindRole:
        return entry.kindName();
    case KindLabelRole:
        // Image Updater's write-back commits are the updater's, not a person's edit.
        if (entry.kind == HistoryEntry::Kind::ImageChange && entry.pinKind == u"image-updater")
            return tr("Image Updater", "kind of change: Argo CD Image Updater wrote a new tag");
        return kindLabel(entry.kind);
    case AppRole:
        return entry.app;
    case FromEnvironmentRole:
        return entry.fromEnvironment;
    case ToEnvironmentRole:
        return entry.toEnvironment;
    case ImageRole:
        return entry.image;
    case TagRole:
        return entry.tag;
    case DigestRole:
        return entry.digest;
    case PreviousTagRole:
        return entry.previousTag;
    case CommitRole:
        return entry.commitId;
    case ShortCommitRole:
        return entry.shortCommit();
    case AuthorRole:
        return entry.authorName;
    case AuthorEmailRole:
        return entry.authorEmail;
    case TimeRole:
        return entry.time;
    case DisplayTimeRole:
        return displayTime(entry.time);
    case DayRole:
        return dayLabel(entry.time.toLocalTime().date(),
                        m_today.isValid() ? m_today : QDate::currentDate());
    case RevertedRole:
        return entry.reverted;
    case RevertedByRole:
        return entry.revertedBy.left(7);
    case RevertsRole:
        return entry.reverts.left(7);
    case IsCurrentRole:
        // The newest pin alone: after a rollback, an older entry of the same tag is history.
        return pinsATag(entry) && m_newest.at(entryIndex);
    case CanRollBackRole:
        return pinsATag(entry) && !m_newest.at(entryIndex)
            && currentTag(entry.app, entry.toEnvironment) != entry.tag;
    case PinKindRole:
        return entry.pinKind;
    case PinKindLabelRole:
        return pinKindLabel(entry.pinKind);
    case FileRole:
        return entry.file;
    case MutableTagRole:
        return entry.mutableTag;
    case MutableTagWarningRole:
        return entry.mutableTagWarning;
    default:
        return {};
    }
}

QString HistoryListModel::pinKindLabel(const QString &pinKind)
{
    if (pinKind == u"kustomize-images")
        return tr("images: entry");
    if (pinKind == u"patch")
        return tr("patch");
    if (pinKind == u"manifest")
        return tr("manifest");
    if (pinKind == u"image-updater")
        return tr("Image Updater write-back");
    if (pinKind == u"application-override")
        return tr("Application override");
    if (pinKind == u"helm-values")
        return tr("Helm values");
    if (pinKind == u"chart-version")
        return tr("chart version");
    return {};
}

QHash<int, QByteArray> HistoryListModel::roleNames() const
{
    return {{KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {AppRole, "app"},
            {FromEnvironmentRole, "fromEnvironment"},
            {ToEnvironmentRole, "toEnvironment"},
            {ImageRole, "image"},
            {TagRole, "tag"},
            {DigestRole, "digest"},
            {PreviousTagRole, "previousTag"},
            {CommitRole, "commit"},
            {ShortCommitRole, "shortCommit"},
            {SummaryRole, "summary"},
            {AuthorRole, "author"},
            {AuthorEmailRole, "authorEmail"},
            {TimeRole, "time"},
            {DisplayTimeRole, "displayTime"},
            {DayRole, "day"},
            {RevertedRole, "reverted"},
            {RevertedByRole, "revertedBy"},
            {RevertsRole, "reverts"},
            {IsCurrentRole, "isCurrent"},
            {CanRollBackRole, "canRollBack"},
            {PinKindRole, "pinKind"},
            {PinKindLabelRole, "pinKindLabel"},
            {FileRole, "file"},
            {MutableTagRole, "mutableTag"},
            {MutableTagWarningRole, "mutableTagWarning"}};
}
