#include "demorepository.h"
#include "renderer.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;
using Kustomize::Renderer;

namespace {

// A readable mismatch: `diff -u` of the two texts (or the first differing line without diff).
QByteArray unifiedDiff(const QByteArray &expected, const QByteArray &actual)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("kubectl.yaml"));
    const QString b = dir.filePath(QStringLiteral("promenade.yaml"));
    TestSupport::writeFile(a, expected);
    TestSupport::writeFile(b, actual);
    const auto r = TestSupport::runProcess(QStringLiteral("diff"), {QStringLiteral("-u"), a, b});
    if (r.finished && !r.out.isEmpty())
        return r.out.left(6000);
    return "expected:\n" + expected.left(3000) + "\nactual:\n" + actual.left(3000);
}

// kubectl has no --reorder flag; `sortOptions: {order: fifo}` in the top kustomization is its
// equivalent of `kustomize build --reorder none`. Copies the tree at root (bases included) and
// adds that to dir's kustomization in the copy; returns the copied dir.
QString withFifoOrder(const QString &root, const QString &dir, QTemporaryDir &scratch)
{
    const QString copy = scratch.filePath(QStringLiteral("tree"));
    if (!TestSupport::copyTree(root, copy))
        return {};
    const QString copiedDir = QDir(copy).filePath(QDir(root).relativeFilePath(dir));
    for (const char *name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
        const QString file = QDir(copiedDir).filePath(QLatin1String(name));
        if (QFileInfo::exists(file)) {
            QByteArray text = TestSupport::readFile(file);
            if (text.contains("sortOptions"))
                return {};
            if (!text.endsWith('\n'))
                text += '\n';
            TestSupport::writeFile(file, text + "sortOptions:\n  order: fifo\n");
            return copiedDir;
        }
    }
    return {};
}

