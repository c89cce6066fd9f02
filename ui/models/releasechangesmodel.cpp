#include "releasechangesmodel.h"

#include <QHash>
#include <QLocale>

using Promenade::ReleaseChanges;

namespace {

QString sectionOf(const ReleaseChanges::Entry &e)
{
    if (e.breaking)
        return ReleaseChangesModel::tr("Breaking changes");
    if (e.type == u"feat")
        return ReleaseChangesModel::tr("Features");
    if (e.type == u"fix")
        return ReleaseChangesModel::tr("Fixes");
    return ReleaseChangesModel::tr("Other changes");
}

int sectionOrder(const ReleaseChanges::Entry &e)
{
    return e.breaking ? 0 : e.type == u"feat" ? 1 : e.type == u"fix" ? 2 : 3;
}

} // namespace

ReleaseChangesModel::ReleaseChangesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ReleaseChangesModel::setLoading()
{
    beginResetModel();
    m_rows.clear();
    m_changes.reset();
    m_loading = true;
    endResetModel();
    Q_EMIT changed();
}

void ReleaseChangesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_changes.reset();
    m_loading = false;
    endResetModel();
    Q_EMIT changed();
}

void ReleaseChangesModel::setChanges(const ReleaseChanges &changes)
{
    beginResetModel();
    m_rows.clear();
    m_changes = changes;
    m_loading = false;
    if (changes.isKnown()) {
        QHash<int, QStringList> labels;
        for (const ReleaseChanges::PullRequest &pr : changes.pullRequests)
            labels.insert(pr.number, pr.labels);
        QList<ReleaseChanges::Entry> entries = changes.entries();
        std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
            return sectionOrder(a) < sectionOrder(b);
        });
        for (const ReleaseChanges::Entry &e : entries) {
            m_rows.append(
                {e.pullRequest ? QStringLiteral("pullRequest") : QStringLiteral("commit"),
                 sectionOf(e),
                 e.title,
                 e.pullRequest ? QString(u'#' + QString::number(e.pullRequest)) : e.sha.left(7),
                 e.author,
                 labels.value(e.pullRequest).join(QStringLiteral(", ")),
                 e.url,
                 e.type,
                 {},
                 e.breaking});
        }
        const QString commits = changes.direction == ReleaseChanges::Direction::Rollback
            ? tr("Commits taken out")
            : tr("Commits");
        for (const ReleaseChanges::Commit &c : changes.commits) {
            m_rows.append({QStringLiteral("log"),
                           commits,
                           c.summary,
                           c.shortSha(),
                           c.authorLogin.isEmpty() ? c.author : c.authorLogin,
                           {},
                           c.url,
                           ReleaseChanges::parseConventional(c.summary).type,
                           QLocale().toString(c.date.toLocalTime(), QLocale::ShortFormat),
                           false});
        }
    }
    endResetModel();
    Q_EMIT changed();
}

int ReleaseChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReleaseChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case KindRole:
        return row.kind;
    case SectionRole:
        return row.section;
    case ReferenceRole:
        return row.reference;
    case AuthorRole:
        return row.author;
    case LabelsRole:
        return row.labels;
    case UrlRole:
        return row.url;
    case TypeRole:
        return row.type;
    case BreakingRole:
        return row.breaking;
    case DateRole:
        return row.date;
    case SectionStartRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).section != row.section;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReleaseChangesModel::roleNames() const
{
    return {{KindRole, "kind"},
            {SectionRole, "section"},
            {TitleRole, "title"},
            {ReferenceRole, "reference"},
            {AuthorRole, "author"},
            {LabelsRole, "labels"},
            {UrlRole, "url"},
            {TypeRole, "type"},
            {BreakingRole, "breaking"},
            {DateRole, "date"},
            {SectionStartRole, "sectionStart"}};
}

QString ReleaseChangesModel::errorString() const
{
    return m_changes && !m_changes->isKnown() ? m_changes->problem : QString();
}

QString ReleaseChangesModel::headline() const
{
    if (m_loading)
        return tr("Finding the commits between the two builds…");
    return m_changes ? m_changes->headline() : QString();
}

bool ReleaseChangesModel::rollback() const
{
    return m_changes && m_changes->direction == ReleaseChanges::Direction::Rollback;
}
