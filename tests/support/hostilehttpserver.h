#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A loopback HTTP server that misbehaves on purpose, for the limits of the clients and the
// status collection: one behaviour for every request it gets. Raw sockets, so that it can do
// what a well-behaved server library would not: drip an answer a byte at a time, stream
// chunks without end, announce or send a gigabyte (generated as the socket drains: never held
// in memory), or never answer at all. It records each request's first line and Authorization.
namespace TestSupport {

class HostileHttpServer : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        Ok, // 200 "{}" (a control; and an http proxy that answers for any host)
        Silent, // accepts, reads, never answers
        Drip, // 200 with Content-Length 1 MB, then one byte every 100 ms
        EndlessChunks, // 200 chunked, a 1 KiB chunk every 5 ms, never the last one
        RetryAfter, // 503 with Retry-After: 50 (keep-alive: every request the same)
        Huge, // 200 chunked, 1 GiB of spaces, written as fast as the client reads
        HugeAnnounced, // the same with Content-Length: 1073741824
    };

    explicit HostileHttpServer(Behaviour behaviour, QObject *parent = nullptr);
    ~HostileHttpServer() override;

    // Listens on 127.0.0.1 (a free port); false on failure.
    bool listen();
    // http://127.0.0.1:<port> with path (from '/').
    [[nodiscard]] QUrl url(const QString &path = {}) const;
    [[nodiscard]] int requestCount() const { return int(m_requestLines.size()); }
    [[nodiscard]] const QList<QByteArray> &requestLines() const { return m_requestLines; }
    // The Authorization header of each request (empty where none came).
    [[nodiscard]] const QList<QByteArray> &authorizations() const { return m_authorizations; }
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent; }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    void feed(QTcpSocket *socket);

    Behaviour m_behaviour;
    QTcpServer m_server;
    QList<QByteArray> m_requestLines;
    QList<QByteArray> m_authorizations;
    qint64 m_bytesSent = 0;
};

} // namespace TestSupport
