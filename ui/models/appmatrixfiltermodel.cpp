#include "appmatrixfiltermodel.h"

AppMatrixFilterModel::AppMatrixFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The count follows the filter and the cells: whatever changes the rows shown or their data.
    connect(this, &QAbstractItemModel::rowsInserted, this, &AppMatrixFilterModel::updateReadyCount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AppMatrixFilterModel::updateReadyCount);
    connect(this, &QAbstractItemModel::modelReset, this, &AppMatrixFilterModel::updateReadyCount);
    connect(this, &QAbstractItemModel::layoutChanged, this,
            &AppMatrixFilterModel::updateReadyCount);
    connect(this, &QAbstractItemModel::dataChanged, this, &AppMatrixFilterModel::updateReadyCount);
}

void AppMatrixFilterModel::updateReadyCount()
{
    int ready = 0;
    if (m_matrix) {
        for (int row = 0; row < rowCount(); ++row) {
            const int source = sourceRow(row);
            for (int column = 0; column < m_matrix->environmentCount(); ++column)
                ready += m_matrix->isReady(source, column) ? 1 : 0;
        }
    }
    if (ready == m_readyCount)
        return;
    m_readyCount = ready;
    Q_EMIT readyCountChanged();
}

void AppMatrixFilterModel::setMatrix(AppMatrixModel *matrix)
{
    if (m_matrix == matrix)
        return;
    m_matrix = matrix;
    setSourceModel(matrix);
    updateReadyCount();
    Q_EMIT matrixChanged();
}

void AppMatrixFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_filterText == trimmed)
        return;
    m_filterText = trimmed;
    invalidateRowsFilter();
    updateReadyCount();
    Q_EMIT filterTextChanged();
}

void AppMatrixFilterModel::setStateFilter(const QString &state)
{
    if (m_stateFilter == state)
        return;
    m_stateFilter = state;
    invalidateRowsFilter();
    updateReadyCount();
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
