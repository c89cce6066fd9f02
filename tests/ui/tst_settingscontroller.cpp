#include "appsettings.h"
#include "credentiallistmodel.h"
#include "demorepository.h"
#include "endpointoverridemodel.h"
#include "endpointoverrides.h"
#include "endpointtruststore.h"
#include "fakehttpserver.h"
#include "pipelinecontroller.h"
#include "settingscontroller.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

namespace {
QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, 0), role).toString();
    return out;
}

// A pipeline with three clusters and promenade.yaml endpoints, for the override rules.
Pipeline declaredPipeline()
{
    Pipeline p;
    p.root = QStringLiteral("/srv/gitops");
    p.clusters = {{QStringLiteral("dev"), {}, {}},
                  {QStringLiteral("stage"), {}, {}},
                  {QStringLiteral("prod"), {}, {}}};
    p.argoCd = {{QStringLiteral("https://argo.internal"), {}, false}};
    p.registries = {{QStringLiteral("ghcr.io"), QStringLiteral("https://ghcr.io")}};
    p.github = {QStringLiteral("team/gitops"), {}};
    return p;
}
} // namespace

// The settings behind the dialog: theme and language; endpoints per repository over
// promenade.yaml, which the live status then uses; tokens per service, and where they come from.
class TestSettingsController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_repository;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PromenadeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingscontroller"));
        QSettings().clear();
        qputenv("HOME", QFile::encodeName(m_scratch.filePath(QStringLiteral("home"))));
        qputenv("XDG_CONFIG_HOME",
                QFile::encodeName(m_scratch.filePath(QStringLiteral("home/.config"))));
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("GH_TOKEN");
        qunsetenv("ARGOCD_AUTH_TOKEN");
        const auto created
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("gitops")));
        QVERIFY(created);
        m_repository = created->workTree;
    }

    void themeAndLanguageAreKept()
    {
        {
            AppSettings settings;
            QCOMPARE(settings.themeMode(), QStringLiteral("system"));
            QCOMPARE(settings.language(), QString());
            QVERIFY(!settings.restartNeeded());
            QSignalSpy theme(&settings, &AppSettings::themeModeChanged);
            settings.setThemeMode(QStringLiteral("dark"));
            settings.setThemeMode(QStringLiteral("dark"));
            QCOMPARE(theme.count(), 1);
            settings.setLanguage(QStringLiteral("de"));
            QVERIFY(settings.restartNeeded());
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        AppSettings again;
        QCOMPARE(again.themeMode(), QStringLiteral("dark"));
        QCOMPARE(again.language(), QStringLiteral("de"));
        QVERIFY(again.restartNeeded()); // this run started in the system's language
        again.setThemeMode(QStringLiteral("purple"));
        QCOMPARE(again.themeMode(), QStringLiteral("system"));
        again.setLanguage(QStringLiteral("fr"));
        QCOMPARE(again.language(), QString());
        QVERIFY(!again.restartNeeded());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    }

    void overridesApplyOverPromenadeYaml()
    {
        const Pipeline declared = declaredPipeline();
        EndpointOverrides none;
        QCOMPARE(none.applied(declared).argoCd.size(), 1);

        // One cluster elsewhere: the others keep what promenade.yaml says.
        EndpointOverrides one;
        one.argoCd.insert(QStringLiteral("dev"), {QStringLiteral("https://localhost:8080"), true});
        Pipeline p = one.applied(declared);
        QCOMPARE(p.argoCd.size(), 2);
        QCOMPARE(p.argoCd[0].url, QStringLiteral("https://argo.internal"));
        QCOMPARE(p.argoCd[0].clusters,
                 (QStringList {QStringLiteral("prod"), QStringLiteral("stage")}));
        QVERIFY(!p.argoCd[0].insecure);
        QCOMPARE(p.argoCd[1].url, QStringLiteral("https://localhost:8080"));
        QCOMPARE(p.argoCd[1].clusters, QStringList {QStringLiteral("dev")});
        QVERIFY(p.argoCd[1].insecure);

        // Every cluster elsewhere, but prod's own; two clusters on one instance are merged.
        EndpointOverrides all;
        all.argoCd.insert(QStringLiteral("*"), {QStringLiteral("https://argo.lab"), false});
        all.argoCd.insert(QStringLiteral("prod"), {QStringLiteral("https://argo.prod"), false});
        all.argoCd.insert(QStringLiteral("stage"), {QStringLiteral("https://argo.prod"), false});
        p = all.applied(declared);
        QCOMPARE(p.argoCd.size(), 2);
        QCOMPARE(p.argoCd[0].url, QStringLiteral("https://argo.lab"));
        QCOMPARE(p.argoCd[0].clusters, QStringList {QStringLiteral("dev")});
        QCOMPARE(p.argoCd[1].url, QStringLiteral("https://argo.prod"));
        QCOMPARE(p.argoCd[1].clusters,
                 (QStringList {QStringLiteral("prod"), QStringLiteral("stage")}));

        // GitHub and registries: what is set replaces, the rest stays.
        EndpointOverrides other;
        other.gitHubUrl = QStringLiteral("https://ghe.example.com/api/v3");
        other.registries.insert(QStringLiteral("registry.lab"),
                                QStringLiteral("http://127.0.0.1:5000"));
        p = other.applied(declared);
        QCOMPARE(p.github.url, QStringLiteral("https://ghe.example.com/api/v3"));
        QCOMPARE(p.github.repository, QStringLiteral("team/gitops"));
        QCOMPARE(p.registries.size(), 2);
        QCOMPARE(p.argoCd.size(), 1);
    }

    void overridesAreKeptPerRepository()
    {
        EndpointOverrides o;
        o.argoCd.insert(QStringLiteral("dev"), {QStringLiteral("https://localhost:8080"), true});
        o.gitHubRepository = QStringLiteral("me/fork");
        o.save(QStringLiteral("/srv/one"));
        QCOMPARE(EndpointOverrides::load(QStringLiteral("/srv/one")), o);
        QCOMPARE(EndpointOverrides::load(QStringLiteral("/srv/one/")), o); // the same folder
        QVERIFY(EndpointOverrides::load(QStringLiteral("/srv/two")).isEmpty());
        EndpointOverrides {}.save(QStringLiteral("/srv/one"));
        QVERIFY(EndpointOverrides::load(QStringLiteral("/srv/one")).isEmpty());
    }

    void theFormEditsAndTheLiveStatusFollows()
    {
        // An Argo CD that answers and remembers who asked.
        TestSupport::FakeHttpServer argo;
        argo.setHandler([](const TestSupport::FakeRequest &) {
            return TestSupport::FakeResponse::json(R"({"items": []})");
        });
        QVERIFY(argo.listen());
        qputenv("ARGOCD_AUTH_TOKEN", "env-argo-token");
        qputenv("GH_TOKEN", "gh-env-token");

        PipelineController pipeline;
        SettingsController settings;
        QAbstractItemModelTester argoTester(settings.argoCd(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester registryTester(
            settings.registries(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester credentialTester(
            settings.credentials(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        settings.setPipeline(&pipeline);
        QVERIFY(!settings.editable());
        QCOMPARE(settings.argoCd()->rowCount(), 0);

        pipeline.open(m_repository);
        QTRY_VERIFY_WITH_TIMEOUT(!pipeline.loading(), 30000);
        QVERIFY(pipeline.hasRepository());
        QVERIFY(!pipeline.liveStatus()); // promenade.yaml names no endpoints
        QVERIFY(settings.editable());
        QCOMPARE(column(*settings.argoCd(), EndpointOverrideModel::KeyRole),
                 (QStringList {QStringLiteral("*"), QStringLiteral("home-dev"),
                               QStringLiteral("oci-prod"), QStringLiteral("oci-staging")}));
        QCOMPARE(column(*settings.argoCd(), EndpointOverrideModel::DetailRole).at(2),
                 QStringLiteral("production"));
        QCOMPARE(column(*settings.registries(), EndpointOverrideModel::KeyRole),
                 QStringList {QStringLiteral("ghcr.io")});
        QVERIFY(!settings.modified());
        QVERIFY(!settings.canSave());

        // Typing: a URL that is not one is told, and cannot be saved.
        QSignalSpy edited(&settings, &SettingsController::endpointsChanged);
        const QModelIndex every = settings.argoCd()->index(0);
        QVERIFY(settings.argoCd()->flags(every) & Qt::ItemIsEditable);
        QVERIFY(settings.argoCd()->setData(every, QStringLiteral("argocd.lab"),
                                           EndpointOverrideModel::UrlRole));
        QVERIFY(edited.count() >= 1);
        QVERIFY(settings.modified());
        QVERIFY(!settings.argoCd()
                     ->data(every, EndpointOverrideModel::ProblemRole)
                     .toString()
                     .isEmpty());
        QVERIFY(!settings.canSave());
        QVERIFY(!settings.save());
        settings.setGitHubRepository(QStringLiteral("not a repository"));
        QVERIFY(!settings.gitHubRepositoryProblem().isEmpty());
        settings.setGitHubRepository(QStringLiteral("howdiggy/homelab-gitops"));
        QVERIFY(settings.gitHubRepositoryProblem().isEmpty());

        QVERIFY(settings.argoCd()->setData(every, argo.url().toString(),
                                           EndpointOverrideModel::UrlRole));
        QVERIFY(settings.argoCd()
                    ->data(every, EndpointOverrideModel::ProblemRole)
                    .toString()
                    .isEmpty());
        QVERIFY(settings.canSave());
        QVERIFY(settings.save());
        QVERIFY(!settings.modified());
        const EndpointOverrides stored = EndpointOverrides::load(m_repository);
        QCOMPARE(stored.argoCd.value(QStringLiteral("*")).url, argo.url().toString());
        QCOMPARE(stored.gitHubRepository, QStringLiteral("howdiggy/homelab-gitops"));

        // The live status now asks that Argo CD, with the token from the environment.
        QVERIFY(pipeline.liveStatus());
        QTRY_VERIFY_WITH_TIMEOUT(argo.count(QStringLiteral("/api/v1/applications")) >= 1, 30000);
        QCOMPARE(argo.requests().constLast().header("Authorization"),
                 QByteArray("Bearer env-argo-token"));
        QCOMPARE(pipeline.session()->effectivePipeline().argoCd.constFirst().url,
                 argo.url().toString());

        // Credentials: one row per service, with the token's source and never the token.
        QSignalSpy refreshed(&settings, &SettingsController::credentialsRefreshed);
        settings.refreshCredentials();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(column(*settings.credentials(), CredentialListModel::ServiceRole),
                 (QStringList {QStringLiteral("Argo CD"), QStringLiteral("GitHub")}));
        QCOMPARE(column(*settings.credentials(), CredentialListModel::SourceRole),
                 (QStringList {QStringLiteral("ARGOCD_AUTH_TOKEN"), QStringLiteral("GH_TOKEN")}));
        for (int role : settings.credentials()->roleNames().keys()) {
            for (const QString &value : column(*settings.credentials(), role))
                QVERIFY(!value.contains(QStringLiteral("env-argo-token"))
                        && !value.contains(QStringLiteral("gh-env-token")));
        }

        if (!settings.keychainAvailable()) {
            // No keychain service here (CI): said clearly, and storing says so too.
            QVERIFY(settings.keychainStatus().startsWith(
                QStringLiteral("no system keychain is available")));
            settings.storeToken(0, QStringLiteral("typed-token"));
            QTRY_VERIFY_WITH_TIMEOUT(
                !settings.credentials()
                     ->data(settings.credentials()->index(0), CredentialListModel::MessageRole)
                     .toString()
                     .isEmpty(),
                10000);
            const QString message
                = settings.credentials()
                      ->data(settings.credentials()->index(0), CredentialListModel::MessageRole)
                      .toString();
            QVERIFY2(message.contains(QStringLiteral("no system keychain is available")),
                     qPrintable(message));
            QVERIFY(!message.contains(QStringLiteral("typed-token")));
            QVERIFY(!settings.credentials()
                         ->data(settings.credentials()->index(0), CredentialListModel::StoredRole)
                         .toBool());
        } else {
            // A desktop session: the stored token wins over the environment's, in the status too.
            qInfo("a keychain service is available: the token round-trips");
            settings.storeToken(0, QStringLiteral("keychain-argo-token"));
            QTRY_VERIFY_WITH_TIMEOUT(
                settings.credentials()
                        ->data(settings.credentials()->index(0), CredentialListModel::SourceRole)
                        .toString()
                    == QStringLiteral("system keychain"),
                10000);
            QVERIFY(settings.credentials()
                        ->data(settings.credentials()->index(0), CredentialListModel::StoredRole)
                        .toBool());
            argo.clearRequests();
            QTRY_VERIFY_WITH_TIMEOUT(argo.count(QStringLiteral("/api/v1/applications")) >= 1,
                                     30000);
            QCOMPARE(argo.requests().constLast().header("Authorization"),
                     QByteArray("Bearer keychain-argo-token"));
            settings.removeToken(0);
            QTRY_VERIFY_WITH_TIMEOUT(
                settings.credentials()
                        ->data(settings.credentials()->index(0), CredentialListModel::SourceRole)
                        .toString()
                    == QStringLiteral("ARGOCD_AUTH_TOKEN"),
                10000);
        }

        // TLS verification off for that instance: used, and said on the environments.
        QVERIFY(settings.argoCd()->setData(every, true, EndpointOverrideModel::InsecureRole));
        QVERIFY(settings.save());
        QVERIFY(EndpointOverrides::load(m_repository).argoCd.value(QStringLiteral("*")).insecure);
        QVERIFY(pipeline.session()->effectivePipeline().argoCd.constFirst().insecure);

        // Back to what promenade.yaml says: no live status.
        QVERIFY(settings.argoCd()->setData(every, QString(), EndpointOverrideModel::UrlRole));
        settings.setGitHubRepository(QString());
        QVERIFY(settings.save());
        QVERIFY(EndpointOverrides::load(m_repository).isEmpty());
        QVERIFY(!pipeline.liveStatus());
        qunsetenv("ARGOCD_AUTH_TOKEN");
        qunsetenv("GH_TOKEN");
    }

    // The endpoints trusted with credentials for the open repository: those the user confirmed
    // (revocable) and those typed in the form (trusted while set).
    void trustedEndpointsAreListedAndRevoked()
    {
        qputenv(
            "PROMENADE_TRUST_FILE",
            QFile::encodeName(m_scratch.filePath(QStringLiteral("trust/trusted-endpoints.conf"))));
        PipelineController pipeline;
        SettingsController settings;
        QAbstractItemModelTester trustedTester(
            settings.trustedEndpoints(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        settings.setPipeline(&pipeline);
        pipeline.open(m_repository);
        QTRY_VERIFY_WITH_TIMEOUT(!pipeline.loading(), 30000);
        QCOMPARE(settings.trustedEndpoints()->rowCount(), 0);

        Clients::EndpointTrustStore store;
        QVERIFY(store.trust(m_repository, Clients::CredentialService::ArgoCd,
                            QUrl(QStringLiteral("https://argocd.example.com"))));
        QVERIFY(store.trust(m_scratch.filePath(QStringLiteral("elsewhere")),
                            Clients::CredentialService::ArgoCd,
                            QUrl(QStringLiteral("https://other.example.com"))));
        settings.loadTrustedEndpoints();
        QCOMPARE(column(*settings.trustedEndpoints(), TrustedEndpointModel::UrlRole),
                 QStringList {QStringLiteral("https://argocd.example.com")});
        QCOMPARE(column(*settings.trustedEndpoints(), TrustedEndpointModel::ServiceRole),
                 QStringList {QStringLiteral("Argo CD")});
        QCOMPARE(column(*settings.trustedEndpoints(), TrustedEndpointModel::OriginRole),
                 QStringList {QStringLiteral("confirmed")});

        // Typed in the form: trusted while it is set.
        const QModelIndex every = settings.argoCd()->index(0);
        QVERIFY(settings.argoCd()->setData(every, QStringLiteral("https://argo.lab.example.com"),
                                           EndpointOverrideModel::UrlRole));
        QVERIFY(settings.save());
        QCOMPARE(column(*settings.trustedEndpoints(), TrustedEndpointModel::OriginRole),
                 (QStringList {QStringLiteral("confirmed"), QStringLiteral("settings")}));
        QVERIFY(store.isTrusted(m_repository, Clients::CredentialService::ArgoCd,
                                QUrl(QStringLiteral("https://argo.lab.example.com"))));
        QVERIFY(settings.argoCd()->setData(every, QString(), EndpointOverrideModel::UrlRole));
        QVERIFY(settings.save());
        QVERIFY(!store.isTrusted(m_repository, Clients::CredentialService::ArgoCd,
                                 QUrl(QStringLiteral("https://argo.lab.example.com"))));

        // Revoked: gone from the list and the store; the other repository's entry stays.
        QVERIFY(settings.revokeTrust(0));
        QCOMPARE(settings.trustedEndpoints()->rowCount(), 0);
        QVERIFY(!store.isTrusted(m_repository, Clients::CredentialService::ArgoCd,
                                 QUrl(QStringLiteral("https://argocd.example.com"))));
        QCOMPARE(store.entries().size(), 1);
        QVERIFY(!settings.revokeTrust(0));
        qunsetenv("PROMENADE_TRUST_FILE");
    }

    // The source Settings shows is the one whose token the live status sends, with the same
    // precedence and the same trust: an argocd CLI login for the server goes ahead of an
    // ARGOCD_AUTH_TOKEN the repository's server is not tied to; alone, that one is withheld.
    void theSourceShownIsTheOneSent()
    {
        TestSupport::FakeHttpServer argo;
        argo.setHandler([](const TestSupport::FakeRequest &) {
            return TestSupport::FakeResponse::json(R"({"items": []})");
        });
        QVERIFY(argo.listen());
        const auto created
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("named")));
        QVERIFY(created);
        const QString root = created->workTree;
        QVERIFY(TestSupport::writeFile(
            root + QStringLiteral("/promenade.yaml"),
            TestSupport::readFile(root + QStringLiteral("/promenade.yaml"))
                + "\nendpoints:\n  argocd: " + argo.url().toString().toUtf8() + "\n"));
        qputenv("PROMENADE_TRUST_FILE",
                QFile::encodeName(m_scratch.filePath(QStringLiteral("trust-none/trusted.conf"))));
        qputenv("ARGOCD_AUTH_TOKEN", "env-untied-token");
        qunsetenv("ARGOCD_SERVER");
        const QString cliConfig = m_scratch.filePath(QStringLiteral("home/.config/argocd/config"));
        const QByteArray server = "127.0.0.1:" + QByteArray::number(argo.url().port());
        QVERIFY(TestSupport::writeFile(
            cliConfig,
            "contexts:\n- name: lab\n  server: " + server
                + "\n  user: lab\ncurrent-context: lab\nservers:\n- server: " + server
                + "\n  plain-text: true\nusers:\n- name: lab\n  auth-token: cli-token\n"));

        PipelineController pipeline;
        SettingsController settings;
        settings.setPipeline(&pipeline);
        pipeline.open(root);
        QTRY_VERIFY_WITH_TIMEOUT(!pipeline.loading(), 30000);
        QVERIFY(pipeline.liveStatus());
        const auto argoSource = [&settings] {
            return settings.credentials()
                ->data(settings.credentials()->index(0), CredentialListModel::SourceRole)
                .toString();
        };
        const auto refresh = [&settings] {
            QSignalSpy refreshed(&settings, &SettingsController::credentialsRefreshed);
            settings.refreshCredentials();
            return refreshed.wait(10000);
        };

        // The argocd CLI's login for that server: sent, and shown.
        QTRY_VERIFY_WITH_TIMEOUT(argo.count(QStringLiteral("/api/v1/applications")) >= 1, 30000);
        QCOMPARE(argo.requests().constLast().header("Authorization"),
                 QByteArray("Bearer cli-token"));
        QVERIFY(refresh());
        QCOMPARE(settings.credentials()
                     ->data(settings.credentials()->index(0), CredentialListModel::ServiceRole)
                     .toString(),
                 QStringLiteral("Argo CD"));
        QCOMPARE(argoSource(), QStringLiteral("argocd context lab (~/.config/argocd/config)"));

        // Without it, ARGOCD_AUTH_TOKEN is not tied to this server: nothing sent, none shown, and
        // the hint says why (naming the source, never the token).
        QVERIFY(QFile::remove(cliConfig));
        argo.clearRequests();
        pipeline.applySettings();
        QTRY_VERIFY_WITH_TIMEOUT(argo.count(QStringLiteral("/api/v1/applications")) >= 1, 30000);
        QCOMPARE(argo.requests().constLast().header("Authorization"), QByteArray());
        QVERIFY(refresh());
        QCOMPARE(argoSource(), QString());
        const QString hint
            = settings.credentials()
                  ->data(settings.credentials()->index(0), CredentialListModel::HintRole)
                  .toString();
        QVERIFY2(
            hint.contains(QStringLiteral("your Argo CD token (ARGOCD_AUTH_TOKEN) was not sent")),
            qPrintable(hint));
        QVERIFY(!hint.contains(QStringLiteral("env-untied-token")));

        // ARGOCD_SERVER ties it to this server: sent, and shown.
        qputenv("ARGOCD_SERVER", server);
        argo.clearRequests();
        pipeline.applySettings();
        QTRY_VERIFY_WITH_TIMEOUT(argo.count(QStringLiteral("/api/v1/applications")) >= 1, 30000);
        QCOMPARE(argo.requests().constLast().header("Authorization"),
                 QByteArray("Bearer env-untied-token"));
        QVERIFY(refresh());
        QCOMPARE(argoSource(), QStringLiteral("ARGOCD_AUTH_TOKEN"));
        qunsetenv("ARGOCD_SERVER");
        qunsetenv("ARGOCD_AUTH_TOKEN");
        qunsetenv("PROMENADE_TRUST_FILE");
    }

    void theDemoIsReadOnly()
    {
        PipelineController pipeline;
        SettingsController settings;
        settings.setPipeline(&pipeline);
        pipeline.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!pipeline.loading(), 30000);
        QVERIFY(pipeline.isDemo());
        QVERIFY(!settings.editable());
        // Its embedded services are shown once they run.
        QTRY_VERIFY_WITH_TIMEOUT(
            settings.argoCd()->rowCount() > 0
                && settings.argoCd()
                       ->data(settings.argoCd()->index(0), EndpointOverrideModel::DeclaredRole)
                       .toString()
                       .startsWith(QStringLiteral("http://127.0.0.1:")),
            30000);
        QTRY_COMPARE_WITH_TIMEOUT(settings.credentials()->rowCount(), 2, 10000);
        QCOMPARE(settings.credentials()
                     ->data(settings.credentials()->index(0), CredentialListModel::SourceRole)
                     .toString(),
                 QStringLiteral("the demo's control plane"));
        QVERIFY(settings.argoCd()->setData(settings.argoCd()->index(0),
                                           QStringLiteral("https://elsewhere"),
                                           EndpointOverrideModel::UrlRole));
        QVERIFY(!settings.canSave());
        QVERIFY(!settings.save());
    }
};

QTEST_GUILESS_MAIN(TestSettingsController)
#include "tst_settingscontroller.moc"
