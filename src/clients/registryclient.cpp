#include "registryclient.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Promenade::Clients {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Registry)
};

const QByteArray kManifestAccept = QByteArray(MediaType::OciIndex) + ", "
    + MediaType::DockerManifestList + ", " + MediaType::OciManifest + ", "
    + MediaType::DockerManifest;

QHash<QString, QString> challengeParameters(const QByteArray &challenge)
{
    QHash<QString, QString> out;
    static const QRegularExpression param(QStringLiteral(R"re((\w+)\s*=\s*"([^"]*)")re"));
    auto it = param.globalMatch(QString::fromLatin1(challenge));
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1).toLower(), m.captured(2));
    }
    return out;
}

QString key(const QString &repository)
{
    return u"repository:" + repository + u":pull";
}

bool isDigest(const QString &reference)
{
    return reference.contains(u':');
}

QString pick(const QString &name, const QMap<QString, QString> &annotations,
             const QMap<QString, QString> &labels)
{
    const QString value = annotations.value(name);
    return value.isEmpty() ? labels.value(name) : value;
}
} // namespace

ServiceEndpoint registryEndpoint(const QString &registryHost)
{
    ServiceEndpoint e;
    e.serviceName = Tr::tr("Registry", "a container image registry");
    QString host = registryHost.toLower();
    if (host == u"docker.io" || host == u"index.docker.io")
        host = QStringLiteral("registry-1.docker.io");
    const QString bare = host.section(u':', 0, 0);
    const bool loopback = bare == u"localhost" || bare == u"127.0.0.1" || bare == u"[::1]";
    e.baseUrl = QUrl((loopback ? u"http://"_qs : u"https://"_qs) + host);
    return e;
}

RegistryClient::RegistryClient(ServiceEndpoint endpoint, QObject *parent)
    : QObject(parent)
{
    if (endpoint.serviceName.isEmpty())
        endpoint.serviceName = Tr::tr("Registry", "a container image registry");
    m_transport = new HttpTransport(std::move(endpoint), this);
}

void RegistryClient::setCredential(const RegistryCredential &credential)
{
    m_credential = credential;
    m_tokens.clear();
    m_basic = false;
}

Error RegistryClient::errorFor(const HttpResponse &response, const QString &repository) const
{
    // {"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{...}}]}; may be
    // non-JSON.
    QStringList codes;
    QStringList messages;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    for (const auto &e : doc.object().value(u"errors").toArray()) {
        const QJsonObject eo = e.toObject();
        codes.append(eo.value(u"code").toString());
        const QString m = eo.value(u"message").toString();
        messages.append(m.isEmpty() ? eo.value(u"code").toString() : m);
    }
    const QString serverMessage = messages.isEmpty()
        ? QString::fromUtf8(response.body.left(300)).trimmed()
        : messages.join(QStringLiteral("; "));
    const QString label = endpoint().label();
    switch (response.status) {
    case 401:
        if (m_credential.isEmpty())
            return Error(Error::Kind::Refused,
                         Tr::tr("%1: %2 needs credentials (401): sign in to the registry")
                             .arg(label, repository));
        return Error(Error::Kind::Refused,
                     Tr::tr("%1: the credentials were refused (401)").arg(label));
    case 403:
        return Error(
            Error::Kind::Refused,
            Tr::tr("%1: access to %2 denied (403): %3").arg(label, repository, serverMessage));
    case 404:
        if (codes.contains(u"NAME_UNKNOWN"))
            return Error(Error::Kind::NotFound,
                         Tr::tr("%1: repository %2 not found (404)").arg(label, repository));
        if (codes.contains(u"MANIFEST_UNKNOWN"))
            return Error(
                Error::Kind::NotFound,
                Tr::tr("%1: %2: manifest unknown (404): %3").arg(label, repository, serverMessage));
        if (codes.contains(u"BLOB_UNKNOWN"))
            return Error(Error::Kind::NotFound,
                         Tr::tr("%1: %2: blob unknown (404)").arg(label, repository));
        break;
    default:
        break;
    }
    return httpStatusError(endpoint(), response, serverMessage);
}

