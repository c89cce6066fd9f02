#include "kubernetesclient.h"

#include "pemkey.h"

#include "logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

namespace Promenade::Clients {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kubernetes)
};

constexpr int kPageSize = 500;

QHash<QString, ExecCredential> &execCache()
{
    static QHash<QString, ExecCredential> cache;
    return cache;
}

bool usable(const ExecCredential &c)
{
    return !c.expires.isValid() || c.expires > QDateTime::currentDateTimeUtc().addSecs(10);
}

} // namespace

Result<ExecCredential> parseExecCredential(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error(Error::Kind::Failed,
                     Tr::tr("its output is not ExecCredential JSON (%1)").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(u"kind").toString() != u"ExecCredential")
        return Error(Error::Kind::Failed, Tr::tr("its output is not an ExecCredential"));
    const QJsonObject status = root.value(u"status").toObject();
    ExecCredential c;
    c.token = status.value(u"token").toString();
    c.clientCertificateData = status.value(u"clientCertificateData").toString().toUtf8();
    c.clientKeyData = status.value(u"clientKeyData").toString().toUtf8();
    if (status.contains(u"expirationTimestamp"))
        c.expires = QDateTime::fromString(status.value(u"expirationTimestamp").toString(),
                                          Qt::ISODateWithMs);
    if (c.token.isEmpty() && (c.clientCertificateData.isEmpty() || c.clientKeyData.isEmpty()))
        return Error(Error::Kind::Failed,
                     Tr::tr("its ExecCredential carries neither a token nor a client certificate"));
    return c;
}

KubernetesClient::KubernetesClient(KubeAccess access, QObject *parent)
    : QObject(parent)
    , m_access(std::move(access))
{
    if (m_access.endpoint.serviceName.isEmpty())
        m_access.endpoint.serviceName = Tr::tr("Kubernetes cluster %1").arg(m_access.clusterName);
    m_transport = new HttpTransport(m_access.endpoint, this);
}

void KubernetesClient::clearCredentialCache()
{
    execCache().clear();
}

QString KubernetesClient::execCacheKey() const
{
    if (!m_access.exec)
        return {};
    QByteArray id = m_access.endpoint.baseUrl.toEncoded() + '\n' + m_access.userName.toUtf8() + '\n'
        + m_access.exec->command.toUtf8();
    for (const QString &a : m_access.exec->args)
        id += '\n' + a.toUtf8();
    for (const auto &e : m_access.exec->env)
        id += '\n' + e.first.toUtf8() + '=' + e.second.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex());
}

Error KubernetesClient::errorFor(const HttpResponse &response) const
{
    // metav1.Status: {"kind":"Status","status":"Failure","message":..,"reason":..,"code":..}
    const QJsonObject status = QJsonDocument::fromJson(response.body).object();
    QString message;
    if (status.value(u"kind").toString() == u"Status")
        message = status.value(u"message").toString();
    else
        message = QString::fromUtf8(response.body.left(300)).trimmed();
    if (response.status == 401) {
        if (m_access.exec) {
            return Error(
                Error::Kind::Refused,
                Tr::tr("%1: the token expired or is invalid (401) (credential plugin \"%2\")")
                    .arg(m_access.endpoint.label(), m_access.exec->command));
        }
        return Error(
            Error::Kind::Refused,
            Tr::tr("%1: the token expired or is invalid (401)").arg(m_access.endpoint.label()));
    }
    return httpStatusError(m_access.endpoint, response, message);
}

void KubernetesClient::withCredential(QObject *context, ResultCallback<void> done, bool refresh)
{
    if (!m_access.exec)
        return done(Status());
    const QString key = execCacheKey();
    if (refresh)
        execCache().remove(key);
    const auto cached = execCache().constFind(key);
    if (cached != execCache().constEnd() && usable(*cached))
        return done(Status());
    // Concurrent calls wait for one run of the plugin (it can take seconds).
    m_execWaiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_execRunning)
        return;
    m_execRunning = true;
    runExecPlugin(this, [this](Status s) {
        m_execRunning = false;
        const auto waiters = std::exchange(m_execWaiters, {});
        for (const auto &waiter : waiters) {
            if (waiter.first)
                waiter.second(s);
        }
    });
}

