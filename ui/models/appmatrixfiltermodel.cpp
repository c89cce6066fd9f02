#include "appmatrixfiltermodel.h"

AppMatrixFilterModel::AppMatrixFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void AppMatrixFilterModel::setMatrix(AppMatrixModel *matrix)
{
    if (m_matrix == matrix)
        return;
    m_matrix = matrix;
    setSourceModel(matrix);
    Q_EMIT matrixChanged();
}

void AppMatrixFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_filterText == trimmed)
        return;
    m_filterText = trimmed;
    invalidateRowsFilter();
    Q_EMIT filterTextChanged();
}

void AppMatrixFilterModel::setStateFilter(const QString &state)
{
    if (m_stateFilter == state)
        return;
    m_stateFilter = state;
    invalidateRowsFilter();
    Q_EMIT stateFilterChanged();
}

int AppMatrixFilterModel::sourceRow(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? source.row() : -1;
}

bool AppMatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (!m_matrix)
        return true;
    if (!m_filterText.isEmpty()
        && !m_matrix->appAt(sourceRow).contains(m_filterText, Qt::CaseInsensitive))
        return false;
    return m_matrix->rowHasState(sourceRow, m_stateFilter);
}
