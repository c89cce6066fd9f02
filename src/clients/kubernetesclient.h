#pragma once

#include "certificatetypes.h"
#include "httptransport.h"
#include "kubeconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace Promenade::Clients {

// A token obtained from an exec credential plugin (ExecCredential status).
struct ExecCredential
{
    QString token;
    QByteArray clientCertificateData;
    QByteArray clientKeyData;
    QDateTime expires; // invalid: valid for the life of the process
};

// Parses an exec plugin's stdout (ExecCredential JSON).
[[nodiscard]] Result<ExecCredential> parseExecCredential(const QByteArray &json);

// Client of one Kubernetes API server as one kubeconfig user (KubeAccess), for the little
// Promenade reads: cert-manager Certificates and (Cluster)Issuers, and any GET as JSON.
//
// Credentials come from the kubeconfig: a bearer token, basic auth, a client certificate, or an
// exec credential plugin (`oci ce cluster generate-token`, `aws eks get-token`, ...). The plugin
// is the one program Promenade runs, because the user's kubeconfig says so: it runs with its
// args and env (plus KUBERNETES_EXEC_INFO), its ExecCredential is cached per user until
// expirationTimestamp, and a 401 drops the cache and runs it once more.
//
// Kubernetes `Status` error bodies become one clear sentence; a missing cert-manager API group
// gives "cert-manager is not installed on <cluster>".
//
// Threading: one thread; callbacks bound to the given context object.
class KubernetesClient : public QObject
{
    Q_OBJECT

public:
    explicit KubernetesClient(KubeAccess access, QObject *parent = nullptr);

    [[nodiscard]] const KubeAccess &access() const { return m_access; }
    [[nodiscard]] QString clusterName() const { return m_access.clusterName; }
    // Skipping TLS verification is the kubeconfig's choice; the UI shows a warning.
    [[nodiscard]] bool tlsVerificationSkipped() const
    {
        return m_access.endpoint.tls.insecureSkipVerify;
    }
    void setExecTimeout(std::chrono::milliseconds timeout) { m_execTimeout = timeout; }

    void getJson(const QString &path, QObject *context, ResultCallback<QJsonObject> done);
    // true when /apis/cert-manager.io/v1 exists, false on 404.
    void certManagerInstalled(QObject *context, ResultCallback<bool> done);
    // Certificates of a namespace, or of all namespaces when ns is empty.
    void certificates(const QString &ns, QObject *context,
                      ResultCallback<QList<CertificateStatus>> done);
    void issuers(const QString &ns, QObject *context, ResultCallback<QList<IssuerStatus>> done);
    void clusterIssuers(QObject *context, ResultCallback<QList<IssuerStatus>> done);

    // Forget cached exec credentials (all users).
    static void clearCredentialCache();

    [[nodiscard]] Error errorFor(const HttpResponse &response) const;

private:
    void withCredential(QObject *context, ResultCallback<void> done, bool refresh);
    void runExecPlugin(QObject *context, ResultCallback<void> done);
    void send(const QString &path, QObject *context, ResultCallback<HttpResponse> done,
              bool retried = false);
    void listAll(const QString &path, QList<QJsonObject> items, const QString &continueToken,
                 QObject *context, ResultCallback<QList<QJsonObject>> done);
    void listCertManager(const QString &path, QObject *context,
                         ResultCallback<QList<QJsonObject>> done);
    [[nodiscard]] QString execCacheKey() const;

    KubeAccess m_access;
    HttpTransport *m_transport = nullptr;
    std::chrono::milliseconds m_execTimeout {30000};
    bool m_execRunning = false;
    QList<QPair<QPointer<QObject>, ResultCallback<void>>> m_execWaiters;
};

} // namespace Promenade::Clients