void KubernetesClient::runExecPlugin(QObject *context, ResultCallback<void> done)
{
    const KubeExecConfig &exec = *m_access.exec;
    const QString label
        = Tr::tr("%1: the credential plugin \"%2\"").arg(m_access.endpoint.label(), exec.command);
    QString program = exec.command;
    if (program.contains(u'/'))
        program = QDir(exec.baseDir).absoluteFilePath(program);
    else
        program = QStandardPaths::findExecutable(program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        QString message = Tr::tr("%1 was not found").arg(label);
        if (!exec.installHint.isEmpty())
            message += u": " + exec.installHint.simplified();
        return done(Error(Error::Kind::NotFound, message));
    }
    if (exec.interactiveMode == u"Always")
        return done(Error(Error::Kind::Refused,
                          Tr::tr("%1 needs an interactive terminal (interactiveMode: Always); run "
                                 "kubectl once in a terminal, or use a token")
                              .arg(label)));
    // What goes wrong with the plugin is a credential that could not be had (the cluster was
    // not asked): AuthenticationFailed, not a server's failure.
    auto *process = new QProcess(context);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &e : exec.env)
        env.insert(e.first, e.second);
    const QString apiVersion = exec.apiVersion.isEmpty()
        ? QStringLiteral("client.authentication.k8s.io/v1beta1")
        : exec.apiVersion;
    env.insert(
        QStringLiteral("KUBERNETES_EXEC_INFO"),
        QString::fromUtf8(
            QJsonDocument(QJsonObject {{u"apiVersion"_qs, apiVersion},
                                       {u"kind"_qs, u"ExecCredential"_qs},
                                       {u"spec"_qs, QJsonObject {{u"interactive"_qs, false}}}})
                .toJson(QJsonDocument::Compact)));
    process->setProcessEnvironment(env);
    process->setProgram(program);
    process->setArguments(exec.args);
    process->setStandardInputFile(QProcess::nullDevice());
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto finished = std::make_shared<bool>(false);
    const QString key = execCacheKey();
    connect(timer, &QTimer::timeout, process, [process, finished, label, done, this] {
        if (*finished)
            return;
        *finished = true;
        process->kill();
        process->deleteLater();
        done(Error(Error::Kind::AuthenticationFailed,
                   Tr::tr("%1 did not finish within %2 s")
                       .arg(label, QString::number(m_execTimeout.count() / 1000))));
    });
    connect(process, &QProcess::finished, process,
            [this, process, finished, label, key, done](int exitCode, QProcess::ExitStatus status) {
                if (*finished)
                    return;
                *finished = true;
                process->deleteLater();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    // stderr is shown (short): plugins print the reason there (never the token,
                    // which goes to stdout).
                    const QString err
                        = QString::fromUtf8(process->readAllStandardError()).simplified().left(240);
                    return done(
                        Error(Error::Kind::AuthenticationFailed,
                              Tr::tr("%1 failed (exit %2)").arg(label, QString::number(exitCode))
                                  + (err.isEmpty() ? QString() : u": " + err)));
                }
                auto credential = parseExecCredential(process->readAllStandardOutput());
                if (!credential)
                    return done(
                        Error(Error::Kind::AuthenticationFailed,
                              Tr::tr("%1 failed: %2").arg(label, credential.error().message())));
                if (!credential->clientCertificateData.isEmpty()) {
                    TlsOptions tls = m_access.endpoint.tls;
                    const auto certs
                        = QSslCertificate::fromData(credential->clientCertificateData, QSsl::Pem);
                    const QSslKey k = pemPrivateKey(credential->clientKeyData);
                    if (certs.isEmpty() || k.isNull())
                        return done(Error(
                            Error::Kind::AuthenticationFailed,
                            Tr::tr("%1 returned an unreadable client certificate").arg(label)));
                    m_access.endpoint.tls.clientCertificate = certs.first();
                    m_access.endpoint.tls.clientKey = k;
                    m_transport->deleteLater();
                    m_transport = new HttpTransport(m_access.endpoint, this);
                }
                qCInfo(lcClients) << "credential plugin" << m_access.exec->command
                                  << "gave a credential valid until" << credential->expires;
                execCache().insert(key, *credential);
                done(Status());
            });
    connect(
        process, &QProcess::errorOccurred, process,
        [process, finished, label, done](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart || *finished)
                return;
            *finished = true;
            process->deleteLater();
            done(Error(Error::Kind::AuthenticationFailed,
                       Tr::tr("%1 could not be started: %2").arg(label, process->errorString())));
        });
    timer->start(m_execTimeout);
    process->start();
}

void KubernetesClient::send(const QString &path, QObject *context,
                            ResultCallback<HttpResponse> done, bool retried)
{
    withCredential(
        context,
        [this, path, context, done, retried](Status s) {
            if (!s)
                return done(s.error());
            HttpRequest request;
            request.url = m_access.endpoint.resolve(path);
            request.setHeader("Accept", "application/json");
            QString token = m_access.token;
            if (m_access.exec)
                token = execCache().value(execCacheKey()).token;
            if (!token.isEmpty())
                request.setHeader("Authorization", "Bearer " + token.toUtf8());
            else if (!m_access.username.isEmpty())
                request.setHeader("Authorization",
                                  basicAuthorization(m_access.username, m_access.password));
            m_transport->send(std::move(request), context,
                              [this, path, context, done, retried](Result<HttpResponse> r) {
                                  if (r && r->status == 401 && m_access.exec && !retried) {
                                      // The cached plugin token may have been revoked early: run
                                      // the plugin once more.
                                      execCache().remove(execCacheKey());
                                      return send(path, context, done, true);
                                  }
                                  done(std::move(r));
                              });
        },
        false);
}

