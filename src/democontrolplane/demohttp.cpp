#include "demohttp.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Promenade::Demo::Http {

void routeAll(QHttpServer &server, Handler handler)
{
    server.route(QStringLiteral("/<arg>"),
                 [handler = std::move(handler)](const QUrl &path, const QHttpServerRequest &request,
                                                QHttpServerResponder &&responder) {
                     handler(u'/' + path.path(), request, std::move(responder));
                 });
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

QString uidFor(const QString &name)
{
    const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-'
                               + h.mid(16, 4) + '-' + h.mid(20, 12));
}

QString randomToken(const QString &prefix)
{
    const QByteArray seed = QByteArray::number(QDateTime::currentMSecsSinceEpoch())
        + prefix.toUtf8() + QByteArray::number(reinterpret_cast<quintptr>(&prefix));
    return prefix
        + QString::fromLatin1(
               QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32));
}

void reply(QHttpServerResponder &responder, StatusCode status, const QByteArray &contentType,
           const QByteArray &body, const Headers &extra)
{
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto &[key, value] : extra)
        responder.writeHeader(key, value);
    responder.writeBody(body); // ends the header block, then the body
}

void replyJson(QHttpServerResponder &responder, StatusCode status, const QJsonValue &json,
               const Headers &extra)
{
    const QByteArray body = json.isArray()
        ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    reply(responder, status, "application/json", body, extra);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString bearer(const QHttpServerRequest &request)
{
    const QByteArray auth = header(request, "Authorization");
    if (auth.startsWith("Bearer "))
        return QString::fromUtf8(auth.mid(7));
    if (auth.startsWith("token "))
        return QString::fromUtf8(auth.mid(6));
    return {};
}

} // namespace Promenade::Demo::Http
