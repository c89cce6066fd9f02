#pragma once

#include <QAtomicInt>
#include <QByteArray>
#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <QThread>

class QTcpSocket;

namespace TestSupport {

// A real smart-HTTP Git server on loopback for tests: `git http-backend` (CGI) behind a small
// HTTP/1.1 server with basic authentication. It runs on its own thread, because the libgit2
// calls under test block the test's thread.
//
//     GitHttpServer server(projectRoot);           // holds bare repositories, e.g. repo.git
//     server.setCredentials("alice", "s3cret");    // every request needs them
//     server.start();                              // url("repo.git") →
//     http://127.0.0.1:<port>/repo.git
class GitHttpServer : public QThread
{
public:
    explicit GitHttpServer(QString projectRoot);
    ~GitHttpServer() override;

    // Starts listening and returns once the port is known (false: could not listen).
    bool start();
    [[nodiscard]] quint16 port() const { return static_cast<quint16>(m_port.loadAcquire()); }
    [[nodiscard]] QString url(const QString &repository) const;

    void setCredentials(const QString &user, const QString &password);
    // Requests answered 401 (no or wrong credentials), and requests served.
    [[nodiscard]] int unauthorizedCount() const { return m_unauthorized.loadAcquire(); }
    [[nodiscard]] int servedCount() const { return m_served.loadAcquire(); }
    // Each request waits this long before it is answered (to cancel a slow fetch).
    void setDelayMs(int ms) { m_delayMs.storeRelease(ms); }

protected:
    void run() override;

private:
    void handle(QTcpSocket *socket);
    [[nodiscard]] bool authorized(const QByteArray &header, QString *user) const;

    QString m_root;
    mutable QMutex m_mutex;
    QString m_user;
    QString m_password;
    QAtomicInt m_port = 0;
    QAtomicInt m_stop = 0;
    QAtomicInt m_unauthorized = 0;
    QAtomicInt m_served = 0;
    QAtomicInt m_delayMs = 0;
    QSemaphore m_ready;
};

} // namespace TestSupport
