#pragma once

#include "appmatrixmodel.h"

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

// The app matrix narrowed to the apps whose name contains a text (case-insensitive) and that
// have a cell in a state (AppMatrixModel::cellStates: "outOfSync", "degraded", "ready",
// "blocked", "drift"; "" for any), for the matrix view's filter field and state chips. Header data
// and live updates pass through (dataChanged stays dataChanged), so filtering never disturbs what
// the view shows of the other rows.
class AppMatrixFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(AppMatrixModel *matrix READ matrix WRITE setMatrix NOTIFY matrixChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY stateFilterChanged)
    // The cells ready to promote (their verdict is "ready") among the rows the filter shows.
    Q_PROPERTY(int readyCount READ readyCount NOTIFY readyCountChanged)

public:
    explicit AppMatrixFilterModel(QObject *parent = nullptr);

    [[nodiscard]] AppMatrixModel *matrix() const { return m_matrix; }
    void setMatrix(AppMatrixModel *matrix);
    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    [[nodiscard]] QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    // The row of the source matrix a row of this model shows (-1 when none).
    Q_INVOKABLE int sourceRow(int row) const;
    [[nodiscard]] int readyCount() const { return m_readyCount; }

Q_SIGNALS:
    void matrixChanged();
    void filterTextChanged();
    void stateFilterChanged();
    void readyCountChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    void updateReadyCount();

    AppMatrixModel *m_matrix = nullptr;
    int m_readyCount = 0;
    QString m_filterText;
    QString m_stateFilter;
};
