#include "demofiles.h"
#include "demorepository.h"
#include "gitrepository.h"
#include "promotionhistory.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;

namespace {

const QString blog = QStringLiteral("paulojauregui-com");
const QString signConnect = QStringLiteral("signconnect");

const HistoryEntry *find(const QList<HistoryEntry> &entries, HistoryEntry::Kind kind,
                         const QString &app, const QString &to, const QString &tag)
{
    for (const HistoryEntry &e : entries) {
        if (e.kind == kind && e.app == app && e.toEnvironment == to && e.tag == tag)
            return &e;
    }
    return nullptr;
}

} // namespace

// The promotion history of the demo repository, rebuilt from its trailers and overlay files.
class TestPromotionHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_scratch;
    QString m_repo;
    QList<HistoryEntry> m_entries;
    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_scratch.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QVERIFY(TestSupport::writeFile(
            m_home.filePath(QStringLiteral(".gitconfig")),
            "[user]\n\tname = Release Manager\n\temail = rm@example.invalid\n"));
        m_repo = m_scratch.filePath(QStringLiteral("demo"));
        Demo::DemoRepository::Options options;
        options.now = m_now;
        QVERIFY(Demo::DemoRepository::generate(m_repo, options));
        const auto entries = PromotionHistory::load(m_repo);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));
        m_entries = *entries;
    }

    void newestFirst()
    {
        QVERIFY(m_entries.size() >= 12);
        for (qsizetype i = 1; i < m_entries.size(); ++i)
            QVERIFY(m_entries.at(i - 1).time >= m_entries.at(i).time);
        QCOMPARE(m_entries.first().kind, HistoryEntry::Kind::SetImage);
        QCOMPARE(m_entries.first().tag, QStringLiteral("sha-5b8c3a2"));
    }

    void promotionsCarryTheirTrailers_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("previousTag");
        QTest::addRow("blog to production")
            << blog << QStringLiteral("development") << QStringLiteral("production")
            << QStringLiteral("sha-8b41d07") << QStringLiteral("sha-3f9a2c1");
        QTest::addRow("blog to staging")
            << blog << QStringLiteral("development") << QStringLiteral("staging")
            << QStringLiteral("sha-c52e9f3") << QStringLiteral("sha-8b41d07");
        QTest::addRow("blog staging to production")
            << blog << QStringLiteral("staging") << QStringLiteral("production")
            << QStringLiteral("sha-c52e9f3") << QStringLiteral("sha-8b41d07");
        QTest::addRow("signconnect to staging")
            << signConnect << QStringLiteral("development") << QStringLiteral("staging")
            << QStringLiteral("sha-9d2e6f0") << QStringLiteral("sha-41c07be");
    }

    void promotionsCarryTheirTrailers()
    {
        QFETCH(QString, app);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, tag);
        QFETCH(QString, previousTag);
        const HistoryEntry *e = find(m_entries, HistoryEntry::Kind::Promotion, app, to, tag);
        QVERIFY(e);
        QCOMPARE(e->fromEnvironment, from);
        QCOMPARE(e->image, Demo::Files::imageRepository(app));
        QCOMPARE(e->digest, Demo::Files::imageDigest(app, tag));
        QCOMPARE(e->previousTag, previousTag);
        QCOMPARE(e->authorName, QStringLiteral("Paulo Jauregui"));
        QVERIFY(e->summary.startsWith(QStringLiteral("Promote ")));
        QCOMPARE(e->commitId.size(), 40);
        QVERIFY(!e->reverted);
        QCOMPARE(e->kindName(), QStringLiteral("promotion"));
    }

    void ciBumpsAreSetImage()
    {
        int bumps = 0;
        for (const HistoryEntry &e : std::as_const(m_entries)) {
            if (e.kind != HistoryEntry::Kind::SetImage)
                continue;
            ++bumps;
            QCOMPARE(e.toEnvironment, QStringLiteral("development"));
            QCOMPARE(e.authorName, QStringLiteral("github-actions[bot]"));
            QVERIFY(e.fromEnvironment.isEmpty());
            QCOMPARE(e.digest, Demo::Files::imageDigest(e.app, e.tag));
        }
        QCOMPARE(bumps, 4);
    }

    void handMadeBumpIsAnImageChange()
    {
        const HistoryEntry *e = find(m_entries, HistoryEntry::Kind::ImageChange, blog,
                                     QStringLiteral("development"), QStringLiteral("sha-8b41d07"));
        QVERIFY(e);
        QCOMPARE(e->summary, QStringLiteral("Bump the blog to sha-8b41d07 in development"));
        QCOMPARE(e->previousTag, QStringLiteral("sha-3f9a2c1"));
        QCOMPARE(e->file, QStringLiteral("apps/overlays/development/kustomization.yaml"));
        QCOMPARE(e->image, Demo::Files::imageRepository(blog));
        QVERIFY(e->digest.isEmpty());
        QCOMPARE(e->kindName(), QStringLiteral("image-change"));
        QCOMPARE(e->pinKind, QStringLiteral("kustomize-images"));
        // Infrastructure changes (cert-manager) are chart versions of the component, not image
        // changes of an app overlay.
        for (const HistoryEntry &other : std::as_const(m_entries)) {
            if (!other.summary.contains(QStringLiteral("cert-manager")))
                continue;
            QCOMPARE(other.app, QStringLiteral("cert-manager"));
            QCOMPARE(other.pinKind, QStringLiteral("chart-version"));
        }
    }

    // The chart's upgrade is in the history of every environment, with the version before.
    void chartUpgradeIsAVersionChange()
    {
        for (const QString &env : {QStringLiteral("development"), QStringLiteral("staging"),
                                   QStringLiteral("production")}) {
            const HistoryEntry *e
                = find(m_entries, HistoryEntry::Kind::ImageChange, QStringLiteral("cert-manager"),
                       env, QStringLiteral("v1.16.2"));
            QVERIFY2(e, qPrintable(env));
            QCOMPARE(e->summary, QStringLiteral("Upgrade cert-manager to v1.16.2"));
            QCOMPARE(e->previousTag, QStringLiteral("v1.15.3"));
            QCOMPARE(e->image, QStringLiteral("cert-manager"));
            QCOMPARE(e->pinKind, QStringLiteral("chart-version"));
            QVERIFY(!e->mutableTag);
        }
    }

    void filtersByAppAndEnvironment()
    {
        PromotionHistory::Filter filter;
        filter.app = signConnect;
        const auto only = PromotionHistory::load(m_repo, filter);
        QVERIFY(only);
        QVERIFY(!only->isEmpty());
        for (const HistoryEntry &e : *only)
            QCOMPARE(e.app, signConnect);
        filter.environment = QStringLiteral("staging");
        const auto staging = PromotionHistory::load(m_repo + QStringLiteral("/apps"), filter);
        QVERIFY(staging);
        for (const HistoryEntry &e : *staging)
            QVERIFY(e.toEnvironment == u"staging" || e.fromEnvironment == u"staging");
        QVERIFY(find(*staging, HistoryEntry::Kind::Promotion, signConnect,
                     QStringLiteral("staging"), QStringLiteral("sha-9d2e6f0")));
    }

    void revertMarksThePromotion()
    {
        const QString copy = m_scratch.filePath(QStringLiteral("reverted"));
        QCOMPARE(
            TestSupport::runProcess(QStringLiteral("git"),
                                    {QStringLiteral("clone"), QStringLiteral("-q"), m_repo, copy})
                .exitCode,
            0);
        const HistoryEntry *promotion
            = find(m_entries, HistoryEntry::Kind::Promotion, signConnect, QStringLiteral("staging"),
                   QStringLiteral("sha-9d2e6f0"));
        QVERIFY(promotion);
        auto repo = Git::Repository::open(copy);
        QVERIFY(repo);
        const auto revertId = repo->revert(promotion->commitId);
        QVERIFY2(revertId, qPrintable(revertId ? QString() : revertId.error().toString()));

        const auto entries = PromotionHistory::load(*repo);
        QVERIFY(entries);
        const HistoryEntry *undone = find(*entries, HistoryEntry::Kind::Promotion, signConnect,
                                          QStringLiteral("staging"), QStringLiteral("sha-9d2e6f0"));
        QVERIFY(undone);
        QVERIFY(undone->reverted);
        QCOMPARE(undone->revertedBy, *revertId);
        const HistoryEntry &revert = entries->first();
        QCOMPARE(revert.kind, HistoryEntry::Kind::Revert);
        QCOMPARE(revert.commitId, *revertId);
        QCOMPARE(revert.reverts, promotion->commitId);
        QCOMPARE(revert.app, signConnect);
        QCOMPARE(revert.toEnvironment, QStringLiteral("staging"));
        QCOMPARE(revert.tag, QStringLiteral("sha-41c07be"));
        QCOMPARE(revert.previousTag, QStringLiteral("sha-9d2e6f0"));
        QCOMPARE(revert.authorName, QStringLiteral("Release Manager"));
        // Nothing else was marked.
        int reverted = 0;
        for (const HistoryEntry &e : *entries)
            reverted += e.reverted ? 1 : 0;
        QCOMPARE(reverted, 1);
    }

    void rollbackWithTrailers()
    {
        const QString copy = m_scratch.filePath(QStringLiteral("rolled-back"));
        QCOMPARE(
            TestSupport::runProcess(QStringLiteral("git"),
                                    {QStringLiteral("clone"), QStringLiteral("-q"), m_repo, copy})
                .exitCode,
            0);
        const HistoryEntry *promotion
            = find(m_entries, HistoryEntry::Kind::Promotion, signConnect, QStringLiteral("staging"),
                   QStringLiteral("sha-9d2e6f0"));
        QVERIFY(promotion);
        auto repo = Git::Repository::open(copy);
        QVERIFY(repo);
        const QString image = Demo::Files::imageRepository(signConnect)
            + QStringLiteral(":sha-41c07be@")
            + Demo::Files::imageDigest(signConnect, QStringLiteral("sha-41c07be"));
        const auto rollbackId
            = repo->revert(promotion->commitId,
                           {{QStringLiteral("Promenade-Action"), QStringLiteral("rollback")},
                            {QStringLiteral("Promenade-App"), signConnect},
                            {QStringLiteral("Promenade-To"), QStringLiteral("staging")},
                            {QStringLiteral("Promenade-Image"), image}});
        QVERIFY2(rollbackId, qPrintable(rollbackId ? QString() : rollbackId.error().toString()));
        const auto entries = PromotionHistory::load(*repo);
        QVERIFY(entries);
        const HistoryEntry &rollback = entries->first();
        QCOMPARE(rollback.kind, HistoryEntry::Kind::Rollback);
        QCOMPARE(rollback.kindName(), QStringLiteral("rollback"));
        QCOMPARE(rollback.app, signConnect);
        QCOMPARE(rollback.toEnvironment, QStringLiteral("staging"));
        QCOMPARE(rollback.tag, QStringLiteral("sha-41c07be"));
        QCOMPARE(rollback.digest,
                 Demo::Files::imageDigest(signConnect, QStringLiteral("sha-41c07be")));
        QCOMPARE(rollback.previousTag, QStringLiteral("sha-9d2e6f0"));
        QCOMPARE(rollback.reverts, promotion->commitId);
        const HistoryEntry *undone = find(*entries, HistoryEntry::Kind::Promotion, signConnect,
                                          QStringLiteral("staging"), QStringLiteral("sha-9d2e6f0"));
        QVERIFY(undone && undone->reverted);
        QCOMPARE(undone->revertedBy, *rollbackId);
    }

    void parsesImageReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addRow("tag and digest")
            << QStringLiteral("ghcr.io/a/b:sha-1@sha256:ff") << QStringLiteral("ghcr.io/a/b")
            << QStringLiteral("sha-1") << QStringLiteral("sha256:ff");
        QTest::addRow("registry port")
            << QStringLiteral("localhost:5000/web:1.2") << QStringLiteral("localhost:5000/web")
            << QStringLiteral("1.2") << QString();
        QTest::addRow("digest only") << QStringLiteral("nginx@sha256:ab") << QStringLiteral("nginx")
                                     << QString() << QStringLiteral("sha256:ab");
        QTest::addRow("bare") << QStringLiteral("nginx") << QStringLiteral("nginx") << QString()
                              << QString();
    }

    void parsesImageReferences()
    {
        QFETCH(QString, reference);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        const auto ref = PromotionHistory::parseImageReference(reference);
        QCOMPARE(ref.repository, repository);
        QCOMPARE(ref.tag, tag);
        QCOMPARE(ref.digest, digest);
    }

    void notARepository()
    {
        const auto none = PromotionHistory::load(m_home.path());
        QVERIFY(!none);
        QCOMPARE(none.error().kind(), Error::Kind::NotFound);
        // A repository without commits has no history, and that is not an error.
        const QString empty = m_scratch.filePath(QStringLiteral("empty"));
        QVERIFY(Git::Repository::init(empty));
        const auto nothing = PromotionHistory::load(empty);
        QVERIFY2(nothing, qPrintable(nothing ? QString() : nothing.error().toString()));
        QVERIFY(nothing->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPromotionHistory)
#include "tst_promotionhistory.moc"
