#include "demorepository.h"
#include "gittrailers.h"
#include "promotionlock.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

namespace {

QByteArray git(const QString &dir, const QStringList &args)
{
    return TestSupport::git(dir, args).out.trimmed();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Several promenade processes at once; waits for all (at most 60 s each).
QList<Run> runTogether(const QList<QStringList> &argumentLists)
{
    QList<QProcess *> processes;
    for (const QStringList &arguments : argumentLists) {
        auto *p = new QProcess;
        p->start(TestSupport::promenadeBinary(), arguments);
        processes << p;
    }
    QList<Run> runs;
    for (QProcess *p : std::as_const(processes)) {
        Run run;
        if (p->waitForFinished(60000) && p->exitStatus() == QProcess::NormalExit)
            run.exitCode = p->exitCode();
        run.out = p->readAllStandardOutput();
        run.err = p->readAllStandardError();
        runs << run;
        delete p;
    }
    return runs;
}

QStringList promote(const QString &repo, const QString &app, const QString &from, const QString &to)
{
    return {QStringLiteral("promote"),  repo,
            QStringLiteral("--app"),    app,
            QStringLiteral("--from"),   from,
            QStringLiteral("--to"),     to,
            QStringLiteral("--commit"), QStringLiteral("--push"),
            QStringLiteral("--yes")};
}

const QString blog = QStringLiteral("paulojauregui-com");
const QString signconnect = QStringLiteral("signconnect");

} // namespace

// Promotions that cannot lose work, through the command line on copies of the demo repository
// (whose origin is a bare repository on this disk): promotions racing into one origin from two
// clones, two at once in one clone, a promotion lock held by another process, a hook that
// refuses, a merge left half-done, a tag with a control character.
class TestPromoteSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_count = 0;

    std::pair<QString, QString> demo()
    {
        const auto created = Demo::DemoRepository::generate(
            m_scratch.filePath(QStringLiteral("demo%1").arg(++m_count)));
        if (!created)
            return {};
        identify(created->workTree, QStringLiteral("Release Manager"));
        return {created->workTree, created->originPath};
    }

    QString cloneOf(const QString &origin)
    {
        const QString path = m_scratch.filePath(QStringLiteral("clone%1").arg(++m_count));
        if (TestSupport::git(m_scratch.path(),
                             {QStringLiteral("clone"), QStringLiteral("-q"), origin, path})
                .exitCode
            != 0)
            return {};
        identify(path, QStringLiteral("Other Manager"));
        return path;
    }

    static void identify(const QString &repo, const QString &name)
    {
        TestSupport::git(repo, {QStringLiteral("config"), QStringLiteral("user.name"), name});
        TestSupport::git(repo,
                         {QStringLiteral("config"), QStringLiteral("user.email"),
                          QStringLiteral("rm@example.invalid")});
    }

