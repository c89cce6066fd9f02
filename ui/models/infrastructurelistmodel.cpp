#include "infrastructurelistmodel.h"

#include <QLocale>

InfrastructureListModel::InfrastructureListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void InfrastructureListModel::setComponents(
    const QList<Promenade::InfrastructureComponent> &components)
{
    beginResetModel();
    m_components = components;
    m_status = {};
    rebuild();
    endResetModel();
}

void InfrastructureListModel::setUpstream(
    const QString &environment, const QList<Promenade::InfrastructureComponent> &components)
{
    beginResetModel();
    m_upstream = environment;
    m_upstreamComponents = components;
    rebuild();
    endResetModel();
}

void InfrastructureListModel::setStatus(const Promenade::EnvironmentStatus &status,
                                        const QDateTime &now)
{
    QList<Row> before = m_rows;
    m_status = status;
    m_now = now;
    rebuild();
    // The same rows (the usual refresh): their data changed; else a new list.
    bool sameRows = before.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < m_rows.size(); ++i)
        sameRows = before[i].name == m_rows[i].name && before[i].kind == m_rows[i].kind;
    if (sameRows) {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1),
                               {StateRole, DetailRole, VersionRole});
        return;
    }
    std::swap(before, m_rows);
    beginResetModel();
    std::swap(before, m_rows);
    endResetModel();
}

void InfrastructureListModel::rebuild()
{
    m_rows.clear();
    for (const Promenade::InfrastructureComponent &c : std::as_const(m_components)) {
        Row row {c.name, c.version, c.kind, {}, {}, {}, {}};
        if (c.kind == u"Helm chart" && !c.version.isEmpty()) {
            for (const Promenade::InfrastructureComponent &up :
                 std::as_const(m_upstreamComponents)) {
                if (up.kind == c.kind && up.name == c.name && !up.version.isEmpty()
                    && up.version != c.version) {
                    row.promoteFrom = m_upstream;
                    row.promoteVersion = up.version;
                }
            }
        }
        if (c.kind == u"Helm chart")
            chartState(c, row);
        for (const Promenade::IssuerInfo &issuer : std::as_const(m_status.issuers)) {
            // A ClusterIssuer and a namespaced Issuer may share a name: the component's kind says
            // which it is.
            if (issuer.name != c.name
                || ((c.kind == u"ClusterIssuer" || c.kind == u"Issuer") && issuer.kind != c.kind))
                continue;
            row.state = issuer.ready ? QStringLiteral("ok") : QStringLiteral("failed");
            row.detail = issuer.ready ? issuer.type : tr("not ready: %1").arg(issuer.message);
        }
        m_rows.append(row);
    }
    for (const Promenade::CertificateInfo &cert : std::as_const(m_status.certificates)) {
        Row row {cert.name, {}, tr("Certificate"), {}, {}, {}, {}};
        const bool ready = cert.state == u"Ready" || cert.state == u"Renewing";
        if (cert.notAfter.isValid()) {
            const qint64 days = m_now.daysTo(cert.notAfter);
            const QString date
                = QLocale().toString(cert.notAfter.toLocalTime().date(), QLocale::ShortFormat);
            if (days < 0)
                row.detail = tr("expired on %1").arg(date);
            else if (days == 0)
                row.detail = tr("expires today (%1)").arg(date);
            else if (days == 1)
                row.detail = tr("expires tomorrow (%1)").arg(date);
            else
                row.detail = tr("expires in %1 days (%2)").arg(days).arg(date);
            row.state = days < 0 || !ready  ? QStringLiteral("failed")
                : days <= expiryWarningDays ? QStringLiteral("warning")
                                            : QStringLiteral("ok");
        } else {
            row.state = ready ? QStringLiteral("ok") : QStringLiteral("failed");
        }
        if (!ready)
            row.detail = cert.message.isEmpty() ? cert.state
                                                : cert.state + QStringLiteral(": ") + cert.message;
        m_rows.append(row);
    }
}

void InfrastructureListModel::chartState(const Promenade::InfrastructureComponent &component,
                                         Row &row) const
{
    // The chart's Application as Argo CD reports it, like an app's on the card.
    const Promenade::AppStatus *chart = m_status.chart(component.name);
    if (!chart || !chart->runningKnown)
        return;
    const bool synced = chart->sync == u"Synced";
    const bool healthy = chart->health == u"Healthy";
    row.state = synced && healthy                                     ? QStringLiteral("ok")
        : chart->health == u"Degraded" || chart->health == u"Missing" ? QStringLiteral("failed")
                                                                      : QStringLiteral("warning");
    const QString running = chart->runningVersion;
    QString detail = synced && healthy ? tr("synced · healthy")
                                       : tr("%1 · %2").arg(chart->sync, chart->health);
    if (!running.isEmpty() && running != component.version)
        detail = tr("running %1 · %2").arg(running, detail);
    if (!chart->healthMessage.isEmpty() && !healthy)
        detail += QStringLiteral(": ") + chart->healthMessage;
    row.detail = detail;
}

int InfrastructureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant InfrastructureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case VersionRole:
        return row.version;
    case KindRole:
        // Resource kinds (ClusterIssuer, Kustomization) are names; "Helm chart" is words.
        return row.kind == u"Helm chart" ? tr("Helm chart") : row.kind;
    case StateRole:
        return row.state;
    case DetailRole:
        return row.detail;
    case PromoteFromRole:
        return row.promoteFrom;
    case PromoteVersionRole:
        return row.promoteVersion;
    default:
        return {};
    }
}

QHash<int, QByteArray> InfrastructureListModel::roleNames() const
{
    return {{NameRole, "name"},
            {VersionRole, "version"},
            {KindRole, "kind"},
            {StateRole, "state"},
            {DetailRole, "detail"},
            {PromoteFromRole, "promoteFrom"},
            {PromoteVersionRole, "promoteVersion"}};
}
