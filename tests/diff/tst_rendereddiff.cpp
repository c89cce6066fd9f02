#include "diffjson.h"
#include "rendereddiff.h"

#include <QJsonArray>
#include <QTest>

using namespace Promenade::Diff;

// RenderedDiff (two rendered outputs: line diff + semantic diff) and its JSON form (DiffJson).
class TestRenderedDiff : public QObject
{
    Q_OBJECT

private:
    const QString m_staging
        = QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: env-2g4hbfk8mt\n"
                         "data:\n  MODE: staging\n");
    const QString m_production
        = QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: env-9tt4h8m2dk\n"
                         "data:\n  MODE: production\n");

private Q_SLOTS:
    void lineAndSemanticDiffTogether()
    {
        const FileComparison c = RenderedDiff::compare(
            m_staging, m_production, QStringLiteral("staging"), QStringLiteral("production"), {});
        QCOMPARE(c.text.leftPath, QStringLiteral("staging"));
        QCOMPARE(c.text.status, FileDiff::Status::Modified);
        QCOMPARE(c.text.addedLines, 2);
        QVERIFY(c.kubernetes);
        QCOMPARE(c.semantic.documents.size(), 1);
        const DocumentChange &doc = c.semantic.documents.first();
        QCOMPARE(doc.status, DocumentChange::Status::Modified);
        QCOMPARE(doc.changes.size(), 2);
        QCOMPARE(doc.changes[1].path, QStringLiteral("data.MODE"));
        QCOMPARE(doc.changes[1].oldLine, 6);
        QCOMPARE(doc.changes[1].newLine, 6);
    }

    void manyOutputsMatchedByKey()
    {
        const QMap<QString, QString> staging {{QStringLiteral("apps/shop"), m_staging},
                                              {QStringLiteral("apps/old"), m_staging},
                                              {QStringLiteral("infra/cert-manager"), m_staging}};
        const QMap<QString, QString> production {{QStringLiteral("apps/shop"), m_production},
                                                 {QStringLiteral("apps/new"), m_production},
                                                 {QStringLiteral("infra/cert-manager"), m_staging}};
        const auto compared = RenderedDiff::compareAll(staging, production, {});
        QVERIFY(compared);
        const QList<FileComparison> &all = *compared;
        QStringList seen;
        for (const FileComparison &c : all)
            seen << c.text.displayPath() + u':' + FileDiff::statusName(c.text.status);
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("apps/new:added"), QStringLiteral("apps/old:removed"),
                               QStringLiteral("apps/shop:modified"),
                               QStringLiteral("infra/cert-manager:unchanged")}));
        QCOMPARE(all[0].semantic.count(DocumentChange::Status::Added), 1);
        QCOMPARE(all[1].semantic.count(DocumentChange::Status::Removed), 1);
        QVERIFY(all[0].text.leftPath.isEmpty());
    }

    void cancellation()
    {
        ComparisonOptions options;
        int asked = 0;
        options.isCancelled = [&asked] {
            return ++asked > 1;
        };
        const QMap<QString, QString> a {{QStringLiteral("x"), m_staging},
                                        {QStringLiteral("y"), m_staging}};
        const auto result = RenderedDiff::compareAll(a, {}, options);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Promenade::Error::Kind::Cancelled);
        QCOMPARE(asked, 2);
    }

    void yamlErrorKeepsTheLineDiff()
    {
        const FileComparison c
            = RenderedDiff::compare(m_staging, QStringLiteral("key: [broken\n"),
                                    QStringLiteral("staging"), QStringLiteral("broken"), {});
        QVERIFY(!c.kubernetes);
        QVERIFY2(c.semanticError.startsWith(u"broken:"), qPrintable(c.semanticError));
        QVERIFY(c.text.hasChanges());
    }

    void jsonSchema()
    {
        FileComparison c = RenderedDiff::compare(m_staging, m_production, QStringLiteral("staging"),
                                                 QStringLiteral("production"), {});
        FileComparison same;
        same.text.leftPath = same.text.rightPath = QStringLiteral("same.yaml");
        const QJsonObject report
            = DiffJson::report({c, same}, QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(report[u"schema"].toString(), QStringLiteral("promenade-diff"));
        QCOMPARE(report[u"version"].toInt(), 1);
        QCOMPARE(report[u"identical"].toBool(), false);
        QCOMPARE(report[u"summary"][u"modified"].toInt(), 1);
        QCOMPARE(report[u"summary"][u"unchanged"].toInt(), 1);
        const QJsonArray files = report[u"files"].toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files.first().toObject();
        QCOMPARE(file[u"status"].toString(), QStringLiteral("modified"));
        QCOMPARE(file[u"hunks"][0][u"header"].toString(), QStringLiteral("@@ -1,6 +1,6 @@"));
        const QJsonObject modifiedRow = file[u"hunks"][0][u"rows"][3].toObject();
        QCOMPARE(modifiedRow[u"kind"].toString(), QStringLiteral("modified"));
        QCOMPARE(modifiedRow[u"left"][u"line"].toInt(), 4);
        QCOMPARE(modifiedRow[u"left"][u"changes"][0][u"start"].toInt(), 12);
        const QJsonObject doc = file[u"semantic"][u"documents"][0].toObject();
        QCOMPARE(doc[u"status"].toString(), QStringLiteral("modified"));
        QCOMPARE(doc[u"left"][u"name"].toString(), QStringLiteral("env-2g4hbfk8mt"));
        QCOMPARE(doc[u"changes"][1][u"old"].toString(), QStringLiteral("staging"));
        QCOMPARE(doc[u"changes"][1][u"leftLine"].toInt(), 6);
        QVERIFY(doc[u"text"].isNull());
    }
};

QTEST_GUILESS_MAIN(TestRenderedDiff)
#include "tst_rendereddiff.moc"
