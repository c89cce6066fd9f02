// libFuzzer entry point for what the other services answer: the first byte chooses the
// parser, the second (where it matters) a detail, the rest is the answer as a hostile server
// could send it:
//   0 a registry manifest or index (the media type from the second byte), its digest and
//     platforms, 1 an image config, 2 a tag list and image references,
//   3 a Kubernetes list of Certificates and ClusterIssuers,
//   4 GitHub pull requests and commit checks,
//   5 response headers (Link, Retry-After) and the error sentence built from a status and a
//     server's message, 6 a kubectl exec credential,
//   7 endpoint URLs (trust normalisation, credentials only over https or to loopback) and
//     terminal escaping.
// A crash, a sanitizer report or a hang is a finding; so is a broken invariant (std::abort).
#include "certificatetypes.h"
#include "endpointtrust.h"
#include "endpointtruststore.h"
#include "githubclient.h"
#include "httptransport.h"
#include "kubernetesclient.h"
#include "registrytypes.h"
#include "terminaltext.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

using namespace Promenade;
using namespace Promenade::Clients;

namespace {

QJsonDocument documentOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body);
}

const char *const kMediaTypes[] = {
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.v1+prettyjws",
    "application/json",
    "",
    "text/html",
};

void registryManifest(quint8 detail, const QByteArray &body)
{
    const QString contentType = QString::fromLatin1(kMediaTypes[detail % std::size(kMediaTypes)]);
    const auto manifest = parseImageManifest(body, contentType);
    if (!manifest)
        return;
    if (manifest->digest != sha256Digest(body))
        std::abort(); // the digest is of the exact bytes
    for (const Platform &p : manifest->platforms())
        (void)p.toString();
    (void)manifest->platformManifests();
}

void kubernetesList(const QByteArray &body)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &item :
         documentOf(body).object().value(QStringLiteral("items")).toArray()) {
        const CertificateStatus c = parseCertificate(item.toObject(), QStringLiteral("fuzz"));
        if (toString(c.state(now)).isEmpty())
            std::abort();
        (void)parseIssuer(item.toObject(), QStringLiteral("fuzz")).typeName();
    }
}

void gitHub(const QByteArray &body)
{
    const QJsonDocument doc = documentOf(body);
    for (const QJsonValue &v : doc.array())
        (void)parseGitHubPullRequest(v.toObject());
    // The checks of a ref as GitHubClient::checks reads them: combined status and check runs.
    const QJsonObject o = doc.object();
    GitHubChecks checks;
    checks.combinedState = o.value(QStringLiteral("state")).toString();
    for (const QJsonValue &s : o.value(QStringLiteral("statuses")).toArray()) {
        const QJsonObject so = s.toObject();
        checks.statuses.append({so.value(QStringLiteral("context")).toString(),
                                so.value(QStringLiteral("state")).toString(),
                                so.value(QStringLiteral("description")).toString(),
                                so.value(QStringLiteral("target_url")).toString()});
    }
    for (const QJsonValue &c : o.value(QStringLiteral("check_runs")).toArray()) {
        const QJsonObject co = c.toObject();
        checks.checkRuns.append({co.value(QStringLiteral("name")).toString(),
                                 co.value(QStringLiteral("status")).toString(),
                                 co.value(QStringLiteral("conclusion")).toString(),
                                 co.value(QStringLiteral("html_url")).toString()});
    }
    if (toString(checks.state()).isEmpty())
        std::abort();
    (void)checks.summary();
}

void headers(quint8 detail, const QByteArray &body)
{
    const QUrl base(QStringLiteral("https://registry.example.com/v2/a/b/tags/list?n=100"));
    (void)nextLink(body, base);
    HttpResponse response;
    response.status = 400 + detail % 200;
    response.headers.append({"Retry-After", body.left(64)});
    response.headers.append({"Link", body});
    response.body = body;
    response.url = base;
    response.verb = "GET";
    if (const auto after = retryAfter(response); after && after->count() < 0)
        std::abort();
    ServiceEndpoint endpoint;
    endpoint.serviceName = QStringLiteral("Fuzz");
    endpoint.baseUrl = base;
    const Error e = httpStatusError(endpoint, response, QString::fromUtf8(body));
    if (!e.message().startsWith(QStringLiteral("Fuzz at https://registry.example.com")))
        std::abort();
    (void)parseJsonResponse(endpoint, response);
}

void endpointsAndText(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    const QUrl url(text);
    if (EndpointTrust::allowsCredentials(url) && url.scheme().toLower() != u"https"
        && !EndpointTrust::isLoopback(url))
        std::abort();
    const QString normalized = EndpointTrustStore::normalized(url);
    if (!normalized.isEmpty() && EndpointTrustStore::normalized(QUrl(normalized)) != normalized)
        std::abort(); // normalising is idempotent, or trust would not match itself
    (void)ImageReference::parse(text);
    for (const QChar c : terminalSafe(text)) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > 256 * 1024)
        return 0;
    const int which = data[0] % 8;
    const quint8 detail = data[1];
    const QByteArray body(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    switch (which) {
    case 0:
        registryManifest(detail, body);
        break;
    case 1:
        (void)parseImageConfig(documentOf(body).object());
        break;
    case 2:
        for (const QJsonValue &tag :
             documentOf(body).object().value(QStringLiteral("tags")).toArray())
            (void)ImageReference::parse(QStringLiteral("ghcr.io/acme/web:") + tag.toString());
        (void)ImageReference::parse(QString::fromUtf8(body));
        break;
    case 3:
        kubernetesList(body);
        break;
    case 4:
        gitHub(body);
        break;
    case 5:
        headers(detail, body);
        break;
    case 6:
        (void)parseExecCredential(body);
        break;
    case 7:
        endpointsAndText(body);
        break;
    }
    return 0;
}
