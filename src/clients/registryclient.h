#pragma once

#include "httptransport.h"
#include "registrycache.h"
#include "registrytypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <algorithm>
#include <memory>

namespace Promenade::Clients {

// Credentials for a registry: user + password or personal access token (GHCR: a classic PAT
// with read:packages), or a Docker identity token (OAuth2 refresh token).
struct RegistryCredential
{
    QString username;
    QString secret;
    QString identityToken;
    [[nodiscard]] bool isEmpty() const { return secret.isEmpty() && identityToken.isEmpty(); }
};

// The endpoint for a registry host of an image reference: docker.io → https://registry-1.docker.io,
// loopback hosts over http (a local registry), anything else over https.
[[nodiscard]] ServiceEndpoint registryEndpoint(const QString &registryHost);

// Client of one OCI Distribution registry (GHCR, Docker Hub, a self-hosted registry), read-only.
//
// Authentication follows the registry's challenge: anonymous first; on 401 with
// `WWW-Authenticate: Bearer realm=..,service=..,scope=..` a token is fetched from the realm
// (anonymously, with Basic user:secret, or with the identity token) and cached per scope until
// it expires (60 s when the server does not say); on `Basic` the credential is sent directly.
// Manifests are asked for with all four manifest media types; digests are verified.
//
// With a RegistryCache (setCache), what it keeps is answered without a request, and the rest is
// asked conditionally where that is cheaper (see RegistryCache); answers from the cache come
// asynchronously too, like any other. Once it knows the registry's token server, a token for a
// new repository is fetched directly, without first being refused.
//
// Threading: one thread; callbacks bound to the given context object.
class RegistryClient : public QObject
{
    Q_OBJECT

public:
    // endpoint.baseUrl: https://ghcr.io (or http://127.0.0.1:port for a local registry).
    explicit RegistryClient(ServiceEndpoint endpoint, QObject *parent = nullptr);

    [[nodiscard]] const ServiceEndpoint &endpoint() const { return m_transport->endpoint(); }
    void setCredential(const RegistryCredential &credential);
    // Shared by the clients of one window's successive status refreshes; nullptr: none.
    void setCache(std::shared_ptr<RegistryCache> cache) { m_cache = std::move(cache); }
    [[nodiscard]] const std::shared_ptr<RegistryCache> &cache() const { return m_cache; }

    // All tags, following `Link: <...>; rel="next"` (pageSize > 0 asks for pages of n), in the
    // registry's order (the spec says lexical; distribution 2.8 does not sort): sort semver
    // yourself. At most maxTagPages() pages are read (the list is then cut there). With a
    // cache, a list younger than its maximum age that holds every tag of expected is answered
    // from it; otherwise the registry is asked (conditionally).
    void tags(const QString &repository, int pageSize, QObject *context,
              ResultCallback<QStringList> done, const QStringList &expected = {});
    // The most pages of a tag list read (1000 unless set).
    void setMaxTagPages(int pages) { m_maxTagPages = std::max(1, pages); }
    [[nodiscard]] int maxTagPages() const { return m_maxTagPages; }
    // Manifest or index by tag or digest.
    void manifest(const QString &repository, const QString &reference, QObject *context,
                  ResultCallback<ImageManifest> done);
    // Digest of a tag (HEAD, Docker-Content-Digest).
    void digest(const QString &repository, const QString &tag, QObject *context,
                ResultCallback<QString> done);
    // Config blob of an image manifest.
    void config(const QString &repository, const QString &configDigest, QObject *context,
                ResultCallback<ImageConfig> done);
    // Everything a release view shows: platforms, attestations, created, revision, source.
    void describe(const QString &repository, const QString &reference, QObject *context,
                  ResultCallback<ImageDetails> done);

    [[nodiscard]] Error errorFor(const HttpResponse &response, const QString &repository) const;

private:
    struct Token
    {
        QByteArray value;
        QDateTime expires;
    };
    void get(const QString &repository, HttpRequest request, QObject *context,
             ResultCallback<HttpResponse> done, bool afterChallenge = false);
    void fetchToken(const QByteArray &challenge, const QString &scope, QObject *context,
                    ResultCallback<void> done, bool ownScope = false);
    void send(const QString &repository, HttpRequest request, QObject *context,
              ResultCallback<HttpResponse> done, bool afterChallenge);
    [[nodiscard]] QString cacheKey(const QString &repository) const;
    // Calls done with value on the next turn of the event loop (unless context is gone).
    template<typename T>
    void later(QObject *context, ResultCallback<T> done, T value);
    void describeImage(const QString &repository, ImageDetails details, const Descriptor &manifest,
                       QObject *context, ResultCallback<ImageDetails> done);
    void pageOfTags(const QString &repository, QUrl url, QStringList collected, int pages,
                    QObject *context, ResultCallback<QStringList> done, QByteArray ifNoneMatch);

    HttpTransport *m_transport = nullptr;
    RegistryCredential m_credential;
    bool m_basic = false; // the registry asked for Basic authentication
    QHash<QString, Token> m_tokens; // by scope
    QByteArray m_bearerChallenge; // the registry's last Bearer challenge (its token server)
    std::shared_ptr<RegistryCache> m_cache;
    int m_maxTagPages = 1000;
};

} // namespace Promenade::Clients