QStringList kustomizationDirs(const QString &root)
{
    QStringList dirs;
    QDirIterator it(root, {QStringLiteral("kustomization.yaml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.contains(QStringLiteral("/.git/")))
            dirs << QFileInfo(f).absolutePath();
    }
    dirs.sort();
    return dirs;
}

// Writes a random overlay over a base made of corpus files: each seed turns a different mix of
// namespace, prefix/suffix, labels, annotations, images, replicas, generators (create, merge,
// replace) and patches on; the combination is what the hand-written cases do not cover.
void writeRandomOverlay(const QString &root, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto chance = [&](double p) {
        return rng.generateDouble() < p;
    };
    auto pick = [&](const QList<QByteArray> &options) {
        return options.at(int(rng.bounded(quint32(options.size()))));
    };
    const QDir corpus(TestSupport::dataPath(QStringLiteral("kustomize")));
    const QList<std::pair<QString, QByteArray>> baseFiles {
        {QStringLiteral("64-mixed-overlay/base/all.yaml"), "all.yaml"},
        {QStringLiteral("64-mixed-overlay/base/ingress.yaml"), "ingress.yaml"},
        {QStringLiteral("64-mixed-overlay/base/rbac.yaml"), "rbac.yaml"},
        {QStringLiteral("12-common-labels/workloads.yaml"), "workloads.yaml"}};
    QByteArray base = "resources:\n";
    bool hasAll = false;
    for (const auto &[from, to] : baseFiles) {
        if (!chance(0.8) && !(to == "all.yaml"))
            continue;
        TestSupport::writeFile(root + QStringLiteral("/base/") + QString::fromUtf8(to),
                               TestSupport::readFile(corpus.filePath(from)));
        base += "- " + to + '\n';
        hasAll = hasAll || to == "all.yaml";
    }
    const bool baseGenerator = chance(0.5);
    if (baseGenerator)
        base += "configMapGenerator:\n- name: gen\n  literals: [A=1, B=two]\n";
    if (chance(0.4))
        base += "namePrefix: b-\n";
    if (chance(0.3))
        base += "commonLabels:\n  base: \"yes\"\n";
    TestSupport::writeFile(root + QStringLiteral("/base/kustomization.yaml"), base);

    QByteArray k = "resources:\n- base\n";
    if (chance(0.6))
        k += "namespace: ns-" + QByteArray::number(rng.bounded(3)) + '\n';
    if (chance(0.5))
        k += "namePrefix: " + pick({"prod-", "x-", "stage-"}) + '\n';
    if (chance(0.4))
        k += "nameSuffix: " + pick({"-v1", "-blue"}) + '\n';
    if (chance(0.4))
        k += "commonLabels:\n  env: " + pick({"prod", "dev"}) + '\n';
    if (chance(0.4))
        k += "labels:\n- pairs:\n    tier: web\n  includeSelectors: " + pick({"true", "false"})
            + "\n  includeTemplates: " + pick({"true", "false"}) + '\n';
    if (chance(0.4))
        k += "commonAnnotations:\n  owner: team\n";
    if (chance(0.5))
        k += "images:\n- name: ghcr.io/acme/web\n  newTag: " + pick({"v2", "\"1.10\"", "sha-abc"})
            + '\n';
    if (chance(0.3))
        k += "replicas:\n- name: web\n  count: " + QByteArray::number(rng.bounded(5)) + '\n';
    if (chance(0.5)) {
        if (baseGenerator)
            k += "configMapGenerator:\n- name: gen\n  behavior: " + pick({"merge", "replace"})
                + "\n  literals: [C=3]\n";
        else
            k += "configMapGenerator:\n- name: new-cm\n  literals: [C=3]\n";
    }
    if (chance(0.4))
        k += "secretGenerator:\n- name: web-secret2\n  literals: [p=w]\n";
    QByteArray patches;
    if (chance(0.4))
        patches += "- target:\n    kind: Deployment\n  patch: |-\n    - op: add\n      path: "
                   "/metadata/annotations\n      value: {patched: \"1\"}\n";
    if (hasAll && chance(0.4))
        patches += "- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n    "
                   "  name: web\n    spec:\n      template:\n"
                   "        spec:\n          containers:\n          - name: web\n            "
                   "env:\n            - name: X\n              value: \"1\"\n";
    if (chance(0.3))
        patches += "- target:\n    labelSelector: app=web\n  patch: |-\n    - op: add\n      path: "
                   "/metadata/labels/sel\n      value: hit\n";
    if (!patches.isEmpty())
        k += "patches:\n" + patches;
    TestSupport::writeFile(root + QStringLiteral("/kustomization.yaml"), k);
}

// Layers a random overlay over one or two corpus cases used as bases: the transformers of the
// overlay then meet everything the corpus exercises (generated names, components, patches...).
bool writeLayeredOverlay(const QString &root, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto chance = [&](double p) {
        return rng.generateDouble() < p;
    };
    const QDir corpus(TestSupport::dataPath(QStringLiteral("kustomize")));
    const QStringList cases = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const int bases = chance(0.3) ? 2 : 1;
    QByteArray k = "resources:\n";
    for (int i = 0; i < bases; ++i) {
        const QString c = cases.at(int(rng.bounded(quint32(cases.size()))));
        const QString to = root + QStringLiteral("/b") + QString::number(i);
        if (QFileInfo::exists(to) || !TestSupport::copyTree(corpus.filePath(c), to))
            return false;
        k += "- b" + QByteArray::number(i) + '\n';
    }
    if (chance(0.5))
        k += "namespace: over-" + QByteArray::number(rng.bounded(2)) + '\n';
    if (chance(0.5))
        k += "namePrefix: o-\n";
    if (chance(0.3))
        k += "nameSuffix: -s\n";
    if (chance(0.4))
        k += QByteArray("labels:\n- pairs:\n    layer: top\n  includeSelectors: ")
            + (chance(0.5) ? "true" : "false") + '\n';
    if (chance(0.3))
        k += "commonAnnotations:\n  top: \"true\"\n";
    if (chance(0.4)) {
        const char *images[] = {"nginx", "ghcr.io/acme/web", "busybox", "postgres"};
        k += QByteArray("images:\n- name: ") + images[rng.bounded(4)] + "\n  newTag: t"
            + QByteArray::number(rng.bounded(9)) + '\n';
    }
    if (chance(0.3))
        k += "configMapGenerator:\n- name: top-cm\n  literals: [K=V]\n";
    if (chance(0.4)) {
        const char *kinds[] = {"ConfigMap", "Deployment", "Service", ".*"};
        k += QByteArray("patches:\n- target:\n    kind: ") + kinds[rng.bounded(4)]
            + "\n  patch: |-\n    - op: add\n      path: /metadata/labels\n      value: {top: "
              "patched}\n";
    }
    return TestSupport::writeFile(root + QStringLiteral("/kustomization.yaml"), k);
}

// Where the expected output of every differential case is stored, next to its input: the
// corpus case's own folder, or tests/data/kustomize-oracles/ for the inputs the test generates.
// The files are kubectl kustomize's output, written by scripts/regenerate-kustomize-oracles.sh
// (which runs this test with PROMENADE_WRITE_ORACLES=1) and reviewed like any change.
enum class Source { Corpus, Demo, Random, Layered };

bool writingOracles()
{
    return qEnvironmentVariable("PROMENADE_WRITE_ORACLES") == QLatin1String("1");
}

// What an oracle holds when kubectl refuses the input (rendered YAML never starts with '#').
const QByteArray refusedMarker = "# kubectl kustomize refuses this input\n";

QString oracleDir(const QString &sub)
{
    return TestSupport::dataPath(QStringLiteral("kustomize-oracles/") + sub);
}

} // namespace

// The renderer against the reference, kubectl kustomize (kustomize v5.5.0), over the corpus
// in tests/data/kustomize, every overlay of the demo repository and seeded random overlays:
// same bytes, both orders. The reference's output is stored (see oracleDir), so the suite checks
// every case on a machine without kubectl; storedOutputsMatchKubectl checks the stored files
// against kubectl itself where it is installed (and must, in CI).
class TestRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_demo;

    // The rows shared by the stored-output test and the kubectl check: every differential case.
    void addCases()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("dir"); // corpus case or demo overlay
        QTest::addColumn<quint32>("seed"); // random and layered overlays
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("oracle");
        const QDir corpus(TestSupport::dataPath(QStringLiteral("kustomize")));
        const QStringList cases = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 60);
        for (const QString &c : cases) {
            const QString dir = corpus.filePath(c);
            QTest::addRow("%s legacy", qPrintable(c))
                << int(Source::Corpus) << dir << 0u << int(Renderer::Reorder::Default)
                << QDir(dir).filePath(QStringLiteral("expected.yaml"));
            if (!TestSupport::readFile(QDir(dir).filePath(QStringLiteral("kustomization.yaml")))
                     .contains("sortOptions"))
                QTest::addRow("%s none", qPrintable(c))
                    << int(Source::Corpus) << dir << 0u << int(Renderer::Reorder::None)
                    << QDir(dir).filePath(QStringLiteral("expected-fifo.yaml"));
        }
        const QStringList dirs = kustomizationDirs(m_demo);
        QVERIFY(dirs.size() >= 9);
        for (const QString &d : dirs) {
            const QString name = d.mid(m_demo.size() + 1);
            const QString file
                = oracleDir(QStringLiteral("demo/")) + QString(name).replace(u'/', u'_');
            QTest::addRow("demo %s legacy", qPrintable(name))
                << int(Source::Demo) << d << 0u << int(Renderer::Reorder::Default)
                << file + QStringLiteral(".yaml");
            QTest::addRow("demo %s none", qPrintable(name))
                << int(Source::Demo) << d << 0u << int(Renderer::Reorder::None)
                << file + QStringLiteral("-fifo.yaml");
        }
        // Random mixes of features over one base (seeded, so every run writes the same input).
        for (quint32 seed = 1; seed <= 40; ++seed) {
            const QString file
                = oracleDir(QStringLiteral("random/seed-%1").arg(seed, 2, 10, QLatin1Char('0')));
            QTest::addRow("random %u legacy", seed)
                << int(Source::Random) << QString() << seed << int(Renderer::Reorder::Default)
                << file + QStringLiteral(".yaml");
            QTest::addRow("random %u none", seed)
                << int(Source::Random) << QString() << seed << int(Renderer::Reorder::None)
                << file + QStringLiteral("-fifo.yaml");
        }
        // Overlays over corpus cases: same output as kubectl, or an error where kubectl fails.
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("layered %u", seed)
                << int(Source::Layered) << QString() << seed << int(Renderer::Reorder::Default)
                << oracleDir(
                       QStringLiteral("layered/seed-%1.yaml").arg(seed, 2, 10, QLatin1Char('0')));
    }

    // The input of a row: the root of its tree and the folder to render.
    bool materialize(Source source, const QString &dir, quint32 seed, QTemporaryDir &scratch,
                     QString *root, QString *target)
    {
        switch (source) {
        case Source::Corpus:
            *root = *target = dir;
            return true;
        case Source::Demo:
            *root = m_demo;
            *target = dir;
            return true;
        case Source::Random:
            writeRandomOverlay(scratch.path(), seed);
            *root = *target = scratch.path();
            return true;
        case Source::Layered:
            *root = *target = scratch.path();
            return writeLayeredOverlay(scratch.path(), seed);
        }
        return false;
    }

    // kubectl's output for a row (the marker when kubectl refuses it); empty on a setup failure.
    static QByteArray kubectlOutput(const QString &root, const QString &dir,
                                    Renderer::Reorder order, QString *problem)
    {
        QTemporaryDir scratch;
        QString referenceDir = dir;
        if (order == Renderer::Reorder::None) {
            referenceDir = withFifoOrder(root, dir, scratch);
            if (referenceDir.isEmpty()) {
                *problem = QStringLiteral("cannot add sortOptions to a copy of the case");
                return {};
            }
        }
        const auto reference = TestSupport::runProcess(TestSupport::kubectl(),
                                                       {QStringLiteral("kustomize"), referenceDir});
        if (!reference.finished) {
            *problem = QStringLiteral("kubectl did not finish");
            return {};
        }
        return reference.exitCode == 0 ? reference.out : refusedMarker;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_demo = m_scratch.filePath(QStringLiteral("demo"));
        Demo::DemoRepository::Options options;
        options.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
        const auto created = Demo::DemoRepository::generate(m_demo, options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    }

    // Every differential case renders exactly as the stored kubectl output (runs everywhere).
    void rendersAsStored_data() { addCases(); }

    void rendersAsStored()
    {
        QFETCH(int, source);
        QFETCH(QString, dir);
        QFETCH(quint32, seed);
        QFETCH(int, order);
        QFETCH(QString, oracle);
        QTemporaryDir scratch;
        QString root, target;
        QVERIFY(materialize(Source(source), dir, seed, scratch, &root, &target));
        if (writingOracles()) {
            PROMENADE_REQUIRE_TOOL(!TestSupport::kubectl().isEmpty(),
                                   "writing the stored outputs needs kubectl");
            QString problem;
            const QByteArray out = kubectlOutput(root, target, Renderer::Reorder(order), &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(TestSupport::writeFile(oracle, out));
        }
        QVERIFY2(QFileInfo::exists(oracle),
                 qPrintable(QStringLiteral("no stored output %1: run "
                                           "scripts/regenerate-kustomize-oracles.sh")
                                .arg(oracle)));
        const QByteArray expected = TestSupport::readFile(oracle);
        Renderer::Options options;
        options.reorder = Renderer::Reorder(order);
        Renderer renderer(options);
        const auto rendered = renderer.renderYaml(target);
        if (expected == refusedMarker) {
            QVERIFY2(!rendered, "kubectl rejects this overlay but Promenade renders it");
            return;
        }
        QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.error().toString()));
        if (*rendered != expected)
            QFAIL(unifiedDiff(expected, *rendered).constData());
    }

    // The stored outputs are still kubectl's (skipped without kubectl, except in CI).
    void storedOutputsMatchKubectl_data() { addCases(); }

    void storedOutputsMatchKubectl()
    {
        QFETCH(int, source);
        QFETCH(QString, dir);
        QFETCH(quint32, seed);
        QFETCH(int, order);
        QFETCH(QString, oracle);
        PROMENADE_REQUIRE_TOOL(!TestSupport::kubectl().isEmpty(),
                               "kubectl (with kustomize built in) is not on PATH: the stored "
                               "outputs cannot be checked against it");
        QTemporaryDir scratch;
        QString root, target;
        QVERIFY(materialize(Source(source), dir, seed, scratch, &root, &target));
        QString problem;
        const QByteArray out = kubectlOutput(root, target, Renderer::Reorder(order), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray stored = TestSupport::readFile(oracle);
        if (out != stored)
            QFAIL(QByteArray("kubectl's output differs from " + oracle.toUtf8() + ":\n"
                             + unifiedDiff(stored, out))
                      .constData());
    }

    // One Renderer over many overlays gives the same output as a fresh one each time (the
    // caches of files and built bases must not leak state between renders).
    void cachedRenderIsStable()
    {
        Renderer shared;
        const QStringList dirs = kustomizationDirs(m_demo);
        for (int round = 0; round < 2; ++round) {
            for (const QString &d : dirs) {
                Renderer fresh;
                const auto a = shared.renderYaml(d);
                const auto b = fresh.renderYaml(d);
                QVERIFY(a && b);
                QCOMPARE(*a, *b);
            }
        }
    }

    void resourceDocumentsAreExposed()
    {
        Renderer renderer;
        const auto list = renderer.render(
            TestSupport::dataPath(QStringLiteral("kustomize/49-generated-references-with-prefix")));
        QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
        QStringList names;
        for (const Kustomize::Resource &r : *list)
            names << QString::fromUtf8(r.kind() + '/' + r.name());
        QVERIFY(names.contains(QStringLiteral("Deployment/shop-web-v1")));
        const auto cm = std::find_if(list->begin(), list->end(),
                                     [](const auto &r) { return r.kind() == "ConfigMap"; });
        QVERIFY(cm != list->end());
        QVERIFY(cm->isGenerated());
        QCOMPARE(cm->originalName(), QByteArray("web-config"));
        QVERIFY(cm->name().startsWith("shop-web-config-v1-"));
        QCOMPARE(cm->nameSpace(), QByteArray("shop"));
    }

    // Each bad input gives one line "promenade: <file>:<line>: <message>" and exit code 2.
    void errorsNameFileAndLine_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(TestSupport::dataPath(QStringLiteral("kustomize-errors")));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 15);
        for (const QString &c : cases)
            QTest::addRow("%s", qPrintable(c)) << root.filePath(c);
    }

    void errorsNameFileAndLine()
    {
        QFETCH(QString, dir);
        // expected.txt: "render: <subdir>", "where: <file>[:<line>]", "message: <text>", "args:
        // ..."
        QHash<QString, QString> expected;
        for (const QByteArray &line :
             TestSupport::readFile(QDir(dir).filePath(QStringLiteral("expected.txt")))
                 .split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0)
                expected.insert(QString::fromUtf8(line.left(colon)),
                                QString::fromUtf8(line.mid(colon + 1)).trimmed());
        }
        QVERIFY(expected.contains(QStringLiteral("where"))
                && expected.contains(QStringLiteral("message")));
        const QString target
            = QDir(dir).filePath(expected.value(QStringLiteral("render"), QStringLiteral(".")));
        QStringList args {QStringLiteral("render"), QDir::cleanPath(target)};
        if (expected.contains(QStringLiteral("args"))) {
            for (const QString &a :
                 expected.value(QStringLiteral("args")).split(u' ', Qt::SkipEmptyParts))
                args << QString(a).replace(QStringLiteral("{case}"), dir);
        }
        const auto r = TestSupport::runPromenade(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(u'\n'), qPrintable(err));
        const QString where
            = QDir::cleanPath(QDir(QFileInfo(dir).canonicalFilePath())
                                  .filePath(expected.value(QStringLiteral("where"))));
        const QString prefix = QStringLiteral("promenade: ") + where + u':';
        QVERIFY2(err.startsWith(prefix),
                 qPrintable(err + QStringLiteral("\nexpected to start with: ") + prefix));
        QVERIFY2(err.contains(expected.value(QStringLiteral("message"))),
                 qPrintable(err + QStringLiteral("\nexpected to contain: ")
                            + expected.value(QStringLiteral("message"))));
        // kubectl rejects the same input too (unless the case is about Promenade's own rules, or
        // kubectl crashes on it: an alias bomb exhausts its memory).
        const QString kubectlVerdict = expected.value(QStringLiteral("kubectl"));
        if (kubectlVerdict == u"accepts" || kubectlVerdict == u"crashes")
            return;
        if (TestSupport::kubectl().isEmpty()) {
            QVERIFY2(!TestSupport::referenceToolsRequired(),
                     "kubectl is not on PATH: cannot check that it rejects the input");
            return;
        }
        {
            const auto k = TestSupport::runProcess(TestSupport::kubectl(),
                                                   {QStringLiteral("kustomize"), target});
            QVERIFY2(k.exitCode != 0, "kubectl accepted an input Promenade rejects");
        }
    }

    void errorsAreValuesInTheApi()
    {
        Renderer renderer;
        const auto r = renderer.render(
            TestSupport::dataPath(QStringLiteral("kustomize-errors/missing-resource")));
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), Error::Kind::NotFound);
        QVERIFY(r.error().file().endsWith(QStringLiteral("kustomization.yaml")));
        QCOMPARE(r.error().line(), 3);
        const auto none = renderer.render(m_scratch.filePath(QStringLiteral("does-not-exist")));
        QVERIFY(!none);
        QCOMPARE(none.error().exitCode(), 2);
    }

    // Load restrictions: a symbolic link cannot smuggle a file from outside the kustomization's
    // folder, and by default bases must stay inside the Git work tree.
    void staysInsideTheRepository()
    {
        QTemporaryDir scratch;
        const QDir root(scratch.path());
        QVERIFY(root.mkpath(QStringLiteral("repo/.git")));
        QVERIFY(
            TestSupport::writeFile(root.filePath(QStringLiteral("secret.yaml")),
                                   "apiVersion: v1\nkind: Secret\nmetadata:\n  name: stolen\n"));
        QVERIFY(TestSupport::writeFile(root.filePath(QStringLiteral("outside/kustomization.yaml")),
                                       "resources:\n- ../secret.yaml\n"));
        QVERIFY(
            TestSupport::writeFile(root.filePath(QStringLiteral("repo/link/kustomization.yaml")),
                                   "resources:\n- link.yaml\n"));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("secret.yaml")),
                            root.filePath(QStringLiteral("repo/link/link.yaml"))));
        QVERIFY(
            TestSupport::writeFile(root.filePath(QStringLiteral("repo/base/kustomization.yaml")),
                                   "resources:\n- ../../outside\n"));

        Renderer renderer;
        const auto linked = renderer.render(root.filePath(QStringLiteral("repo/link")));
        QVERIFY(!linked);
        QVERIFY2(
            linked.error().message().contains(QStringLiteral("outside the kustomization's folder")),
            qPrintable(linked.error().toString()));
        QCOMPARE(linked.error().line(), 2);
        const auto based = renderer.render(root.filePath(QStringLiteral("repo/base")));
        QVERIFY(!based);
        QVERIFY2(based.error().message().contains(QStringLiteral("outside the repository")),
                 qPrintable(based.error().toString()));

        Renderer::Options options;
        options.repositoryRoot = scratch.path();
        Renderer wider(options);
        const auto allowed = wider.render(root.filePath(QStringLiteral("repo/base")));
        QVERIFY(!allowed); // the base itself loads ../secret.yaml, outside its own folder
        QVERIFY(allowed.error().file().endsWith(QStringLiteral("outside/kustomization.yaml")));
    }

    void renderCommandPrintsYaml()
    {
        const QString dir = TestSupport::dataPath(QStringLiteral("kustomize/52-sort-options-fifo"));
        const auto legacy = TestSupport::runPromenade(
            {QStringLiteral("render"), dir, QStringLiteral("--reorder"), QStringLiteral("legacy")});
        const auto none = TestSupport::runPromenade(
            {QStringLiteral("render"), dir, QStringLiteral("--reorder"), QStringLiteral("none")});
        const auto dflt = TestSupport::runPromenade({QStringLiteral("render"), dir});
        QCOMPARE(legacy.exitCode, 0);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(legacy.out.startsWith("apiVersion: v1\nkind: Namespace\n"));
        QVERIFY(none.out.startsWith("apiVersion: admissionregistration.k8s.io/v1\n"));
        QCOMPARE(dflt.out, none.out); // the kustomization asks for fifo
        const auto bad = TestSupport::runPromenade(
            {QStringLiteral("render"), dir, QStringLiteral("--reorder"), QStringLiteral("random")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
