#include "demorepository.h"
#include "diffcontroller.h"
#include "pipelinecontroller.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

// The diff view's controller with promenade.yaml's diff.ignore: the rules are read for every
// rendered comparison and applied, the window can show the ignored fields again, overlay files
// are compared as written, and a malformed rule is the comparison's error.
class TestDiffController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_root;
    QByteArray m_config;

    // Every line of the comparison, as unified diff lines (folds included).
    static QString allLines(DiffController &diff)
    {
        DiffRowModel *rows = diff.rows();
        return rows->copyText(0, rows->rowCount() - 1, QStringLiteral("both"));
    }

    static bool compareNow(DiffController &diff)
    {
        diff.compare();
        return QTest::qWaitFor([&] { return diff.compared() && !diff.loading(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto created
            = Promenade::Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("r")));
        QVERIFY(created);
        m_root = created->workTree;
        m_config = TestSupport::readFile(m_root + QStringLiteral("/promenade.yaml"));
        QVERIFY(!m_config.isEmpty());
    }

    void ignoreRulesFromPromenadeYaml()
    {
        QVERIFY(TestSupport::writeFile(
            m_root + QStringLiteral("/promenade.yaml"),
            m_config
                + "\ndiff:\n  ignore:\n"
                  "    - metadata.annotations[\"gitops.paulojauregui.com/environment\"]\n"
                  "    - spec.template.metadata.annotations.*\n"));
        PipelineController pipeline;
        pipeline.open(m_root);
        QTRY_VERIFY_WITH_TIMEOUT(pipeline.hasRepository(), 30000);
        DiffController diff;
        diff.setPipeline(&pipeline);
        QVERIFY(compareNow(diff));
        QCOMPARE(diff.errorString(), QString());
        QCOMPARE(diff.ignoreRules().size(), 2);
        QVERIFY(diff.applyIgnoreRules());
        QString text = allLines(diff);
        QVERIFY2(!text.contains(u"gitops.paulojauregui.com/environment"), qPrintable(text));
        QVERIFY(text.contains(u"replicas: 2"));
        const int ignoredLines = diff.rows()->addedLines();

        // Shown again on request (the rules stay listed).
        diff.setApplyIgnoreRules(false);
        QVERIFY(compareNow(diff));
        QCOMPARE(diff.ignoreRules().size(), 2);
        text = allLines(diff);
        QVERIFY(text.contains(u"gitops.paulojauregui.com/environment: production"));
        QVERIFY(diff.rows()->addedLines() > ignoredLines);

        // Overlay files are compared as written: no rules.
        diff.setApplyIgnoreRules(true);
        diff.setRendered(false);
        QVERIFY(compareNow(diff));
        QCOMPARE(diff.errorString(), QString());
        QVERIFY(diff.ignoreRules().isEmpty());
    }

    void malformedRuleIsTheComparisonsError()
    {
        QVERIFY(TestSupport::writeFile(m_root + QStringLiteral("/promenade.yaml"),
                                       m_config + "\ndiff:\n  ignore: [\"spec..replicas\"]\n"));
        PipelineController pipeline;
        pipeline.open(m_root);
        QTRY_VERIFY_WITH_TIMEOUT(pipeline.hasRepository(), 30000);
        DiffController diff;
        diff.setPipeline(&pipeline);
        QVERIFY(compareNow(diff));
        QVERIFY2(diff.errorString().contains(u"spec..replicas"), qPrintable(diff.errorString()));
        QCOMPARE(diff.rows()->rowCount(), 0);
        // Without the rules, the comparison goes through.
        diff.setApplyIgnoreRules(false);
        QVERIFY(compareNow(diff));
        QCOMPARE(diff.errorString(), QString());
        QVERIFY(diff.rows()->rowCount() > 0);
    }
};

QTEST_MAIN(TestDiffController)
#include "tst_diffcontroller.moc"
