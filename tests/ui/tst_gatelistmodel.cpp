#include "gatelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Promenade::GateResult;

// The approval dialog's gate list: verdict names, counts of failed and unknown gates.
class TestGateListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryVerdict()
    {
        GateListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &GateListModel::countChanged);
        model.setGates({{QStringLiteral("Working tree clean"), GateResult::Verdict::Pass,
                         QStringLiteral("clean")},
                        {QStringLiteral("Image and platforms"), GateResult::Verdict::Fail,
                         QStringLiteral("no linux/arm64 image")},
                        {QStringLiteral("Pull request checks"), GateResult::Verdict::Unknown,
                         QStringLiteral("not open yet")}});
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.failed(), 1);
        QCOMPARE(model.unknown(), 1);
        const QModelIndex failed = model.index(1);
        QCOMPARE(model.data(failed, GateListModel::GateRole).toString(),
                 QStringLiteral("Image and platforms"));
        QCOMPARE(model.data(failed, GateListModel::VerdictRole).toString(), QStringLiteral("fail"));
        QCOMPARE(model.data(failed, GateListModel::ReasonRole).toString(),
                 QStringLiteral("no linux/arm64 image"));
        QCOMPARE(model.data(model.index(0), GateListModel::VerdictRole).toString(),
                 QStringLiteral("pass"));
        QCOMPARE(model.data(model.index(2), GateListModel::VerdictRole).toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(model.roleNames().value(GateListModel::ReasonRole), QByteArray("reason"));

        model.setGates({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.failed(), 0);
    }

    // The same gates judged again as the live status moves: rows change in place.
    void rejudgedInPlace()
    {
        GateListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGates({{QStringLiteral("Working tree clean"), GateResult::Verdict::Pass,
                         QStringLiteral("clean")},
                        {QStringLiteral("Pull request checks"), GateResult::Verdict::Unknown,
                         QStringLiteral("not open yet")}});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counted(&model, &GateListModel::countChanged);
        model.setGates({{QStringLiteral("Working tree clean"), GateResult::Verdict::Pass,
                         QStringLiteral("clean")},
                        {QStringLiteral("Pull request checks"), GateResult::Verdict::Pass,
                         QStringLiteral("#13: 1 check passed")}});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(counted.size(), 1); // one unknown fewer
        QCOMPARE(model.unknown(), 0);
        QCOMPARE(model.data(model.index(1), GateListModel::ReasonRole).toString(),
                 QStringLiteral("#13: 1 check passed"));
    }
};

QTEST_GUILESS_MAIN(TestGateListModel)
#include "tst_gatelistmodel.moc"
