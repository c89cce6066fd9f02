#include "kustomizationeditor.h"
#include "kustomizationfile.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using Kustomize::KustomizationEditor;

namespace {

KustomizationEditor::ImageUpdate parseEdit(const QByteArray &text, QString *name)
{
    KustomizationEditor::ImageUpdate update;
    for (const QByteArray &line : text.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "name")
            *name = value;
        else if (key == "newTag")
            update.newTag = value;
        else if (key == "digest")
            update.digest = value;
        else if (key == "newName")
            update.newName = value;
    }
    return update;
}

} // namespace

// Golden files in tests/data/kustomize-edit/<case>/: before.yaml + edit.txt must give after.yaml
// byte for byte (comments, quoting, list indentation, flow style and CRLF kept).
class TestKustomizationEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(TestSupport::dataPath(QStringLiteral("kustomize-edit")));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 15);
        for (const QString &c : cases)
            QTest::addRow("%s", qPrintable(c)) << root.filePath(c);
    }

    void golden()
    {
        QFETCH(QString, dir);
        QString name;
        const auto update = parseEdit(
            TestSupport::readFile(QDir(dir).filePath(QStringLiteral("edit.txt"))), &name);
        const QByteArray before
            = TestSupport::readFile(QDir(dir).filePath(QStringLiteral("before.yaml")));
        const QByteArray expected
            = TestSupport::readFile(QDir(dir).filePath(QStringLiteral("after.yaml")));

        // Through the file API: a kustomization.yaml in a scratch folder, written atomically.
        QTemporaryDir scratch;
        const QString file = scratch.filePath(QStringLiteral("kustomization.yaml"));
        QVERIFY(TestSupport::writeFile(file, before));
        const Status s = KustomizationEditor::setImage(scratch.path(), name, update);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        const QByteArray actual = TestSupport::readFile(file);
        if (actual != expected)
            QFAIL(QByteArray("expected:\n" + expected + "\nactual:\n" + actual).constData());

        // The result reads back with the requested image.
        const auto k = KustomizationFile::load(scratch.path());
        QVERIFY2(k, qPrintable(k ? QString() : k.error().toString()));
        bool found = false;
        for (const ImageOverride &image : k->images()) {
            if (image.name != name)
                continue;
            found = true;
            if (update.newTag)
                QCOMPARE(image.newTag, *update.newTag);
            if (update.digest)
                QCOMPARE(image.digest, *update.digest);
            if (update.newName)
                QCOMPARE(image.newName, *update.newName);
        }
        QVERIFY(found);

        // Setting the same values again changes nothing.
        QVERIFY(KustomizationEditor::setImage(file, name, update));
        QCOMPARE(TestSupport::readFile(file), expected);
    }

    void errorsNameTheFile()
    {
        QTemporaryDir scratch;
        const QString file = scratch.filePath(QStringLiteral("kustomization.yaml"));
        QVERIFY(TestSupport::writeFile(file, "images: {not: a list}\n"));
        KustomizationEditor::ImageUpdate update;
        update.newTag = QStringLiteral("v1");
        const Status s = KustomizationEditor::setImage(file, QStringLiteral("web"), update);
        QVERIFY(!s);
        QCOMPARE(s.error().file(), file);
        QCOMPARE(s.error().line(), 1);
        QCOMPARE(TestSupport::readFile(file), QByteArray("images: {not: a list}\n"));

        QVERIFY(TestSupport::writeFile(file, "images: [\n"));
        QVERIFY(!KustomizationEditor::setImage(file, QStringLiteral("web"), update));
        QVERIFY(!KustomizationEditor::setImage(scratch.filePath(QStringLiteral("missing")),
                                               QStringLiteral("web"), update));
    }
};

QTEST_GUILESS_MAIN(TestKustomizationEditor)
#include "tst_kustomizationeditor.moc"
