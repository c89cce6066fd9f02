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

Q_SIGNALS:
    void matrixChanged();
    void filterTextChanged();
    void stateFilterChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    AppMatrixModel *m_matrix = nullptr;
    QString m_filterText;
    QString m_stateFilter;
};
