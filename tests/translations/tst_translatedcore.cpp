#include "demorepository.h"
#include "gitrepository.h"
#include "gittrailers.h"
#include "promotiongate.h"
#include "promotionplanner.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Promenade;

// The core's sentences follow the interface language once a translator is installed (the
// window installs one), while what is data stays English: the commit message and its
// trailers written into Git, the plan's summary (the pull request's text). The command line
// installs none: its output stays English even when the user's settings and locale say German.
class TestTranslatedCore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    QTranslator m_german;
    QString m_repository;

    [[nodiscard]] Result<PromotionPlan> planPromotion() const
    {
        auto pipeline = RepositoryDiscovery::discover(m_repository);
        if (!pipeline)
            return pipeline.error();
        PromotionPlanner::Request request;
        request.app = QStringLiteral("paulojauregui-com");
        request.from = QStringLiteral("development");
        request.to = QStringLiteral("staging");
        return PromotionPlanner::plan(*pipeline, request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QVERIFY2(m_german.load(QStringLiteral(PROMENADE_QM_DIR "/promenade_de.qm")),
                 "the German translation is built");
        QVERIFY(QCoreApplication::installTranslator(&m_german));
        const auto created
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        m_repository = created->workTree;
    }

    void gatesSpeakTheInterfaceLanguage()
    {
        const auto plan = planPromotion();
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        auto repository = Git::Repository::open(m_repository);
        QVERIFY(repository);
        const QList<GateResult> results = evaluateGates(gitGates(), *plan, *repository);
        QStringList names;
        for (const GateResult &r : results)
            names << r.gate;
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Arbeitsverzeichnis sauber"),
                               QStringLiteral("Branch aktuell"), QStringLiteral("Neue Version")}));
        QCOMPARE(
            results.first().reason,
            QStringLiteral(
                "apps/overlays/staging/kustomization.yaml hat keine nicht committeten Änderungen"));
    }

    void errorsSpeakTheInterfaceLanguage()
    {
        const auto pipeline = RepositoryDiscovery::discover(m_scratch.path());
        QVERIFY(!pipeline);
        QVERIFY2(pipeline.error().message().startsWith(QStringLiteral("kein GitOps-Repository")),
                 qPrintable(pipeline.error().message()));
    }

    void whatIsWrittenIntoGitStaysEnglish()
    {
        const auto plan = planPromotion();
        QVERIFY(plan);
        QVERIFY2(plan->message.startsWith(
                     QStringLiteral("Promote paulojauregui-com sha-e7d1a48 to staging\n\n"
                                    "paulojauregui-com sha-e7d1a48 was verified in development.")),
                 qPrintable(plan->message));
        const auto trailers = Git::Trailers::parse(plan->message);
        QCOMPARE(Git::Trailers::value(trailers, QStringLiteral("Promenade-Action")),
                 QStringLiteral("promote"));
        QCOMPARE(Git::Trailers::value(trailers, QStringLiteral("Promenade-To")),
                 QStringLiteral("staging"));
        QCOMPARE(
            plan->summary(),
            QStringLiteral("Promote paulojauregui-com sha-e7d1a48 from development to staging"));
    }

    void theCommandLineStaysEnglish()
    {
        // The user's settings and locale say German; the command line still answers in English.
        const QString home = m_scratch.filePath(QStringLiteral("home"));
        QVERIFY(TestSupport::writeFile(home + QStringLiteral("/.config/Promenade/promenade.conf"),
                                       "[ui]\nlanguage=de\n"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));

        auto r = TestSupport::runPromenadeServing(
            {QStringLiteral("promote"), m_repository, QStringLiteral("--app"),
             QStringLiteral("nope"), QStringLiteral("--from"), QStringLiteral("staging"),
             QStringLiteral("--to"), QStringLiteral("production")},
            env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no app named 'nope'"), r.err.constData());

        const QString notGitOps = m_scratch.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(notGitOps));
        r = TestSupport::runPromenadeServing({QStringLiteral("status"), notGitOps}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a GitOps repository"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTranslatedCore)
#include "tst_translatedcore.moc"
