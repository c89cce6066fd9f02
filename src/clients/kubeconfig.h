#pragma once

#include "httptransport.h"
#include "result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Promenade::Clients {

struct KubeExecConfig
{
    QString command;
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString apiVersion;
    QString interactiveMode;
    QString installHint;
    bool provideClusterInfo = false;
    QString baseDir; // folder of the kubeconfig that named it (relative commands)
};

struct KubeCluster
{
    QString name;
    QString server;
    QString certificateAuthority; // file (relative to the kubeconfig's folder)
    QByteArray certificateAuthorityData; // PEM (already base64-decoded)
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    QString file;
};

struct KubeUser
{
    QString name;
    QString token;
    QString tokenFile;
    QString clientCertificate;
    QString clientKey;
    QByteArray clientCertificateData; // PEM
    QByteArray clientKeyData; // PEM
    QString username;
    QString password;
    std::optional<KubeExecConfig> exec;
    QString authProvider; // legacy auth-provider name (not supported; reported)
    QString file;
};

struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString defaultNamespace;
};

// Everything needed to talk to one cluster as one user: the endpoint (server URL, CA,
// client certificate, skip-verify reported in endpoint.tls.insecureSkipVerify) and the
// credential (a token, basic auth, or an exec plugin to run for a token).
struct KubeAccess
{
    QString contextName;
    QString clusterName;
    QString userName;
    QString defaultNamespace;
    ServiceEndpoint endpoint;
    QString token;
    QString username;
    QString password;
    std::optional<KubeExecConfig> exec;
};

// A kubeconfig as kubectl reads it: one file or the KUBECONFIG list (colon-separated; the first
// file to define a name wins, current-context from the first file that sets it); relative paths
// resolved against the folder of the file that holds them; *-data fields base64-decoded; data
// overrides the file variant. Parse errors name the file and line.
class KubeConfig
{
public:
    [[nodiscard]] static Result<KubeConfig> loadFile(const QString &path);
    [[nodiscard]] static Result<KubeConfig> load(const QStringList &paths);
    // KUBECONFIG (colon-separated, missing files skipped) or ~/.kube/config.
    [[nodiscard]] static QStringList defaultPaths();
    [[nodiscard]] static Result<KubeConfig> loadDefault();

    [[nodiscard]] const QString &currentContext() const { return m_currentContext; }
    [[nodiscard]] QStringList contextNames() const;
    [[nodiscard]] const QList<KubeContext> &contexts() const { return m_contexts; }
    [[nodiscard]] const QList<KubeCluster> &clusters() const { return m_clusters; }
    [[nodiscard]] const QList<KubeUser> &users() const { return m_users; }
    [[nodiscard]] const QStringList &files() const { return m_files; }

    // Resolves a context (the current one when empty) into an endpoint + credential; reads
    // CA/certificate/key/token files.
    [[nodiscard]] Result<KubeAccess> resolve(const QString &contextName = {}) const;

private:
    void merge(const KubeConfig &other);
    QString m_currentContext;
    QList<KubeContext> m_contexts;
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
    QStringList m_files;
};

} // namespace Promenade::Clients
