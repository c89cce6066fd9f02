#include "hostilehttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace TestSupport {

namespace {
constexpr qint64 kGiB = qint64(1) << 30;
constexpr char kBuffer[] = "promenadeBuffer";
constexpr char kRemaining[] = "promenadeRemaining";
constexpr char kChunked[] = "promenadeChunked";
} // namespace

HostileHttpServer::HostileHttpServer(Behaviour behaviour, QObject *parent)
    : QObject(parent)
    , m_behaviour(behaviour)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileHttpServer::onConnection);
}

HostileHttpServer::~HostileHttpServer() = default;

bool HostileHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl HostileHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()) + path);
}

void HostileHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HostileHttpServer::onReadable(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    // Every complete request head on this connection gets the same treatment (bodies of the
    // clients' GETs are empty).
    for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        m_requestLines.append(lines.value(0).trimmed());
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("authorization:"))
                authorization = line.mid(14).trimmed();
        }
        m_authorizations.append(authorization);
        answer(socket);
    }
    socket->setProperty(kBuffer, buffer);
}

void HostileHttpServer::answer(QTcpSocket *socket)
{
    QPointer<QTcpSocket> guard(socket);
    auto write = [this, socket](const QByteArray &bytes) {
        m_bytesSent += socket->write(bytes);
    };
    switch (m_behaviour) {
    case Behaviour::Ok:
        write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        return;
    case Behaviour::Silent:
        return;
    case Behaviour::RetryAfter:
        write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 50\r\nContent-Type: "
              "text/plain\r\nContent-Length: 4\r\n\r\nbusy");
        return;
    case Behaviour::Drip: {
        write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
              "1000000\r\n\r\n[");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [write, guard] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                write(" ");
        });
        timer->start(100);
        return;
    }
    case Behaviour::EndlessChunks: {
        write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
              "chunked\r\n\r\n");
        auto *timer = new QTimer(socket);
        const QByteArray chunk = "400\r\n" + QByteArray(1024, ' ') + "\r\n";
        connect(timer, &QTimer::timeout, socket, [write, guard, chunk] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState
                && guard->bytesToWrite() < 1024 * 1024)
                write(chunk);
        });
        timer->start(5);
        return;
    }
    case Behaviour::Huge:
    case Behaviour::HugeAnnounced: {
        const bool announced = m_behaviour == Behaviour::HugeAnnounced;
        write(announced ? QByteArray("HTTP/1.1 200 OK\r\nContent-Type: "
                                     "application/json\r\nContent-Length: 1073741824\r\n\r\n")
                        : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: "
                                     "application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
        socket->setProperty(kRemaining, kGiB);
        socket->setProperty(kChunked, !announced);
        // Written as the client reads: the gigabyte is never in this process's memory.
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
        feed(socket);
        return;
    }
    }
}

void HostileHttpServer::feed(QTcpSocket *socket)
{
    static const QByteArray block(64 * 1024, ' ');
    qint64 remaining = socket->property(kRemaining).toLongLong();
    const bool chunked = socket->property(kChunked).toBool();
    while (remaining > 0 && socket->bytesToWrite() < 512 * 1024) {
        const qint64 n = std::min<qint64>(remaining, block.size());
        QByteArray piece = block.left(n);
        if (chunked)
            piece = QByteArray::number(n, 16) + "\r\n" + piece + "\r\n";
        m_bytesSent += socket->write(piece);
        remaining -= n;
    }
    if (remaining == 0 && chunked && !socket->property("promenadeEnded").toBool()) {
        socket->setProperty("promenadeEnded", true);
        socket->write("0\r\n\r\n");
    }
    socket->setProperty(kRemaining, remaining);
}

} // namespace TestSupport