    // Every promotion commit on the origin changes exactly the image its trailers name.
    static void checkCommitsMatchTheirTrailers(const QString &repository, int count)
    {
        const QList<QByteArray> ids
            = TestSupport::git(repository,
                               {QStringLiteral("rev-list"), QStringLiteral("-n"),
                                QString::number(count), QStringLiteral("main")})
                  .out.trimmed()
                  .split('\n');
        for (const QByteArray &id : ids) {
            const QString message
                = QString::fromUtf8(git(repository,
                                        {QStringLiteral("log"), QStringLiteral("-1"),
                                         QStringLiteral("--format=%B"), QString::fromLatin1(id)}));
            const auto trailers = Git::Trailers::parse(message);
            const QString image = Git::Trailers::value(trailers, QStringLiteral("Promenade-Image"));
            QVERIFY2(!image.isEmpty(), qPrintable(message));
            const QString tag = image.section(u':', -1).section(u'@', 0, 0);
            const QByteArray diff = git(
                repository,
                {QStringLiteral("show"), QStringLiteral("--format="), QString::fromLatin1(id)});
            QVERIFY2(diff.contains(QByteArray("+    newTag: " + tag.toUtf8())), diff.constData());
            // Only the image's pin changed (its tag, and its digest where one is pinned).
            for (const QByteArray &line : diff.split('\n')) {
                if (line.startsWith('+') && !line.startsWith("+++"))
                    QVERIFY2(line.startsWith("+    newTag: ") || line.startsWith("+    digest: "),
                             diff.constData());
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_scratch.isValid()); }

    // Two release managers, two clones, one origin on this disk, both pushing at once: both
    // promotions end up on the origin (the loser re-planned on the winner's commit), nothing
    // overwritten, the loser's first attempt kept on a rejected branch.
    void concurrentPromotionsIntoOneLocalOrigin()
    {
        const auto [repo, origin] = demo();
        QVERIFY(!repo.isEmpty());
        const QString second = cloneOf(origin);
        QVERIFY(!second.isEmpty());
        const QByteArray before
            = git(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        const auto runs = runTogether(
            {promote(repo, blog, QStringLiteral("development"), QStringLiteral("staging")),
             promote(second, signconnect, QStringLiteral("development"),
                     QStringLiteral("staging"))});
        for (const Run &r : runs)
            QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const int movedOn
            = int(runs[0].out.contains("had moved on")) + int(runs[1].out.contains("had moved on"));
        QCOMPARE(movedOn, 1);
        const QByteArray log = git(origin,
                                   {QStringLiteral("log"), QStringLiteral("--format=%s"),
                                    QString::fromLatin1(before + "..main")});
        QVERIFY2(log.contains("Promote paulojauregui-com sha-e7d1a48 to staging"), log.constData());
        QVERIFY2(log.contains("Promote signconnect sha-5b8c3a2 to staging"), log.constData());
        QCOMPARE(log.count('\n'), 1); // exactly two commits, nothing else
        checkCommitsMatchTheirTrailers(origin, 2);
        const QString loser = runs[0].out.contains("had moved on") ? repo : second;
        QVERIFY(git(loser,
                    {QStringLiteral("branch"), QStringLiteral("--list"),
                     QStringLiteral("promenade/rejected/*")})
                    .contains("promenade/rejected/"));
    }

    // Two promotions started at once in one clone: whatever the timing, no commit carries the
    // other's change, the work tree is left clean, and a refused one says why.
    void twoPromotionsAtOnceInOneClone()
    {
        const auto [repo, origin] = demo();
        const QByteArray before = git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        const auto runs = runTogether(
            {promote(repo, blog, QStringLiteral("development"), QStringLiteral("staging")),
             promote(repo, signconnect, QStringLiteral("development"), QStringLiteral("staging"))});
        int succeeded = 0;
        for (const Run &r : runs) {
            if (r.exitCode == 0) {
                ++succeeded;
            } else {
                QCOMPARE(r.exitCode, 1);
                QVERIFY2(r.err.contains("another promotion is running in this clone")
                             || r.err.contains("changed since the promotion was planned")
                             || r.err.contains("committed since the promotion was planned")
                             || r.err.contains("not on origin/main")
                             || r.err.contains("uncommitted changes"),
                         r.err.constData());
            }
        }
        QVERIFY(succeeded >= 1);
        const int commits = git(repo,
                                {QStringLiteral("rev-list"), QStringLiteral("--count"),
                                 QString::fromLatin1(before + "..HEAD")})
                                .toInt();
        QCOMPARE(commits, succeeded);
        checkCommitsMatchTheirTrailers(repo, commits);
        QCOMPARE(git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QByteArray());
    }

    // A lock held by another process (here: this test) refuses the promotion, changing nothing.
    void heldLockRefusesAPromotion()
    {
        const auto [repo, origin] = demo();
        const QByteArray head = git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        const QString file = repo + QStringLiteral("/apps/overlays/staging/kustomization.yaml");
        const QByteArray bytes = TestSupport::readFile(file);
        {
            auto lock = PromotionLock::acquire(repo + QStringLiteral("/.git"));
            QVERIFY(lock);
            const auto r = TestSupport::runPromenade(
                promote(repo, blog, QStringLiteral("development"), QStringLiteral("staging")));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(
                         QByteArray("another promotion is running in this clone (process "
                                    + QByteArray::number(QCoreApplication::applicationPid()))),
                     r.err.constData());
            QCOMPARE(git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
            QCOMPARE(TestSupport::readFile(file), bytes);
        }
        const auto r = TestSupport::runPromenade(
            promote(repo, blog, QStringLiteral("development"), QStringLiteral("staging")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFile::exists(repo + QStringLiteral("/.git/promenade-promotion.lock")));
    }

    // A pre-receive hook on the origin refuses: its reason is shown, it is not taken for "the
    // origin moved on" (no re-plan, no rejected branch), the commit stays local.
    void hookRefusalIsShownNotRetried()
    {
        const auto [repo, origin] = demo();
        const QString hook = origin + QStringLiteral("/hooks/pre-receive");
        TestSupport::writeFile(
            hook, "#!/bin/sh\necho 'staging is frozen until Monday (INC-7)' >&2\nexit 1\n");
        QFile::setPermissions(hook, QFile::permissions(hook) | QFile::ExeOwner | QFile::ExeUser);
        const QByteArray originBefore
            = git(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        const auto r = TestSupport::runPromenade(
            promote(repo, blog, QStringLiteral("development"), QStringLiteral("staging")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("staging is frozen until Monday (INC-7)"), r.err.constData());
        QVERIFY2(r.err.contains("refused the push"), r.err.constData());
        QVERIFY2(r.err.contains("committed locally"), r.err.constData());
        QVERIFY2(!r.out.contains("moved on"), r.out.constData());
        QCOMPARE(git(origin, {QStringLiteral("rev-parse"), QStringLiteral("main")}), originBefore);
        QCOMPARE(git(repo,
                     {QStringLiteral("branch"), QStringLiteral("--list"),
                      QStringLiteral("promenade/rejected/*")}),
                 QByteArray());
    }

    void mergeInProgressIsRefused()
    {
        const auto [repo, origin] = demo();
        const QStringList id {QStringLiteral("-c"), QStringLiteral("user.name=T"),
                              QStringLiteral("-c"), QStringLiteral("user.email=t@x")};
        QCOMPARE(
            TestSupport::git(
                repo, {QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("side")})
                .exitCode,
            0);
        TestSupport::writeFile(repo + QStringLiteral("/README.md"), "side\n");
        QCOMPARE(
            TestSupport::git(repo,
                             id
                                 + QStringList {QStringLiteral("commit"), QStringLiteral("-qam"),
                                                QStringLiteral("side")})
                .exitCode,
            0);
        QCOMPARE(
            TestSupport::git(
                repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")})
                .exitCode,
            0);
        TestSupport::writeFile(repo + QStringLiteral("/README.md"), "main\n");
        QCOMPARE(
            TestSupport::git(repo,
                             id
                                 + QStringList {QStringLiteral("commit"), QStringLiteral("-qam"),
                                                QStringLiteral("main")})
                .exitCode,
            0);
        QVERIFY(TestSupport::git(repo,
                                 id + QStringList {QStringLiteral("merge"), QStringLiteral("side")})
                    .exitCode
                != 0);
        const QByteArray head = git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QStringList args
            = promote(repo, blog, QStringLiteral("development"), QStringLiteral("staging"));
        args.removeAll(QStringLiteral("--push"));
        const auto r = TestSupport::runPromenade(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("a merge is in progress in this clone"), r.err.constData());
        QCOMPARE(git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
    }

    // A tag is checked against the OCI grammar before any plan: from the command line, and
    // from the source environment's files (a control character there was written and committed).
    void tagsWithControlCharactersAreRefused()
    {
        const auto [repo, origin] = demo();
        const QString staging = repo + QStringLiteral("/apps/overlays/staging/kustomization.yaml");
        const QByteArray stagingBytes = TestSupport::readFile(staging);
        auto r = TestSupport::runPromenade(
            {QStringLiteral("set-image"), repo, QStringLiteral("--env"), QStringLiteral("staging"),
             QStringLiteral("--app"), blog, QStringLiteral("--image"),
             QStringLiteral("ghcr.io/howdiggy/paulojauregui-com=sha-1\x01"),
             QStringLiteral("--commit")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not a valid image tag"), r.err.constData());
        QCOMPARE(TestSupport::readFile(staging), stagingBytes);

        const QString development
            = repo + QStringLiteral("/apps/overlays/development/kustomization.yaml");
        QByteArray dev = TestSupport::readFile(development);
        QVERIFY(dev.contains("newTag: sha-e7d1a48"));
        dev.replace("newTag: sha-e7d1a48", "newTag: \"sha-e7d1a48\\u0007\"");
        TestSupport::writeFile(development, dev);
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("commit"), QStringLiteral("-qam"),
                                   QStringLiteral("a bad tag")})
                     .exitCode,
                 0);
        const QByteArray head = git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QStringList args
            = promote(repo, blog, QStringLiteral("development"), QStringLiteral("staging"));
        args.removeAll(QStringLiteral("--push"));
        r = TestSupport::runPromenade(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not a valid image tag") && r.err.contains("\\x07"),
                 r.err.constData());
        QCOMPARE(TestSupport::readFile(staging), stagingBytes);
        QCOMPARE(git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
    }
};

QTEST_GUILESS_MAIN(TestPromoteSafety)
#include "tst_promotesafety.moc"
