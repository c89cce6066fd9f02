#include "fakehttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace TestSupport {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

void writeAnswer(QPointer<QTcpSocket> socket, const FakeResponse &r, bool head)
{
    if (!socket)
        return;
    QByteArray head_ = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    if (!r.contentType.isEmpty())
        head_ += "Content-Type: " + r.contentType + "\r\n";
    for (const auto &h : r.headers)
        head_ += h.first + ": " + h.second + "\r\n";
    if (r.streamed) {
        head_ += "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(head_);
        socket->flush();
        int at = 0;
        for (const auto &piece : r.pieces) {
            at += piece.first;
            const QByteArray bytes = piece.second;
            QTimer::singleShot(at, socket, [socket, bytes] {
                if (socket)
                    socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
            });
        }
        if (r.keepOpen)
            return;
        QTimer::singleShot(at + 5, socket, [socket, cut = r.cutAtEnd] {
            if (!socket)
                return;
            if (cut) {
                socket->flush();
                socket->abort();
            } else {
                socket->write("0\r\n\r\n");
            }
        });
        return;
    }
    head_ += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    if (r.fault == FakeResponse::Fault::ResetMidBody) {
        socket->write(head_ + r.body.left(r.body.size() / 2));
        socket->flush();
        QTimer::singleShot(20, socket, [socket] {
            if (socket)
                socket->abort();
        });
        return;
    }
    socket->write(head ? head_ : head_ + r.body);
}
} // namespace

QByteArray FakeRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FakeResponse FakeResponse::json(const QByteArray &body, int status)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    return r;
}

FakeResponse FakeResponse::json(const QJsonDocument &doc, int status)
{
    return json(doc.toJson(QJsonDocument::Compact), status);
}

FakeResponse FakeResponse::text(const QByteArray &body, int status)
{
    FakeResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = body;
    return r;
}

FakeResponse &FakeResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder) {
        FakeRequest fr;
        fr.method = methodName(request.method());
        fr.url = request.url();
        fr.path = request.url().path();
        fr.query = request.query();
        fr.headers = request.headers();
        fr.body = request.body();
        m_requests.append(fr);
        const FakeResponse response
            = m_handler ? m_handler(fr) : FakeResponse::text("no handler", 500);
        QPointer<QTcpSocket> socket = responder.socket();
        const bool head = fr.method == "HEAD";
        switch (response.fault) {
        case FakeResponse::Fault::Hang:
            return;
        case FakeResponse::Fault::Delay:
            QTimer::singleShot(response.delayMs, this,
                               [socket, response, head] { writeAnswer(socket, response, head); });
            return;
        default:
            writeAnswer(socket, response, head);
        }
    });
}

bool FakeHttpServer::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

bool FakeHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server.sslSetup(certificate, key);
    m_tls = true;
    return listen();
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(path));
}

int FakeHttpServer::count(const QString &pathPrefix) const
{
    int n = 0;
    for (const auto &r : m_requests) {
        if (r.path.startsWith(pathPrefix))
            ++n;
    }
    return n;
}

} // namespace TestSupport
