#pragma once

#include "endpointtruststore.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Promenade::Clients {

// Why a credential was not sent to an endpoint (one problem line, and for the window a
// question to the user).
struct WithheldCredential
{
    enum class Reason {
        Untrusted, // a repository named the endpoint and the user has not trusted it
        PlainHttp, // http:// to a host that is not loopback: nothing secret goes over it
    };
    CredentialService service = CredentialService::ArgoCd;
    QUrl url;
    QString
        credential; // "your Argo CD token (ARGOCD_AUTH_TOKEN)" — names the source, never the value
    Reason reason = Reason::Untrusted;

    // "Argo CD at https://…: your Argo CD token (ARGOCD_AUTH_TOKEN) was not sent: …" (English
    // on the command line, translated in the window).
    [[nodiscard]] QString problem() const;
    bool operator==(const WithheldCredential &other) const
    {
        return service == other.service && url == other.url && reason == other.reason;
    }
};

// Whom the user's credentials may go to, for one repository. The rules:
//  - a credential tied to an endpoint by the user's own configuration goes there: the argocd
//    CLI context or ARGOCD_SERVER naming that server, a Docker login for the registry host
//    actually contacted, gh's token for the API host, a token the user kept in the keychain
//    for that endpoint;
//  - a credential that is not tied to an endpoint (ARGOCD_AUTH_TOKEN without ARGOCD_SERVER,
//    GITHUB_TOKEN or GH_ENTERPRISE_TOKEN for another host than github.com or GH_HOST) goes
//    only to an endpoint this object trusts: in the trust store for this repository (confirmed
//    in the window, or the user's settings), or every endpoint with
//    --trust-repository-endpoints (CI, where the repository is the user's own);
//  - nothing secret ever goes over plain http, except to loopback.
// A value; load it once per status collection.
class EndpointTrust
{
public:
    EndpointTrust() = default;

    // The store's entries for the repository at root, and the process-wide choice of the
    // command line (--trust-repository-endpoints).
    [[nodiscard]] static EndpointTrust
    forRepository(const QString &root, const EndpointTrustStore &store = EndpointTrustStore());

    // The command line's --trust-repository-endpoints, for every EndpointTrust made afterwards.
    static void setTrustRepositoryEndpointsByDefault(bool trust);
    [[nodiscard]] static bool trustsRepositoryEndpointsByDefault();

    void setTrustRepositoryEndpoints(bool trust) { m_trustAll = trust; }
    [[nodiscard]] bool trustsRepositoryEndpoints() const { return m_trustAll; }
    // An endpoint the user set themselves (trusted for this object's lifetime).
    void addTrusted(CredentialService service, const QUrl &url);
    [[nodiscard]] const QString &repository() const { return m_repository; }

    // Whether a credential not tied to the endpoint may be sent to it (still subject to
    // allowsCredentials()).
    [[nodiscard]] bool trusts(CredentialService service, const QUrl &url) const;

    // 127.0.0.0/8, ::1, localhost.
    [[nodiscard]] static bool isLoopback(const QUrl &url);
    // https, or http to loopback.
    [[nodiscard]] static bool allowsCredentials(const QUrl &url);
    // Two URLs name the same server (scheme, host and port; paths are not compared).
    [[nodiscard]] static bool sameServer(const QUrl &a, const QUrl &b);

private:
    QString m_repository;
    bool m_trustAll = false;
    QList<QPair<CredentialService, QString>> m_trusted; // normalised URLs
};

} // namespace Promenade::Clients
