#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// A loopback HTTP/1.1 server for client tests, on QHttpServer: every request goes to one
// handler, whose answer is written byte by byte as the test wants it, faults included (an
// answer that never comes, a connection reset in the middle of a body, a chunked stream
// delivered piece by piece and then ended or cut).
namespace TestSupport {

struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

struct FakeResponse
{
    enum class Fault {
        None,
        Hang, // accept the request, never answer
        ResetMidBody, // headers and half the body, then the connection is aborted
        Delay, // the whole answer after delayMs
    };

    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Fault fault = Fault::None;
    int delayMs = 0;

    // A chunked stream: each piece is written after its delay (ms, from the previous piece).
    bool streamed = false;
    QList<QPair<int, QByteArray>> pieces;
    bool cutAtEnd = false; // abort the connection after the last piece (no final chunk)
    bool keepOpen = false; // never end the stream

    static FakeResponse json(const QByteArray &body, int status = 200);
    static FakeResponse json(const QJsonDocument &doc, int status = 200);
    static FakeResponse text(const QByteArray &body, int status);
    FakeResponse &header(const QByteArray &name, const QByteArray &value);
};

class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Listens on 127.0.0.1 (a free port); false on failure.
    bool listen();
    // The same over TLS with this certificate and key (url() is then https://).
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl url(const QString &path = {}) const;

    [[nodiscard]] const QList<FakeRequest> &requests() const { return m_requests; }
    [[nodiscard]] int count(const QString &pathPrefix) const;
    void clearRequests() { m_requests.clear(); }

private:
    QHttpServer m_server;
    Handler m_handler;
    quint16 m_port = 0;
    bool m_tls = false;
    QList<FakeRequest> m_requests;
};

} // namespace TestSupport
