#include "gatelistmodel.h"

#include <algorithm>

GateListModel::GateListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void GateListModel::setGates(const QList<Promenade::GateResult> &gates)
{
    beginResetModel();
    m_gates = gates;
    endResetModel();
    Q_EMIT countChanged();
}

int GateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_gates.size());
}

QVariant GateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Promenade::GateResult &gate = m_gates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case GateRole:
        return gate.gate;
    case VerdictRole:
        return Promenade::GateResult::verdictName(gate.verdict);
    case ReasonRole:
        return gate.reason;
    default:
        return {};
    }
}

QHash<int, QByteArray> GateListModel::roleNames() const
{
    return {{GateRole, "gate"}, {VerdictRole, "verdict"}, {ReasonRole, "reason"}};
}

int GateListModel::failed() const
{
    return static_cast<int>(
        std::count_if(m_gates.cbegin(), m_gates.cend(), [](const Promenade::GateResult &g) {
            return g.verdict == Promenade::GateResult::Verdict::Fail;
        }));
}

int GateListModel::unknown() const
{
    return static_cast<int>(
        std::count_if(m_gates.cbegin(), m_gates.cend(), [](const Promenade::GateResult &g) {
            return g.verdict == Promenade::GateResult::Verdict::Unknown;
        }));
}
