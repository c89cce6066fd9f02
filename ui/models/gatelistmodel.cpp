#include "gatelistmodel.h"

#include <algorithm>

GateListModel::GateListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void GateListModel::setGates(const QList<Promenade::GateResult> &gates)
{
    // The same gates judged again (the live status moved): rows change in place, so that the
    // list does not jump under the person's eyes.
    const bool sameGates = gates.size() == m_gates.size() && !gates.isEmpty()
        && std::equal(gates.cbegin(), gates.cend(), m_gates.cbegin(),
                      [](const auto &a, const auto &b) { return a.gate == b.gate; });
    if (sameGates) {
        const int failedBefore = failed();
        const int unknownBefore = unknown();
        m_gates = gates;
        Q_EMIT dataChanged(index(0), index(int(m_gates.size()) - 1), {VerdictRole, ReasonRole});
        if (failed() != failedBefore || unknown() != unknownBefore)
            Q_EMIT countChanged();
        return;
    }
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
