#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Debian's real OCI registry (`/usr/bin/docker-registry`, distribution 2.8) on a free loopback
// port, with an optional htpasswd user; and a small push helper that uploads blobs and
// manifests through the Distribution API (POST + PUT uploads, PUT manifests), so tests build
// the exact images they need (multi-arch indexes with attestation entries included).
namespace TestSupport {

class LocalRegistry
{
public:
    LocalRegistry();
    ~LocalRegistry();

    [[nodiscard]] static QString binary(); // empty when not installed
    // Starts the registry; with user/password set, htpasswd (bcrypt) auth is on.
    bool start(const QString &user = {}, const QString &password = {});
    // Starts the registry with token auth: it trusts JWTs signed by a key whose certificate is
    // in rootCertBundle (RS256/ES256, x5c header), issued by `issuer` for `service`.
    bool startWithTokenAuth(const QUrl &realm, const QString &service, const QString &issuer,
                            const QString &rootCertBundle);
    // The Authorization header value used for pushes (token-auth registries).
    void setPushAuthorization(const QByteArray &value) { m_pushAuthorization = value; }
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString log() const;

    // Uploads a blob; returns its digest (empty on failure, with a warning).
    QString pushBlob(const QString &repository, const QByteArray &bytes);
    // PUTs a manifest under a tag or digest; returns its digest.
    QString pushManifest(const QString &repository, const QString &reference,
                         const QByteArray &mediaType, const QByteArray &bytes);

private:
    QByteArray authorization() const;
    bool run(const QByteArray &authSection);
    QByteArray m_pushAuthorization;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_user;
    QString m_password;
};

} // namespace TestSupport
