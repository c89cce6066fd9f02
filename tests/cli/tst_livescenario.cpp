#include "fakehttpserver.h"
#include "livestatusservice.h"
#include "localregistry.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString sha256(const QByteArray &bytes)
{
    return u"sha256:"_qs
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject descriptor(const QString &mediaType, const QString &digest, qint64 size)
{
    return {{u"mediaType"_qs, mediaType}, {u"digest"_qs, digest}, {u"size"_qs, size}};
}

const auto kOciManifest = QByteArrayLiteral("application/vnd.oci.image.manifest.v1+json");
const auto kOciIndex = QByteArrayLiteral("application/vnd.oci.image.index.v1+json");
const auto kOciConfig = QByteArrayLiteral("application/vnd.oci.image.config.v1+json");

// Pushes one build of repo under tag: one image per architecture (config with its `created`
// time and version label), an OCI index when there are several. Returns the tag's digest
// and the bytes pushed (to tag the same build again).
QPair<QString, QByteArray> pushBuild(LocalRegistry &registry, const QString &repo,
                                     const QString &version, const QString &created,
                                     const QStringList &archs)
{
    QJsonArray entries;
    QByteArray single;
    for (const QString &arch : archs) {
        const QByteArray layer = "layer " + version.toLatin1() + ' ' + arch.toLatin1();
        const QString layerDigest = registry.pushBlob(repo, layer);
        const QByteArray config = compact(QJsonObject {
            {u"architecture"_qs, arch},
            {u"os"_qs, u"linux"_qs},
            {u"created"_qs, created},
            {u"config"_qs,
             QJsonObject {
                 {u"Labels"_qs, QJsonObject {{u"org.opencontainers.image.version"_qs, version}}}}},
            {u"rootfs"_qs,
             QJsonObject {{u"type"_qs, u"layers"_qs},
                          {u"diff_ids"_qs, QJsonArray {layerDigest}}}}});
        const QString configDigest = registry.pushBlob(repo, config);
        const QByteArray manifest = compact(
            QJsonObject {{u"schemaVersion"_qs, 2},
                         {u"mediaType"_qs, QString::fromLatin1(kOciManifest)},
                         {u"config"_qs,
                          descriptor(QString::fromLatin1(kOciConfig), configDigest, config.size())},
                         {u"layers"_qs,
                          QJsonArray {descriptor(u"application/vnd.oci.image.layer.v1.tar+gzip"_qs,
                                                 layerDigest, layer.size())}}});
        if (archs.size() == 1) {
            single = manifest;
            break;
        }
        const QString digest
            = registry.pushManifest(repo, sha256(manifest), kOciManifest, manifest);
        QJsonObject entry = descriptor(QString::fromLatin1(kOciManifest), digest, manifest.size());
        entry.insert(u"platform"_qs,
                     QJsonObject {{u"architecture"_qs, arch}, {u"os"_qs, u"linux"_qs}});
        entries.append(entry);
    }
    if (!single.isEmpty())
        return {registry.pushManifest(repo, version, kOciManifest, single), single};
    const QByteArray index = compact(QJsonObject {{u"schemaVersion"_qs, 2},
                                                  {u"mediaType"_qs, QString::fromLatin1(kOciIndex)},
                                                  {u"manifests"_qs, entries}});
    return {registry.pushManifest(repo, version, kOciIndex, index), index};
}

QByteArray base64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT as distribution's token auth checks it (RS256, the signer's certificate in x5c).
QByteArray jwt(const QString &keyFile, const QSslCertificate &cert, const QString &subject,
               const QString &repository, const QStringList &actions)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header {
        {u"typ"_qs, u"JWT"_qs},
        {u"alg"_qs, u"RS256"_qs},
        {u"x5c"_qs, QJsonArray {QString::fromLatin1(cert.toDer().toBase64())}}};
    QJsonArray access;
    if (!actions.isEmpty())
        access.append(QJsonObject {{u"type"_qs, u"repository"_qs},
                                   {u"name"_qs, repository},
                                   {u"actions"_qs, QJsonArray::fromStringList(actions)}});
    const QJsonObject claims {{u"iss"_qs, u"scenario-issuer"_qs},
                              {u"sub"_qs, subject},
                              {u"aud"_qs, u"scenario-registry"_qs},
                              {u"exp"_qs, now + 600},
                              {u"nbf"_qs, now - 10},
                              {u"iat"_qs, now},
                              {u"jti"_qs, QString(QString::number(now) + subject)},
                              {u"access"_qs, access}};
    const QByteArray input = base64url(compact(header)) + '.' + base64url(compact(claims));
    QProcess openssl;
    openssl.start(u"openssl"_qs, {u"dgst"_qs, u"-sha256"_qs, u"-sign"_qs, keyFile});
    openssl.write(input);
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
        return {};
    return input + '.' + base64url(openssl.readAllStandardOutput());
}

// A self-signed certificate for 127.0.0.1 (its own CA), made with openssl.
bool makeCertificate(const QString &dir, const QString &name)
{
    const auto r
        = runProcess(u"openssl"_qs,
                     {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs,
                      u"-keyout"_qs, dir + u'/' + name + u".key"_qs, u"-out"_qs,
                      dir + u'/' + name + u".pem"_qs, u"-days"_qs, u"2"_qs, u"-subj"_qs,
                      u"/CN="_qs + name, u"-addext"_qs, u"subjectAltName=IP:127.0.0.1"_qs});
    return r.exitCode == 0;
}

QJsonObject application(const QString &name, const QString &ns, const QJsonArray &sources,
                        const QStringList &revisions, const QString &image)
{
    QJsonObject spec {{u"project"_qs, u"default"_qs},
                      {u"destination"_qs,
                       QJsonObject {{u"server"_qs, u"https://kubernetes.default.svc"_qs},
                                    {u"namespace"_qs, u"web"_qs}}}};
    QJsonObject sync {{u"status"_qs, u"Synced"_qs}};
    if (sources.size() == 1) {
        spec.insert(u"source"_qs, sources.first());
        sync.insert(u"revision"_qs, revisions.value(0));
    } else {
        spec.insert(u"sources"_qs, sources);
        sync.insert(u"revisions"_qs, QJsonArray::fromStringList(revisions));
    }
    return {
        {u"metadata"_qs,
         QJsonObject {{u"name"_qs, name}, {u"namespace"_qs, ns}, {u"resourceVersion"_qs, u"7"_qs}}},
        {u"spec"_qs, spec},
        {u"status"_qs,
         QJsonObject {{u"sync"_qs, sync},
                      {u"health"_qs, QJsonObject {{u"status"_qs, u"Healthy"_qs}}},
                      {u"summary"_qs, QJsonObject {{u"images"_qs, QJsonArray {image}}}},
                      {u"operationState"_qs,
                       QJsonObject {{u"phase"_qs, u"Succeeded"_qs},
                                    {u"startedAt"_qs, u"2026-11-30T10:00:00Z"_qs},
                                    {u"finishedAt"_qs, u"2026-11-30T10:00:05Z"_qs}}}}}};
}

QJsonObject gitSource(const QString &path)
{
    return {{u"repoURL"_qs, u"https://git.example.com/acme/gitops.git"_qs},
            {u"path"_qs, path},
            {u"targetRevision"_qs, u"main"_qs}};
}

QJsonObject certificate(const QString &ns, const QString &name, const QString &issuer,
                        const QString &issuerKind, bool ready)
{
    return {{u"apiVersion"_qs, u"cert-manager.io/v1"_qs},
            {u"kind"_qs, u"Certificate"_qs},
            {u"metadata"_qs, QJsonObject {{u"name"_qs, name}, {u"namespace"_qs, ns}}},
            {u"spec"_qs,
             QJsonObject {{u"secretName"_qs, name},
                          {u"dnsNames"_qs, QJsonArray {QString(name + u".example.com"_qs)}},
                          {u"issuerRef"_qs,
                           QJsonObject {{u"name"_qs, issuer},
                                        {u"kind"_qs, issuerKind},
                                        {u"group"_qs, u"cert-manager.io"_qs}}}}},
            {u"status"_qs,
             QJsonObject {{u"notAfter"_qs, u"2027-03-01T00:00:00Z"_qs},
                          {u"conditions"_qs,
                           QJsonArray {QJsonObject {
                               {u"type"_qs, u"Ready"_qs},
                               {u"status"_qs, ready ? u"True"_qs : u"False"_qs},
                               {u"reason"_qs, ready ? u"Ready"_qs : u"DoesNotExist"_qs},
                               {u"message"_qs,
                                ready ? u"Certificate is up to date"_qs
                                      : u"Issuing certificate as Secret does not exist"_qs}}}}}}};
}