void RegistryClient::get(const QString &repository, HttpRequest request, QObject *context,
                         ResultCallback<HttpResponse> done, bool afterChallenge)
{
    const QString scope = key(repository);
    const auto token = m_tokens.constFind(scope);
    const bool haveToken
        = token != m_tokens.constEnd() && token->expires > QDateTime::currentDateTimeUtc();
    if (!haveToken && !afterChallenge && !m_basic && !m_bearerChallenge.isEmpty()) {
        // The token server is known: a token for this repository first, rather than a request
        // that is refused (a round trip saved per repository and per token lifetime). Whatever
        // it answers, the request goes; a refusal then follows the challenge as usual.
        fetchToken(
            m_bearerChallenge, scope, context,
            [this, repository, request, context, done](Status) {
                send(repository, request, context, done, false);
            },
            true);
        return;
    }
    send(repository, std::move(request), context, std::move(done), afterChallenge);
}

void RegistryClient::send(const QString &repository, HttpRequest request, QObject *context,
                          ResultCallback<HttpResponse> done, bool afterChallenge)
{
    const QString scope = key(repository);
    const auto token = m_tokens.constFind(scope);
    if (token != m_tokens.constEnd() && token->expires > QDateTime::currentDateTimeUtc())
        request.setHeader("Authorization", "Bearer " + token->value);
    else if (m_basic && !m_credential.isEmpty())
        request.setHeader("Authorization",
                          basicAuthorization(m_credential.username, m_credential.secret));
    HttpRequest again = request;
    m_transport->send(std::move(request), context,
                      [this, repository, again, context, done = std::move(done),
                       afterChallenge](Result<HttpResponse> r) {
                          if (!r)
                              return done(r.error());
                          if (r->status == 401 && !afterChallenge) {
                              const QByteArray challenge = r->header("WWW-Authenticate").trimmed();
                              if (challenge.startsWith("Bearer")
                                  || challenge.startsWith("bearer")) {
                                  m_bearerChallenge = challenge;
                                  m_tokens.remove(key(repository));
                                  fetchToken(challenge, key(repository), context,
                                             [this, repository, again, context, done](Status s) {
                                                 if (!s)
                                                     return done(s.error());
                                                 send(repository, again, context, done, true);
                                             });
                                  return;
                              }
                              if ((challenge.startsWith("Basic") || challenge.startsWith("basic"))
                                  && !m_credential.isEmpty()) {
                                  m_basic = true;
                                  send(repository, again, context, done, true);
                                  return;
                              }
                          }
                          done(std::move(*r));
                      });
}

QString RegistryClient::cacheKey(const QString &repository) const
{
    return endpoint().baseUrl.authority() + u'/' + repository;
}

template<typename T>
void RegistryClient::later(QObject *context, ResultCallback<T> done, T value)
{
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), value = std::move(value)]() mutable { done(std::move(value)); },
        Qt::QueuedConnection);
}

void RegistryClient::fetchToken(const QByteArray &challenge, const QString &scope, QObject *context,
                                ResultCallback<void> done, bool ownScope)
{
    const auto params = challengeParameters(challenge);
    const QUrl realm(params.value(QStringLiteral("realm")));
    if (!realm.isValid() || realm.scheme().isEmpty())
        return done(Error(Error::Kind::Failed,
                          Tr::tr("%1: the authentication challenge names no token server")
                              .arg(endpoint().label())));
    // ownScope: a challenge remembered from another repository names that one's scope.
    const QString wantedScope = ownScope ? scope : params.value(QStringLiteral("scope"), scope);
    HttpRequest request;
    request.url = realm;
    QUrlQuery query(realm);
    if (params.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), params.value(QStringLiteral("service")));
    if (!m_credential.identityToken.isEmpty()) {
        // Docker identity token: OAuth2 refresh-token grant (POST form).
        request.verb = "POST";
        request.idempotent = true;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), m_credential.identityToken);
        form.addQueryItem(QStringLiteral("service"), params.value(QStringLiteral("service")));
        form.addQueryItem(QStringLiteral("scope"), wantedScope);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("promenade"));
        request.body = form.toString(QUrl::FullyEncoded).toUtf8();
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    } else {
        for (const QString &s : wantedScope.split(u' ', Qt::SkipEmptyParts))
            query.addQueryItem(QStringLiteral("scope"), s);
        if (!m_credential.isEmpty())
            request.setHeader("Authorization",
                              basicAuthorization(m_credential.username, m_credential.secret));
    }
    request.url.setQuery(query);
    m_transport->send(
        std::move(request), context, [this, scope, done = std::move(done)](Result<HttpResponse> r) {
            if (!r)
                return done(r.error());
            const QString server = r->url.host();
            if (r->status == 401 || r->status == 403)
                return done(
                    Error(Error::Kind::Refused,
                          Tr::tr("%1: the token server %2 refused the credentials (%3)")
                              .arg(endpoint().label(), server, QString::number(r->status))));
            if (!r->isSuccess())
                return done(httpStatusError(endpoint(), *r, Tr::tr("token request failed")));
            const QJsonObject o = QJsonDocument::fromJson(r->body).object();
            QString token = o.value(u"token").toString();
            if (token.isEmpty())
                token = o.value(u"access_token").toString();
            if (token.isEmpty())
                return done(Error(Error::Kind::Failed,
                                  Tr::tr("%1: the token server %2 gave no token")
                                      .arg(endpoint().label(), server)));
            qint64 expiresIn = o.value(u"expires_in").toInteger(60);
            expiresIn = std::max<qint64>(expiresIn, 60);
            m_tokens.insert(
                scope, {token.toUtf8(), QDateTime::currentDateTimeUtc().addSecs(expiresIn - 5)});
            done(Status());
        });
}

