#include "folderdiff.h"
#include "testsupport.h"
#include "unifieddiff.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Promenade;
using namespace Promenade::Diff;

// FolderDiff: files and folders compared like git diff --no-index.
class TestFolderDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_left;
    QString m_right;

    QString path(const QString &relative) const { return m_scratch.filePath(relative); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_left = path(QStringLiteral("left"));
        m_right = path(QStringLiteral("right"));
        const QByteArray deployment = TestSupport::readFile(
            TestSupport::dataPath(QStringLiteral("diff-semantic/replicas/a.yaml")));
        const QByteArray scaled = TestSupport::readFile(
            TestSupport::dataPath(QStringLiteral("diff-semantic/replicas/b.yaml")));
        QVERIFY(!deployment.isEmpty());
        QVERIFY(TestSupport::writeFile(m_left + u"/apps/web.yaml", deployment));
        QVERIFY(TestSupport::writeFile(m_right + u"/apps/web.yaml", scaled));
        QVERIFY(TestSupport::writeFile(m_left + u"/README.md", "same\n"));
        QVERIFY(TestSupport::writeFile(m_right + u"/README.md", "same\n"));
        QVERIFY(TestSupport::writeFile(m_left + u"/old/removed.txt", "bye\n"));
        QVERIFY(
            TestSupport::writeFile(m_right + u"/new/added.yml",
                                   "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n"));
        QVERIFY(TestSupport::writeFile(m_left + u"/logo.png", QByteArray("\x89PNG\0\0\1", 7)));
        QVERIFY(TestSupport::writeFile(m_right + u"/logo.png", QByteArray("\x89PNG\0\0\2", 7)));
        QVERIFY(TestSupport::writeFile(m_left + u"/.git/HEAD", "ref: a\n"));
        QVERIFY(TestSupport::writeFile(m_right + u"/.git/HEAD", "ref: b\n"));
        QVERIFY(TestSupport::writeFile(m_left + u"/workflow.yaml", "on: push\njobs: {}\n"));
        QVERIFY(TestSupport::writeFile(m_right + u"/workflow.yaml", "on: [push]\njobs: {}\n"));
    }

    void foldersMatchFilesByRelativePath()
    {
        const auto result = FolderDiff::compare(m_left, m_right, {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QStringList seen;
        for (const FileComparison &f : *result)
            seen << f.text.displayPath() + u':' + FileDiff::statusName(f.text.status);
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("README.md:unchanged"),
                               QStringLiteral("apps/web.yaml:modified"),
                               QStringLiteral("logo.png:modified"),
                               QStringLiteral("new/added.yml:added"),
                               QStringLiteral("old/removed.txt:removed"),
                               QStringLiteral("workflow.yaml:modified")}));
        const FileComparison &web = result->at(1);
        QVERIFY(web.kubernetes);
        QCOMPARE(web.text.addedLines, 1);
        QCOMPARE(web.semantic.documents.size(), 1);
        QCOMPARE(web.semantic.documents.first().changes.first().path,
                 QStringLiteral("spec.replicas"));
        QVERIFY(result->at(2).text.binary);
        QVERIFY(result->at(2).text.hunks.isEmpty());
        const FileComparison &added = result->at(3);
        QVERIFY(added.text.leftPath.isEmpty());
        QCOMPARE(added.text.addedLines, 4);
        QVERIFY(added.kubernetes);
        QCOMPARE(added.semantic.count(DocumentChange::Status::Added), 1);
        QCOMPARE(result->at(4).text.removedLines, 1);
        QVERIFY(result->at(4).text.rightPath.isEmpty());
        QVERIFY(!result->at(5).kubernetes); // YAML, but not Kubernetes
    }

    void twoFiles()
    {
        const auto result
            = FolderDiff::compare(m_left + u"/apps/web.yaml", m_right + u"/apps/web.yaml", {});
        QVERIFY(result);
        QCOMPARE(result->size(), 1);
        QCOMPARE(result->first().text.leftPath, QString(m_left + u"/apps/web.yaml"));
        QCOMPARE(result->first().text.status, FileDiff::Status::Modified);
    }

    void mappedFilesCompareAsReadOnes()
    {
        // The command line maps two files instead of reading them: the same comparison, the
        // same errors.
        const QString empty = path(QStringLiteral("empty.yaml"));
        QVERIFY(TestSupport::writeFile(empty, ""));
        const QString zero = path(QStringLiteral("zero.yaml"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        const QList<std::pair<QString, QString>> pairs {
            {m_left + u"/apps/web.yaml", m_right + u"/apps/web.yaml"},
            {m_left + u"/README.md", m_right + u"/README.md"},
            {m_left + u"/logo.png", m_right + u"/logo.png"},
            {m_left + u"/workflow.yaml", m_right + u"/workflow.yaml"},
            {empty, m_right + u"/apps/web.yaml"},
            {m_left + u"/apps/web.yaml", empty},
            {m_left + u"/README.md", zero},
            {m_left + u"/README.md", path(QStringLiteral("nowhere"))},
        };
        auto summary = [](const Result<QList<FileComparison>> &result) -> QString {
            if (!result)
                return QStringLiteral("error ") + result.error().toString();
            QString out;
            for (const FileComparison &f : *result) {
                out += FileDiff::statusName(f.text.status) + u' '
                    + QString::number(f.text.addedLines) + u' '
                    + QString::number(f.text.removedLines) + (f.text.binary ? u" binary\n" : u"\n")
                    + UnifiedDiff::format(f.text) + f.semantic.toText() + f.semanticError;
            }
            return out;
        };
        ComparisonOptions mapped;
        mapped.mapFiles = true;
        for (const auto &[a, b] : pairs) {
            const QString read = summary(FolderDiff::compare(a, b, {}));
            QCOMPARE(summary(FolderDiff::compare(a, b, mapped)), read);
            QVERIFY(!read.isEmpty());
        }
        QVERIFY(summary(FolderDiff::compare(m_left + u"/apps/web.yaml", m_right + u"/apps/web.yaml",
                                            mapped))
                    .contains(QStringLiteral("spec.replicas")));
    }

    void largeFilesAreComparedBothWays()
    {
        // Large files (their semantic comparison runs beside the line diff): the same result
        // as each comparison on its own, a YAML error included.
        QByteArray left;
        for (int i = 0; i < 1500; ++i)
            left += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-"
                + QByteArray::number(i) + "\ndata:\n  key: value-" + QByteArray::number(i % 7)
                + "\n";
        QByteArray right = left;
        right.replace("value-3", "value-33")
            .replace("name: config-700\n", "name: config-700\n  x: [\n");
        const QByteArray valid = QByteArray(left).replace("value-3", "value-33");
        QVERIFY(Utf8Lines(left).count() + Utf8Lines(valid).count() >= 20000);
        for (const QByteArray &changed : {valid, right}) {
            ComparisonOptions options;
            options.text.intraLine = IntraLineDiff::Granularity::None;
            const FileComparison result = FolderDiff::compareContents(
                left, changed, QStringLiteral("a.yaml"), QStringLiteral("b.yaml"), options);
            const FileDiff text
                = TextDiff::compare(Utf8Lines(left), Utf8Lines(changed), options.text);
            QCOMPARE(UnifiedDiff::hunks(result.text), UnifiedDiff::hunks(text));
            QCOMPARE(result.text.addedLines, text.addedLines);
            SemanticDiff::Options semanticOptions;
            semanticOptions.leftLabel = QStringLiteral("a.yaml");
            semanticOptions.rightLabel = QStringLiteral("b.yaml");
            const auto semantic
                = SemanticDiff::compare(Utf8Lines(left), Utf8Lines(changed), semanticOptions);
            QCOMPARE(result.kubernetes, bool(semantic));
            if (semantic) {
                QCOMPARE(result.semantic.toText(), semantic->toText());
                QCOMPARE(result.semantic.count(DocumentChange::Status::Modified), 214);
            } else {
                QCOMPARE(result.semanticError, semantic.error().toString());
                QVERIFY(result.semanticError.contains(QStringLiteral("b.yaml:")));
            }
        }
    }

    void badInput()
    {
        const auto missing = FolderDiff::compare(m_left, path(QStringLiteral("nowhere")), {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
        QCOMPARE(missing.error().file(), path(QStringLiteral("nowhere")));
        QCOMPARE(missing.error().exitCode(), 2);

        const auto mixed = FolderDiff::compare(m_left, m_right + u"/README.md", {});
        QVERIFY(!mixed);
        QCOMPARE(mixed.error().exitCode(), 2);
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: every file is readable");
        const QString locked = path(QStringLiteral("locked.txt"));
        QVERIFY(TestSupport::writeFile(locked, "secret\n"));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        const auto result = FolderDiff::compare(locked, m_right + u"/README.md", {});
        QVERIFY(!result);
        QCOMPARE(result.error().file(), locked);
        QCOMPARE(result.error().exitCode(), 2);
    }

    void symbolicLinksAreComparedAsTheirTarget()
    {
        const QString outside = path(QStringLiteral("outside-secret.txt"));
        QVERIFY(TestSupport::writeFile(outside, "do not read\n"));
        const QString a = path(QStringLiteral("links-a"));
        const QString b = path(QStringLiteral("links-b"));
        QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
        QVERIFY(TestSupport::writeFile(b + u"/local.txt", "x\n"));
        QVERIFY(QFile::link(outside, a + u"/link"));
        QVERIFY(QFile::link(b + u"/local.txt", b + u"/link"));
        const auto result = FolderDiff::compare(a, b, {});
        QVERIFY(result);
        const FileComparison &link = result->first();
        QCOMPARE(link.text.displayPath(), QStringLiteral("link"));
        QCOMPARE(link.text.hunks.first().rows.first().left.text,
                 QStringLiteral("../outside-secret.txt"));
        QCOMPARE(link.text.hunks.first().rows.first().right.text, QStringLiteral("local.txt"));
    }

    void cancellation()
    {
        ComparisonOptions options;
        options.isCancelled = [] {
            return true;
        };
        const auto result = FolderDiff::compare(m_left, m_right, options);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Cancelled);
    }

    void binaryRule()
    {
        QVERIFY(FolderDiff::isBinary(QByteArray("a\0b", 3)));
        QVERIFY(!FolderDiff::isBinary(QByteArray(9000, 'x') + QByteArray(1, '\0')));
    }
};

QTEST_GUILESS_MAIN(TestFolderDiff)
#include "tst_folderdiff.moc"
