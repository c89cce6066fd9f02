#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The layout corpus (tests/data/repositories/<layout>/): small GitOps repositories, each modelled
// on one public convention, each with a hand-written expected.json saying what a GitOps reader
// finds in it. Every layout becomes a real Git repository with one commit, and the promenade
// executable is asked about it as a user would: status (compared with expected.json by the
// rules in tests/data/repositories/README.md), diff, history, export, and render (compared
// byte for byte with what `kubectl kustomize` rendered, stored in <layout>/rendered/).
namespace {

const QString corpusRelative = QStringLiteral("repositories");

QString corpusDir()
{
    return TestSupport::dataPath(corpusRelative);
}

QStringList layouts()
{
    QStringList names = QDir(corpusDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return names;
}

// rendered/<overlay path with "/" written "__">.yaml holds kubectl's rendering of that overlay.
QString renderedFileName(const QString &overlay)
{
    QString name = overlay;
    name.replace(QLatin1Char('/'), QStringLiteral("__"));
    return name + QStringLiteral(".yaml");
}

QStringList renderedOverlays(const QString &layout)
{
    const QByteArray list = TestSupport::readFile(corpusDir() + u'/' + layout
                                                  + QStringLiteral("/rendered/overlays.txt"));
    QStringList overlays;
    for (const QByteArray &line : list.split('\n')) {
        const QString overlay = QString::fromUtf8(line).trimmed();
        if (!overlay.isEmpty() && !overlay.startsWith(u'#'))
            overlays << overlay;
    }
    return overlays;
}

// What the repository is made of: everything but the oracle (expected.json, rendered/).
bool isOracle(const QString &relative)
{
    return relative == u"expected.json" || relative == u"rendered"
        || relative.startsWith(u"rendered/");
}

bool copyLayout(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(from).relativeFilePath(file);
        if (isOracle(relative))
            continue;
        if (!QDir().mkpath(QFileInfo(to + u'/' + relative).absolutePath())
            || !QFile::copy(file, to + u'/' + relative))
            return false;
    }
    return true;
}

QString shortJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(missing)");
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isArray() || value.isObject()) {
        const QJsonDocument doc
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        const QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        return text.size() > 300 ? text.left(300) + QStringLiteral("…") : text;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// The names of an array's elements (environments, apps, components), to say what was found
// instead when the lengths differ.
QString elementNames(const QJsonArray &array)
{
    QStringList names;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"name", "app"}) {
            if (o.contains(QLatin1String(key))) {
                names << o.value(QLatin1String(key)).toString();
                break;
            }
        }
        if (!v.isObject())
            names << shortJson(v);
    }
    return names.isEmpty() ? QString()
                           : QStringLiteral(" [") + names.join(QStringLiteral(", ")) + u']';
}

