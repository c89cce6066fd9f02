#include "endpointoverridemodel.h"

#include <QUrl>

EndpointOverrideModel::EndpointOverrideModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void EndpointOverrideModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString EndpointOverrideModel::problemWith(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.host().isEmpty())
        return tr("Enter a URL that starts with https:// (or http://)");
    return {};
}

bool EndpointOverrideModel::hasProblems() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const Row &r) { return !problemWith(r.url).isEmpty(); });
}

int EndpointOverrideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant EndpointOverrideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return r.key;
    case Qt::DisplayRole:
    case LabelRole:
        return r.label;
    case DetailRole:
        return r.detail;
    case DeclaredRole:
        return r.declared;
    case Qt::EditRole:
    case UrlRole:
        return r.url;
    case InsecureRole:
        return r.insecure;
    case ProblemRole:
        return problemWith(r.url);
    default:
        return {};
    }
}

bool EndpointOverrideModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &r = m_rows[index.row()];
    if (role == UrlRole || role == Qt::EditRole) {
        const QString url = value.toString();
        if (url == r.url)
            return true;
        r.url = url;
        Q_EMIT dataChanged(index, index, {UrlRole, Qt::EditRole, ProblemRole});
    } else if (role == InsecureRole) {
        if (value.toBool() == r.insecure)
            return true;
        r.insecure = value.toBool();
        Q_EMIT dataChanged(index, index, {InsecureRole});
    } else {
        return false;
    }
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags EndpointOverrideModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index)
        | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QHash<int, QByteArray> EndpointOverrideModel::roleNames() const
{
    return {{KeyRole, "key"},           {LabelRole, "label"}, {DetailRole, "detail"},
            {DeclaredRole, "declared"}, {UrlRole, "url"},     {InsecureRole, "insecure"},
            {ProblemRole, "problem"}};
}