void RegistryClient::tags(const QString &repository, int pageSize, QObject *context,
                          ResultCallback<QStringList> done, const QStringList &expected)
{
    QUrl url = endpoint().resolve(u"/v2/" + repository + u"/tags/list");
    if (pageSize > 0)
        url.setQuery(u"n=" + QString::number(pageSize));
    QByteArray ifNoneMatch;
    if (m_cache) {
        const QString listKey = cacheKey(repository);
        if (const auto known = m_cache->tagList(listKey)) {
            const bool complete
                = std::all_of(expected.cbegin(), expected.cend(),
                              [&](const QString &tag) { return known->tags.contains(tag); });
            if (complete && m_cache->tagListIsFresh(listKey)) {
                ++m_cache->counters().tagListHits;
                return later(context, std::move(done), known->tags);
            }
            ifNoneMatch = known->etag;
        }
    }
    pageOfTags(repository, url, {}, 0, context, std::move(done), ifNoneMatch);
}

void RegistryClient::pageOfTags(const QString &repository, QUrl url, QStringList collected,
                                int pages, QObject *context, ResultCallback<QStringList> done,
                                QByteArray ifNoneMatch)
{
    HttpRequest request;
    request.url = url;
    request.setHeader("Accept", "application/json");
    if (!ifNoneMatch.isEmpty())
        request.setHeader("If-None-Match", ifNoneMatch);
    get(repository, request, context,
        [this, repository, url, collected, pages, context, done,
         conditional = !ifNoneMatch.isEmpty()](Result<HttpResponse> r) mutable {
            if (!r)
                return done(r.error());
            if (r->status == 304 && conditional && m_cache) {
                const auto known = m_cache->tagList(cacheKey(repository));
                if (known) {
                    m_cache->confirmTagList(cacheKey(repository));
                    ++m_cache->counters().tagListsNotModified;
                    return done(known->tags);
                }
            }
            if (!r->isSuccess())
                return done(errorFor(*r, repository));
            const auto doc = parseJsonResponse(endpoint(), *r);
            if (!doc)
                return done(doc.error());
            // `tags` may be null for an empty repository.
            for (const auto &t : doc->object().value(u"tags").toArray())
                collected.append(t.toString());
            const QUrl next = nextLink(r->header("Link"), url);
            if (next.isEmpty() || next == url || pages + 1 >= m_maxTagPages) {
                if (m_cache) {
                    // An ETag stands for one page: a list of several is only asked again whole.
                    const QByteArray etag = pages == 0 ? r->header("ETag") : QByteArray();
                    m_cache->storeTagList(cacheKey(repository), {collected, etag});
                }
                return done(collected);
            }
            pageOfTags(repository, next, collected, pages + 1, context, done, {});
        });
}

