#include "mutabletag.h"
#include "mutabletags.h"
#include "pipelinestatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;

namespace {

AppStatus app(const QString &tag, const QString &digest = {}, const QString &registryDigest = {})
{
    AppStatus a;
    a.app = QStringLiteral("web");
    a.declared.app = a.app;
    a.declared.repository = QStringLiteral("ghcr.io/acme/web");
    a.declared.tag = tag;
    a.declared.digest = digest;
    a.declared.pin = {VersionPin::Kind::KustomizeImages,
                      QStringLiteral("apps/overlays/staging/kustomization.yaml"), 8,
                      QStringLiteral("images[name=ghcr.io/acme/web].newTag")};
    if (!registryDigest.isEmpty()) {
        a.availableKnown = true;
        a.declaredDigest = registryDigest;
    }
    return a;
}

const QString digestA = QStringLiteral("sha256:") + QString(64, u'a');
const QString digestB = QStringLiteral("sha256:") + QString(64, u'b');

} // namespace

// A mutable tag is a warning: latest and branch names by their name, any tag the registry moved
// since the status before, never a pinned digest; in the status JSON and back.
class TestMutableTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byName_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<bool>("mutableTag");
        QTest::addRow("latest") << QStringLiteral("latest") << QString() << true;
        QTest::addRow("Latest") << QStringLiteral("Latest") << QString() << true;
        QTest::addRow("main") << QStringLiteral("main") << QString() << true;
        QTest::addRow("master") << QStringLiteral("master") << QString() << true;
        QTest::addRow("develop") << QStringLiteral("develop") << QString() << true;
        QTest::addRow("stable") << QStringLiteral("stable") << QString() << true;
        QTest::addRow("latest with a digest") << QStringLiteral("latest") << digestA << false;
        QTest::addRow("a build") << QStringLiteral("sha-9d2e6f0") << QString() << false;
        QTest::addRow("a version") << QStringLiteral("1.8.3") << QString() << false;
        QTest::addRow("a name containing main")
            << QStringLiteral("main-20261201-9d2e6f0") << QString() << false;
        QTest::addRow("no tag") << QString() << QString() << false;
    }

    void byName()
    {
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(bool, mutableTag);
        QCOMPARE(MutableTag::isMutableByName(tag, digest), mutableTag);
        const QString warning = MutableTag::warning(tag, digest);
        QCOMPARE(!warning.isEmpty(), mutableTag);
        if (mutableTag)
            QVERIFY(warning.contains(tag) || warning.contains(QStringLiteral("latest")));

        AppStatus a = app(tag, digest);
        MutableTags::flag(a, nullptr);
        QCOMPARE(a.mutableTag, mutableTag);
        QCOMPARE(a.mutableTagWarning, warning);
        QVERIFY(!a.tagMoved);
    }

    void aMovedTagIsFlaggedAndStaysFlagged()
    {
        const AppStatus before = [] {
            AppStatus a = app(QStringLiteral("1.8.3"), {}, digestA);
            MutableTags::flag(a, nullptr);
            return a;
        }();
        QVERIFY(!before.mutableTag);

        // The same digest: one build.
        AppStatus same = app(QStringLiteral("1.8.3"), {}, digestA);
        MutableTags::flag(same, &before);
        QVERIFY(!same.mutableTag);

        // Another digest for the same tag: it moved.
        AppStatus moved = app(QStringLiteral("1.8.3"), {}, digestB);
        MutableTags::flag(moved, &before);
        QVERIFY(moved.mutableTag);
        QVERIFY(moved.tagMoved);
        QVERIFY(moved.mutableTagWarning.contains(QStringLiteral("1.8.3")));
        QVERIFY(moved.mutableTagWarning.contains(digestB.left(19)));

        // Seen to move once, it stays flagged while the tag is declared (even if the registry
        // does not answer this time).
        AppStatus later = app(QStringLiteral("1.8.3"));
        MutableTags::flag(later, &moved);
        QVERIFY(later.mutableTag);
        QVERIFY(later.tagMoved);

        // Another tag, or a pinned digest: no longer.
        AppStatus other = app(QStringLiteral("1.8.4"), {}, digestB);
        MutableTags::flag(other, &moved);
        QVERIFY(!other.mutableTag);
        AppStatus pinned = app(QStringLiteral("1.8.3"), digestB, digestB);
        MutableTags::flag(pinned, &moved);
        QVERIFY(!pinned.mutableTag);
    }

    void chartVersionsAreNotChecked()
    {
        AppStatus a = app(QStringLiteral("main"));
        a.declared.pin.kind = VersionPin::Kind::ChartVersion;
        MutableTags::flag(a, nullptr);
        QVERIFY(!a.mutableTag);
    }

    void inTheStatusJson()
    {
        PipelineStatus before;
        before.root = QStringLiteral("/tmp/gitops");
        before.fetchedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
        EnvironmentStatus env;
        env.name = QStringLiteral("staging");
        env.apps << app(QStringLiteral("1.8.3"), {}, digestA) << app(QStringLiteral("latest"));
        env.apps[1].app = QStringLiteral("api");
        before.environments << env;
        MutableTags::flag(before, nullptr);

        PipelineStatus now = before;
        now.environments[0].apps[0].declaredDigest = digestB;
        MutableTags::flag(now, &before);

        const QJsonObject json = now.toJson();
        const QJsonObject web = json.value(u"environments")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"apps")
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(web.value(u"mutableTag").toBool(), true);
        QCOMPARE(web.value(u"tagMoved").toBool(), true);
        QVERIFY(web.value(u"mutableTagWarning").toString().contains(QStringLiteral("moved")));
        const QJsonObject api = json.value(u"environments")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"apps")
                                    .toArray()
                                    .at(1)
                                    .toObject();
        QCOMPARE(api.value(u"mutableTag").toBool(), true);
        QCOMPARE(api.value(u"tagMoved").toBool(), false);
        QVERIFY(api.value(u"mutableTagWarning").toString().contains(QStringLiteral("latest")));

        const auto back = PipelineStatus::fromJson(json);
        QVERIFY(back);
        const AppStatus *read
            = back->environment(QStringLiteral("staging"))->app(QStringLiteral("web"));
        QVERIFY(read);
        QVERIFY(read->mutableTag);
        QVERIFY(read->tagMoved);
        QCOMPARE(read->mutableTagWarning, now.environments[0].apps[0].mutableTagWarning);
        // The table says it too, with the digest to pin.
        QVERIFY(now.toTable().contains(QStringLiteral("--pin-digest pins ") + digestB));
    }
};

QTEST_GUILESS_MAIN(TestMutableTags)
#include "tst_mutabletags.moc"