QJsonObject issuer(const QString &kind, const QString &ns, const QString &name, bool acme)
{
    QJsonObject metadata {{u"name"_qs, name}};
    if (!ns.isEmpty())
        metadata.insert(u"namespace"_qs, ns);
    QJsonObject spec;
    if (acme)
        spec.insert(
            u"acme"_qs,
            QJsonObject {{u"server"_qs, u"https://acme-v02.api.letsencrypt.org/directory"_qs}});
    else
        spec.insert(u"ca"_qs, QJsonObject {{u"secretName"_qs, u"ca-key-pair"_qs}});
    return {
        {u"apiVersion"_qs, u"cert-manager.io/v1"_qs},
        {u"kind"_qs, kind},
        {u"metadata"_qs, metadata},
        {u"spec"_qs, spec},
        {u"status"_qs,
         QJsonObject {{u"conditions"_qs,
                       QJsonArray {QJsonObject {{u"type"_qs, u"Ready"_qs},
                                                {u"status"_qs, u"True"_qs},
                                                {u"message"_qs, u"Signing CA verified"_qs}}}}}}};
}

QJsonObject list(const QString &kind, const QJsonArray &items)
{
    return {{u"apiVersion"_qs, u"cert-manager.io/v1"_qs},
            {u"kind"_qs, kind},
            {u"metadata"_qs, QJsonObject {{u"resourceVersion"_qs, u"100"_qs}}},
            {u"items"_qs, items}};
}

QJsonObject appIn(const QJsonObject &status, const QString &env, const QString &app)
{
    for (const QJsonValue &e : status.value(u"environments").toArray()) {
        if (e.toObject().value(u"name").toString() != env)
            continue;
        for (const QJsonValue &a : e.toObject().value(u"apps").toArray()) {
            if (a.toObject().value(u"app").toString() == app)
                return a.toObject();
        }
    }
    return {};
}

QJsonObject envIn(const QJsonObject &status, const QString &env)
{
    for (const QJsonValue &e : status.value(u"environments").toArray()) {
        if (e.toObject().value(u"name").toString() == env)
            return e.toObject();
    }
    return {};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

// Every problem line of an environment: its own and its apps'.
QStringList problemsOf(const QJsonObject &env)
{
    QStringList out = strings(env.value(u"problems"));
    for (const QJsonValue &a : env.value(u"apps").toArray())
        out += strings(a.toObject().value(u"problems"));
    return out;
}

bool anyContains(const QStringList &lines, const QString &a, const QString &b = {})
{
    for (const QString &l : lines) {
        if (l.contains(a) && (b.isEmpty() || l.contains(b)))
            return true;
    }
    return false;
}

} // namespace

