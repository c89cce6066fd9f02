#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHttpServerResponder>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QHttpServer;
class QHttpServerRequest;

// What every fake service of the demo control plane writes the same way: whole responses,
// request headers, bearer tokens, timestamps and stable ids.
namespace Promenade::Demo::Http {

using StatusCode = QHttpServerResponder::StatusCode;
using Headers = std::vector<std::pair<QByteArray, QByteArray>>;
using Handler = std::function<void(const QString &path, const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder)>;

// Sends every request of server to handler, with its path ("/api/v1/…").
void routeAll(QHttpServer &server, Handler handler);

// Writes a whole response. (Qt 6.4's responder takes headers only as an initializer list.)
void reply(QHttpServerResponder &responder, StatusCode status, const QByteArray &contentType,
           const QByteArray &body, const Headers &extra = {});
void replyJson(QHttpServerResponder &responder, StatusCode status, const QJsonValue &json,
               const Headers &extra = {});
// A request header by name, case-insensitively; empty when absent.
QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
// The token of "Authorization: Bearer …" (or GitHub's "token …").
QString bearer(const QHttpServerRequest &request);

QString iso(const QDateTime &t);
QJsonValue isoOrNull(const QDateTime &t);
// A stable UUID-looking id for an object name.
QString uidFor(const QString &name);
QString randomToken(const QString &prefix);

} // namespace Promenade::Demo::Http
