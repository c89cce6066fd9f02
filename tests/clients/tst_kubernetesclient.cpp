#include "awaitresult.h"
#include "fakehttpserver.h"
#include "kubernetesclient.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Clients;
using namespace TestSupport;
using namespace std::chrono_literals;

namespace {
QByteArray statusBody(int code, const QByteArray &reason, const QByteArray &message)
{
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
           "\"message\":\""
        + message + "\",\"reason\":\"" + reason + "\",\"code\":" + QByteArray::number(code) + "}";
}
} // namespace

// kubeconfig parsing (files, KUBECONFIG merge, data/file variants, exec plugins) and the
// Kubernetes client reading cert-manager resources from a loopback fake API server.
class TestKubernetesClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_certPem;
    QByteArray m_keyPem;
    FakeHttpServer m_api;
    QByteArray m_acceptedToken = "plugin-token-1";
    bool m_certManager = true;
    std::function<FakeResponse(const FakeRequest &)> m_override;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // An exec plugin: counts its runs, checks its env, prints an ExecCredential.
    QString writePlugin(const QString &name, const QByteArray &expiration, int exitCode = 0)
    {
        const QByteArray script = "#!/bin/sh\n"
                                  "echo run >> '"
            + path(name + u".runs"_qs).toUtf8()
            + "'\n"
              "[ \"$PLUGIN_PROFILE\" = prod ] || { echo 'PLUGIN_PROFILE not set' >&2; exit 3; }\n"
              "case \"$KUBERNETES_EXEC_INFO\" in *ExecCredential*) ;; *) echo 'no exec info' >&2; "
              "exit 4;; esac\n"
              "[ "
            + QByteArray::number(exitCode)
            + " -eq 0 ] || { echo 'error: session expired, run oci session authenticate' >&2; exit "
            + QByteArray::number(exitCode)
            + "; }\n"
              "echo "
              "'{\"apiVersion\":\"client.authentication.k8s.io/"
              "v1beta1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"plugin-token-'$(wc -l "
              "< '"
            + path(name + u".runs"_qs).toUtf8() + "' | tr -d ' ')'\",\"expirationTimestamp\":\""
            + expiration + "\"}}'\n";
        writeFile(path(name), script);
        QFile::setPermissions(path(name), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path(name);
    }

    int runs(const QString &name) const
    {
        return int(readFile(path(name + u".runs"_qs)).count('\n'));
    }

    QString kubeconfig(const QString &file, const QByteArray &users,
                       const QString &current = u"prod"_qs)
    {
        const QByteArray text = "apiVersion: v1\nkind: Config\ncurrent-context: " + current.toUtf8()
            + "\n"
              "clusters:\n"
              "- name: prod\n  cluster:\n    server: "
            + m_api.url().toString().toUtf8()
            + "\n"
              "    certificate-authority-data: "
            + m_certPem.toBase64()
            + "\n"
              "- name: lab\n  cluster:\n    server: https://192.0.2.10:6443\n    "
              "insecure-skip-tls-verify: true\n    proxy-url: socks5://127.0.0.1:1080\n"
              "- name: relative\n  cluster:\n    server: https://192.0.2.11:6443\n    "
              "certificate-authority: certs/ca.pem\n"
              "contexts:\n"
              "- name: prod\n  context: {cluster: prod, user: oci, namespace: web}\n"
              "- name: lab\n  context: {cluster: lab, user: static}\n"
              "- name: relative\n  context: {cluster: relative, user: certuser}\n"
              "users:\n"
            + users;
        writeFile(path(file), text);
        return path(file);
    }

    QByteArray ociUser(const QString &plugin)
    {
        return "- name: oci\n  user:\n    exec:\n      apiVersion: "
               "client.authentication.k8s.io/v1beta1\n"
               "      command: "
            + plugin.toUtf8()
            + "\n"
              "      args: [ce, cluster, generate-token, --cluster-id, ocid1.cluster.oc1..x]\n"
              "      env:\n      - name: PLUGIN_PROFILE\n        value: prod\n"
              "      interactiveMode: Never\n      installHint: install the OCI CLI\n"
              "- name: static\n  user:\n    token: static-token\n"
              "- name: certuser\n  user:\n    client-certificate: certs/client.pem\n    "
              "client-key-data: "
            + m_keyPem.toBase64() + "\n";
    }

    Result<KubeAccess> access(const QString &configFile, const QString &context = {})
    {
        auto config = KubeConfig::loadFile(configFile);
        if (!config)
            return config.error();
        auto a = config->resolve(context);
        if (a) {
            a->endpoint.policy.timeout = 500ms;
            a->endpoint.policy.maxRetries = 1;
            a->endpoint.policy.backoffBase = 10ms;
        }
        return a;
    }

    FakeResponse handle(const FakeRequest &r)
    {
        if (m_override)
            return m_override(r);
        if (r.header("Authorization") != "Bearer " + m_acceptedToken)
            return FakeResponse::json(statusBody(401, "Unauthorized", "Unauthorized"), 401);
        if (r.path.startsWith(u"/apis/cert-manager.io") && !m_certManager)
            return FakeResponse::json(
                statusBody(404, "NotFound", "the server could not find the requested resource"),
                404);
        if (r.path == u"/apis/cert-manager.io/v1")
            return FakeResponse::json(QByteArray("{\"kind\":\"APIResourceList\",\"groupVersion\":"
                                                 "\"cert-manager.io/v1\",\"resources\":[]}"));
        if (r.path == u"/apis/cert-manager.io/v1/certificates") {
            if (r.query.queryItemValue(u"limit"_qs) != u"500")
                return FakeResponse::json(statusBody(400, "BadRequest", "limit expected"), 400);
            return FakeResponse::json(readFile(dataPath(u"kubernetes/certificates.json"_qs)));
        }
        if (r.path == u"/apis/cert-manager.io/v1/clusterissuers") {
            // Two pages, to exercise `continue`.
            QJsonObject all
                = QJsonDocument::fromJson(readFile(dataPath(u"kubernetes/clusterissuers.json"_qs)))
                      .object();
            const QJsonArray items = all.value(u"items").toArray();
            const bool first = r.query.queryItemValue(u"continue"_qs).isEmpty();
            QJsonArray page;
            for (int i = first ? 0 : 2; i < (first ? 2 : items.size()); ++i)
                page.append(items.at(i));
            all.insert(u"items"_qs, page);
            all.insert(u"metadata"_qs,
                       QJsonObject {{u"continue"_qs, first ? u"page2"_qs : QString()}});
            return FakeResponse::json(QJsonDocument(all));
        }
        if (r.path == u"/apis/cert-manager.io/v1/namespaces/web/issuers")
            return FakeResponse::json(
                QByteArray("{\"kind\":\"IssuerList\",\"metadata\":{},\"items\":[{\"kind\":"
                           "\"Issuer\",\"metadata\":{\"name\":\"web-ca\",\"namespace\":\"web\"},"
                           "\"spec\":{\"ca\":{\"secretName\":\"web-ca\"}},\"status\":{"
                           "\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\","
                           "\"reason\":\"ErrGetKeyPair\",\"message\":\"Error getting keypair for "
                           "CA issuer: secret \\\"web-ca\\\" not found\"}]}}]}"));
        if (r.path == u"/apis/cert-manager.io/v1/namespaces/secret/certificates")
            return FakeResponse::json(
                statusBody(403, "Forbidden",
                           "certificates.cert-manager.io is forbidden: User "
                           "\\\"system:serviceaccount:tools:desktop\\\" cannot list resource "
                           "\\\"certificates\\\" in API group \\\"cert-manager.io\\\" in the "
                           "namespace \\\"secret\\\""),
                403);
        return FakeResponse::json(
            statusBody(404, "NotFound", "the server could not find the requested resource"), 404);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = runProcess(u"openssl"_qs,
                                  {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                                   u"ec_paramgen_curve:P-256"_qs, u"-nodes"_qs, u"-keyout"_qs,
                                   path(u"key.pem"_qs), u"-out"_qs, path(u"cert.pem"_qs),
                                   u"-days"_qs, u"2"_qs, u"-subj"_qs, u"/CN=promenade-test"_qs});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_certPem = readFile(path(u"cert.pem"_qs));
        m_keyPem = readFile(path(u"key.pem"_qs));
        QDir().mkpath(path(u"certs"_qs));
        writeFile(path(u"certs/ca.pem"_qs), m_certPem);
        writeFile(path(u"certs/client.pem"_qs), m_certPem);
        m_api.setHandler([this](const FakeRequest &r) { return handle(r); });
        QVERIFY(m_api.listen());
    }

    void init()
    {
        m_override = nullptr;
        m_certManager = true;
        KubernetesClient::clearCredentialCache();
    }

    void kubeconfigResolvesContexts()
    {
        const QString file = kubeconfig(u"config"_qs, ociUser(u"oci-plugin"_qs));
        auto config = KubeConfig::loadFile(file);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->currentContext(), u"prod"_qs);
        QCOMPARE(config->contextNames(), (QStringList {u"prod"_qs, u"lab"_qs, u"relative"_qs}));

        auto prod = config->resolve();
        QVERIFY(prod);
        QCOMPARE(prod->clusterName, u"prod"_qs);
        QCOMPARE(prod->defaultNamespace, u"web"_qs);
        QCOMPARE(prod->endpoint.tls.extraCaCertificates.size(), 1);
        QVERIFY(!prod->endpoint.tls.insecureSkipVerify);
        QVERIFY(prod->exec.has_value());
        QCOMPARE(prod->exec->args.value(2), u"generate-token"_qs);
        QCOMPARE(prod->exec->env.value(0).second, u"prod"_qs);
        QCOMPARE(prod->exec->installHint, u"install the OCI CLI"_qs);
        QCOMPARE(prod->endpoint.label(),
                 u"Kubernetes cluster prod at "_qs
                     + m_api.url().toString(QUrl::StripTrailingSlash));

        auto lab = config->resolve(u"lab"_qs);
        QVERIFY(lab);
        QVERIFY(lab->endpoint.tls.insecureSkipVerify); // reported so the UI can warn
        QCOMPARE(lab->endpoint.proxy, QUrl(u"socks5://127.0.0.1:1080"_qs));
        QCOMPARE(lab->token, u"static-token"_qs);

        auto relative = config->resolve(u"relative"_qs);
        QVERIFY2(relative, qPrintable(relative ? QString() : relative.error().toString()));
        QCOMPARE(relative->endpoint.tls.extraCaCertificates.value(0)
                     .subjectInfo(QSslCertificate::CommonName)
                     .value(0),
                 u"promenade-test"_qs);
        QVERIFY(!relative->endpoint.tls.clientCertificate.isNull());
        QVERIFY(!relative->endpoint.tls.clientKey.isNull());

        auto missing = config->resolve(u"nope"_qs);
        QVERIFY(!missing);
        QCOMPARE(missing.error().message(), u"context \"nope\" not found"_qs);
        QCOMPARE(missing.error().file(), file);
    }

    void kubeconfigMergesLikeKubectl()
    {
        const QString first = kubeconfig(u"first"_qs, ociUser(u"oci-plugin"_qs), u"lab"_qs);
        writeFile(
            path(u"second"_qs),
            "current-context: prod\nclusters:\n- name: lab\n  cluster:\n    server: "
            "https://198.51.100.1\n"
            "- name: extra\n  cluster:\n    server: https://198.51.100.2\n"
            "contexts:\n- name: extra\n  context: {cluster: extra, user: static}\nusers: []\n");
        qputenv("KUBECONFIG",
                (first + u':' + path(u"missing"_qs) + u':' + path(u"second"_qs)).toUtf8());
        auto config = KubeConfig::loadDefault();
        qunsetenv("KUBECONFIG");
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->files().size(), 2);
        QCOMPARE(config->currentContext(), u"lab"_qs); // the first file to set it wins
        auto lab = config->resolve();
        QVERIFY(lab);
        QCOMPARE(lab->endpoint.baseUrl.host(), u"192.0.2.10"_qs); // first definition of "lab" wins
        auto extra = config->resolve(u"extra"_qs);
        QVERIFY(extra);
        QCOMPARE(extra->token, u"static-token"_qs); // user from the first file
    }

    void kubeconfigErrorsNameFileAndLine()
    {
        writeFile(path(u"broken"_qs), "clusters:\n- name: a\n  cluster: {server: [unclosed\n");
        auto broken = KubeConfig::loadFile(path(u"broken"_qs));
        QVERIFY(!broken);
        QCOMPARE(broken.error().file(), path(u"broken"_qs));
        QVERIFY(broken.error().line() > 0);
        writeFile(path(u"badbase64"_qs),
                  "clusters:\n- name: a\n  cluster:\n    server: https://x\n    "
                  "certificate-authority-data: '%%%'\n");
        auto bad = KubeConfig::loadFile(path(u"badbase64"_qs));
        QVERIFY(!bad);
        QCOMPARE(bad.error().message(),
                 u"cluster \"a\": certificate-authority-data is not valid base64"_qs);
        QCOMPARE(bad.error().line(), 5);
        writeFile(path(u"noca"_qs),
                  "current-context: a\nclusters:\n- name: a\n  cluster:\n    server: https://x\n   "
                  " certificate-authority: nowhere.pem\n"
                  "contexts:\n- name: a\n  context: {cluster: a}\n");
        auto noCa = KubeConfig::loadFile(path(u"noca"_qs));
        QVERIFY(noCa);
        auto resolved = noCa->resolve();
        QVERIFY(!resolved);
        QVERIFY2(resolved.error().message().contains(u"nowhere.pem cannot be read"),
                 qPrintable(resolved.error().message()));
    }

    void execPluginTokenIsCachedUntilExpiry()
    {
        const QString plugin = writePlugin(u"oci-cached"_qs, "2099-01-01T00:00:00Z");
        auto a = access(kubeconfig(u"config-exec"_qs, ociUser(plugin)));
        QVERIFY(a);
        KubernetesClient client(*a);
        m_acceptedToken = "plugin-token-1";
        AWAIT_OK(certs, QList<CertificateStatus>,
                 [&](QObject *c, auto cb) { client.certificates({}, c, cb); });
        QCOMPARE(certs.size(), 2);
        AWAIT_OK(again, QList<CertificateStatus>,
                 [&](QObject *c, auto cb) { client.certificates({}, c, cb); });
        QCOMPARE(again.size(), 2);
        QCOMPARE(runs(u"oci-cached"_qs), 1);
        QCOMPARE(m_api.requests().last().header("Authorization"), "Bearer plugin-token-1");

        // A token revoked early: one 401, the plugin runs again, the request is repeated.
        m_acceptedToken = "plugin-token-2";
        AWAIT_OK(renewed, QList<CertificateStatus>,
                 [&](QObject *c, auto cb) { client.certificates({}, c, cb); });
        QCOMPARE(renewed.size(), 2);
        QCOMPARE(runs(u"oci-cached"_qs), 2);
        m_acceptedToken = "something-else";
        AWAIT_ERROR(denied, QList<CertificateStatus>,
                    [&](QObject *c, auto cb) { client.certificates({}, c, cb); });
        QVERIFY2(
            denied.message().endsWith(
                u": the token expired or is invalid (401) (credential plugin \"" + plugin + u"\")"),
            qPrintable(denied.message()));
        QVERIFY(!denied.message().contains(u"plugin-token"));
    }

    void concurrentCallsRunThePluginOnce()
    {
        const QString plugin = writePlugin(u"oci-once"_qs, "2099-01-01T00:00:00Z");
        auto a = access(kubeconfig(u"config-once"_qs, ociUser(plugin)));
        QVERIFY(a);
        KubernetesClient client(*a);
        m_acceptedToken = "plugin-token-1";
        QObject context;
        std::optional<Result<QList<CertificateStatus>>> certs;
        std::optional<Result<QList<IssuerStatus>>> issuers;
        client.certificates(
            {}, &context, [&](Result<QList<CertificateStatus>> r) { certs.emplace(std::move(r)); });
        client.clusterIssuers(
            &context, [&](Result<QList<IssuerStatus>> r) { issuers.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(certs.has_value() && issuers.has_value(), 10000);
        QVERIFY(certs->hasValue());
        QVERIFY(issuers->hasValue());
        QCOMPARE(runs(u"oci-once"_qs), 1);
    }

    void expiredExecCredentialRunsAgain()
    {
        const QString plugin = writePlugin(u"oci-expired"_qs, "2020-01-01T00:00:00Z");
        auto a = access(kubeconfig(u"config-expired"_qs, ociUser(plugin)));
        QVERIFY(a);
        KubernetesClient client(*a);
        m_acceptedToken = "plugin-token-1";
        AWAIT_OK(first, bool, [&](QObject *c, auto cb) { client.certManagerInstalled(c, cb); });
        m_acceptedToken = "plugin-token-2";
        AWAIT_OK(second, bool, [&](QObject *c, auto cb) { client.certManagerInstalled(c, cb); });
        QVERIFY(first && second);
        QCOMPARE(runs(u"oci-expired"_qs), 2);
    }

    void execPluginFailuresAreClear()
    {
        auto a = access(kubeconfig(
            u"config-fail"_qs, ociUser(writePlugin(u"oci-fail"_qs, "2099-01-01T00:00:00Z", 1))));
        QVERIFY(a);
        KubernetesClient failing(*a);
        AWAIT_ERROR(failed, bool,
                    [&](QObject *c, auto cb) { failing.certManagerInstalled(c, cb); });
        QVERIFY2(failed.message().endsWith(
                     u"failed (exit 1): error: session expired, run oci session authenticate"),
                 qPrintable(failed.message()));

        auto b
            = access(kubeconfig(u"config-missing"_qs, ociUser(u"oci-not-installed-anywhere"_qs)));
        QVERIFY(b);
        KubernetesClient missing(*b);
        AWAIT_ERROR(notFound, bool,
                    [&](QObject *c, auto cb) { missing.certManagerInstalled(c, cb); });
        QVERIFY2(
            notFound.message().endsWith(u"the credential plugin \"oci-not-installed-anywhere\" was "
                                        u"not found: install the OCI CLI"),
            qPrintable(notFound.message()));

        auto interactive
            = access(kubeconfig(u"config-interactive"_qs,
                                ociUser(writePlugin(u"oci-i"_qs, "2099-01-01T00:00:00Z"))
                                    .replace("interactiveMode: Never", "interactiveMode: Always")));
        QVERIFY(interactive);
        KubernetesClient needsTerminal(*interactive);
        AWAIT_ERROR(terminal, bool,
                    [&](QObject *ctx, auto cb) { needsTerminal.certManagerInstalled(ctx, cb); });
        QVERIFY2(terminal.message().contains(u"needs an interactive terminal"),
                 qPrintable(terminal.message()));
        QCOMPARE(runs(u"oci-i"_qs), 0);

        writeFile(path(u"oci-garbage"_qs), "#!/bin/sh\necho 'Usage: oci [OPTIONS]'\n");
        QFile::setPermissions(path(u"oci-garbage"_qs),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        auto c = access(kubeconfig(u"config-garbage"_qs, ociUser(path(u"oci-garbage"_qs))));
        KubernetesClient garbage(*c);
        AWAIT_ERROR(notJson, bool,
                    [&](QObject *ctx, auto cb) { garbage.certManagerInstalled(ctx, cb); });
        QVERIFY2(notJson.message().contains(u"its output is not ExecCredential JSON"),
                 qPrintable(notJson.message()));
    }

    void certificatesAndIssuersParse()
    {
        auto a = access(
            kubeconfig(u"config-c"_qs, ociUser(writePlugin(u"oci-c"_qs, "2099-01-01T00:00:00Z"))));
        KubernetesClient client(*a);
        m_acceptedToken = "plugin-token-1";
        AWAIT_OK(certs, QList<CertificateStatus>,
                 [&](QObject *c, auto cb) { client.certificates({}, c, cb); });
        const QDateTime now(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(certs[0].name, u"web-tls"_qs);
        QCOMPARE(certs[0].cluster, u"prod"_qs);
        QCOMPARE(certs[0].issuerKind, u"ClusterIssuer"_qs);
        QCOMPARE(toString(certs[0].state(now)), u"Ready"_qs);
        QCOMPARE(certs[0].renewalTime, QDateTime(QDate(2099, 3, 3), QTime(3, 12, 36), Qt::UTC));
        QCOMPARE(toString(certs[0].state(QDateTime(QDate(2099, 5, 1), QTime(0, 0), Qt::UTC))),
                 u"Expired"_qs);
        QCOMPARE(certs[1].issuerGroup, u"cert-manager.io"_qs); // defaulted
        QCOMPARE(toString(certs[1].state(now)), u"Issuing"_qs);
        QCOMPARE(certs[1].readyReason, u"DoesNotExist"_qs);

        AWAIT_OK(issuers, QList<IssuerStatus>,
                 [&](QObject *c, auto cb) { client.clusterIssuers(c, cb); });
        QCOMPARE(issuers.size(), 4); // two pages
        QCOMPARE(issuers[0].typeName(), u"ACME"_qs);
        QCOMPARE(issuers[0].ready, std::optional<bool>(true));
        QCOMPARE(issuers[1].typeName(), u"ACME (staging)"_qs);
        QCOMPARE(issuers[1].ready, std::optional<bool>(false));
        QCOMPARE(issuers[1].readyMessage, u"Failed to register ACME account: 429"_qs);
        QCOMPARE(issuers[2].typeName(), u"self-signed"_qs);
        QCOMPARE(issuers[3].typeName(), u"CA"_qs);
        QVERIFY(issuers[3].clusterScoped);

        AWAIT_OK(namespaced, QList<IssuerStatus>,
                 [&](QObject *c, auto cb) { client.issuers(u"web"_qs, c, cb); });
        QCOMPARE(namespaced.size(), 1);
        QVERIFY(!namespaced[0].clusterScoped);
        QCOMPARE(namespaced[0].issuerNamespace, u"web"_qs);
        QCOMPARE(namespaced[0].typeName(), u"CA"_qs);
        QCOMPARE(namespaced[0].ready, std::optional<bool>(false));
        QCOMPARE(namespaced[0].readyMessage,
                 u"Error getting keypair for CA issuer: secret \"web-ca\" not found"_qs);
    }

    void statusBodiesAndMissingCertManager()
    {
        auto a = access(
            kubeconfig(u"config-s"_qs, ociUser(writePlugin(u"oci-s"_qs, "2099-01-01T00:00:00Z"))));
        KubernetesClient client(*a);
        m_acceptedToken = "plugin-token-1";
        AWAIT_ERROR(forbidden, QList<CertificateStatus>,
                    [&](QObject *c, auto cb) { client.certificates(u"secret"_qs, c, cb); });
        QVERIFY2(forbidden.message().contains(
                     u"access denied (403): certificates.cert-manager.io is forbidden: User "
                     u"\"system:serviceaccount:tools:desktop\""),
                 qPrintable(forbidden.message()));
        m_certManager = false;
        AWAIT_ERROR(missing, QList<CertificateStatus>,
                    [&](QObject *c, auto cb) { client.certificates({}, c, cb); });
        QVERIFY2(missing.message().startsWith(u"cert-manager is not installed on prod ("),
                 qPrintable(missing.message()));
        AWAIT_OK(installed, bool, [&](QObject *c, auto cb) { client.certManagerInstalled(c, cb); });
        QVERIFY(!installed);
    }

    void faultsGiveClearErrors()
    {
        auto a = access(
            kubeconfig(u"config-f"_qs, ociUser(writePlugin(u"oci-f"_qs, "2099-01-01T00:00:00Z"))));
        KubernetesClient client(*a);
        int mode = 0;
        m_override = [&mode](const FakeRequest &) {
            FakeResponse r
                = FakeResponse::json(QByteArray("{\"items\":[") + QByteArray(100, ' ') + "]}");
            if (mode == 0)
                r.fault = FakeResponse::Fault::Hang;
            else if (mode == 1)
                r.fault = FakeResponse::Fault::ResetMidBody;
            else if (mode == 2)
                r = FakeResponse::json(QByteArray("{\"items\": [tru"));
            else
                r = FakeResponse::text("upstream connect error", 503);
            return r;
        };
        const QStringList expected {u"timed out"_qs, u"closed the connection"_qs,
                                    u"not valid JSON"_qs,
                                    u"the server failed (503): upstream connect error"_qs};
        for (mode = 0; mode < 4; ++mode) {
            AWAIT_ERROR(e, QList<CertificateStatus>,
                        [&](QObject *c, auto cb) { client.certificates({}, c, cb); });
            QVERIFY2(e.message().startsWith(u"Kubernetes cluster prod at "),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected[mode]), qPrintable(e.message()));
        }
    }

    void certificatesFromArgoTree()
    {
        ArgoResourceTree tree;
        ArgoResourceNode deployment;
        deployment.ref.kind = u"Deployment"_qs;
        deployment.ref.group = u"apps"_qs;
        ArgoResourceNode ready;
        ready.ref
            = {u"cert-manager.io"_qs, u"v1"_qs, u"Certificate"_qs, u"web"_qs, u"web-tls"_qs, {}};
        ready.health = u"Healthy"_qs;
        ArgoResourceNode degraded = ready;
        degraded.ref.name = u"api-tls"_qs;
        degraded.health = u"Degraded"_qs;
        degraded.healthMessage = u"Issuing certificate as Secret does not exist"_qs;
        ArgoResourceNode progressing = ready;
        progressing.ref.name = u"new-tls"_qs;
        progressing.health = u"Progressing"_qs;
        tree.nodes = {deployment, ready, degraded, progressing};
        const auto certs = certificatesFromResourceTree(tree, u"oci-prod"_qs);
        QCOMPARE(certs.size(), 3);
        QCOMPARE(certs[0].source, u"argocd"_qs);
        QCOMPARE(certs[0].cluster, u"oci-prod"_qs);
        QCOMPARE(toString(certs[0].state()), u"Ready"_qs);
        QCOMPARE(toString(certs[1].state()), u"NotReady"_qs);
        QCOMPARE(certs[1].readyMessage, u"Issuing certificate as Secret does not exist"_qs);
        QCOMPARE(toString(certs[2].state()), u"Issuing"_qs);
    }
};

QTEST_GUILESS_MAIN(TestKubernetesClient)
#include "tst_kubernetesclient.moc"
