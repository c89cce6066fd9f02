#include "gitrepository.h"
#include "pinhistory.h"
#include "pipeline.h"
#include "promotionhistory.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

namespace {

// Copies a corpus repository (without its stored renders and expectations) into dir.
bool copyFixture(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(from).relativeFilePath(path);
        if (relative.startsWith(QLatin1String("rendered/")) || relative == u"expected.json")
            continue;
        if (!TestSupport::writeFile(QDir(to).filePath(relative), TestSupport::readFile(path)))
            return false;
    }
    return true;
}

bool run(const QString &dir, const QStringList &arguments, QByteArray *out = nullptr)
{
    const auto result = TestSupport::git(dir, arguments);
    if (out)
        *out = result.out;
    if (result.exitCode != 0)
        qWarning().noquote() << "git" << arguments.join(u' ') << "failed:" << result.err;
    return result.exitCode == 0;
}

QString headId(const QString &dir)
{
    QByteArray out;
    run(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, &out);
    return QString::fromLatin1(out.trimmed());
}

// What a history entry pins: its tag, or its digest when it pins only one.
QString valueOf(const HistoryEntry &e)
{
    return e.tag.isEmpty() ? e.digest : e.tag;
}

// Git's own count: the commits (merges aside, as `git log -p` shows them) whose diff of file
// removes or adds a line `key: …` holding a version of the family (every version written by the
// test contains the pin's original value), with the added ones differing from the removed ones.
QSet<QString> versionCommitsByGit(const QString &dir, const QString &file, const QString &key,
                                  const QString &family)
{
    QByteArray out;
    if (!run(dir,
             {QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("-U0"),
              QStringLiteral("--no-merges"), QStringLiteral("--format=%x01%H"),
              QStringLiteral("--"), file},
             &out))
        return {};
    QSet<QString> commits;
    for (const QByteArray &chunk : out.split('\x01')) {
        const QList<QByteArray> lines = chunk.split('\n');
        if (lines.isEmpty() || lines.first().trimmed().size() != 40)
            continue;
        QStringList added;
        QStringList removed;
        for (const QByteArray &line : lines) {
            if (line.startsWith("+++") || line.startsWith("---"))
                continue;
            QString text = QString::fromUtf8(line.mid(1)).trimmed();
            if (text.startsWith(QLatin1String("- ")))
                text = text.mid(2).trimmed();
            if (!text.contains(family) || !text.startsWith(key + u':'))
                continue;
            if (line.startsWith('+'))
                added << text;
            else if (line.startsWith('-'))
                removed << text;
        }
        added.sort();
        removed.sort();
        if (added != removed)
            commits.insert(QString::fromLatin1(lines.first().trimmed()));
    }
    return commits;
}

} // namespace