void RegistryClient::manifest(const QString &repository, const QString &reference, QObject *context,
                              ResultCallback<ImageManifest> done)
{
    HttpRequest request;
    request.url = endpoint().resolve(u"/v2/" + repository + u"/manifests/" + reference);
    request.setHeader("Accept", kManifestAccept);
    const QString tagKey
        = isDigest(reference) ? QString() : cacheKey(repository) + u':' + reference;
    std::optional<ImageManifest> known; // what the tag pointed at when last asked
    if (m_cache && isDigest(reference)) {
        if (auto m = m_cache->manifest(reference)) {
            ++m_cache->counters().manifestHits;
            return later(context, std::move(done), std::move(*m));
        }
    } else if (m_cache) {
        const QString digest = m_cache->tagDigest(tagKey);
        if (!digest.isEmpty())
            known = m_cache->manifest(digest);
        if (known && m_cache->tagIsFresh(tagKey)) {
            ++m_cache->counters().tagHits;
            return later(context, std::move(done), std::move(*known));
        }
        if (known) // the reference registry answers 304 while the tag still points there
            request.setHeader("If-None-Match", '"' + digest.toLatin1() + '"');
    }
    get(repository, request, context,
        [this, repository, reference, tagKey, known,
         done = std::move(done)](Result<HttpResponse> r) {
            if (!r)
                return done(r.error());
            if (r->status == 304 && known && m_cache) {
                m_cache->confirmTag(tagKey);
                ++m_cache->counters().tagsNotModified;
                return done(*known);
            }
            if (!r->isSuccess())
                return done(errorFor(*r, repository));
            auto m = parseImageManifest(r->body, QString::fromLatin1(r->header("Content-Type")));
            if (!m)
                return done(Error(Error::Kind::Failed,
                                  endpoint().label() + u": " + repository + u':' + reference + u": "
                                      + m.error().message()));
            const QString announced = QString::fromLatin1(r->header("Docker-Content-Digest"));
            const QString expected = isDigest(reference) ? reference : announced;
            if (!expected.isEmpty() && expected.startsWith(u"sha256:") && expected != m->digest)
                return done(
                    Error(Error::Kind::Failed,
                          Tr::tr("%1: %2: the manifest does not match its digest %3")
                              .arg(endpoint().label(), repository + u':' + reference, expected)));
            if (m_cache) {
                m_cache->storeManifest(*m);
                if (!tagKey.isEmpty())
                    m_cache->storeTag(tagKey, m->digest);
            }
            done(std::move(*m));
        });
}

void RegistryClient::digest(const QString &repository, const QString &tag, QObject *context,
                            ResultCallback<QString> done)
{
    HttpRequest request;
    request.verb = "HEAD";
    request.url = endpoint().resolve(u"/v2/" + repository + u"/manifests/" + tag);
    request.setHeader("Accept", kManifestAccept);
    get(repository, request, context,
        [this, repository, tag, context, done = std::move(done)](Result<HttpResponse> r) {
            if (!r)
                return done(r.error());
            if (!r->isSuccess())
                return done(errorFor(*r, repository));
            const QString d = QString::fromLatin1(r->header("Docker-Content-Digest"));
            if (!d.isEmpty())
                return done(d);
            // Older registries omit the header: hash the manifest itself.
            manifest(repository, tag, context, [done](Result<ImageManifest> m) {
                if (!m)
                    return done(m.error());
                done(m->digest);
            });
        });
}

void RegistryClient::config(const QString &repository, const QString &configDigest,
                            QObject *context, ResultCallback<ImageConfig> done)
{
    if (m_cache) {
        if (auto c = m_cache->config(configDigest)) {
            ++m_cache->counters().configHits;
            return later(context, std::move(done), std::move(*c));
        }
    }
    HttpRequest request;
    request.url = endpoint().resolve(u"/v2/" + repository + u"/blobs/" + configDigest);
    get(repository, request, context,
        [this, repository, configDigest, done = std::move(done)](Result<HttpResponse> r) {
            if (!r)
                return done(r.error());
            if (!r->isSuccess())
                return done(errorFor(*r, repository));
            if (sha256Digest(r->body) != configDigest && configDigest.startsWith(u"sha256:"))
                return done(Error(Error::Kind::Failed,
                                  Tr::tr("%1: %2: the config blob does not match its digest %3")
                                      .arg(endpoint().label(), repository, configDigest)));
            const auto doc = parseJsonResponse(endpoint(), *r);
            if (!doc)
                return done(doc.error());
            ImageConfig parsed = parseImageConfig(doc->object());
            if (m_cache)
                m_cache->storeConfig(configDigest, parsed);
            done(std::move(parsed));
        });
}

