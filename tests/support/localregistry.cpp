#include "localregistry.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace TestSupport {

namespace {
struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray digest;
};

Reply send(const QByteArray &verb, const QUrl &url,
           const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.location = reply->rawHeader("Location");
    r.digest = reply->rawHeader("Docker-Content-Digest");
    reply->deleteLater();
    return r;
}

QString digestOf(const QByteArray &bytes)
{
    return u"sha256:"_qs
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

LocalRegistry::LocalRegistry() = default;

LocalRegistry::~LocalRegistry()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString LocalRegistry::binary()
{
    if (QFile::exists(u"/usr/bin/docker-registry"_qs))
        return u"/usr/bin/docker-registry"_qs;
    return QStandardPaths::findExecutable(u"docker-registry"_qs);
}

QString LocalRegistry::log() const
{
    return QString::fromUtf8(TestSupport::readFile(m_dir.filePath(u"registry.log"_qs)).right(4000));
}

bool LocalRegistry::start(const QString &user, const QString &password)
{
    if (binary().isEmpty() || !m_dir.isValid())
        return false;
    m_user = user;
    m_password = password;
    QByteArray auth;
    if (!user.isEmpty()) {
        const auto r = runProcess(u"htpasswd"_qs, {u"-Bbn"_qs, user, password});
        if (r.exitCode != 0)
            return false;
        writeFile(m_dir.filePath(u"htpasswd"_qs), r.out);
        auth = "auth:\n  htpasswd:\n    realm: promenade-test\n    path: "
            + m_dir.filePath(u"htpasswd"_qs).toUtf8() + "\n";
    }
    return run(auth);
}

bool LocalRegistry::startWithTokenAuth(const QUrl &realm, const QString &service,
                                       const QString &issuer, const QString &rootCertBundle)
{
    if (binary().isEmpty() || !m_dir.isValid())
        return false;
    return run("auth:\n  token:\n    realm: " + realm.toEncoded()
               + "\n    service: " + service.toUtf8() + "\n    issuer: " + issuer.toUtf8()
               + "\n    rootcertbundle: " + rootCertBundle.toUtf8() + "\n");
}

bool LocalRegistry::run(const QByteArray &authSection)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        port = probe.serverPort();
    }
    QByteArray config = "version: 0.1\n"
                        "log:\n  level: warn\n"
                        "storage:\n  filesystem:\n    rootdirectory: "
        + m_dir.filePath(u"data"_qs).toUtf8() + "\n  delete:\n    enabled: true\n"
        + "http:\n  addr: 127.0.0.1:" + QByteArray::number(port) + "\n"
        + "  secret: promenade-test-secret\n" + authSection;
    writeFile(m_dir.filePath(u"config.yml"_qs), config);
    m_process.setStandardOutputFile(m_dir.filePath(u"registry.log"_qs));
    m_process.setStandardErrorFile(m_dir.filePath(u"registry.log"_qs), QIODevice::Append);
    m_process.start(binary(), {u"serve"_qs, m_dir.filePath(u"config.yml"_qs)});
    if (!m_process.waitForStarted(5000))
        return false;
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const Reply r = send("GET", m_url.resolved(QUrl(u"/v2/"_qs)), {});
        if (r.status == 200 || r.status == 401)
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(50);
    }
    return false;
}

QByteArray LocalRegistry::authorization() const
{
    if (!m_pushAuthorization.isEmpty())
        return m_pushAuthorization;
    if (m_user.isEmpty())
        return {};
    return "Basic " + (m_user + u':' + m_password).toUtf8().toBase64();
}

QString LocalRegistry::pushBlob(const QString &repository, const QByteArray &bytes)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization().isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), authorization()));
    const Reply start = send(
        "POST", m_url.resolved(QUrl(u"/v2/"_qs + repository + u"/blobs/uploads/"_qs)), headers);
    if (start.status != 202) {
        qWarning("blob upload start: %d %s", start.status, start.body.constData());
        return {};
    }
    const QString digest = digestOf(bytes);
    QUrl upload = m_url.resolved(QUrl(QString::fromLatin1(start.location)));
    QUrlQuery q(upload);
    q.addQueryItem(u"digest"_qs, digest);
    upload.setQuery(q);
    auto putHeaders = headers;
    putHeaders.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
    const Reply put = send("PUT", upload, putHeaders, bytes);
    if (put.status != 201) {
        qWarning("blob upload: %d %s", put.status, put.body.constData());
        return {};
    }
    return digest;
}

QString LocalRegistry::pushManifest(const QString &repository, const QString &reference,
                                    const QByteArray &mediaType, const QByteArray &bytes)
{
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", mediaType}};
    if (!authorization().isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), authorization()));
    const Reply put
        = send("PUT", m_url.resolved(QUrl(u"/v2/"_qs + repository + u"/manifests/"_qs + reference)),
               headers, bytes);
    if (put.status != 201) {
        qWarning("manifest push: %d %s", put.status, put.body.constData());
        return {};
    }
    return digestOf(bytes);
}

} // namespace TestSupport
