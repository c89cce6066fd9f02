#pragma once

#include "promotiongate.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The gates of a promotion with their verdicts, as the approval dialog lists them: what was
// checked, passed / failed / unknown, and why.
class GateListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PromotionController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int failed READ failed NOTIFY countChanged)
    Q_PROPERTY(int unknown READ unknown NOTIFY countChanged)

public:
    enum Role {
        GateRole = Qt::UserRole + 1,
        VerdictRole, // "pass", "fail" or "unknown"
        ReasonRole,
    };
    Q_ENUM(Role)

    explicit GateListModel(QObject *parent = nullptr);

    void setGates(const QList<Promenade::GateResult> &gates);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int failed() const;
    [[nodiscard]] int unknown() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Promenade::GateResult> m_gates;
};