void RegistryClient::describe(const QString &repository, const QString &reference, QObject *context,
                              ResultCallback<ImageDetails> done)
{
    manifest(repository, reference, context,
             [this, repository, reference, context, done](Result<ImageManifest> m) {
                 if (!m)
                     return done(m.error());
                 ImageDetails details;
                 details.reference.registry = endpoint().baseUrl.authority();
                 details.reference.repository = repository;
                 if (isDigest(reference))
                     details.reference.digest = reference;
                 else
                     details.reference.tag = reference;
                 details.digest = m->digest;
                 details.mediaType = m->mediaType;
                 details.annotations = m->annotations;
                 if (!m->isIndex) {
                     Descriptor self;
                     self.digest = m->digest;
                     self.mediaType = m->mediaType;
                     // Already fetched: continue with its config directly.
                     const ImageManifest image = *m;
                     config(repository, image.config.digest, context,
                            [this, details, image, done](Result<ImageConfig> c) mutable {
                                if (!c)
                                    return done(c.error());
                                details.platforms = {c->platform};
                                for (auto it = image.annotations.begin();
                                     it != image.annotations.end(); ++it)
                                    details.annotations.insert(it.key(), it.value());
                                details.labels = c->labels;
                                details.created = c->created;
                                details.revision
                                    = pick(QStringLiteral("org.opencontainers.image.revision"),
                                           details.annotations, details.labels);
                                details.source
                                    = pick(QStringLiteral("org.opencontainers.image.source"),
                                           details.annotations, details.labels);
                                details.version
                                    = pick(QStringLiteral("org.opencontainers.image.version"),
                                           details.annotations, details.labels);
                                done(details);
                            });
                     return;
                 }
                 details.platforms = m->platforms();
                 details.attestationCount = int(m->attestations().size());
                 const QList<Descriptor> runnable = m->platformManifests();
                 if (runnable.isEmpty())
                     return done(details);
                 Descriptor chosen = runnable.first();
                 for (const Descriptor &d : runnable) {
                     if (d.platform && d.platform->toString() == u"linux/amd64") {
                         chosen = d;
                         break;
                     }
                 }
                 describeImage(repository, details, chosen, context, done);
             });
}

void RegistryClient::describeImage(const QString &repository, ImageDetails details,
                                   const Descriptor &descriptor, QObject *context,
                                   ResultCallback<ImageDetails> done)
{
    manifest(
        repository, descriptor.digest, context,
        [this, repository, details, context, done](Result<ImageManifest> m) mutable {
            if (!m)
                return done(m.error());
            // Index annotations win; the platform manifest fills in what the index lacks.
            for (auto it = m->annotations.begin(); it != m->annotations.end(); ++it) {
                if (!details.annotations.contains(it.key()))
                    details.annotations.insert(it.key(), it.value());
            }
            config(repository, m->config.digest, context,
                   [details, done](Result<ImageConfig> c) mutable {
                       if (!c)
                           return done(c.error());
                       details.labels = c->labels;
                       details.created = c->created;
                       const QString createdAnnotation
                           = pick(QStringLiteral("org.opencontainers.image.created"),
                                  details.annotations, details.labels);
                       if ((!details.created.isValid() || details.created.toSecsSinceEpoch() == 0)
                           && !createdAnnotation.isEmpty())
                           details.created
                               = QDateTime::fromString(createdAnnotation, Qt::ISODateWithMs);
                       details.revision = pick(QStringLiteral("org.opencontainers.image.revision"),
                                               details.annotations, details.labels);
                       details.source = pick(QStringLiteral("org.opencontainers.image.source"),
                                             details.annotations, details.labels);
                       details.version = pick(QStringLiteral("org.opencontainers.image.version"),
                                              details.annotations, details.labels);
                       done(details);
                   });
        });
}

} // namespace Promenade::Clients
