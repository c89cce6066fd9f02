#include "demoimages.h"
#include "demosources.h"
#include "livedemo.h"
#include "releasechangesfinder.h"
#include "testsupport.h"

#include <QTest>

using namespace Promenade;

// ReleaseChangesFinder on the embedded demo, as the window uses it: the builds' sources from
// the demo registry's OCI labels, the commits from the demo GitHub's comparison of the demo's
// application repositories (DemoSources), which must be `git log A..B` of them exactly.
class TestReleaseChangesFinder : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::LiveDemo> m_demo;

    ReleaseChanges find(ReleaseChangesFinder &finder, const QString &app, const QString &fromEnv,
                        const QString &toEnv)
    {
        const DeclaredImage *from = m_demo->pipeline.environment(toEnv)->imageFor(app);
        const DeclaredImage *to = m_demo->pipeline.environment(fromEnv)->imageFor(app);
        ReleaseChangesFinder::Request request {
            app, {from->repository, from->tag, {}}, {to->repository, to->tag, {}}};
        auto setup = ReleaseChangesFinder::Setup::from(m_demo->pipeline);
        setup.gitHubToken = m_demo->options.gitHubToken;
        setup.registryCredentials = false;
        ReleaseChanges out;
        bool done = false;
        QEventLoop loop;
        finder.find(request, setup, &loop, [&](ReleaseChanges changes) {
            out = std::move(changes);
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        return out;
    }

    QStringList gitLog(const QString &app, const QString &range)
    {
        const auto r
            = TestSupport::git(Demo::DemoSources::repositoryPath(
                                   m_demo->pipeline.root + QStringLiteral("-sources"), app),
                               {QStringLiteral("log"), QStringLiteral("--format=%H"), range});
        return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    }

    static QStringList shas(const ReleaseChanges &c)
    {
        QStringList out;
        for (const auto &commit : c.commits)
            out << commit.sha;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_demo = TestSupport::LiveDemo::create(2, &error);
        QVERIFY2(m_demo, qPrintable(error));
    }

    void everyBuildIsACommitOfItsHistory()
    {
        // The label names the commit, and the tag spells its short id.
        for (const auto &release : Demo::DemoImages::releases()) {
            const QString repo = Demo::DemoSources::repositoryPath(
                m_demo->pipeline.root + QStringLiteral("-sources"), release.app);
            const auto type = TestSupport::git(
                repo, {QStringLiteral("cat-file"), QStringLiteral("-t"), release.revision});
            QCOMPARE(type.out.trimmed(), QByteArray("commit"));
            QVERIFY2(release.revision.startsWith(release.tag.mid(4)),
                     qPrintable(release.tag + u' ' + release.revision));
        }
    }

    void stagingToProductionIsGitLog()
    {
        ReleaseChangesFinder finder;
        const ReleaseChanges c = find(finder, QStringLiteral("signconnect"),
                                      QStringLiteral("staging"), QStringLiteral("production"));
        QVERIFY2(c.isKnown(), qPrintable(c.problem));
        // From the registry's labels: the full ids, and the source repository.
        QCOMPARE(c.fromRevision,
                 Demo::DemoSources::revision(QStringLiteral("signconnect"),
                                             QStringLiteral("sha-41c07be")));
        QCOMPARE(c.toRevision,
                 Demo::DemoSources::revision(QStringLiteral("signconnect"),
                                             QStringLiteral("sha-9d2e6f0")));
        QCOMPARE(c.repository, QStringLiteral("HowDiggy/SignConnect"));
        QCOMPARE(c.via, QStringLiteral("GitHub"));
        const QStringList expected
            = gitLog(QStringLiteral("signconnect"), c.fromRevision + u".." + c.toRevision);
        QCOMPARE(expected.size(), 8);
        QCOMPARE(shas(c), expected);
        QCOMPARE(c.headline(), QStringLiteral("8 commits, 3 pull requests ahead"));
        QCOMPARE(c.pullRequests.size(), 3);
        QCOMPARE(c.pullRequests.at(0).number, 6);
        QCOMPARE(c.pullRequests.at(2).number, 4);
        QCOMPARE(c.pullRequests.at(2).author, QStringLiteral("rdelgado"));
        QCOMPARE(c.pullRequests.at(2).labels, QStringList {QStringLiteral("enhancement")});
        QCOMPARE(c.pullRequests.at(2).url,
                 QStringLiteral("https://github.com/HowDiggy/SignConnect/pull/4"));
        for (const auto &commit : c.commits)
            QVERIFY2(commit.pullRequest > 0, qPrintable(commit.summary));

        // Asked again (the dialog opened again): from the cache, no request.
        const int requests = finder.requestCount();
        const ReleaseChanges again = find(finder, QStringLiteral("signconnect"),
                                          QStringLiteral("staging"), QStringLiteral("production"));
        QCOMPARE(shas(again), expected);
        QCOMPARE(finder.requestCount(), requests);
    }

    void developmentToStagingOfTheBlog()
    {
        ReleaseChangesFinder finder;
        const ReleaseChanges c = find(finder, QStringLiteral("paulojauregui-com"),
                                      QStringLiteral("development"), QStringLiteral("staging"));
        QVERIFY2(c.isKnown(), qPrintable(c.problem));
        QCOMPARE(
            shas(c),
            gitLog(QStringLiteral("paulojauregui-com"), c.fromRevision + u".." + c.toRevision));
        QCOMPARE(c.totalCommits, 15);
        QCOMPARE(c.pullRequests.size(), 5);
        QList<ReleaseChanges::Entry> breaking;
        for (const auto &e : c.entries()) {
            if (e.breaking)
                breaking << e;
        }
        QCOMPARE(breaking.size(), 1);
        QCOMPARE(breaking.first().pullRequest, 11);
        QVERIFY(c.toMarkdown().contains(u"[#8](https://github.com/howdiggy/paulojauregui-com/pull/"
                                        u"8) feat: tag pages and a tag cloud (mchen)"));
    }

    void aRollbackListsWhatItTakesOut()
    {
        ReleaseChangesFinder finder;
        // Production back to what staging runs? Staging is ahead; the other way round is a
        // rollback.
        const ReleaseChanges c = find(finder, QStringLiteral("signconnect"),
                                      QStringLiteral("production"), QStringLiteral("staging"));
        QVERIFY2(c.isKnown(), qPrintable(c.problem));
        QVERIFY(c.direction == ReleaseChanges::Direction::Rollback);
        QCOMPARE(c.totalCommits, 8);
        QVERIFY(c.headline().contains(u"taken out"));
    }
};

QTEST_MAIN(TestReleaseChangesFinder)
#include "tst_releasechangesfinder.moc"
