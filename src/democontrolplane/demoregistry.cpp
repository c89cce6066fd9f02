#include "demoregistry.h"

#include "demohttp.h"
#include "demoimages.h"
#include "pipeline.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

#include <optional>

namespace Promenade::Demo {

using namespace Http;

namespace {

QJsonObject registryError(const QString &code, const QString &message,
                          const QJsonObject &detail = {})
{
    return QJsonObject {{QStringLiteral("errors"),
                         QJsonArray {QJsonObject {{QStringLiteral("code"), code},
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("detail"), detail}}}}};
}

// The reference registry's conditional GET: still that content, nothing sent.
void replyNotModified(QHttpServerResponder &responder, const Headers &headers)
{
    responder.writeStatusLine(StatusCode::NotModified);
    for (const auto &[key, value] : headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Content-Length", "0");
    responder.socket()->write("\r\n");
}

} // namespace

DemoRegistry::DemoRegistry(const Pipeline &pipeline, const DemoEndpoints &endpoints,
                           DemoRequestCounts &counts)
    : m_endpoints(endpoints)
    , m_counts(counts)
{
    const QString owner = QStringLiteral("howdiggy");
    for (const DemoImages::Release &r : DemoImages::releases())
        m_apps.insert(owner + u'/' + r.app, r.app);
    const QString prefix = QStringLiteral("ghcr.io/") + owner + u'/';
    for (const Environment &env : pipeline.environments) {
        for (const DeclaredImage &image : env.images) {
            if (image.repository.startsWith(prefix)
                && !image.repository.mid(prefix.size()).contains(u'/'))
                m_apps.insert(image.repository.mid(8), image.repository.mid(prefix.size()));
        }
    }
}

DemoRegistry::~DemoRegistry() = default;

void DemoRegistry::route(QHttpServer &server)
{
    routeAll(
        server,
        [this](const QString &path, const QHttpServerRequest &request,
               QHttpServerResponder &&responder) { handle(path, request, std::move(responder)); });
}

// One repository of the demo registry: its tags and everything they reference, by digest.
struct DemoRegistry::Repository
{
    QStringList tags; // lexical, as the distribution spec requires
    QHash<QString, QString> indexByTag;
    QHash<QString, DemoImages::Blob> manifests; // indexes and manifests by digest
    QHash<QString, DemoImages::Blob> blobs;
};

const DemoRegistry::Repository *DemoRegistry::repository(const QString &name)
{
    if (const auto known = m_content.value(name))
        return known.get();
    const QString app = m_apps.value(name);
    if (app.isEmpty())
        return nullptr;
    auto repository = std::make_shared<Repository>();
    for (const DemoImages::Release &r : DemoImages::releasesOf(app)) {
        const DemoImages::Content content = DemoImages::content(r);
        repository->tags << r.tag;
        repository->indexByTag.insert(r.tag, content.index.digest);
        repository->manifests.insert(content.index.digest, content.index);
        for (const DemoImages::Blob &m : content.manifests)
            repository->manifests.insert(m.digest, m);
        for (const DemoImages::Blob &b : content.blobs)
            repository->blobs.insert(b.digest, b);
    }
    repository->tags.sort();
    m_content.insert(name, repository);
    return repository.get();
}

void DemoRegistry::handle(const QString &path, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder)
{
    const QString registryToken = m_endpoints.githubToken.left(12) + QStringLiteral("-registry");
    const QByteArray realm = m_endpoints.registry.toString().toUtf8() + "/token";
    static const QRegularExpression re(
        QStringLiteral("^/v2/(.+)/(tags/list|manifests/([^/]+)|blobs/([^/]+))$"));
    const QRegularExpressionMatch m = re.match(path);
    m_counts.count(path == u"/token"                   ? QStringLiteral("registry token")
                       : !m.hasMatch()                 ? QStringLiteral("registry other")
                       : m.captured(2) == u"tags/list" ? QStringLiteral("registry tags")
                       : m.captured(3).isEmpty()       ? QStringLiteral("registry blobs")
                                                       : QStringLiteral("registry manifests"));
    if (path == u"/token") {
        replyJson(responder, StatusCode::Ok,
                  QJsonObject {{QStringLiteral("token"), registryToken},
                               {QStringLiteral("expires_in"), 300}});
        return;
    }
    const QString repository = m.captured(1);
    if (bearer(request) != registryToken) {
        ++m_counts.unauthorized;
        QByteArray challenge = "Bearer realm=\"" + realm + "\",service=\"ghcr.io\"";
        if (!repository.isEmpty())
            challenge += ",scope=\"repository:" + repository.toUtf8() + ":pull\"";
        replyJson(
            responder, StatusCode::Unauthorized,
            registryError(QStringLiteral("UNAUTHORIZED"),
                          QStringLiteral("authentication required")),
            {{"WWW-Authenticate", challenge}, {"Docker-Distribution-API-Version", "registry/2.0"}});
        return;
    }
    if (path == u"/v2/" || path == u"/v2") {
        replyJson(responder, StatusCode::Ok, QJsonObject(),
                  {{"Docker-Distribution-API-Version", "registry/2.0"}});
        return;
    }
    if (!m.hasMatch()) {
        replyJson(responder, StatusCode::NotFound,
                  registryError(QStringLiteral("NAME_UNKNOWN"),
                                QStringLiteral("repository name not known to registry")));
        return;
    }
    const Repository *content = this->repository(repository);
    if (!content) {
        replyJson(responder, StatusCode::NotFound,
                  registryError(QStringLiteral("NAME_UNKNOWN"),
                                QStringLiteral("repository name not known to registry"),
                                {{QStringLiteral("name"), repository}}));
        return;
    }
    if (m.captured(2) == u"tags/list")
        listTags(*content, repository, request, responder);
    else
        serveContent(*content, m.captured(3).isEmpty() ? m.captured(4) : m.captured(3),
                     !m.captured(3).isEmpty(), request, responder);
}

void DemoRegistry::listTags(const Repository &content, const QString &repository,
                            const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QStringList tags = content.tags;
    const QUrlQuery query(request.url());
    const QString last = query.queryItemValue(QStringLiteral("last"));
    if (!last.isEmpty())
        tags.erase(tags.begin(), std::upper_bound(tags.begin(), tags.end(), last));
    Headers extra;
    if (query.hasQueryItem(QStringLiteral("n"))) {
        bool ok = false;
        const int n = query.queryItemValue(QStringLiteral("n")).toInt(&ok);
        if (!ok || n < 0) {
            replyJson(responder, StatusCode::BadRequest,
                      registryError(QStringLiteral("PAGINATION_NUMBER_INVALID"),
                                    QStringLiteral("invalid number of results requested")));
            return;
        }
        if (tags.size() > n) {
            tags = tags.mid(0, n);
            extra.push_back({"Link",
                             "</v2/" + repository.toUtf8()
                                 + "/tags/list?last=" + tags.last().toUtf8()
                                 + "&n=" + QByteArray::number(n) + ">; rel=\"next\""});
        }
    }
    // An ETag for the page, as registries that support conditional tag lists give one.
    const QByteArray etag = '"' + DemoImages::sha256(tags.join(u',').toUtf8()).toUtf8() + '"';
    if (header(request, "If-None-Match") == etag) {
        ++m_counts.notModified;
        replyNotModified(responder, {{"Etag", etag}});
        return;
    }
    extra.push_back({"Etag", etag});
    replyJson(responder, StatusCode::Ok,
              QJsonObject {{QStringLiteral("name"), repository},
                           {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}},
              extra);
}

void DemoRegistry::serveContent(const Repository &content, const QString &reference,
                                bool isManifest, const QHttpServerRequest &request,
                                QHttpServerResponder &responder)
{
    using Method = QHttpServerRequest::Method;
    const QByteArray ifNoneMatch = header(request, "If-None-Match");
    std::optional<DemoImages::Blob> found;
    if (isManifest) {
        const QString digest = content.indexByTag.value(reference, reference);
        if (content.manifests.contains(digest))
            found = content.manifests.value(digest);
    } else if (content.blobs.contains(reference)) {
        found = content.blobs.value(reference);
    }
    if (!found) {
        if (isManifest)
            replyJson(responder, StatusCode::NotFound,
                      registryError(QStringLiteral("MANIFEST_UNKNOWN"),
                                    QStringLiteral("manifest unknown"),
                                    {{QStringLiteral("Tag"), reference}}));
        else
            replyJson(responder, StatusCode::NotFound,
                      registryError(QStringLiteral("BLOB_UNKNOWN"),
                                    QStringLiteral("blob unknown to registry"),
                                    {{QStringLiteral("digest"), reference}}));
        return;
    }
    if (isManifest) {
        const QByteArray accept = header(request, "Accept");
        bool accepted = false;
        for (const QByteArray &type : accept.split(',')) {
            if (type.split(';').first().trimmed() == found->mediaType)
                accepted = true;
        }
        if (!accepted) {
            const QString what = found->mediaType.contains("index")
                ? QStringLiteral("OCI index found, but accept header does not support OCI indexes")
                : QStringLiteral(
                    "OCI manifest found, but accept header does not support OCI manifests");
            replyJson(responder, StatusCode::NotFound,
                      registryError(QStringLiteral("MANIFEST_UNKNOWN"), what));
            return;
        }
    }
    const QByteArray etag = '"' + found->digest.toUtf8() + '"';
    if (ifNoneMatch == etag) { // the reference registry's conditional GET: still that digest
        ++m_counts.notModified;
        replyNotModified(responder,
                         {{"Docker-Content-Digest", found->digest.toUtf8()}, {"Etag", etag}});
        return;
    }
    const Headers headers {
        {"Content-Type", isManifest ? found->mediaType : QByteArray("application/octet-stream")},
        {"Docker-Content-Digest", found->digest.toUtf8()},
        {"Etag", etag},
        {"Content-Length", QByteArray::number(found->bytes.size())}};
    if (request.method() == Method::Head) {
        responder.writeStatusLine(StatusCode::Ok);
        for (const auto &[key, value] : headers)
            responder.writeHeader(key, value);
        responder.socket()->write("\r\n");
        return;
    }
    reply(responder, StatusCode::Ok, headers.front().second, found->bytes,
          {headers[1], headers[2]});
}

} // namespace Promenade::Demo