// The held-out live scenario, built end to end: a GitOps repository with three environments on
// two clusters, each cluster's Applications in its own Argo CD (one Application outside Argo
// CD's namespace, one multi-source); cert-manager through two Kubernetes APIs over TLS (a
// self-signed CA in the kubeconfig; a bearer token, and an exec credential plugin); Debian's
// real docker-registry with token auth (a loopback token server that wants the Docker login)
// holding more tags than one page, a mutable `latest` and an amd64-only newest build; then one
// fault at a time. `promenade status --format json` is run as a user runs it.
class TestLiveScenario : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_repo;
    QProcessEnvironment m_env;
    std::unique_ptr<LocalRegistry> m_registry;
    FakeHttpServer m_tokens;
    FakeHttpServer m_registryFront; // the registry as Promenade reaches it (faults injected)
    FakeHttpServer m_argoLab;
    FakeHttpServer m_argoProd;
    FakeHttpServer m_kubeLab;
    FakeHttpServer m_kubeProd;
    QNetworkAccessManager m_nam;
    QString m_revisionProd = u"4f1c2d3e4b5a69788796a5b4c3d2e1f0a9b8c7d6"_qs;
    int m_totalTags = 0;
    QString m_dockerPassword = u"registry-pass"_qs;

    // Faults, one at a time.
    enum class ArgoFault { None, ServerError, Garbage, Expired, Filtered };
    ArgoFault m_argoLabFault = ArgoFault::None;
    ArgoFault m_argoProdFault = ArgoFault::None;
    bool m_kubeProdHangs = false;
    bool m_stagingLags = false; // staging's Argo CD still runs 1.9.0
    bool m_developmentLatest = false; // development's Argo CD runs :latest
    bool m_kubeLabRefuses = false;
    int m_tagPageFailures = 0; // answers of a second tag page that fail before it works
    int m_tagPageStatus = 500;
    QStringList m_tokenGrants; // who the token server granted (user or "anonymous")

    FakeResponse forward(const FakeRequest &r)
    {
        if (r.path.endsWith(u"/tags/list") && r.query.hasQueryItem(u"last"_qs)
            && m_tagPageFailures > 0) {
            --m_tagPageFailures;
            FakeResponse failed = FakeResponse::json(
                QByteArray(R"({"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]})"),
                m_tagPageStatus);
            if (m_tagPageStatus == 429)
                failed.header("Retry-After", "1");
            return failed;
        }
        // Debian's docker-registry (distribution 2.8) answers the whole tag list whatever `n`
        // says; the front pages it as GHCR and distribution 3 do: `n`, `last` (after which to
        // start) and a relative `Link: <…?last=…&n=…>; rel="next"` while more tags remain.
        const bool tagList = r.path.endsWith(u"/tags/list");
        QUrl url = m_registry->url();
        url.setPath(r.path);
        if (!tagList)
            url.setQuery(r.url.query(QUrl::FullyEncoded), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        for (const QByteArray name : {QByteArray("Authorization"), QByteArray("Accept")}) {
            if (!r.header(name).isEmpty())
                request.setRawHeader(name, r.header(name));
        }
        request.setTransferTimeout(20000);
        // HEAD is asked as GET, so that the answer's length is the real one.
        QNetworkReply *reply = m_nam.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        FakeResponse out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.contentType = reply->rawHeader("Content-Type");
        for (const QByteArray name : {QByteArray("Docker-Content-Digest"), QByteArray("Link"),
                                      QByteArray("WWW-Authenticate"), QByteArray("Location"),
                                      QByteArray("Docker-Distribution-Api-Version")}) {
            if (reply->hasRawHeader(name))
                out.header(name, reply->rawHeader(name));
        }
        reply->deleteLater();
        if (tagList && out.status == 200) {
            QJsonObject page = QJsonDocument::fromJson(out.body).object();
            QStringList tags = strings(page.value(u"tags"));
            tags.sort();
            const QString last = r.query.queryItemValue(u"last"_qs);
            const int n = r.query.hasQueryItem(u"n"_qs) ? r.query.queryItemValue(u"n"_qs).toInt()
                                                        : int(tags.size());
            qsizetype from = 0;
            while (!last.isEmpty() && from < tags.size() && tags[from] <= last)
                ++from;
            const QStringList slice = tags.mid(from, n);
            page.insert(u"tags"_qs, QJsonArray::fromStringList(slice));
            out.body = compact(page);
            if (from + n < tags.size() && !slice.isEmpty())
                out.header("Link",
                           "<" + r.path.toUtf8() + "?last=" + slice.last().toUtf8()
                               + "&n=" + QByteArray::number(n) + ">; rel=\"next\"");
        }
        return out;
    }

    FakeResponse argo(const FakeRequest &r, ArgoFault fault, const QByteArray &token,
                      const QJsonArray &items)
    {
        switch (fault) {
        case ArgoFault::ServerError:
            return FakeResponse::json(
                QByteArray(R"({"error":"internal error","code":13,"message":"internal error"})"),
                500);
        case ArgoFault::Garbage:
            return FakeResponse::json(QByteArray("{\"metadata\":{},\"items\":[{\"metad"));
        case ArgoFault::Expired:
            return FakeResponse::json(
                QByteArray(
                    R"({"error":"invalid session: token has invalid claims: token is expired","code":16,"message":"invalid session: token has invalid claims: token is expired"})"),
                401);
        case ArgoFault::None:
        case ArgoFault::Filtered:
            break;
        }
        if (r.header("Authorization") != "Bearer " + token)
            return FakeResponse::json(
                QByteArray(
                    R"({"error":"no session information","code":16,"message":"no session information"})"),
                401);
        if (r.path == u"/api/v1/applications" && fault == ArgoFault::Filtered)
            return FakeResponse::json(
                QByteArray(R"({"metadata":{"resourceVersion":"42"},"items":[]})"));
        if (r.path == u"/api/v1/applications")
            return FakeResponse::json(QJsonDocument(
                QJsonObject {{u"metadata"_qs, QJsonObject {{u"resourceVersion"_qs, u"42"_qs}}},
                             {u"items"_qs, items}}));
        if (r.path == u"/api/version")
            return FakeResponse::json(QByteArray(R"({"Version":"v2.13.2+dc43124"})"));
        return FakeResponse::json(
            QByteArray(R"({"error":"permission denied","code":7,"message":"permission denied"})"),
            403);
    }

    FakeResponse kube(const FakeRequest &r, const QByteArray &token, const QJsonArray &certs,
                      const QJsonArray &clusterIssuers, const QHash<QString, QJsonArray> &issuers)
    {
        if (r.header("Authorization") != "Bearer " + token)
            return FakeResponse::json(
                QByteArray(
                    R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401})"),
                401);
        if (r.path == u"/apis/cert-manager.io/v1/certificates")
            return FakeResponse::json(QJsonDocument(list(u"CertificateList"_qs, certs)));
        if (r.path == u"/apis/cert-manager.io/v1/clusterissuers")
            return FakeResponse::json(QJsonDocument(list(u"ClusterIssuerList"_qs, clusterIssuers)));
        if (r.path.startsWith(u"/apis/cert-manager.io/v1/namespaces/")
            && r.path.endsWith(u"/issuers")) {
            const QString ns = r.path.section(u'/', 5, 5);
            return FakeResponse::json(QJsonDocument(list(u"IssuerList"_qs, issuers.value(ns))));
        }
        if (r.path == u"/apis/cert-manager.io/v1")
            return FakeResponse::json(QByteArray(
                R"({"kind":"APIResourceList","groupVersion":"cert-manager.io/v1","resources":[]})"));
        return FakeResponse::json(
            QByteArray(
                R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404})"),
            404);
    }

    void writeKubeconfig(const QString &labCa)
    {
        const QByteArray labCaData = readFile(m_scratch.filePath(labCa + u".pem"_qs)).toBase64();
        const QByteArray ca = readFile(m_scratch.filePath(u"kube.pem"_qs)).toBase64();
        const QByteArray config = "apiVersion: v1\nkind: Config\ncurrent-context: lab\nclusters:\n"
                                  "- name: lab-cluster\n  cluster:\n    server: "
            + m_kubeLab.url().toString().toUtf8() + "\n    certificate-authority-data: " + labCaData
            + "\n- name: prod-cluster\n  cluster:\n    server: "
            + m_kubeProd.url().toString().toUtf8() + "\n    certificate-authority-data: " + ca
            + "\nusers:\n- name: lab-user\n  user:\n    token: kube-lab-token\n"
              "- name: prod-user\n  user:\n    exec:\n      apiVersion: "
              "client.authentication.k8s.io/v1beta1\n      command: "
            + m_scratch.filePath(u"exec-plugin.sh"_qs).toUtf8()
            + "\n      interactiveMode: Never\n"
              "contexts:\n- name: lab\n  context: {cluster: lab-cluster, user: lab-user}\n"
              "- name: prod\n  context: {cluster: prod-cluster, user: prod-user}\n";
        QVERIFY(writeFile(m_scratch.filePath(u"kubeconfig"_qs), config));
    }

    // Runs `promenade status --format json` (more arguments after); the parsed status.
    QJsonObject status(ProcessResult *result = nullptr, const QStringList &more = {})
    {
        const ProcessResult r = runPromenadeServing(
            QStringList {u"status"_qs, m_repo, u"--format"_qs, u"json"_qs} + more, m_env);
        if (result)
            *result = r;
        if (r.exitCode != 0)
            qWarning("promenade status: %d %s", r.exitCode, r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    QString argoLabel(const FakeHttpServer &server) const
    {
        return u"127.0.0.1:"_qs + QString::number(server.port());
    }

private Q_SLOTS:
    void initTestCase()
    {
        PROMENADE_REQUIRE_TOOL(!LocalRegistry::binary().isEmpty(),
                               "docker-registry is not installed (apt-get install "
                               "docker-registry): the live scenario is skipped");
        QVERIFY(m_scratch.isValid());
        const QString dir = m_scratch.path();
        QVERIFY(makeCertificate(dir, u"kube"_qs));
        QVERIFY(makeCertificate(dir, u"impostor"_qs));
        QVERIFY(makeCertificate(dir, u"signer"_qs));
        const QSslCertificate signer
            = QSslCertificate::fromPath(m_scratch.filePath(u"signer.pem"_qs)).value(0);
        QVERIFY(!signer.isNull());
        const QString signerKey = m_scratch.filePath(u"signer.key"_qs);

        // The token server: pulls of acme/web for the Docker login ci:registry-pass only.
        QVERIFY(m_tokens.listen());
        m_tokens.setHandler([this, signer, signerKey](const FakeRequest &r) {
            const QString repository = r.query.queryItemValue(u"scope"_qs).section(u':', 1, 1);
            const QByteArray auth = r.header("Authorization");
            if (!auth.isEmpty()
                && auth != "Basic " + (u"ci:"_qs + m_dockerPassword).toUtf8().toBase64())
                return FakeResponse::json(
                    QByteArray(R"({"details":"incorrect username or password"})"), 401);
            const bool authenticated = !auth.isEmpty();
            m_tokenGrants << (authenticated ? u"ci"_qs : u"anonymous"_qs);
            const QByteArray token
                = jwt(signerKey, signer, authenticated ? u"ci"_qs : QString(), repository,
                      authenticated ? QStringList {u"pull"_qs} : QStringList {});
            return FakeResponse::json(QJsonDocument(
                QJsonObject {{u"token"_qs, QString::fromLatin1(token)}, {u"expires_in"_qs, 600}}));
        });
        m_registry = std::make_unique<LocalRegistry>();
        QVERIFY2(m_registry->startWithTokenAuth(m_tokens.url(u"/token"_qs), u"scenario-registry"_qs,
                                                u"scenario-issuer"_qs,
                                                m_scratch.filePath(u"signer.pem"_qs)),
                 qPrintable(m_registry->log()));
        m_registry->setPushAuthorization(
            "Bearer "
            + jwt(signerKey, signer, u"pusher"_qs, u"acme/web"_qs, {u"pull"_qs, u"push"_qs}));
        const auto old = pushBuild(*m_registry, u"acme/web"_qs, u"1.9.0"_qs,
                                   u"2026-09-01T10:00:00Z"_qs, {u"amd64"_qs, u"arm64"_qs});
        QVERIFY2(!old.first.isEmpty(), qPrintable(m_registry->log()));
        QVERIFY(!pushBuild(*m_registry, u"acme/web"_qs, u"2.0.0"_qs, u"2026-10-01T10:00:00Z"_qs,
                           {u"amd64"_qs, u"arm64"_qs})
                     .first.isEmpty());
        const auto newest = pushBuild(*m_registry, u"acme/web"_qs, u"2.1.0"_qs,
                                      u"2026-11-20T10:00:00Z"_qs, {u"amd64"_qs});
        QVERIFY(!newest.first.isEmpty());
        QVERIFY(!m_registry->pushManifest(u"acme/web"_qs, u"latest"_qs, kOciManifest, newest.second)
                     .isEmpty());
        m_totalTags = 4;
        // Old builds' tags, so that the list is longer than one page of 100.
        for (int i = 0; i < 130; ++i, ++m_totalTags)
            QVERIFY(!m_registry
                         ->pushManifest(u"acme/web"_qs, QStringLiteral("0.%1.0").arg(i), kOciIndex,
                                        old.second)
                         .isEmpty());
        m_registryFront.setHandler([this](const FakeRequest &r) { return forward(r); });
        QVERIFY(m_registryFront.listen());

        // Two Argo CD instances, one per cluster.
        const QJsonArray labApps {
            application(u"web-development"_qs, u"argocd"_qs,
                        {gitSource(u"apps/web/overlays/development"_qs)},
                        {u"1a2b3c4d5e6f708192a3b4c5d6e7f80912345678"_qs},
                        u"ghcr.io/acme/web:2.1.0"_qs),
            // Apps in any namespace: staging's Application lives in the team's namespace.
            application(
                u"web-staging"_qs, u"team-web"_qs, {gitSource(u"apps/web/overlays/staging"_qs)},
                {u"1a2b3c4d5e6f708192a3b4c5d6e7f80912345678"_qs}, u"ghcr.io/acme/web:2.0.0"_qs)};
        // Production's is multi-source: a Helm chart, then the overlay (revisions parallel).
        const QJsonArray prodApps {
            application(u"web-production"_qs, u"argocd"_qs,
                        {QJsonObject {{u"repoURL"_qs, u"https://charts.example.com"_qs},
                                      {u"chart"_qs, u"web-support"_qs},
                                      {u"targetRevision"_qs, u"3.4.1"_qs}},
                         gitSource(u"apps/web/overlays/production"_qs)},
                        {u"3.4.1"_qs, m_revisionProd}, u"ghcr.io/acme/web:1.9.0"_qs)};
        // Staging not synced yet: Argo CD still runs the build before (OutOfSync, Progressing).
        QJsonObject lagging = application(
            u"web-staging"_qs, u"team-web"_qs, {gitSource(u"apps/web/overlays/staging"_qs)},
            {u"0f0e0d0c0b0a09080706050403020100ffeeddcc"_qs}, u"ghcr.io/acme/web:1.9.0"_qs);
        QJsonObject laggingStatus = lagging.value(u"status"_qs).toObject();
        laggingStatus.insert(
            u"sync"_qs,
            QJsonObject {{u"status"_qs, u"OutOfSync"_qs}, {u"revision"_qs, u"0f0e0d0c"_qs}});
        laggingStatus.insert(u"health"_qs, QJsonObject {{u"status"_qs, u"Progressing"_qs}});
        lagging.insert(u"status"_qs, laggingStatus);
        const QJsonArray labLagging {labApps.at(0), lagging};
        // Development synced to `latest`: Argo CD reports the image as the manifests name it.
        const QJsonArray labLatest {application(u"web-development"_qs, u"argocd"_qs,
                                                {gitSource(u"apps/web/overlays/development"_qs)},
                                                {u"2b3c4d5e6f708192a3b4c5d6e7f8091234567890"_qs},
                                                u"ghcr.io/acme/web:latest"_qs),
                                    labApps.at(1)};
        m_argoLab.setHandler([this, labApps, labLagging, labLatest](const FakeRequest &r) {
            return argo(r, m_argoLabFault, "argo-lab-token",
                        m_stagingLags ? labLagging : (m_developmentLatest ? labLatest : labApps));
        });
        m_argoProd.setHandler([this, prodApps](const FakeRequest &r) {
            return argo(r, m_argoProdFault, "argo-prod-token", prodApps);
        });
        QVERIFY(m_argoLab.listen());
        QVERIFY(m_argoProd.listen());

        // Two Kubernetes APIs over TLS.
        const QSslCertificate kubeCert
            = QSslCertificate::fromPath(m_scratch.filePath(u"kube.pem"_qs)).value(0);
        QFile keyFile(m_scratch.filePath(u"kube.key"_qs));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey kubeKey(&keyFile, QSsl::Rsa);
        QVERIFY(!kubeKey.isNull());
        const QJsonArray labCerts {certificate(u"web-dev"_qs, u"web-dev-tls"_qs, u"letsencrypt"_qs,
                                               u"ClusterIssuer"_qs, true),
                                   certificate(u"web-staging"_qs, u"web-staging-tls"_qs,
                                               u"staging-ca"_qs, u"Issuer"_qs, false)};
        const QJsonArray labClusterIssuers {
            issuer(u"ClusterIssuer"_qs, {}, u"letsencrypt"_qs, true)};
        const QHash<QString, QJsonArray> labIssuers {
            {u"web-staging"_qs,
             QJsonArray {issuer(u"Issuer"_qs, u"web-staging"_qs, u"staging-ca"_qs, false)}}};
        m_kubeLab.setHandler([=](const FakeRequest &r) {
            if (m_kubeLabRefuses)
                return kube(r, "revoked", {}, {}, {});
            return kube(r, "kube-lab-token", labCerts, labClusterIssuers, labIssuers);
        });
        const QJsonArray prodCerts {certificate(u"web-prod"_qs, u"web-prod-tls"_qs,
                                                u"letsencrypt-prod"_qs, u"ClusterIssuer"_qs, true)};
        const QJsonArray prodClusterIssuers {
            issuer(u"ClusterIssuer"_qs, {}, u"letsencrypt-prod"_qs, true)};
        m_kubeProd.setHandler([=](const FakeRequest &r) {
            if (m_kubeProdHangs) {
                FakeResponse hang;
                hang.fault = FakeResponse::Fault::Hang;
                return hang;
            }
            return kube(r, "kube-prod-exec", prodCerts, prodClusterIssuers, {});
        });
        QVERIFY(m_kubeLab.listenTls(kubeCert, kubeKey));
        QVERIFY(m_kubeProd.listenTls(kubeCert, kubeKey));
        QVERIFY(writeFile(
            m_scratch.filePath(u"exec-plugin.sh"_qs),
            "#!/bin/sh\necho run >> '" + m_scratch.filePath(u"exec-plugin.runs"_qs).toUtf8()
                + "'\nif [ -e '" + m_scratch.filePath(u"exec-plugin.expired"_qs).toUtf8()
                + "' ]; then echo 'error: the session expired, run: cloud login' >&2; exit 2; fi"
                  "\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\","
                  "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"kube-prod-exec\"}}'\n"));
        QFile::setPermissions(m_scratch.filePath(u"exec-plugin.sh"_qs),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        writeKubeconfig(u"kube"_qs);

        // The GitOps repository: web in three environments on two clusters.
        m_repo = m_scratch.filePath(u"gitops"_qs);
        QVERIFY(writeFile(m_repo + u"/apps/web/base/kustomization.yaml"_qs,
                          "resources:\n- deployment.yaml\n"));
        QVERIFY(writeFile(m_repo + u"/apps/web/base/deployment.yaml"_qs,
                          "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                          "  template:\n    spec:\n      containers:\n      - name: web\n"
                          "        image: ghcr.io/acme/web:1.0.0\n"));
        const auto overlay
            = [&](const QString &env, const QByteArray &tag, const QByteArray &extra) {
                  return writeFile(
                      m_repo + u"/apps/web/overlays/"_qs + env + u"/kustomization.yaml"_qs,
                      "resources:\n- ../../base\nimages:\n- name: ghcr.io/acme/web\n  newTag: "
                          + tag + "\n" + extra);
              };
        QVERIFY(overlay(u"development"_qs, "2.1.0", {}));
        // Staging's nodes are arm64 machines.
        QVERIFY(
            overlay(u"staging"_qs, "2.0.0",
                    "patches:\n- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n"
                    "    metadata:\n      name: web\n    spec:\n      template:\n        spec:\n"
                    "          nodeSelector:\n            kubernetes.io/arch: arm64\n"));
        QVERIFY(overlay(u"production"_qs, "1.9.0", {}));
        QVERIFY(
            writeFile(m_repo + u"/promenade.yaml"_qs,
                      "environments:\n  - name: development\n    clusters: [lab]\n"
                      "  - name: staging\n    clusters: [lab]\n"
                      "  - name: production\n    clusters: [prod]\n    promotion: pull-request\n"
                      "endpoints:\n  argocd:\n    - {url: "
                          + m_argoLab.url().toString().toUtf8() + ", clusters: [lab]}\n    - {url: "
                          + m_argoProd.url().toString().toUtf8()
                          + ", clusters: [prod]}\n  registries:\n    ghcr.io: "
                          + m_registryFront.url().toString().toUtf8()
                          + "\n  clusters:\n    lab: {context: lab}\n    prod: {context: prod}\n"));
        QCOMPARE(git(m_repo, {u"init"_qs, u"-q"_qs, u"-b"_qs, u"main"_qs}).exitCode, 0);
        QCOMPARE(git(m_repo, {u"add"_qs, u"-A"_qs}).exitCode, 0);
        QCOMPARE(git(m_repo,
                     {u"-c"_qs, u"user.name=Scenario"_qs, u"-c"_qs,
                      u"user.email=scenario@example.com"_qs, u"commit"_qs, u"-qm"_qs,
                      u"web in three environments"_qs})
                     .exitCode,
                 0);

        // The user's own credentials, where they keep them.
        const QByteArray argoConfig
            = "contexts:\n- name: lab\n  server: " + argoLabel(m_argoLab).toUtf8()
            + "\n  user: lab\n- name: prod\n  server: " + argoLabel(m_argoProd).toUtf8()
            + "\n  user: prod\ncurrent-context: lab\nservers:\n- server: "
            + argoLabel(m_argoLab).toUtf8()
            + "\n  plain-text: true\n- server: " + argoLabel(m_argoProd).toUtf8()
            + "\n  plain-text: true\nusers:\n- name: lab\n  auth-token: argo-lab-token\n"
              "- name: prod\n  auth-token: argo-prod-token\n";
        QVERIFY(writeFile(m_scratch.filePath(u"argocd/config"_qs), argoConfig));
        const QByteArray dockerConfig
            = "{\"auths\":{\"127.0.0.1:" + QByteArray::number(m_registryFront.port())
            + "\":{\"auth\":\"" + (u"ci:"_qs + m_dockerPassword).toUtf8().toBase64() + "\"}}}";
        QVERIFY(writeFile(m_scratch.filePath(u"docker/config.json"_qs), dockerConfig));
        m_env = QProcessEnvironment::systemEnvironment();
        for (const QString &unset : {u"ARGOCD_AUTH_TOKEN"_qs, u"ARGOCD_SERVER"_qs, u"GH_TOKEN"_qs,
                                     u"GITHUB_TOKEN"_qs, u"GH_HOST"_qs})
            m_env.remove(unset);
        m_env.insert(u"ARGOCD_CONFIG_DIR"_qs, m_scratch.filePath(u"argocd"_qs));
        m_env.insert(u"DOCKER_CONFIG"_qs, m_scratch.filePath(u"docker"_qs));
        m_env.insert(u"KUBECONFIG"_qs, m_scratch.filePath(u"kubeconfig"_qs));
        m_env.insert(u"PROMENADE_TRUST_FILE"_qs, m_scratch.filePath(u"trust.conf"_qs));
        m_env.insert(u"XDG_CACHE_HOME"_qs, m_scratch.filePath(u"cache"_qs));
        m_env.insert(u"XDG_CONFIG_HOME"_qs, m_scratch.filePath(u"config"_qs));
    }

    void init()
    {
        m_argoLabFault = m_argoProdFault = ArgoFault::None;
        m_kubeProdHangs = m_kubeLabRefuses = m_stagingLags = m_developmentLatest = false;
        m_tagPageFailures = 0;
        m_tokenGrants.clear();
        for (FakeHttpServer *s :
             {&m_tokens, &m_registryFront, &m_argoLab, &m_argoProd, &m_kubeLab, &m_kubeProd})
            s->clearRequests();
    }

    // Everything answers: the release manager's picture.
    void everythingAnswers()
    {
        ProcessResult r;
        const QJsonObject s = status(&r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(strings(s.value(u"unreachable")), QStringList());
        QCOMPARE(s.value(u"refused").toArray().size(), 0);
        for (const QString &env : {u"development"_qs, u"staging"_qs, u"production"_qs})
            QVERIFY2(problemsOf(envIn(s, env)).isEmpty(),
                     qPrintable(env + u": "_qs + problemsOf(envIn(s, env)).join(u" | ")));
        QVERIFY2(strings(s.value(u"problems")).isEmpty(),
                 qPrintable(strings(s.value(u"problems")).join(u" | ")));

        const QJsonObject dev = appIn(s, u"development"_qs, u"web"_qs);
        const QJsonObject staging = appIn(s, u"staging"_qs, u"web"_qs);
        const QJsonObject prod = appIn(s, u"production"_qs, u"web"_qs);
        QVERIFY(!dev.isEmpty() && !staging.isEmpty() && !prod.isEmpty());
        // What runs, from each cluster's own Argo CD.
        QCOMPARE(dev.value(u"running").toObject().value(u"version").toString(), u"2.1.0"_qs);
        QCOMPARE(dev.value(u"running").toObject().value(u"application").toString(),
                 u"web-development"_qs);
        QCOMPARE(staging.value(u"running").toObject().value(u"version").toString(), u"2.0.0"_qs);
        QCOMPARE(prod.value(u"running").toObject().value(u"version").toString(), u"1.9.0"_qs);
        QCOMPARE(prod.value(u"running").toObject().value(u"sync").toString(), u"Synced"_qs);
        // Multi-source: the overlay's source's revision, not the chart's version.
        QCOMPARE(prod.value(u"running").toObject().value(u"revision").toString(), m_revisionProd);

        // The registry: the whole list through its pagination, the newest build named by its
        // version with `latest` as its alias, and amd64 only.
        const QJsonObject available = dev.value(u"available").toObject();
        QCOMPARE(available.value(u"tagsListed").toInt(), m_totalTags);
        QCOMPARE(available.value(u"newestTag").toString(), u"2.1.0"_qs);
        QVERIFY2(strings(available.value(u"newestAliases")).contains(u"latest"_qs),
                 qPrintable(strings(available.value(u"newestAliases")).join(u',')));
        QCOMPARE(strings(available.value(u"newestPlatforms")), QStringList {u"linux/amd64"_qs});
        int pages = 0;
        for (const FakeRequest &req : m_registryFront.requests())
            pages += req.path.endsWith(u"/tags/list") && req.query.hasQueryItem(u"last"_qs) ? 1 : 0;
        QVERIFY2(pages >= 1, "the second page of tags was never asked");
        // The Docker login went to the token server only, never to the registry itself.
        QVERIFY(m_tokenGrants.contains(u"ci"_qs));
        const QByteArray basic = "Basic " + (u"ci:"_qs + m_dockerPassword).toUtf8().toBase64();
        for (const FakeRequest &req : m_registryFront.requests())
            QVERIFY(req.header("Authorization") != basic);

        // The verdicts.
        const QJsonObject stagingVerdict = staging.value(u"promotion").toObject();
        QCOMPARE(strings(staging.value(u"neededPlatforms")), QStringList {u"linux/arm64"_qs});
        QCOMPARE(stagingVerdict.value(u"verdict").toString(), u"blocked"_qs);
        QCOMPARE(stagingVerdict.value(u"from").toString(), u"development"_qs);
        QCOMPARE(stagingVerdict.value(u"version").toString(), u"2.1.0"_qs);
        QVERIFY2(stagingVerdict.value(u"reason").toString().contains(u"linux/arm64"),
                 qPrintable(stagingVerdict.value(u"reason").toString()));
        QCOMPARE(staging.value(u"behind").toString(), u"development runs 2.1.0"_qs);
        const QJsonObject prodVerdict = prod.value(u"promotion").toObject();
        QCOMPARE(prodVerdict.value(u"verdict").toString(), u"ready"_qs);
        QCOMPARE(prodVerdict.value(u"from").toString(), u"staging"_qs);
        QCOMPARE(prodVerdict.value(u"version").toString(), u"2.0.0"_qs);
        QCOMPARE(prod.value(u"behind").toString(), u"staging runs 2.0.0"_qs);
        QCOMPARE(dev.value(u"promotion").toObject().value(u"verdict").toString(), u"up-to-date"_qs);
        QVERIFY(prod.value(u"behind").isString());
        QVERIFY(dev.value(u"behind").isNull());

        // Certificates and issuers through each cluster's API (TLS, the kubeconfig's CA).
        const QJsonObject stagingEnv = envIn(s, u"staging"_qs);
        QStringList certs;
        for (const QJsonValue &c : stagingEnv.value(u"certificates").toArray())
            certs << c.toObject().value(u"namespace").toString() + u'/'
                    + c.toObject().value(u"name").toString() + u'='
                    + c.toObject().value(u"state").toString() + u'@'
                    + c.toObject().value(u"source").toString();
        QVERIFY2(certs.contains(u"web-staging/web-staging-tls=Issuing@cluster"_qs)
                     || certs.contains(u"web-staging/web-staging-tls=NotReady@cluster"_qs),
                 qPrintable(certs.join(u',')));
        QVERIFY2(certs.contains(u"web-dev/web-dev-tls=Ready@cluster"_qs),
                 qPrintable(certs.join(u',')));
        QStringList issuers;
        for (const QJsonValue &i : stagingEnv.value(u"issuers").toArray())
            issuers << i.toObject().value(u"kind").toString() + u':'
                    + i.toObject().value(u"namespace").toString() + u'/'
                    + i.toObject().value(u"name").toString();
        QVERIFY2(issuers.contains(u"ClusterIssuer:/letsencrypt"_qs),
                 qPrintable(issuers.join(u',')));
        QVERIFY2(issuers.contains(u"Issuer:web-staging/staging-ca"_qs),
                 qPrintable(issuers.join(u',')));
        QStringList prodCerts;
        for (const QJsonValue &c : envIn(s, u"production"_qs).value(u"certificates").toArray())
            prodCerts << c.toObject().value(u"cluster").toString() + u'/'
                    + c.toObject().value(u"name").toString();
        QCOMPARE(prodCerts, QStringList {u"prod/web-prod-tls"_qs});
        // The exec plugin's token went to production's API, the static one to lab's.
        QVERIFY(readFile(m_scratch.filePath(u"exec-plugin.runs"_qs)).count('\n') >= 1);
        QVERIFY(m_kubeProd.requests().size() >= 2);
        for (const FakeRequest &req : m_kubeProd.requests())
            QCOMPARE(req.header("Authorization"), QByteArray("Bearer kube-prod-exec"));
        for (const FakeRequest &req : m_kubeLab.requests())
            QCOMPARE(req.header("Authorization"), QByteArray("Bearer kube-lab-token"));
        // Each Argo CD got its own token, never the other's.
        QVERIFY(!m_argoLab.requests().isEmpty() && !m_argoProd.requests().isEmpty());
        for (const FakeRequest &req : m_argoLab.requests())
            QCOMPARE(req.header("Authorization"), QByteArray("Bearer argo-lab-token"));
        for (const FakeRequest &req : m_argoProd.requests())
            QCOMPARE(req.header("Authorization"), QByteArray("Bearer argo-prod-token"));
    }

    // Staging declares 2.0.0 but Argo CD still runs 1.9.0 (OutOfSync, Progressing): drift
    // saying so; production is not behind (staging runs what production runs), and its verdict
    // is behind — staging does not run 2.0.0 yet —, never ready.
    void stagingHasNotSyncedYet()
    {
        m_stagingLags = true;
        const QJsonObject s = status();
        const QJsonObject staging = appIn(s, u"staging"_qs, u"web"_qs);
        QCOMPARE(staging.value(u"running").toObject().value(u"version").toString(), u"1.9.0"_qs);
        QCOMPARE(staging.value(u"running").toObject().value(u"sync").toString(), u"OutOfSync"_qs);
        const QStringList drift = strings(staging.value(u"drift"));
        QVERIFY2(anyContains(drift, u"declares 2.0.0 but web-staging runs 1.9.0"_qs),
                 qPrintable(drift.join(u" | ")));
        QVERIFY2(anyContains(drift, u"Progressing"_qs), qPrintable(drift.join(u" | ")));
        const QJsonObject prod = appIn(s, u"production"_qs, u"web"_qs);
        QVERIFY2(prod.value(u"behind").isNull(), qPrintable(prod.value(u"behind").toString()));
        const QJsonObject verdict = prod.value(u"promotion").toObject();
        QCOMPARE(verdict.value(u"verdict").toString(), u"behind"_qs);
        QCOMPARE(verdict.value(u"from").toString(), u"staging"_qs);
        QCOMPARE(verdict.value(u"version").toString(), u"2.0.0"_qs);
        QVERIFY2(verdict.value(u"sentence").toString().contains(u"staging"),
                 qPrintable(verdict.value(u"sentence").toString()));
    }

    // Development declares (and runs) the moving `latest`: flagged mutable with the sentence to
    // show, the digest to pin is the newest build's, named by its version; staging's verdict
    // judges that build: blocked (no arm64), never ready.
    void developmentDeclaresLatest()
    {
        const QString file = m_repo + u"/apps/web/overlays/development/kustomization.yaml"_qs;
        const QByteArray original = readFile(file);
        QByteArray edited = original;
        edited.replace("newTag: 2.1.0", "newTag: latest");
        QVERIFY(edited != original);
        QVERIFY(writeFile(file, edited));
        m_developmentLatest = true;
        const QJsonObject s = status();
        QVERIFY(writeFile(file, original));
        const QJsonObject dev = appIn(s, u"development"_qs, u"web"_qs);
        QCOMPARE(dev.value(u"declared").toObject().value(u"tag").toString(), u"latest"_qs);
        QVERIFY(dev.value(u"mutableTag").toBool());
        QVERIFY(dev.value(u"mutableTagWarning").isString());
        const QJsonObject available = dev.value(u"available").toObject();
        QVERIFY(available.value(u"declaredDigest").toString().startsWith(u"sha256:"));
        QCOMPARE(available.value(u"declaredDigest").toString(),
                 available.value(u"newestDigest").toString());
        QVERIFY2(strings(available.value(u"declaredAliases")).contains(u"2.1.0"_qs),
                 qPrintable(strings(available.value(u"declaredAliases")).join(u',')));
        QCOMPARE(appIn(s, u"staging"_qs, u"web"_qs)
                     .value(u"promotion")
                     .toObject()
                     .value(u"verdict")
                     .toString(),
                 u"blocked"_qs);
    }

    // Production's Argo CD fails (500): unreachable, production's running unknown with a
    // problem naming that Argo CD; the lab's environments are untouched.
    void anArgoCdFails()
    {
        m_argoProdFault = ArgoFault::ServerError;
        const QJsonObject s = status();
        QCOMPARE(strings(s.value(u"unreachable")), QStringList {u"Argo CD"_qs});
        QCOMPARE(s.value(u"refused").toArray().size(), 0);
        const QJsonObject prod = appIn(s, u"production"_qs, u"web"_qs);
        QVERIFY(prod.value(u"running").isNull());
        const QStringList prodProblems = problemsOf(envIn(s, u"production"_qs));
        QVERIFY2(anyContains(prodProblems, argoLabel(m_argoProd), u"500"_qs),
                 qPrintable(prodProblems.join(u" | ")));
        QCOMPARE(appIn(s, u"staging"_qs, u"web"_qs)
                     .value(u"running")
                     .toObject()
                     .value(u"version")
                     .toString(),
                 u"2.0.0"_qs);
        QVERIFY(!anyContains(problemsOf(envIn(s, u"staging"_qs)), argoLabel(m_argoProd)));
        // What production could take is still judged from staging.
        QCOMPARE(prod.value(u"behind").toString(), u"staging runs 2.0.0"_qs);
        // The table says the same, with the problem line naming that Argo CD.
        const ProcessResult table = runPromenadeServing({u"status"_qs, m_repo}, m_env);
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(argoLabel(m_argoProd).toUtf8())
                     && table.out.contains("the server failed (500)"),
                 table.out.constData());
        QVERIFY2(table.out.contains("staging web: blocked: "), table.out.constData());
    }

    // Production's Argo CD answers garbage: a problem line naming it, running unknown; a
    // failure in place of an answer (README: unreachable), not refused, never silently fine.
    void anArgoCdAnswersGarbage()
    {
        m_argoProdFault = ArgoFault::Garbage;
        const QJsonObject s = status();
        QVERIFY(appIn(s, u"production"_qs, u"web"_qs).value(u"running").isNull());
        const QStringList prodProblems = problemsOf(envIn(s, u"production"_qs));
        QVERIFY2(anyContains(prodProblems, argoLabel(m_argoProd), u"JSON"_qs),
                 qPrintable(prodProblems.join(u" | ")));
        QCOMPARE(s.value(u"refused").toArray().size(), 0);
        QCOMPARE(strings(s.value(u"unreachable")), QStringList {u"Argo CD"_qs});
        QVERIFY(!appIn(s, u"development"_qs, u"web"_qs).value(u"running").isNull());
    }

    // The production token may no longer see the Application (RBAC filters Argo CD's list
    // silently: 200, no items): running unknown, and a problem line naming that Argo CD and
    // what it does not list, never a silent blank; it answered, so it is not unreachable.
    void anArgoCdListsNothingForTheToken()
    {
        m_argoProdFault = ArgoFault::Filtered;
        const QJsonObject s = status();
        QCOMPARE(strings(s.value(u"unreachable")), QStringList());
        QCOMPARE(s.value(u"refused").toArray().size(), 0);
        const QJsonObject prod = appIn(s, u"production"_qs, u"web"_qs);
        QVERIFY(prod.value(u"running").isNull());
        const QStringList problems = problemsOf(envIn(s, u"production"_qs));
        QVERIFY2(anyContains(problems, argoLabel(m_argoProd), u"apps/web/overlays/production"_qs),
                 qPrintable(problems.join(u" | ")));
        // The lab's Argo CD listed its own: nothing said there.
        QVERIFY2(problemsOf(envIn(s, u"staging"_qs)).isEmpty(),
                 qPrintable(problemsOf(envIn(s, u"staging"_qs)).join(u" | ")));
    }

    // The lab's Argo CD token expired (401): refused, naming that Argo CD; not unreachable.
    void anArgoCdTokenExpired()
    {
        m_argoLabFault = ArgoFault::Expired;
        const QJsonObject s = status();
        QCOMPARE(strings(s.value(u"unreachable")), QStringList());
        const QJsonArray refused = s.value(u"refused").toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().toObject().value(u"service").toString(), u"Argo CD"_qs);
        QVERIFY(refused.first()
                    .toObject()
                    .value(u"endpoint")
                    .toString()
                    .contains(argoLabel(m_argoLab)));
        const QString reason = refused.first().toObject().value(u"reason").toString();
        QVERIFY2(reason.contains(u"401"), qPrintable(reason));
        for (const QString &env : {u"development"_qs, u"staging"_qs}) {
            QVERIFY(appIn(s, env, u"web"_qs).value(u"running").isNull());
            QVERIFY2(problemsOf(envIn(s, env)).contains(reason),
                     qPrintable(problemsOf(envIn(s, env)).join(u" | ")));
        }
        QVERIFY(!problemsOf(envIn(s, u"production"_qs)).contains(reason));
        QCOMPARE(appIn(s, u"production"_qs, u"web"_qs)
                     .value(u"running")
                     .toObject()
                     .value(u"version")
                     .toString(),
                 u"1.9.0"_qs);
        // No verdict is "ready" on what nobody could see: staging's upstream runs are unknown.
        const QString stagingVerdict = appIn(s, u"staging"_qs, u"web"_qs)
                                           .value(u"promotion")
                                           .toObject()
                                           .value(u"verdict")
                                           .toString();
        QVERIFY2(stagingVerdict != u"ready", qPrintable(stagingVerdict));
    }

    // A Kubernetes API that accepts the connection and never answers: the command ends at its
    // deadline with a problem naming that API; what answered is reported.
    void aKubernetesApiNeverAnswers()
    {
        m_kubeProdHangs = true;
        ProcessResult r;
        const QJsonObject s = status(&r, {u"--timeout"_qs, u"6"_qs});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        // Said once, by whichever ends first at the deadline: the collection ("the status is
        // incomplete: no answer from …") or the request itself ("no complete answer before
        // the deadline"), naming that API.
        const QStringList problems
            = strings(s.value(u"problems")) + problemsOf(envIn(s, u"production"_qs));
        const QString api = u"127.0.0.1:"_qs + QString::number(m_kubeProd.port());
        QVERIFY2(anyContains(problems, api, u"6 s deadline"_qs)
                     || anyContains(problems, api, u"no complete answer before the deadline"_qs),
                 qPrintable(problems.join(u" | ")));
        QVERIFY2(strings(s.value(u"unreachable")).contains(u"Kubernetes"_qs),
                 qPrintable(strings(s.value(u"unreachable")).join(u',')));
        QCOMPARE(appIn(s, u"development"_qs, u"web"_qs)
                     .value(u"running")
                     .toObject()
                     .value(u"version")
                     .toString(),
                 u"2.1.0"_qs);
    }

    // A Kubernetes API refusing the token (401): a problem line naming the cluster's API and the
    // refusal; it answered, so it is not unreachable.
    void aKubernetesTokenIsRefused()
    {
        m_kubeLabRefuses = true;
        const QJsonObject s = status();
        const QStringList problems = problemsOf(envIn(s, u"staging"_qs));
        QVERIFY2(
            anyContains(problems, u"127.0.0.1:"_qs + QString::number(m_kubeLab.port()), u"401"_qs),
            qPrintable(problems.join(u" | ")));
        QVERIFY(!strings(s.value(u"unreachable")).contains(u"Kubernetes"_qs));
        QStringList once = problems;
        QCOMPARE(once.removeDuplicates(), 0); // said once, not per list that failed
        bool listed = false;
        for (const QJsonValue &v : s.value(u"refused").toArray())
            listed = listed
                || v.toObject()
                       .value(u"endpoint")
                       .toString()
                       .contains(QString::number(m_kubeLab.port()));
        QVERIFY2(listed, "a Kubernetes API that refused the credentials is in `refused`");
        QVERIFY(envIn(s, u"staging"_qs).value(u"certificates").toArray().isEmpty());
    }

    // The exec credential plugin fails (the cloud session expired): a problem line naming the
    // cluster's API, the plugin and what it printed; the cluster was never asked, so it is
    // neither unreachable nor refused, and the rest is reported.
    void anExecCredentialPluginFails()
    {
        QVERIFY(writeFile(m_scratch.filePath(u"exec-plugin.expired"_qs), "1"));
        const QJsonObject s = status();
        QFile::remove(m_scratch.filePath(u"exec-plugin.expired"_qs));
        const QStringList problems = problemsOf(envIn(s, u"production"_qs));
        QVERIFY2(anyContains(problems, u"127.0.0.1:"_qs + QString::number(m_kubeProd.port()),
                             u"the session expired, run: cloud login"_qs),
                 qPrintable(problems.join(u" | ")));
        QVERIFY2(anyContains(problems, u"exec-plugin.sh"_qs), qPrintable(problems.join(u" | ")));
        QStringList once = problems;
        QCOMPARE(once.removeDuplicates(), 0);
        QVERIFY(m_kubeProd.requests().isEmpty());
        QCOMPARE(strings(s.value(u"unreachable")), QStringList());
        QCOMPARE(s.value(u"refused").toArray().size(), 0);
        QVERIFY(envIn(s, u"production"_qs).value(u"certificates").toArray().isEmpty());
        QCOMPARE(envIn(s, u"staging"_qs).value(u"certificates").toArray().size(), 2);
    }

    // The registry fails on the second tag page (500 every time): no partial list is passed off
    // as the whole; the problem names the registry the image names, and the mirror.
    void aTagPageFails()
    {
        m_tagPageFailures = 1000;
        m_tagPageStatus = 500;
        const QJsonObject s = status();
        const QJsonObject dev = appIn(s, u"development"_qs, u"web"_qs);
        const QStringList problems = problemsOf(envIn(s, u"development"_qs));
        QVERIFY2(anyContains(problems, u"ghcr.io"_qs, u"500"_qs),
                 qPrintable(problems.join(u" | ")));
        QVERIFY2(anyContains(problems, m_registryFront.url().toString()),
                 qPrintable(problems.join(u" | ")));
        QVERIFY2(strings(s.value(u"unreachable")).contains(u"Registry"_qs),
                 qPrintable(strings(s.value(u"unreachable")).join(u',')));
        QCOMPARE(s.value(u"refused").toArray().size(), 0);
        const QJsonValue available = dev.value(u"available");
        QVERIFY2(available.isNull()
                     || available.toObject().value(u"tagsListed").toInt() == m_totalTags,
                 "a partial tag list is reported as the whole");
    }

    // The Docker login was rotated and the token server refuses the old one: refused (not
    // unreachable), naming the registry the image names; what it offers is unknown, not empty.
    void aRegistryLoginIsRefused()
    {
        const QString kept = std::exchange(m_dockerPassword, u"rotated"_qs);
        const QJsonObject s = status();
        m_dockerPassword = kept;
        QVERIFY(!strings(s.value(u"unreachable")).contains(u"Registry"_qs));
        const QJsonArray refused = s.value(u"refused").toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().toObject().value(u"service").toString(), u"Registry"_qs);
        const QString reason = refused.first().toObject().value(u"reason").toString();
        QVERIFY2(reason.contains(u"ghcr.io") && reason.contains(u"401"), qPrintable(reason));
        QVERIFY(!reason.contains(u"rotated") && !reason.contains(m_dockerPassword));
        QVERIFY(appIn(s, u"development"_qs, u"web"_qs).value(u"available").isNull());
        QVERIFY2(problemsOf(envIn(s, u"development"_qs)).contains(reason),
                 qPrintable(problemsOf(envIn(s, u"development"_qs)).join(u" | ")));
        // What runs is still told: Argo CD answered.
        QCOMPARE(appIn(s, u"development"_qs, u"web"_qs)
                     .value(u"running")
                     .toObject()
                     .value(u"version")
                     .toString(),
                 u"2.1.0"_qs);
    }

    // The window's service, on the same scenario: while production's Argo CD fails, the last
    // status that knew what runs stays shown, with why; when it answers again, the fresh one;
    // while a cluster API refuses, the fresh one with the refusal said.
    void theWindowKeepsTheLastStatusWhileAServiceIsUnreachable()
    {
        for (const QString &name : {u"ARGOCD_CONFIG_DIR"_qs, u"DOCKER_CONFIG"_qs, u"KUBECONFIG"_qs,
                                    u"PROMENADE_TRUST_FILE"_qs, u"XDG_CACHE_HOME"_qs})
            qputenv(name.toUtf8().constData(), m_env.value(name).toUtf8());
        for (const char *name : {"ARGOCD_AUTH_TOKEN", "ARGOCD_SERVER"})
            qunsetenv(name);
        auto pipeline = Promenade::RepositoryDiscovery::discover(m_repo);
        QVERIFY2(pipeline, qPrintable(pipeline ? QString() : pipeline.error().toString()));
        Promenade::LiveStatusSettings settings;
        settings.pipeline = *pipeline;
        settings.options.deadline = std::chrono::seconds(20);
        settings.options.timeout = std::chrono::seconds(20);
        settings.interval = std::chrono::minutes(10); // refreshed by the test only
        Promenade::LiveStatusService service;
        service.start(settings);
        const auto runningIn = [&](const QString &env) {
            return appIn(service.snapshot().status.toJson(), env, u"web"_qs)
                .value(u"running")
                .toObject()
                .value(u"version")
                .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(service.snapshot().status.fetchedAt.isValid()
                                     && service.snapshot().status.loading.isEmpty(),
                                 60000);
        QVERIFY2(service.snapshot().problem.isEmpty(), qPrintable(service.snapshot().problem));
        QCOMPARE(runningIn(u"production"_qs), u"1.9.0"_qs);
        // (Argo CD's watch may bring another collection meanwhile: what was known before the
        // fault is what must stay.)
        const QDateTime faultAt = QDateTime::currentDateTimeUtc();
        m_argoProdFault = ArgoFault::ServerError;
        service.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(service.snapshot().problem == u"Argo CD unreachable",
                                  qPrintable(service.snapshot().problem), 60000);
        // What production runs is the last known, with its time; not blanked.
        QCOMPARE(runningIn(u"production"_qs), u"1.9.0"_qs);
        QVERIFY(service.snapshot().status.fetchedAt < faultAt);
        QVERIFY(service.snapshot().status.unreachable.isEmpty());

        m_argoProdFault = ArgoFault::None;
        service.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(service.snapshot().problem.isEmpty()
                                      && service.snapshot().status.fetchedAt > faultAt,
                                  qPrintable(service.snapshot().problem), 60000);
        QCOMPARE(runningIn(u"production"_qs), u"1.9.0"_qs);

        // A cluster API that refuses is not Argo CD: what runs is fresh (staging went out of
        // sync meanwhile), shown with the refusal said, not withheld while the cluster is away.
        const QDateTime refusedAt = QDateTime::currentDateTimeUtc();
        m_kubeLabRefuses = true;
        m_stagingLags = true;
        service.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(service.snapshot().status.fetchedAt > refusedAt,
                                  qPrintable(service.snapshot().problem), 60000);
        QVERIFY2(service.snapshot().problem.contains(u"Kubernetes refused the credentials"),
                 qPrintable(service.snapshot().problem));
        QCOMPARE(appIn(service.snapshot().status.toJson(), u"staging"_qs, u"web"_qs)
                     .value(u"running")
                     .toObject()
                     .value(u"sync")
                     .toString(),
                 u"OutOfSync"_qs);
        service.stop();
    }

    // One 429 on a tag page (Retry-After: 1): retried, the whole list read.
    void aTagPageIsRateLimitedOnce()
    {
        m_tagPageFailures = 1;
        m_tagPageStatus = 429;
        const QJsonObject s = status();
        const QJsonObject available
            = appIn(s, u"development"_qs, u"web"_qs).value(u"available").toObject();
        QCOMPARE(available.value(u"tagsListed").toInt(), m_totalTags);
        QCOMPARE(available.value(u"newestTag").toString(), u"2.1.0"_qs);
        QCOMPARE(m_tagPageFailures, 0);
    }

    // The lab's API presents a certificate the kubeconfig's CA did not sign: a clear TLS problem
    // naming it, nothing trusted, no token sent.
    void aWrongCertificateAuthority()
    {
        writeKubeconfig(u"impostor"_qs);
        const QJsonObject s = status();
        writeKubeconfig(u"kube"_qs);
        const QStringList problems = problemsOf(envIn(s, u"development"_qs));
        QVERIFY2(anyContains(problems, u"127.0.0.1:"_qs + QString::number(m_kubeLab.port())),
                 qPrintable(problems.join(u" | ")));
        QVERIFY2(anyContains(problems, u"certificate"_qs) || anyContains(problems, u"TLS"_qs),
                 qPrintable(problems.join(u" | ")));
        QStringList once = problems;
        QCOMPARE(once.removeDuplicates(), 0);
        QVERIFY(envIn(s, u"development"_qs).value(u"certificates").toArray().isEmpty());
        QVERIFY(m_kubeLab.requests().isEmpty());
        QCOMPARE(strings(s.value(u"unreachable")), QStringList {u"Kubernetes"_qs});
        // Production's API (the right CA) is unaffected.
        QCOMPARE(envIn(s, u"production"_qs).value(u"certificates").toArray().size(), 1);
    }
};

QTEST_MAIN(TestLiveScenario)
#include "tst_livescenario.moc"
