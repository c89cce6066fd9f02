#include "githttpserver.h"

#include <QDir>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace TestSupport {

namespace {

// Reads until `marker` is in the buffer (or the peer stalls for 10 s).
bool readUntil(QTcpSocket *socket, QByteArray &buffer, const QByteArray &marker)
{
    while (!buffer.contains(marker)) {
        if (!socket->waitForReadyRead(10000))
            return false;
        buffer += socket->readAll();
    }
    return true;
}

bool readAtLeast(QTcpSocket *socket, QByteArray &buffer, qsizetype size)
{
    while (buffer.size() < size) {
        if (!socket->waitForReadyRead(10000))
            return false;
        buffer += socket->readAll();
    }
    return true;
}

QString gitHttpBackend()
{
    QProcess p;
    p.start(QStringLiteral("git"), {QStringLiteral("--exec-path")});
    p.waitForFinished();
    return QDir(QString::fromUtf8(p.readAllStandardOutput().trimmed()))
        .filePath(QStringLiteral("git-http-backend"));
}

} // namespace

GitHttpServer::GitHttpServer(QString projectRoot)
    : m_root(std::move(projectRoot))
{ }

GitHttpServer::~GitHttpServer()
{
    m_stop.storeRelease(1);
    wait();
}

bool GitHttpServer::start()
{
    QThread::start();
    m_ready.acquire();
    return port() != 0;
}

QString GitHttpServer::url(const QString &repository) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(port()).arg(repository);
}

void GitHttpServer::setCredentials(const QString &user, const QString &password)
{
    const QMutexLocker lock(&m_mutex);
    m_user = user;
    m_password = password;
}

bool GitHttpServer::authorized(const QByteArray &header, QString *user) const
{
    if (!header.startsWith("Basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    const QMutexLocker lock(&m_mutex);
    *user = QString::fromUtf8(decoded.left(colon));
    return *user == m_user && QString::fromUtf8(decoded.mid(colon + 1)) == m_password;
}

void GitHttpServer::run()
{
    QTcpServer server;
    const bool listening = server.listen(QHostAddress::LocalHost, 0);
    m_port.storeRelease(listening ? server.serverPort() : 0);
    m_ready.release();
    if (!listening)
        return;
    while (!m_stop.loadAcquire()) {
        if (!server.waitForNewConnection(50))
            continue;
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            handle(socket);
            delete socket;
        }
    }
}

void GitHttpServer::handle(QTcpSocket *socket)
{
    // One request per connection (the response says Connection: close).
    QByteArray buffer;
    if (!readUntil(socket, buffer, "\r\n\r\n"))
        return;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    QByteArray body = buffer.mid(headerEnd + 4);
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2)
        return;
    const QByteArray method = requestLine.at(0);
    const QUrl target(QString::fromUtf8(requestLine.at(1)));
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                           lines.at(i).mid(colon + 1).trimmed());
    }
    // The body: Content-Length, or chunked (libgit2 streams pushes that way).
    if (headers.value("transfer-encoding").toLower() == "chunked") {
        QByteArray decoded;
        qsizetype pos = 0;
        for (;;) {
            qsizetype lineEnd = body.indexOf("\r\n", pos);
            while (lineEnd < 0) {
                if (!socket->waitForReadyRead(10000))
                    return;
                body += socket->readAll();
                lineEnd = body.indexOf("\r\n", pos);
            }
            bool ok = false;
            const qsizetype size
                = body.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return;
            pos = lineEnd + 2;
            if (size == 0)
                break;
            if (!readAtLeast(socket, body, pos + size + 2))
                return;
            decoded += body.mid(pos, size);
            pos += size + 2;
        }
        body = decoded;
    } else {
        const qsizetype length = headers.value("content-length", "0").toLongLong();
        if (!readAtLeast(socket, body, length))
            return;
        body.truncate(length);
    }

    if (const int delay = m_delayMs.loadAcquire(); delay > 0)
        QThread::msleep(static_cast<unsigned long>(delay));

    QString user;
    if (!authorized(headers.value("authorization"), &user)) {
        m_unauthorized.fetchAndAddRelease(1);
        socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"git\"\r\n"
                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
        socket->waitForBytesWritten(5000);
        socket->disconnectFromHost();
        return;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_PROJECT_ROOT"), m_root);
    env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
    env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(method));
    env.insert(QStringLiteral("PATH_INFO"), target.path());
    env.insert(QStringLiteral("QUERY_STRING"), target.query());
    env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(headers.value("content-type")));
    env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(body.size()));
    env.insert(QStringLiteral("REMOTE_USER"), user);
    env.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("GIT_PROTOCOL"), QString::fromLatin1(headers.value("git-protocol")));
    if (headers.contains("content-encoding"))
        env.insert(QStringLiteral("HTTP_CONTENT_ENCODING"),
                   QString::fromLatin1(headers.value("content-encoding")));
    QProcess cgi;
    cgi.setProcessEnvironment(env);
    cgi.start(gitHttpBackend(), {});
    if (!cgi.waitForStarted(10000))
        return;
    cgi.write(body);
    cgi.closeWriteChannel();
    cgi.waitForFinished(60000);
    const QByteArray output = cgi.readAllStandardOutput();

    // CGI output: headers, a blank line, the body.
    qsizetype split = output.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (split < 0) {
        split = output.indexOf("\n\n");
        skip = 2;
    }
    const QByteArray cgiHeaders = split >= 0 ? output.left(split) : QByteArray();
    const QByteArray cgiBody = split >= 0 ? output.mid(split + skip) : output;
    QByteArray status = "200 OK";
    QByteArray response;
    for (const QByteArray &raw : cgiHeaders.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.toLower().startsWith("status:"))
            status = line.mid(7).trimmed();
        else
            response += line + "\r\n";
    }
    response = "HTTP/1.1 " + status + "\r\n" + response + "Content-Length: "
        + QByteArray::number(cgiBody.size()) + "\r\nConnection: close\r\n\r\n" + cgiBody;
    m_served.fetchAndAddRelease(1);
    socket->write(response);
    while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(10000)) { }
    socket->disconnectFromHost();
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->waitForDisconnected(2000);
}

} // namespace TestSupport
