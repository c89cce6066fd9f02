#include "demorepository.h"
#include "environmentcomparison.h"
#include "folderdiff.h"
#include "repositorydiscovery.h"
#include "testsupport.h"
#include "unifieddiff.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Diff;

// Comparing the demo repository's environments: rendered and file by file, for all apps or
// one, against kubectl's renders and golden semantic summaries; and the preview of an edit.
class TestEnvironmentComparison : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    Pipeline m_pipeline;

    static QString semanticText(const QList<FileComparison> &files)
    {
        QString out;
        for (const FileComparison &f : files) {
            if (!f.hasChanges())
                continue;
            out += f.text.displayPath() + u'\n' + f.semantic.toText(true);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto created
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("demo")));
        QVERIFY(created);
        auto pipeline = RepositoryDiscovery::discover(created->workTree);
        QVERIFY(pipeline);
        m_pipeline = *pipeline;
    }

    // Golden files: tests/data/diff-demo/<left>-<right>.txt. Set PROMENADE_REGENERATE_GOLDEN=1
    // to rewrite them (then review the change with git diff).
    void semanticSummaryOfTheDemo_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addRow("development-staging")
            << QStringLiteral("development") << QStringLiteral("staging");
        QTest::addRow("staging-production")
            << QStringLiteral("staging") << QStringLiteral("production");
        QTest::addRow("development-production")
            << QStringLiteral("development") << QStringLiteral("production");
    }

    void semanticSummaryOfTheDemo()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        EnvironmentComparison::Request request {
            left, right, {}, EnvironmentComparison::Mode::Rendered, true, true, {}};
        const auto files = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        const QString actual = semanticText(*files);
        const QString golden
            = TestSupport::dataPath(QStringLiteral("diff-demo/%1-%2.txt").arg(left, right));
        if (qEnvironmentVariableIntValue("PROMENADE_REGENERATE_GOLDEN"))
            QVERIFY(TestSupport::writeFile(golden, actual.toUtf8()));
        const QString expected = QString::fromUtf8(TestSupport::readFile(golden));
        if (actual != expected) {
            const auto diff = FolderDiff::compareContents(expected.toUtf8(), actual.toUtf8(),
                                                          golden, QStringLiteral("actual"), {});
            QFAIL(qPrintable(UnifiedDiff::format(diff.text)));
        }
    }

    // Every line that differs between kubectl's two renders is in the diff, and nothing else.
    void renderedDiffCountsMatchKubectl_data() { semanticSummaryOfTheDemo_data(); }

    void renderedDiffCountsMatchKubectl()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        PROMENADE_REQUIRE_TOOL(!TestSupport::kubectl().isEmpty(),
                               "kubectl (with kustomize built in) is not on PATH; install it to "
                               "compare against kustomize's renders");
        QTemporaryDir out;
        for (const QString &env : {left, right}) {
            const auto r = TestSupport::runProcess(
                TestSupport::kubectl(),
                {QStringLiteral("kustomize"),
                 m_pipeline.root + QStringLiteral("/apps/overlays/") + env});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(TestSupport::writeFile(out.filePath(env), r.out));
        }
        const auto gnu = TestSupport::runProcess(
            QStringLiteral("diff"),
            {QStringLiteral("--minimal"), out.filePath(left), out.filePath(right)});
        PROMENADE_REQUIRE_TOOL(gnu.exitCode >= 0, "GNU diff is not installed");
        int gnuChanged = 0;
        for (const QByteArray &line : gnu.out.split('\n'))
            gnuChanged += line.startsWith("< ") || line.startsWith("> ");

        EnvironmentComparison::Request request {
            left, right, {}, EnvironmentComparison::Mode::Rendered, true, false, {}};
        const auto files = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->first().text.addedLines + files->first().text.removedLines, gnuChanged);
        QVERIFY(gnuChanged > 0);
    }

    void oneAppOnly()
    {
        EnvironmentComparison::Request request {QStringLiteral("staging"),
                                                QStringLiteral("production"),
                                                QStringLiteral("signconnect"),
                                                EnvironmentComparison::Mode::Rendered,
                                                true,
                                                true,
                                                {}};
        const auto files = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY(files);
        QCOMPARE(files->size(), 1); // no infrastructure lane for one app
        const QString text = semanticText(*files);
        QVERIFY(text.contains(
            QStringLiteral("signconnect:sha-9d2e6f0 → ghcr.io/howdiggy/signconnect:sha-41c07be")));
        QVERIFY(!text.contains(QStringLiteral("paulojauregui-com")));

        request.app = QStringLiteral("nope");
        const auto missing = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY(!missing);
        QVERIFY(
            missing.error().message().contains(QStringLiteral("paulojauregui-com, signconnect")));
    }

    void overlayFilesSideBySide()
    {
        EnvironmentComparison::Request request {QStringLiteral("development"),
                                                QStringLiteral("production"),
                                                {},
                                                EnvironmentComparison::Mode::Files,
                                                true,
                                                true,
                                                {}};
        const auto files = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY(files);
        QStringList changed;
        for (const FileComparison &f : *files) {
            if (f.hasChanges())
                changed << f.text.leftPath + u" | " + f.text.rightPath;
        }
        QVERIFY2(changed.contains(QStringLiteral("apps/overlays/development/kustomization.yaml | "
                                                 "apps/overlays/production/kustomization.yaml")),
                 qPrintable(changed.join(u'\n')));
        QVERIFY(changed.contains(QStringLiteral(
            " | apps/overlays/production/signconnect-deployment.yaml"))); // production only
        QVERIFY(changed.contains(
            QStringLiteral("infrastructure/overlays/development/selfsigned-issuer.yaml | ")));
    }

    void unknownEnvironment()
    {
        EnvironmentComparison::Request request {QStringLiteral("development"),
                                                QStringLiteral("qa"),
                                                {},
                                                EnvironmentComparison::Mode::Rendered,
                                                true,
                                                true,
                                                {}};
        const auto files = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY(!files);
        QCOMPARE(files.error().kind(), Error::Kind::NotFound);
        QVERIFY(
            files.error().message().contains(QStringLiteral("development, staging, production")));
    }

    void previewOfAnEdit()
    {
        const QString path = QStringLiteral("apps/overlays/staging/kustomization.yaml");
        QByteArray edited = TestSupport::readFile(QDir(m_pipeline.root).filePath(path));
        QVERIFY(edited.contains("newTag: sha-c52e9f3"));
        edited.replace("newTag: sha-c52e9f3", "newTag: sha-e7d1a48");
        const auto files = EnvironmentComparison::compareEdit(m_pipeline, QStringLiteral("staging"),
                                                              {{path, edited}}, {}, {});
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        int changedDocuments = 0;
        QString change;
        for (const FileComparison &f : *files) {
            for (const DocumentChange &d : f.semantic.documents) {
                if (d.status == DocumentChange::Status::Unchanged)
                    continue;
                ++changedDocuments;
                for (const FieldChange &c : d.changes)
                    change += c.path + u'=' + c.newValue;
            }
        }
        QCOMPARE(changedDocuments, 1);
        QCOMPARE(change,
                 QStringLiteral("spec.template.spec.containers[name=web].image=ghcr.io/howdiggy/"
                                "paulojauregui-com:sha-e7d1a48"));
        // Nothing in the repository changed.
        QVERIFY(TestSupport::readFile(QDir(m_pipeline.root).filePath(path))
                    .contains("newTag: sha-c52e9f3"));

        const auto escape = EnvironmentComparison::compareEdit(
            m_pipeline, QStringLiteral("staging"), {{QStringLiteral("../outside.yaml"), "x"}}, {},
            {});
        QVERIFY(!escape);
    }

    void commandLine()
    {
        auto r = TestSupport::runPromenade({QStringLiteral("diff"), m_pipeline.root,
                                            QStringLiteral("development"),
                                            QStringLiteral("production"), QStringLiteral("--app"),
                                            QStringLiteral("paulojauregui-com")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("+  replicas: 2"));
        QVERIFY(r.out.contains("# Kubernetes changes"));
        r = TestSupport::runPromenade({QStringLiteral("diff"), m_pipeline.root,
                                       QStringLiteral("staging"), QStringLiteral("production"),
                                       QStringLiteral("--exit-code"), QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("--mode"),
                                       QStringLiteral("files")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("left")).toString(), QStringLiteral("staging"));
        QCOMPARE(report.value(QStringLiteral("right")).toString(), QStringLiteral("production"));
        QVERIFY(report.value(QStringLiteral("files")).toArray().size() >= 2);
        r = TestSupport::runPromenade({QStringLiteral("diff"), m_pipeline.root,
                                       QStringLiteral("staging"), QStringLiteral("staging"),
                                       QStringLiteral("--exit-code")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        r = TestSupport::runPromenade({QStringLiteral("diff"), m_pipeline.root,
                                       QStringLiteral("staging"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("promenade: "));
        r = TestSupport::runPromenade({QStringLiteral("diff"), m_pipeline.root,
                                       QStringLiteral("staging"), QStringLiteral("production"),
                                       QStringLiteral("--mode"), QStringLiteral("both")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentComparison)
#include "tst_environmentcomparison.moc"
