#include "certificatetypes.h"

#include <QJsonArray>

namespace Promenade::Clients {

namespace {
QDateTime time(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

struct Condition
{
    std::optional<bool> status;
    QString reason;
    QString message;
};

Condition condition(const QJsonObject &status, const QString &type)
{
    Condition c;
    for (const auto &v : status.value(u"conditions").toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"type").toString() != type)
            continue;
        const QString s = o.value(u"status").toString();
        if (s == u"True")
            c.status = true;
        else if (s == u"False")
            c.status = false;
        c.reason = o.value(u"reason").toString();
        c.message = o.value(u"message").toString();
    }
    return c;
}
} // namespace

QString toString(CertificateState state)
{
    switch (state) {
    case CertificateState::Ready:
        return QStringLiteral("Ready");
    case CertificateState::Renewing:
        return QStringLiteral("Renewing");
    case CertificateState::Issuing:
        return QStringLiteral("Issuing");
    case CertificateState::NotReady:
        return QStringLiteral("NotReady");
    case CertificateState::Expired:
        return QStringLiteral("Expired");
    case CertificateState::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

CertificateState CertificateStatus::state(const QDateTime &now) const
{
    if (notAfter.isValid() && notAfter <= now)
        return CertificateState::Expired;
    if (!ready)
        return issuing ? CertificateState::Issuing : CertificateState::Unknown;
    if (*ready)
        return issuing ? CertificateState::Renewing : CertificateState::Ready;
    if (readyReason == u"Expired")
        return CertificateState::Expired;
    return issuing ? CertificateState::Issuing : CertificateState::NotReady;
}

QString IssuerStatus::typeName() const
{
    switch (type) {
    case IssuerType::Acme:
        return isAcmeStaging() ? QStringLiteral("ACME (staging)") : QStringLiteral("ACME");
    case IssuerType::SelfSigned:
        return QStringLiteral("self-signed");
    case IssuerType::Ca:
        return QStringLiteral("CA");
    case IssuerType::Vault:
        return QStringLiteral("Vault");
    case IssuerType::Venafi:
        return QStringLiteral("Venafi");
    case IssuerType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

CertificateStatus parseCertificate(const QJsonObject &object, const QString &cluster)
{
    CertificateStatus c;
    c.raw = object;
    c.cluster = cluster;
    c.source = QStringLiteral("cluster");
    const QJsonObject meta = object.value(u"metadata").toObject();
    c.name = meta.value(u"name").toString();
    c.certNamespace = meta.value(u"namespace").toString();
    const QJsonObject spec = object.value(u"spec").toObject();
    c.secretName = spec.value(u"secretName").toString();
    const QJsonObject issuer = spec.value(u"issuerRef").toObject();
    c.issuerName = issuer.value(u"name").toString();
    c.issuerKind = issuer.value(u"kind").toString(QStringLiteral("Issuer"));
    c.issuerGroup = issuer.value(u"group").toString(QStringLiteral("cert-manager.io"));
    for (const auto &d : spec.value(u"dnsNames").toArray())
        c.dnsNames.append(d.toString());
    const QJsonObject status = object.value(u"status").toObject();
    const Condition ready = condition(status, QStringLiteral("Ready"));
    c.ready = ready.status;
    c.readyReason = ready.reason;
    c.readyMessage = ready.message;
    c.issuing = condition(status, QStringLiteral("Issuing")).status.value_or(false);
    c.notBefore = time(status.value(u"notBefore"));
    c.notAfter = time(status.value(u"notAfter"));
    c.renewalTime = time(status.value(u"renewalTime"));
    c.revision = status.value(u"revision").toInt();
    return c;
}

IssuerStatus parseIssuer(const QJsonObject &object, const QString &cluster)
{
    IssuerStatus i;
    i.raw = object;
    i.cluster = cluster;
    const QJsonObject meta = object.value(u"metadata").toObject();
    i.name = meta.value(u"name").toString();
    i.issuerNamespace = meta.value(u"namespace").toString();
    i.clusterScoped
        = object.value(u"kind").toString() == u"ClusterIssuer" || i.issuerNamespace.isEmpty();
    const QJsonObject spec = object.value(u"spec").toObject();
    if (spec.contains(u"acme")) {
        i.type = IssuerType::Acme;
        const QJsonObject acme = spec.value(u"acme").toObject();
        i.acmeServer = acme.value(u"server").toString();
        i.acmeEmail = acme.value(u"email").toString();
    } else if (spec.contains(u"selfSigned")) {
        i.type = IssuerType::SelfSigned;
    } else if (spec.contains(u"ca")) {
        i.type = IssuerType::Ca;
    } else if (spec.contains(u"vault")) {
        i.type = IssuerType::Vault;
    } else if (spec.contains(u"venafi")) {
        i.type = IssuerType::Venafi;
    }
    const Condition ready = condition(object.value(u"status").toObject(), QStringLiteral("Ready"));
    i.ready = ready.status;
    i.readyReason = ready.reason;
    i.readyMessage = ready.message;
    return i;
}

QList<CertificateStatus> certificatesFromResourceTree(const ArgoResourceTree &tree,
                                                      const QString &cluster)
{
    QList<CertificateStatus> out;
    for (const ArgoResourceNode &node : tree.nodes) {
        if (node.ref.kind != u"Certificate" || node.ref.group != u"cert-manager.io")
            continue;
        CertificateStatus c;
        c.cluster = cluster;
        c.source = QStringLiteral("argocd");
        c.name = node.ref.name;
        c.certNamespace = node.ref.resourceNamespace;
        c.readyMessage = node.healthMessage;
        if (node.health == u"Healthy") {
            c.ready = true;
        } else if (node.health == u"Progressing") {
            c.ready = false;
            c.issuing = true;
        } else if (node.health == u"Degraded" || node.health == u"Missing") {
            c.ready = false;
            c.readyReason = node.health;
        }
        out.append(c);
    }
    return out;
}

} // namespace Promenade::Clients
