#pragma once

#include "argocdtypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Promenade::Clients {

// cert-manager's Certificates and (Cluster)Issuers as plain data, read from a cluster's API
// or, where the app has no cluster access, derived from an Argo CD resource tree.

enum class CertificateState {
    Ready, // Ready=True and not expired
    Renewing, // Ready=True and Issuing=True
    Issuing, // not ready yet, issuance in progress
    NotReady, // Ready=False (reason/message say why)
    Expired,
    Unknown, // no Ready condition (yet), or health unknown
};

[[nodiscard]] QString toString(CertificateState state);

struct CertificateStatus
{
    QString cluster;
    QString certNamespace;
    QString name;
    QString secretName;
    QString issuerName;
    QString issuerKind; // Issuer (default) or ClusterIssuer
    QString issuerGroup; // cert-manager.io (default)
    QStringList dnsNames;
    std::optional<bool> ready; // Ready condition; nullopt when absent
    QString readyReason;
    QString readyMessage;
    bool issuing = false;
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime renewalTime;
    int revision = 0;
    QString source; // "cluster" (Kubernetes API) or "argocd" (resource tree health)
    QJsonObject raw;

    [[nodiscard]] CertificateState state(const QDateTime &now
                                         = QDateTime::currentDateTimeUtc()) const;
};

enum class IssuerType { Acme, SelfSigned, Ca, Vault, Venafi, Unknown };

struct IssuerStatus
{
    QString cluster;
    QString name;
    QString issuerNamespace; // empty for a ClusterIssuer
    bool clusterScoped = false;
    IssuerType type = IssuerType::Unknown;
    QString acmeServer;
    QString acmeEmail;
    std::optional<bool> ready;
    QString readyReason;
    QString readyMessage;
    QJsonObject raw;

    [[nodiscard]] bool isAcmeStaging() const { return acmeServer.contains(u"staging"); }
    [[nodiscard]] QString typeName() const;
};

[[nodiscard]] CertificateStatus parseCertificate(const QJsonObject &object, const QString &cluster);
[[nodiscard]] IssuerStatus parseIssuer(const QJsonObject &object, const QString &cluster);
// Certificates of an Argo CD resource tree (nodes of kind Certificate, group cert-manager.io),
// with their state taken from Argo CD's health: Healthy → ready, Progressing → issuing,
// Degraded/Missing → not ready; source "argocd".
[[nodiscard]] QList<CertificateStatus> certificatesFromResourceTree(const ArgoResourceTree &tree,
                                                                    const QString &cluster);

} // namespace Promenade::Clients