// History from every pin form: scratch Git repositories made from the corpus's fixtures of each
// form (kustomize images:, patches, manifests, Image Updater write-back files — kustomize images
// and Helm parameters —, Application
// overrides, Helm values, chart versions), with many commits that bump, roll back, or touch a
// pin's file without changing its version; the entries are checked against `git log -p`.
class TestPinHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

    struct Written
    {
        QString file;
        QString version;
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        const auto version = TestSupport::git(QDir::tempPath(), {QStringLiteral("--version")});
        PROMENADE_REQUIRE_TOOL(version.exitCode == 0, "git is not installed");
    }

    void everyForm_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("kind");
        QTest::addRow("images: entries")
            << QStringLiteral("promenade-yaml-override") << QStringLiteral("kustomize-images");
        QTest::addRow("strategic-merge patch")
            << QStringLiteral("patch-pinned-images") << QStringLiteral("patch");
        QTest::addRow("patch in variants")
            << QStringLiteral("codefresh-envs-variants") << QStringLiteral("patch");
        QTest::addRow("manifest") << QStringLiteral("flux-kustomization-images")
                                  << QStringLiteral("manifest");
        QTest::addRow("application override") << QStringLiteral("flux-kustomization-images")
                                              << QStringLiteral("application-override");
        QTest::addRow("image updater write-back")
            << QStringLiteral("image-updater-write-back") << QStringLiteral("image-updater");
        QTest::addRow("image updater helm parameters")
            << QStringLiteral("pin-forms/image-updater-helm/repo")
            << QStringLiteral("image-updater");
        QTest::addRow("helm values")
            << QStringLiteral("argocd-multisource-helm-values") << QStringLiteral("helm-values");
        QTest::addRow("helm values (flux)")
            << QStringLiteral("flux-apps-clusters-helmrelease") << QStringLiteral("helm-values");
        QTest::addRow("application targetRevision")
            << QStringLiteral("argocd-multisource-helm-values") << QStringLiteral("chart-version");
        QTest::addRow("helmrelease version")
            << QStringLiteral("flux-apps-clusters-helmrelease") << QStringLiteral("chart-version");
        QTest::addRow("infrastructure chart")
            << QStringLiteral("cert-manager-infrastructure") << QStringLiteral("chart-version");
    }

    // Bumps, rollbacks and edits beside the version, with a merge; every version change and
    // nothing else.
    void everyForm()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, kind);
        const QString dir = m_scratch.filePath(
            QString::fromLatin1(QTest::currentDataTag())
                .replace(QRegularExpression(QStringLiteral("[^a-z]")), QStringLiteral("-")));
        QVERIFY(copyFixture(TestSupport::dataPath(fixture.contains(u'/')
                                                      ? fixture
                                                      : QStringLiteral("repositories/") + fixture),
                            dir));
        QVERIFY(run(dir,
                    {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                     QStringLiteral("main")}));
        QVERIFY(run(dir,
                    {QStringLiteral("config"), QStringLiteral("user.name"),
                     QStringLiteral("Release Bot")}));
        QVERIFY(run(dir,
                    {QStringLiteral("config"), QStringLiteral("user.email"),
                     QStringLiteral("bot@example.invalid")}));
        QVERIFY(run(dir, {QStringLiteral("add"), QStringLiteral("-A")}));
        QVERIFY(run(
            dir,
            {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Initial layout")}));

        // The pins of the form, as discovery finds them, one per place (a base pinned by several
        // environments is one place).
        const auto pipeline = RepositoryDiscovery::discover(dir);
        QVERIFY2(pipeline, qPrintable(pipeline ? QString() : pipeline.error().toString()));
        QList<TracedPin> places;
        QSet<QString> seen;
        for (const TracedPin &pin : PinHistory::pinsOf(*pipeline)) {
            if (pin.pin.kindName() != kind || pin.pin.line <= 0)
                continue;
            const QString place = pin.pin.file + u':' + QString::number(pin.pin.line);
            if (seen.contains(place))
                continue;
            seen.insert(place);
            places << pin;
        }
        QVERIFY2(!places.isEmpty(), "discovery finds no pin of this form");

        // Each place: its original value, the value now, the values written so far.
        struct Place
        {
            TracedPin pin;
            QString original;
            QStringList values;
            QString key; // the YAML key of the pin's line (newTag, image, tag, version…)
        };
        QList<Place> state;
        for (const TracedPin &pin : std::as_const(places)) {
            QString tag = pin.version.section(u'@', 0, 0);
            if (tag.isEmpty())
                tag = pin.version.section(u'@', 1); // a digest alone
            QVERIFY2(!tag.isEmpty(), qPrintable(pin.pin.file));
            const QList<QByteArray> lines
                = TestSupport::readFile(QDir(dir).filePath(pin.pin.file)).split('\n');
            QVERIFY(pin.pin.line <= lines.size());
            QVERIFY2(lines.at(pin.pin.line - 1).contains(tag.toUtf8()),
                     qPrintable(QStringLiteral("%1:%2 does not hold %3")
                                    .arg(pin.pin.file)
                                    .arg(pin.pin.line)
                                    .arg(tag)));
            QString key = QString::fromUtf8(lines.at(pin.pin.line - 1)).trimmed();
            if (key.startsWith(QLatin1String("- ")))
                key = key.mid(2).trimmed();
            key = key.section(u':', 0, 0);
            state.append({pin, tag, {tag}, key});
        }

        QHash<QString, Written> written; // commit → what it wrote (version changes only)
        QRandomGenerator random(42);
        const int rounds = 60;
        for (int round = 1; round <= rounds; ++round) {
            Place &place = state[random.bounded(state.size())];
            const QString path = QDir(dir).filePath(place.pin.pin.file);
            QList<QByteArray> lines = TestSupport::readFile(path).split('\n');
            QByteArray &line = lines[place.pin.pin.line - 1];
            const QString current = place.values.last();
            QString next;
            const int what = random.bounded(6);
            if (what == 0) {
                // A comment beside the version: the file changes, the version does not.
                lines.append(QByteArrayLiteral("# reviewed in round ") + QByteArray::number(round));
            } else if (what == 1 && place.values.size() >= 3) {
                next = place.values.at(place.values.size() - 2); // a rollback
            } else if (what == 2) {
                // The same version written again (a no-op bump): no change.
                line.replace(current.toUtf8(), current.toUtf8());
                lines.append(QByteArrayLiteral("# bump skipped in round ")
                             + QByteArray::number(round));
            } else {
                next = QStringLiteral("%1-r%2").arg(place.original).arg(round);
            }
            if (!next.isEmpty()) {
                QVERIFY(line.contains(current.toUtf8()));
                line.replace(current.toUtf8(), next.toUtf8());
                place.values << next;
            }
            QVERIFY(TestSupport::writeFile(path, lines.join('\n')));
            if (round % 9 == 0) // an unrelated file in the same commit
                QVERIFY(TestSupport::writeFile(QDir(dir).filePath(QStringLiteral("NOTES.md")),
                                               QByteArray::number(round)));
            QVERIFY(run(dir, {QStringLiteral("add"), QStringLiteral("-A")}));
            QVERIFY(run(dir,
                        {QStringLiteral("commit"), QStringLiteral("-qm"),
                         QStringLiteral("Round %1").arg(round)}));
            if (!next.isEmpty())
                written.insert(headId(dir), {place.pin.pin.file, next});
        }

        // A bump on a branch, merged without fast-forward: one change (the branch's commit),
        // not two.
        QVERIFY(
            run(dir, {QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("bump")}));
        {
            Place &place = state.first();
            const QString path = QDir(dir).filePath(place.pin.pin.file);
            QList<QByteArray> lines = TestSupport::readFile(path).split('\n');
            const QString next = place.original + QStringLiteral("-branch");
            lines[place.pin.pin.line - 1].replace(place.values.last().toUtf8(), next.toUtf8());
            place.values << next;
            QVERIFY(TestSupport::writeFile(path, lines.join('\n')));
            QVERIFY(run(dir,
                        {QStringLiteral("commit"), QStringLiteral("-qam"),
                         QStringLiteral("Bump on a branch")}));
            written.insert(headId(dir), {place.pin.pin.file, next});
        }
        QVERIFY(
            run(dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        QVERIFY(TestSupport::writeFile(QDir(dir).filePath(QStringLiteral("NOTES.md")), "main"));
        QVERIFY(
            run(dir, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Notes")}));
        QVERIFY(run(dir,
                    {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"),
                     QStringLiteral("-m"), QStringLiteral("Merge bump"), QStringLiteral("bump")}));

        const auto entries = PromotionHistory::load(dir);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));

        int checked = 0;
        for (const Place &place : std::as_const(state)) {
            const QString file = place.pin.pin.file;
            const QSet<QString> byGit = versionCommitsByGit(dir, file, place.key, place.original);
            QSet<QString> byHistory;
            for (const HistoryEntry &e : *entries) {
                if (e.file != file || e.pinKind != kind || !valueOf(e).startsWith(place.original))
                    continue; // another pin (of the same file)
                byHistory.insert(e.commitId);
                QCOMPARE(e.kind, HistoryEntry::Kind::ImageChange); // no trailers here
                if (written.contains(e.commitId)) {
                    QCOMPARE(valueOf(e), written.value(e.commitId).version);
                }
            }
            // Every commit that wrote a version of this file is an entry.
            int writes = 1; // the initial commit pins it first
            for (auto it = written.cbegin(); it != written.cend(); ++it) {
                if (it->file == file) {
                    ++writes;
                    QVERIFY2(byHistory.contains(it.key()),
                             qPrintable(QStringLiteral("%1 wrote %2 to %3: not in the history")
                                            .arg(it.key().left(7), it->version, file)));
                }
            }
            QCOMPARE(byHistory, byGit); // none invented, none missed
            QCOMPARE(byHistory.size(), writes);
            checked += writes;
        }
        QVERIFY(checked > rounds / 2); // most rounds change a version
    }

    // The file edited around the version (a comment, another key) is no entry; the version's
    // own commit is, with the previous value.
    void previousValueAndNoInvention()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("previous"));
        QVERIFY(copyFixture(
            TestSupport::dataPath(QStringLiteral("repositories/image-updater-write-back")), dir));
        QVERIFY(run(dir,
                    {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                     QStringLiteral("main")}));
        QVERIFY(run(dir,
                    {QStringLiteral("config"), QStringLiteral("user.name"),
                     QStringLiteral("argocd-image-updater")}));
        QVERIFY(run(dir,
                    {QStringLiteral("config"), QStringLiteral("user.email"),
                     QStringLiteral("updater@example.invalid")}));
        QVERIFY(run(dir, {QStringLiteral("add"), QStringLiteral("-A")}));
        QVERIFY(run(
            dir,
            {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Initial layout")}));
        const QString file
            = QStringLiteral("deploy/overlays/staging/.argocd-source-api-staging.yaml");
        const QByteArray before = TestSupport::readFile(QDir(dir).filePath(file));
        QVERIFY(before.contains("1.8.3"));
        QByteArray after = before;
        after.replace("1.8.3", "1.8.4");
        QVERIFY(TestSupport::writeFile(QDir(dir).filePath(file), after));
        QVERIFY(run(dir,
                    {QStringLiteral("commit"), QStringLiteral("-qam"),
                     QStringLiteral("build: automatic update of api")}));
        const QString bump = headId(dir);
        QVERIFY(TestSupport::writeFile(QDir(dir).filePath(file),
                                       "# written by argocd-image-updater\n" + after));
        QVERIFY(run(
            dir, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("A comment")}));

        const auto entries = PromotionHistory::load(dir);
        QVERIFY(entries);
        QList<HistoryEntry> ofFile;
        for (const HistoryEntry &e : *entries) {
            if (e.file == file)
                ofFile << e;
        }
        QCOMPARE(ofFile.size(), 2); // the bump, then the first pin
        QCOMPARE(ofFile.first().commitId, bump);
        QCOMPARE(ofFile.first().tag, QStringLiteral("1.8.4"));
        QCOMPARE(ofFile.first().previousTag, QStringLiteral("1.8.3"));
        QCOMPARE(ofFile.first().app, QStringLiteral("api"));
        QCOMPARE(ofFile.first().toEnvironment, QStringLiteral("staging"));
        QCOMPARE(ofFile.first().pinKind, QStringLiteral("image-updater"));
        QCOMPARE(ofFile.last().previousTag, QString());
        QVERIFY(!ofFile.first().mutableTag);
    }

    // A mutable tag is flagged on its entry.
    void mutableTagIsFlagged()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("mutable"));
        QVERIFY(copyFixture(
            TestSupport::dataPath(QStringLiteral("repositories/image-updater-write-back")), dir));
        QVERIFY(run(dir,
                    {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                     QStringLiteral("main")}));
        QVERIFY(run(
            dir,
            {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Someone")}));
        QVERIFY(run(dir,
                    {QStringLiteral("config"), QStringLiteral("user.email"),
                     QStringLiteral("someone@example.invalid")}));
        QVERIFY(run(dir, {QStringLiteral("add"), QStringLiteral("-A")}));
        QVERIFY(run(
            dir,
            {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Initial layout")}));
        const QString file = QStringLiteral("deploy/overlays/dev/.argocd-source-api-dev.yaml");
        QByteArray bytes = TestSupport::readFile(QDir(dir).filePath(file));
        QVERIFY(bytes.contains("1.9.1"));
        bytes.replace("1.9.1", "latest");
        QVERIFY(TestSupport::writeFile(QDir(dir).filePath(file), bytes));
        QVERIFY(run(
            dir,
            {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Follow latest")}));
        const auto entries = PromotionHistory::load(dir);
        QVERIFY(entries);
        QVERIFY(!entries->isEmpty());
        const HistoryEntry &newest = entries->first();
        QCOMPARE(newest.tag, QStringLiteral("latest"));
        QCOMPARE(newest.previousTag, QStringLiteral("1.9.1"));
        QVERIFY(newest.mutableTag);
        QVERIFY(newest.mutableTagWarning.contains(QStringLiteral("latest")));
    }
};

QTEST_GUILESS_MAIN(TestPinHistory)
#include "tst_pinhistory.moc"
