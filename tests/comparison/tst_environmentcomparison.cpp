#include "demorepository.h"
#include "environmentcomparison.h"
#include "folderdiff.h"
#include "repositorydiscovery.h"
#include "testsupport.h"
#include "unifieddiff.h"

#include <QDir>
#include <QFileInfo>
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

    // Filtered to one app, the overlay files of a shared overlay are that app's: its patches
    // and the kustomization, never the other app's patches.
    void overlayFilesOfOneApp()
    {
        EnvironmentComparison::Request request {QStringLiteral("development"),
                                                QStringLiteral("production"),
                                                QStringLiteral("paulojauregui-com"),
                                                EnvironmentComparison::Mode::Files,
                                                true,
                                                true,
                                                {}};
        const auto files = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        QStringList names;
        for (const FileComparison &f : *files)
            names << f.text.displayPath();
        QVERIFY2(names.contains(QStringLiteral("apps/overlays/production/kustomization.yaml")),
                 qPrintable(names.join(u'\n')));
        QVERIFY2(names.contains(QStringLiteral("apps/overlays/production/blog-deployment.yaml")),
                 qPrintable(names.join(u'\n')));
        for (const QString &name : std::as_const(names)) {
            QVERIFY2(!name.contains(QStringLiteral("signconnect")), qPrintable(name));
            QVERIFY2(!name.startsWith(QStringLiteral("infrastructure/")), qPrintable(name));
        }

        request.app = QStringLiteral("signconnect");
        const auto other = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY(other);
        QStringList otherNames;
        for (const FileComparison &f : *other)
            otherNames << f.text.displayPath();
        QVERIFY2(otherNames.contains(
                     QStringLiteral("apps/overlays/production/signconnect-deployment.yaml")),
                 qPrintable(otherNames.join(u'\n')));
        for (const QString &name : std::as_const(otherNames))
            QVERIFY2(!name.contains(QStringLiteral("blog-")), qPrintable(name));
    }

    // Ignore rules leave the expected per-environment fields out of the rendered comparison:
    // the environment annotation disappears from the lines and the summary, a resource that
    // differed by it alone is no longer changed, and everything else still shows.
    void ignoreRulesLeaveFieldsOut()
    {
        EnvironmentComparison::Request request {QStringLiteral("development"),
                                                QStringLiteral("production"),
                                                {},
                                                EnvironmentComparison::Mode::Rendered,
                                                true,
                                                true,
                                                {}};
        const auto plain = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY(plain);
        const QString annotation = QStringLiteral("gitops.paulojauregui.com/environment");
        QVERIFY(semanticText(*plain).contains(annotation));
        QVERIFY(semanticText(*plain).contains(QStringLiteral("~ v1 Namespace paulojauregui-com")));

        request.ignore = {u"metadata.annotations[\"" + annotation + u"\"]",
                          u"spec.template.metadata.annotations[\"" + annotation + u"\"]"};
        const auto ignored = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY2(ignored, qPrintable(ignored ? QString() : ignored.error().toString()));
        const QString text = semanticText(*ignored);
        QVERIFY2(!text.contains(annotation), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Namespace paulojauregui-com")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("spec.replicas: 1 → 2")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("spec.rules[0].host: dev.paulojauregui.com → "
                                             "paulojauregui.com")));
        int plainLines = 0;
        int ignoredLines = 0;
        for (const FileComparison &f : *plain)
            plainLines += f.text.addedLines;
        for (const FileComparison &f : *ignored) {
            ignoredLines += f.text.addedLines;
            const QString unified = UnifiedDiff::format(f.text);
            QVERIFY2(!unified.contains(annotation), qPrintable(unified));
        }
        QVERIFY(ignoredLines > 0 && ignoredLines < plainLines);

        // A list item by its merge key: one container's image, not the other's.
        request.ignore = {QStringLiteral("spec.template.spec.containers[name=web].image")};
        const auto image = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY(image);
        QVERIFY(!semanticText(*image).contains(QStringLiteral("containers[name=web].image")));
        QVERIFY(semanticText(*image).contains(QStringLiteral("containers[name=server].image")));

        // Overlay files are compared as written: rules do not apply there.
        request.mode = EnvironmentComparison::Mode::Files;
        request.ignore = {QStringLiteral("metadata.annotations.*")};
        QVERIFY(EnvironmentComparison::compare(m_pipeline, request));

        request.mode = EnvironmentComparison::Mode::Rendered;
        request.ignore = {QStringLiteral("metadata.labels[")};
        const auto bad = EnvironmentComparison::compare(m_pipeline, request);
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind(), Error::Kind::BadInput);
        QVERIFY(bad.error().message().contains(QStringLiteral("metadata.labels[")));
    }

    // promenade.yaml's diff.ignore, read by the command line; --ignore adds rules, --no-ignore
    // drops the file's; a malformed section is an error naming the file.
    void ignoreRulesFromPromenadeYamlOnTheCommandLine()
    {
        QTemporaryDir scratch;
        const auto created = Demo::DemoRepository::generate(scratch.filePath(QStringLiteral("r")));
        QVERIFY(created);
        const QString root = created->workTree;
        const QString config = QDir(root).filePath(QStringLiteral("promenade.yaml"));
        const QByteArray original = TestSupport::readFile(config);
        QVERIFY(!original.isEmpty());
        QVERIFY(TestSupport::writeFile(
            config,
            original
                + "\ndiff:\n  ignore:\n"
                  "    - metadata.annotations[\"gitops.paulojauregui.com/environment\"]\n"
                  "    - spec.template.metadata.annotations.*\n"));
        QVERIFY(RepositoryDiscovery::discover(root)); // the section is valid promenade.yaml
        const QStringList base {QStringLiteral("diff"), root, QStringLiteral("development"),
                                QStringLiteral("production")};

        auto r = TestSupport::runPromenade(base);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains("gitops.paulojauregui.com/environment"), r.out.constData());
        QVERIFY(r.out.contains("spec.replicas: 1 → 2"));

        r = TestSupport::runPromenade(base + QStringList {QStringLiteral("--no-ignore")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("gitops.paulojauregui.com/environment"));

        r = TestSupport::runPromenade(
            base
            + QStringList {QStringLiteral("--ignore"), QStringLiteral("spec.replicas"),
                           QStringLiteral("--ignore"), QStringLiteral("spec.rules[*].host")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("gitops.paulojauregui.com/environment"));
        QVERIFY2(!r.out.contains("spec.replicas:"), r.out.constData());
        QVERIFY(!r.out.contains("spec.rules[0].host"));
        QVERIFY(r.out.contains("spec.tls[0].hosts[0]"));

        r = TestSupport::runPromenade(base
                                      + QStringList {QStringLiteral("--no-ignore"),
                                                     QStringLiteral("--ignore"),
                                                     QStringLiteral("spec.replicas")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("gitops.paulojauregui.com/environment"));
        QVERIFY(!r.out.contains("spec.replicas:"));

        r = TestSupport::runPromenade(
            base + QStringList {QStringLiteral("--ignore"), QStringLiteral("spec..replicas")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("spec..replicas"), r.err.constData());
        r = TestSupport::runPromenade(
            base
            + QStringList {QStringLiteral("--mode"), QStringLiteral("files"),
                           QStringLiteral("--ignore"), QStringLiteral("spec.replicas")});
        QCOMPARE(r.exitCode, 2);

        QVERIFY(TestSupport::writeFile(config, original + "\ndiff:\n  ignore: metadata\n"));
        r = TestSupport::runPromenade(base);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("promenade.yaml"), r.err.constData());
        QVERIFY(r.err.contains("diff.ignore"));
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

    // A Flux Kustomization's build: its targetNamespace on every namespaced resource and its
    // spec.images on top, as kustomize-controller builds the path (kubectl's render of the
    // kustomization Flux generates, stored beside the fixture).
    void fluxKustomizationBuildsWithItsTargetNamespace()
    {
        const QString fixture
            = TestSupport::dataPath(QStringLiteral("pin-forms/flux-kustomization-images"));
        QVERIFY2(QFileInfo::exists(fixture), qPrintable(fixture));
        QTemporaryDir scratch;
        QVERIFY(TestSupport::copyTree(fixture + QStringLiteral("/repo"), scratch.path()));
        auto pipeline = RepositoryDiscovery::discover(scratch.path());
        QVERIFY2(pipeline, qPrintable(pipeline ? QString() : pipeline.error().toString()));
        const auto rendered = EnvironmentComparison::render(*pipeline, QStringLiteral("staging"),
                                                            QStringLiteral("web"), false);
        QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.error().toString()));
        QCOMPARE(rendered->size(), 1);
        const QString expected = QString::fromUtf8(
            TestSupport::readFile(fixture + QStringLiteral("/rendered/flux-build-staging.yaml")));
        QCOMPARE(rendered->first(), expected);
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