void KubernetesClient::getJson(const QString &path, QObject *context,
                               ResultCallback<QJsonObject> done)
{
    send(path, context, [this, done](Result<HttpResponse> r) {
        if (!r)
            return done(r.error());
        if (!r->isSuccess())
            return done(errorFor(*r));
        const auto doc = parseJsonResponse(m_access.endpoint, *r);
        if (!doc)
            return done(doc.error());
        done(doc->object());
    });
}

void KubernetesClient::certManagerInstalled(QObject *context, ResultCallback<bool> done)
{
    send(QStringLiteral("/apis/cert-manager.io/v1"), context, [this, done](Result<HttpResponse> r) {
        if (!r)
            return done(r.error());
        if (r->status == 404)
            return done(false);
        if (!r->isSuccess())
            return done(errorFor(*r));
        done(true);
    });
}

void KubernetesClient::listAll(const QString &path, QList<QJsonObject> items,
                               const QString &continueToken, QObject *context,
                               ResultCallback<QList<QJsonObject>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    if (!continueToken.isEmpty())
        q.addQueryItem(QStringLiteral("continue"), continueToken);
    const QString url = path + u'?' + q.toString(QUrl::FullyEncoded);
    getJson(url, context, [this, path, items, context, done](Result<QJsonObject> r) mutable {
        if (!r)
            return done(r.error());
        for (const auto &i : r->value(u"items").toArray())
            items.append(i.toObject());
        const QString next = r->value(u"metadata").toObject().value(u"continue").toString();
        if (next.isEmpty())
            return done(items);
        listAll(path, items, next, context, done);
    });
}

void KubernetesClient::listCertManager(const QString &path, QObject *context,
                                       ResultCallback<QList<QJsonObject>> done)
{
    listAll(path, {}, {}, context, [this, context, done](Result<QList<QJsonObject>> r) {
        if (r || r.error().kind() != Error::Kind::NotFound)
            return done(std::move(r));
        // 404 on a cert-manager list: is the API group there at all?
        const Error original = r.error();
        certManagerInstalled(context, [this, original, done](Result<bool> installed) {
            if (installed && !*installed)
                return done(Error(
                    Error::Kind::NotFound,
                    Tr::tr("cert-manager is not installed on %1 (%2): the API group "
                           "cert-manager.io/v1 is missing")
                        .arg(m_access.clusterName, m_access.endpoint.baseUrl.toDisplayString())));
            done(original);
        });
    });
}

void KubernetesClient::certificates(const QString &ns, QObject *context,
                                    ResultCallback<QList<CertificateStatus>> done)
{
    const QString path = ns.isEmpty()
        ? QStringLiteral("/apis/cert-manager.io/v1/certificates")
        : u"/apis/cert-manager.io/v1/namespaces/" + ns + u"/certificates";
    listCertManager(path, context, [this, done](Result<QList<QJsonObject>> r) {
        if (!r)
            return done(r.error());
        QList<CertificateStatus> out;
        for (const auto &o : *r)
            out.append(parseCertificate(o, m_access.clusterName));
        done(out);
    });
}

void KubernetesClient::issuers(const QString &ns, QObject *context,
                               ResultCallback<QList<IssuerStatus>> done)
{
    const QString path = ns.isEmpty() ? QStringLiteral("/apis/cert-manager.io/v1/issuers")
                                      : u"/apis/cert-manager.io/v1/namespaces/" + ns + u"/issuers";
    listCertManager(path, context, [this, done](Result<QList<QJsonObject>> r) {
        if (!r)
            return done(r.error());
        QList<IssuerStatus> out;
        for (const auto &o : *r) {
            IssuerStatus i = parseIssuer(o, m_access.clusterName);
            i.clusterScoped = false;
            out.append(i);
        }
        done(out);
    });
}

void KubernetesClient::clusterIssuers(QObject *context, ResultCallback<QList<IssuerStatus>> done)
{
    listCertManager(QStringLiteral("/apis/cert-manager.io/v1/clusterissuers"), context,
                    [this, done](Result<QList<QJsonObject>> r) {
                        if (!r)
                            return done(r.error());
                        QList<IssuerStatus> out;
                        for (const auto &o : *r) {
                            IssuerStatus i = parseIssuer(o, m_access.clusterName);
                            i.clusterScoped = true;
                            out.append(i);
                        }
                        done(out);
                    });
}

} // namespace Promenade::Clients
