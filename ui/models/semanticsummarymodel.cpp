#include "semanticsummarymodel.h"

using Promenade::Diff::DocumentChange;
using Promenade::Diff::FieldChange;

SemanticSummaryModel::SemanticSummaryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SemanticSummaryModel::setFiles(const QList<Promenade::Diff::FileComparison> &files)
{
    beginResetModel();
    m_entries.clear();
    for (int f = 0; f < files.size(); ++f) {
        if (!files[f].kubernetes)
            continue;
        for (const DocumentChange &doc : files[f].semantic.documents) {
            if (doc.status == DocumentChange::Status::Unchanged)
                continue;
            QString title = doc.identity();
            if (!doc.leftName.isEmpty() && !doc.rightName.isEmpty()
                && doc.leftName != doc.rightName)
                title = tr("%1 (was %2)", "a renamed Kubernetes resource").arg(title, doc.leftName);
            m_entries.append({true,
                              DocumentChange::statusName(doc.status),
                              title,
                              {},
                              {},
                              f,
                              doc.leftFirstLine,
                              doc.rightFirstLine});
            for (const FieldChange &change : doc.changes) {
                const QString status = change.kind == FieldChange::Kind::Added
                    ? QStringLiteral("added")
                    : change.kind == FieldChange::Kind::Removed ? QStringLiteral("removed")
                                                                : QStringLiteral("changed");
                m_entries.append({false, status, change.path, change.oldValue, change.newValue, f,
                                  change.oldLine, change.newLine});
            }
        }
    }
    endResetModel();
}

int SemanticSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SemanticSummaryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case TypeRole:
        return e.resource ? QStringLiteral("resource") : QStringLiteral("field");
    case StatusRole:
        return e.status;
    case OldValueRole:
        return e.oldValue;
    case NewValueRole:
        return e.newValue;
    case FileIndexRole:
        return e.file;
    case LeftLineRole:
        return e.leftLine;
    case RightLineRole:
        return e.rightLine;
    default:
        return {};
    }
}

QHash<int, QByteArray> SemanticSummaryModel::roleNames() const
{
    return {{TypeRole, "type"},         {StatusRole, "status"},      {TitleRole, "title"},
            {OldValueRole, "oldValue"}, {NewValueRole, "newValue"},  {FileIndexRole, "fileIndex"},
            {LeftLineRole, "leftLine"}, {RightLineRole, "rightLine"}};
}