// The matching rules of tests/data/repositories/README.md. Returns the first mismatch as
// "path: expected X, got Y", or an empty string when actual matches.
QString mismatch(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    const QString where = path.isEmpty() ? QStringLiteral("(top)") : path;
    if (expected.isObject()) {
        if (!actual.isObject())
            return where + QStringLiteral(": expected an object, got ") + shortJson(actual);
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!a.contains(it.key()))
                return child + QStringLiteral(": expected ") + shortJson(it.value())
                    + QStringLiteral(", missing");
            const QString inner = mismatch(it.value(), a.value(it.key()), child);
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    if (expected.isArray()) {
        if (!actual.isArray())
            return where + QStringLiteral(": expected an array, got ") + shortJson(actual);
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return where
                + QStringLiteral(": expected %1 elements%2, got %3%4")
                      .arg(e.size())
                      .arg(elementNames(e))
                      .arg(a.size())
                      .arg(elementNames(a));
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString inner = mismatch(e.at(i), a.at(i), where + QStringLiteral("[%1]").arg(i));
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    if (expected.isString()) {
        const QString e = expected.toString();
        if (actual.isString()) {
            if (e.startsWith(u'*') ? actual.toString().contains(e.mid(1)) : actual.toString() == e)
                return {};
        }
        return where + QStringLiteral(": expected ")
            + (e.startsWith(u'*') ? QStringLiteral("a string containing \"%1\"").arg(e.mid(1))
                                  : shortJson(expected))
            + QStringLiteral(", got ") + shortJson(actual);
    }
    if (expected.isDouble()) {
        if (actual.isDouble() && actual.toDouble() == expected.toDouble())
            return {};
        return where + QStringLiteral(": expected ") + shortJson(expected)
            + QStringLiteral(", got ") + shortJson(actual);
    }
    if (expected.isBool()) {
        if (actual.isBool() && actual.toBool() == expected.toBool())
            return {};
        return where + QStringLiteral(": expected ") + shortJson(expected)
            + QStringLiteral(", got ") + shortJson(actual);
    }
    if (expected.isNull()) {
        if (actual.isNull())
            return {};
        return where + QStringLiteral(": expected null, got ") + shortJson(actual);
    }
    return where + QStringLiteral(": unsupported expectation");
}

// What discovery found, in one line, to read beside a mismatch.
QString summary(const QJsonObject &status)
{
    QStringList envs;
    for (const QJsonValue &v : status.value(QStringLiteral("environments")).toArray()) {
        const QJsonObject e = v.toObject();
        QStringList apps;
        for (const QJsonValue &a : e.value(QStringLiteral("apps")).toArray())
            apps << a.toObject().value(QStringLiteral("app")).toString();
        QStringList clusters;
        for (const QJsonValue &c : e.value(QStringLiteral("clusters")).toArray())
            clusters << c.toString();
        envs << e.value(QStringLiteral("name")).toString() + u'{' + clusters.join(u',')
                + QStringLiteral(" | ") + apps.join(u',') + u'}';
    }
    return QStringLiteral("found stages %1; environments %2; warnings %3")
        .arg(shortJson(status.value(QStringLiteral("stages"))), envs.join(QStringLiteral(", ")),
             shortJson(status.value(QStringLiteral("warnings"))));
}

// An expected app's declared version: its tag, else its digest.
QString versionOf(const QJsonObject &app)
{
    const QJsonObject declared = app.value(QStringLiteral("declared")).toObject();
    const QString tag = declared.value(QStringLiteral("tag")).toString();
    return tag.isEmpty() ? declared.value(QStringLiteral("digest")).toString() : tag;
}

QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < qMax(e.size(), a.size()); ++i) {
        const QByteArray le = i < e.size() ? e.at(i) : QByteArrayLiteral("(end of output)");
        const QByteArray la = i < a.size() ? a.at(i) : QByteArrayLiteral("(end of output)");
        if (le != la)
            return QStringLiteral("line %1: kubectl \"%2\", promenade \"%3\"")
                .arg(i + 1)
                .arg(QString::fromUtf8(le), QString::fromUtf8(la));
    }
    return QStringLiteral("(identical lines, different bytes)");
}

} // namespace

class TestRepositoryCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QHash<QString, QString> m_repositories; // layout -> its Git repository in m_scratch

    // The layout as a Git repository with one commit on main (made once per layout).
    QString repository(const QString &layout)
    {
        if (const auto it = m_repositories.constFind(layout); it != m_repositories.constEnd())
            return *it;
        const QString dir = m_scratch.filePath(layout);
        if (!copyLayout(corpusDir() + u'/' + layout, dir))
            return {};
        const QStringList identity {
            QStringLiteral("-c"), QStringLiteral("user.name=Corpus"),
            QStringLiteral("-c"), QStringLiteral("user.email=corpus@example.invalid"),
            QStringLiteral("-c"), QStringLiteral("commit.gpgsign=false")};
        if (TestSupport::git(dir,
                             {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                              QStringLiteral("main")})
                    .exitCode
                != 0
            || TestSupport::git(dir, {QStringLiteral("add"), QStringLiteral("-A")}).exitCode != 0
            || TestSupport::git(dir,
                                identity
                                    + QStringList {QStringLiteral("commit"), QStringLiteral("-q"),
                                                   QStringLiteral("-m"),
                                                   QStringLiteral("The %1 layout").arg(layout)})
                    .exitCode
                != 0)
            return {};
        m_repositories.insert(layout, dir);
        return dir;
    }

    static QJsonObject expectation(const QString &layout)
    {
        return QJsonDocument::fromJson(TestSupport::readFile(corpusDir() + u'/' + layout
                                                             + QStringLiteral("/expected.json")))
            .object();
    }

    static void addLayoutRows()
    {
        QTest::addColumn<QString>("layout");
        for (const QString &layout : layouts())
            QTest::newRow(qPrintable(layout)) << layout;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QVERIFY2(QFileInfo(TestSupport::promenadeBinary()).isExecutable(),
                 "PROMENADE_BINARY is not set to the built promenade");
    }

    void corpusHasEnoughLayouts()
    {
        QVERIFY2(
            layouts().size() >= 18,
            qPrintable(
                QStringLiteral("only %1 layouts in %2").arg(layouts().size()).arg(corpusDir())));
    }

    // The matching rules themselves (README.md of the corpus): the oracle must be able to fail.
    void matchingRules_data()
    {
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QString>("mismatch");
        QTest::newRow("extra keys ignored")
            << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 1, "b": 2})") << QString();
        QTest::newRow("missing key")
            << QByteArray(R"({"a": {"b": null}})") << QByteArray(R"({"a": {}})")
            << QStringLiteral("a.b: expected null, missing");
        QTest::newRow("number") << QByteArray(R"({"e": [{"pin": {"line": 12}}]})")
                                << QByteArray(R"({"e": [{"pin": {"line": 9}}]})")
                                << QStringLiteral("e[0].pin.line: expected 12, got 9");
        QTest::newRow("array length")
            << QByteArray(R"({"e": [{"name": "dev"}]})")
            << QByteArray(R"({"e": [{"name": "dev"}, {"name": "qa"}]})")
            << QStringLiteral("e: expected 1 elements [dev], got 2 [dev, qa]");
        QTest::newRow("array order") << QByteArray(R"([1, 2])") << QByteArray(R"([2, 1])")
                                     << QStringLiteral("(top)[0]: expected 1, got 2");
        QTest::newRow("contains")
            << QByteArray(R"(["*qa/kustomization.yaml:6"])")
            << QByteArray(
                   R"(["/tmp/r/overlays/qa/kustomization.yaml:6: resource 'pdb.yaml' not found"])")
            << QString();
        QTest::newRow("contains fails")
            << QByteArray(R"(["*kustomization.yaml:6"])")
            << QByteArray(R"(["kustomization.yaml:7: x"])")
            << QStringLiteral("(top)[0]: expected a string containing \"kustomization.yaml:6\", "
                              "got \"kustomization.yaml:7: x\"");
        QTest::newRow("exact string")
            << QByteArray(R"({"tag": "1.4"})") << QByteArray(R"({"tag": "1.4.2"})")
            << QStringLiteral("tag: expected \"1.4\", got \"1.4.2\"");
        QTest::newRow("null is not a value")
            << QByteArray(R"({"digest": null})") << QByteArray(R"({"digest": "sha256:ab"})")
            << QStringLiteral("digest: expected null, got \"sha256:ab\"");
        QTest::newRow("bool") << QByteArray(R"({"pinned": false})")
                              << QByteArray(R"({"pinned": true})")
                              << QStringLiteral("pinned: expected false, got true");
    }
    void matchingRules()
    {
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, actual);
        QFETCH(QString, mismatch);
        const auto value = [](const QByteArray &json) {
            const QJsonDocument doc = QJsonDocument::fromJson(json);
            return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        };
        QCOMPARE(::mismatch(value(expected), value(actual), {}), mismatch);
    }

    // Every layout carries what a reviewer needs: which convention, what to expect, and an
    // expectation that parses.
    void corpusIsComplete_data() { addLayoutRows(); }
    void corpusIsComplete()
    {
        QFETCH(QString, layout);
        const QString dir = corpusDir() + u'/' + layout;
        QVERIFY2(QFileInfo::exists(dir + QStringLiteral("/README.md")),
                 "no README.md naming the convention");
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(
            TestSupport::readFile(dir + QStringLiteral("/expected.json")), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
                 qPrintable(QStringLiteral("expected.json: %1 at offset %2")
                                .arg(error.errorString())
                                .arg(error.offset)));
        QVERIFY(!doc.object().value(QStringLiteral("environments")).toArray().isEmpty());
    }

    // promenade status --format json, compared with expected.json.
    void status_data() { addLayoutRows(); }
    void status()
    {
        QFETCH(QString, layout);
        const QString repo = repository(layout);
        QVERIFY2(!repo.isEmpty(), "could not make the layout a Git repository");
        const auto result = TestSupport::runPromenade(
            {QStringLiteral("status"), repo, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(
            result.finished && result.exitCode >= 0,
            qPrintable(QStringLiteral("status crashed or hung: ") + QString::fromUtf8(result.err)));
        QVERIFY2(result.exitCode == 0,
                 qPrintable(QStringLiteral("status exited %1: %2")
                                .arg(result.exitCode)
                                .arg(QString::fromUtf8(result.err.trimmed()))));
        QJsonParseError error {};
        QJsonObject actual = QJsonDocument::fromJson(result.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(QStringLiteral("status wrote no JSON: ") + error.errorString()));
        // The corpus names no live endpoint on purpose: the one problem that says so is the
        // live status's, not discovery's, and is left out of the comparison.
        QJsonArray environments = actual.value(QStringLiteral("environments")).toArray();
        for (qsizetype i = 0; i < environments.size(); ++i) {
            QJsonObject env = environments[i].toObject();
            QJsonArray problems;
            for (const QJsonValue &p : env.value(QStringLiteral("problems")).toArray()) {
                if (!p.toString().startsWith(QLatin1String("no Argo CD is configured")))
                    problems.append(p);
            }
            env.insert(QStringLiteral("problems"), problems);
            environments[i] = env;
        }
        actual.insert(QStringLiteral("environments"), environments);

        QJsonObject expected = expectation(layout);
        const QJsonArray warningsContaining
            = expected.take(QStringLiteral("warningsContaining")).toArray();
        const QString found = mismatch(expected, actual, {});
        QVERIFY2(found.isEmpty(), qPrintable(found + QStringLiteral("\n   ") + summary(actual)));

        const QJsonArray warnings = actual.value(QStringLiteral("warnings")).toArray();
        for (const QJsonValue &w : warningsContaining) {
            bool seen = false;
            for (const QJsonValue &actualWarning : warnings)
                seen = seen || actualWarning.toString().contains(w.toString());
            QVERIFY2(seen,
                     qPrintable(QStringLiteral("no discovery warning mentions \"%1\"; warnings: %2")
                                    .arg(w.toString(), shortJson(warnings))));
        }
    }

    // diff (first against last environment), history and export answer on every layout.
    void commands_data() { addLayoutRows(); }
    void commands()
    {
        QFETCH(QString, layout);
        const QString repo = repository(layout);
        QVERIFY2(!repo.isEmpty(), "could not make the layout a Git repository");
        const QJsonArray envs = expectation(layout).value(QStringLiteral("environments")).toArray();
        const QString first = envs.first().toObject().value(QStringLiteral("name")).toString();
        const QString last = envs.last().toObject().value(QStringLiteral("name")).toString();
        const QString svg = m_scratch.filePath(layout + QStringLiteral(".svg"));

        const QList<QStringList> commands {
            {QStringLiteral("diff"), repo, first, last},
            {QStringLiteral("history"), repo},
            {QStringLiteral("export"), repo, QStringLiteral("--output"), svg,
             QStringLiteral("--offline")},
        };
        QByteArray diffOutput;
        for (const QStringList &arguments : commands) {
            const auto result = TestSupport::runPromenade(arguments);
            const QString command = QStringLiteral("promenade ") + arguments.join(u' ');
            QVERIFY2(result.finished && result.exitCode >= 0,
                     qPrintable(command + QStringLiteral(" crashed or hung: ")
                                + QString::fromUtf8(result.err)));
            QVERIFY2(result.exitCode == 0,
                     qPrintable(command
                                + QStringLiteral(" exited %1: %2")
                                      .arg(result.exitCode)
                                      .arg(QString::fromUtf8(result.err.trimmed()))));
            if (arguments.first() == u"diff")
                diffOutput = result.out;
        }
        // The diff compares what the two environments deploy: an app pinned differently in
        // them shows both versions.
        for (const QJsonValue &a :
             envs.first().toObject().value(QStringLiteral("apps")).toArray()) {
            const QString app = a.toObject().value(QStringLiteral("app")).toString();
            const QString from = versionOf(a.toObject());
            for (const QJsonValue &b :
                 envs.last().toObject().value(QStringLiteral("apps")).toArray()) {
                const QString to = versionOf(b.toObject());
                if (b.toObject().value(QStringLiteral("app")).toString() != app || from == to)
                    continue;
                QVERIFY2(
                    diffOutput.contains(from.toUtf8()) && diffOutput.contains(to.toUtf8()),
                    qPrintable(QStringLiteral("promenade diff %1 %2 does not show %3's %4 → %5")
                                   .arg(first, last, app, from, to)));
            }
        }
        const QByteArray drawing = TestSupport::readFile(svg);
        QVERIFY2(drawing.contains("<svg"), "export wrote no SVG");
        // The drawing names every environment.
        for (const QJsonValue &e : envs) {
            const QString name = e.toObject().value(QStringLiteral("name")).toString();
            QVERIFY2(drawing.contains(name.toUtf8()),
                     qPrintable(QStringLiteral("the exported SVG does not name %1").arg(name)));
        }
    }

    // promenade render of each overlay in <layout>/rendered/overlays.txt is kubectl's rendering.
    void render_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("overlay");
        for (const QString &layout : layouts()) {
            for (const QString &overlay : renderedOverlays(layout))
                QTest::newRow(qPrintable(layout + u':' + overlay)) << layout << overlay;
        }
    }
    void render()
    {
        QFETCH(QString, layout);
        QFETCH(QString, overlay);
        const QString repo = repository(layout);
        QVERIFY2(!repo.isEmpty(), "could not make the layout a Git repository");
        const QString storedPath = corpusDir() + u'/' + layout + QStringLiteral("/rendered/")
            + renderedFileName(overlay);
        QVERIFY2(QFileInfo::exists(storedPath),
                 qPrintable(QStringLiteral(
                                "%1 is missing: run tests/data/repositories/regenerate-rendered.sh")
                                .arg(storedPath)));
        const QByteArray stored = TestSupport::readFile(storedPath);
        const auto result
            = TestSupport::runPromenade({QStringLiteral("render"), repo + u'/' + overlay,
                                         QStringLiteral("--repository-root"), repo});
        QVERIFY2(result.finished && result.exitCode == 0,
                 qPrintable(QStringLiteral("render exited %1: %2")
                                .arg(result.exitCode)
                                .arg(QString::fromUtf8(result.err.trimmed()))));
        QVERIFY2(result.out == stored,
                 qPrintable(QStringLiteral("differs from kubectl kustomize at ")
                            + firstDifference(stored, result.out)));
    }
};

QTEST_GUILESS_MAIN(TestRepositoryCorpus)
#include "tst_repositorycorpus.moc"
