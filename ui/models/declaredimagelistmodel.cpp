#include "declaredimagelistmodel.h"

#include "mutabletag.h"

#include <QLocale>

DeclaredImageListModel::DeclaredImageListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void DeclaredImageListModel::setImages(const QList<Promenade::DeclaredImage> &images)
{
    beginResetModel();
    m_images = images;
    m_status = QList<Promenade::AppStatus>(images.size());
    m_verdicts = QList<Promenade::PromotionVerdict>(images.size());
    endResetModel();
}

void DeclaredImageListModel::setStatus(const QList<Promenade::AppStatus> &status,
                                       const QList<Promenade::PromotionVerdict> &verdicts)
{
    // Looked up, not searched: hundreds of apps in each environment (the last one of a name).
    QHash<QString, const Promenade::AppStatus *> statusByApp;
    for (const Promenade::AppStatus &s : status)
        statusByApp.insert(s.app, &s);
    QHash<QString, const Promenade::PromotionVerdict *> verdictByApp;
    for (const Promenade::PromotionVerdict &v : verdicts)
        verdictByApp.insert(v.app, &v);
    for (qsizetype row = 0; row < m_images.size(); ++row) {
        const Promenade::AppStatus *s = statusByApp.value(m_images[row].app);
        m_status[row] = s ? *s : Promenade::AppStatus();
        const Promenade::PromotionVerdict *v = verdictByApp.value(m_images[row].app);
        m_verdicts[row] = v ? *v : Promenade::PromotionVerdict();
    }
    if (!m_images.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int DeclaredImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_images.size());
}

QVariant DeclaredImageListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Promenade::DeclaredImage &image = m_images.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AppRole:
        return image.app;
    case RepositoryRole:
        return image.repository;
    case TagRole:
        return image.tag;
    case DigestRole:
        return image.digest;
    case VersionRole:
        return image.version();
    case PinnedRole:
        return image.pinned;
    case StatusKnownRole:
        return m_status.at(index.row()).runningKnown;
    case RunningVersionRole:
        return m_status.at(index.row()).runningVersion.section(u'@', 0, 0);
    case SyncRole:
        return m_status.at(index.row()).sync;
    case HealthRole:
        return m_status.at(index.row()).health;
    case DriftRole:
        return m_status.at(index.row()).drift.join(u'\n');
    case BehindRole:
        return m_status.at(index.row()).behind;
    case NewestTagRole:
        return m_status.at(index.row()).newestTag;
    case VerdictRole:
        return m_verdicts.at(index.row()).word();
    case VerdictTextRole:
        return m_verdicts.at(index.row()).sentence;
    case LastSyncRole: {
        const QDateTime synced = m_status.at(index.row()).lastSynced.toLocalTime();
        if (!synced.isValid())
            return QString();
        // Today: the time; earlier: the date, which is what tells a stale sync.
        return synced.date() == QDate::currentDate()
            ? QLocale().toString(synced.time(), QLocale::ShortFormat)
            : QLocale().toString(synced.date(), QLocale::ShortFormat);
    }
    case MutableTagRole:
        return !mutableTagWarning(index.row()).isEmpty();
    case MutableTagWarningRole:
        return mutableTagWarning(index.row());
    default:
        return {};
    }
}

QString DeclaredImageListModel::mutableTagWarning(int row) const
{
    const Promenade::AppStatus &status = m_status.at(row);
    if (!status.app.isEmpty()) // the live status knows about moved tags
        return status.mutableTagWarning;
    const Promenade::DeclaredImage &image = m_images.at(row);
    if (image.pin.kind == Promenade::VersionPin::Kind::ChartVersion)
        return {};
    return Promenade::MutableTag::warning(image.tag, image.digest);
}

QHash<int, QByteArray> DeclaredImageListModel::roleNames() const
{
    return {{AppRole, "app"},
            {RepositoryRole, "repository"},
            {TagRole, "tag"},
            {DigestRole, "digest"},
            {VersionRole, "version"},
            {PinnedRole, "pinned"},
            {StatusKnownRole, "statusKnown"},
            {RunningVersionRole, "runningVersion"},
            {SyncRole, "sync"},
            {HealthRole, "health"},
            {DriftRole, "drift"},
            {BehindRole, "behind"},
            {NewestTagRole, "newestTag"},
            {LastSyncRole, "lastSync"},
            {MutableTagRole, "mutableTag"},
            {MutableTagWarningRole, "mutableTagWarning"},
            {VerdictRole, "verdict"},
            {VerdictTextRole, "verdictText"}};
}
