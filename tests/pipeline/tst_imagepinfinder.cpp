#include "imagepinfinder.h"
#include "testsupport.h"
#include "yamlreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

namespace {

// tests/data/image-pins/<case>/: repo/ is the repository, case.json says which source to read,
// with which overrides, and what must come out: per image the version kustomize renders
// ("rendered", as `kubectl kustomize` printed it when the case was written) and where it is
// pinned; or the error (file, line, a part of the message).
QJsonObject loadCase(const QString &dir)
{
    QFile f(dir + QStringLiteral("/case.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

VersionPin::Kind kindFromName(const QString &name)
{
    using K = VersionPin::Kind;
    for (K k : {K::KustomizeImages, K::Patch, K::Manifest, K::ImageUpdater, K::ApplicationOverride,
                K::HelmValues, K::ChartVersion}) {
        if (VersionPin::kindName(k) == name)
            return k;
    }
    return K::None;
}

QList<ImagePinFinder::Override> overridesOf(const QJsonObject &c)
{
    QList<ImagePinFinder::Override> out;
    for (const QJsonValue &v : c.value(QStringLiteral("overrides")).toArray()) {
        const QJsonObject o = v.toObject();
        ImagePinFinder::Override override;
        override.image = o.value(QStringLiteral("image")).toString();
        override.pin.kind = kindFromName(o.value(QStringLiteral("kind")).toString());
        override.pin.file = o.value(QStringLiteral("file")).toString();
        override.pin.line = o.value(QStringLiteral("line")).toInt();
        override.pin.key = o.value(QStringLiteral("key")).toString();
        out << override;
    }
    return out;
}

QJsonArray describe(const QList<ImagePin> &images)
{
    QJsonArray out;
    for (const ImagePin &p : images) {
        QString rendered = p.repository;
        if (!p.tag.isEmpty())
            rendered += u':' + p.tag;
        if (!p.digest.isEmpty())
            rendered += u'@' + p.digest;
        out.append(QJsonObject {
            {QStringLiteral("base"), p.baseRepository},
            {QStringLiteral("rendered"), rendered},
            {QStringLiteral("tag"), p.tag},
            {QStringLiteral("digest"), p.digest},
            {QStringLiteral("workload"), p.workload},
            {QStringLiteral("container"), p.container},
            {QStringLiteral("pinnedBySource"), p.pinnedBySource},
            {QStringLiteral("pin"),
             QJsonObject {{QStringLiteral("kind"), p.pin.kindName()},
                          {QStringLiteral("file"), p.pin.file},
                          {QStringLiteral("line"), p.pin.line},
                          {QStringLiteral("key"), p.pin.key}}},
        });
    }
    return out;
}

QByteArray json(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

QStringList caseNames()
{
    return QDir(TestSupport::dataPath(QStringLiteral("image-pins")))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// The image of one container in kubectl's output.
QString renderedImage(const QList<Kustomize::YamlNode> &docs, const QString &workload,
                      const QString &container)
{
    const QString kind = workload.section(u'/', 0, 0);
    const QString name = workload.section(u'/', 1);
    for (const Kustomize::YamlNode &doc : docs) {
        if (QString::fromUtf8(doc.textAt({"kind"})) != kind
            || QString::fromUtf8(doc.textAt({"metadata", "name"})) != name)
            continue;
        const Kustomize::YamlNode *spec = doc.at({"spec", "template", "spec"});
        if (!spec)
            spec = doc.at({"spec", "jobTemplate", "spec", "template", "spec"});
        if (!spec)
            spec = doc.at({"spec"});
        if (!spec)
            continue;
        for (const char *list : {"containers", "initContainers", "ephemeralContainers"}) {
            const Kustomize::YamlNode *l = spec->get(list);
            if (!l || !l->isSequence())
                continue;
            for (const Kustomize::YamlNode &c : l->items()) {
                if (QString::fromUtf8(c.textAt({"name"})) == container)
                    return QString::fromUtf8(c.textAt({"image"}));
            }
        }
    }
    return QString();
}

} // namespace

// ImagePinFinder: the images a kustomize source deploys, the versions kustomize renders and
// where each is pinned, over small repositories in tests/data/image-pins; the rendered versions
// are checked against kubectl kustomize when it is installed.
class TestImagePinFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("dir");
        for (const QString &name : caseNames())
            QTest::addRow("%s", qPrintable(name))
                << TestSupport::dataPath(QStringLiteral("image-pins/") + name);
    }

    void find()
    {
        QFETCH(QString, dir);
        const QJsonObject c = loadCase(dir);
        QVERIFY2(!c.isEmpty(), "case.json is missing or not JSON");
        ImagePinFinder::Options options;
        options.recurse = c.value(QStringLiteral("recurse")).toBool();
        ImagePinFinder::Cache cache;
        // Twice with one cache: the second answer comes from cached layers and must not differ.
        for (int round = 0; round < 2; ++round) {
            const auto found = ImagePinFinder::find(dir + QStringLiteral("/repo"),
                                                    c.value(QStringLiteral("source")).toString(),
                                                    overridesOf(c), options, &cache);
            if (c.contains(QStringLiteral("error"))) {
                const QJsonObject e = c.value(QStringLiteral("error")).toObject();
                QVERIFY2(!found, "the source should be broken");
                QCOMPARE(found.error().file(), e.value(QStringLiteral("file")).toString());
                QCOMPARE(found.error().line(), e.value(QStringLiteral("line")).toInt());
                QVERIFY2(
                    found.error().message().contains(e.value(QStringLiteral("message")).toString()),
                    qPrintable(found.error().message()));
                continue;
            }
            QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
            const QByteArray actual = json(describe(found->images));
            const QByteArray expected = json(c.value(QStringLiteral("images")).toArray());
            if (actual != expected)
                qWarning().noquote() << "actual:\n" << actual;
            QCOMPARE(actual, expected);
            if (c.contains(QStringLiteral("filesRead"))) {
                QStringList files;
                for (const QJsonValue &v : c.value(QStringLiteral("filesRead")).toArray())
                    files << v.toString();
                QStringList actualFiles = found->filesRead;
                actualFiles.sort();
                files.sort();
                QCOMPARE(actualFiles, files);
            }
            QStringList warnings;
            for (const QJsonValue &v : c.value(QStringLiteral("warnings")).toArray())
                warnings << v.toString();
            QCOMPARE(found->warnings, warnings);
        }
    }

    // The stored "rendered" images are what kubectl kustomize prints for the same source (a
    // plain folder gets a kustomization listing its files; overrides cannot be given to kubectl).
    void renderedAsKubectl_data() { find_data(); }

    void renderedAsKubectl()
    {
        QFETCH(QString, dir);
        const QString kubectl = TestSupport::kubectl();
        if (kubectl.isEmpty())
            QSKIP("kubectl (with kustomize) is not installed");
        const QJsonObject c = loadCase(dir);
        if (c.contains(QStringLiteral("error")) || c.contains(QStringLiteral("overrides")))
            QSKIP("no kubectl comparison for broken sources and overrides");
        QString source
            = dir + QStringLiteral("/repo/") + c.value(QStringLiteral("source")).toString();
        QTemporaryDir scratch;
        if (c.value(QStringLiteral("directory")).toBool()) {
            QByteArray k = "resources:\n";
            const QStringList files = QDir(source).entryList(
                {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                QDir::Files, QDir::Name);
            for (const QString &f : files) {
                QVERIFY(QFile::copy(source + u'/' + f, scratch.filePath(f)));
                k += "- " + f.toUtf8() + '\n';
            }
            QVERIFY(
                TestSupport::writeFile(scratch.filePath(QStringLiteral("kustomization.yaml")), k));
            source = scratch.path();
        }
        const auto r = TestSupport::runProcess(kubectl, {QStringLiteral("kustomize"), source});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto docs = Kustomize::YamlReader::parseAll(r.out, QStringLiteral("kubectl"));
        QVERIFY(docs);
        for (const QJsonValue &v : c.value(QStringLiteral("images")).toArray()) {
            const QJsonObject image = v.toObject();
            QCOMPARE(renderedImage(*docs, image.value(QStringLiteral("workload")).toString(),
                                   image.value(QStringLiteral("container")).toString()),
                     image.value(QStringLiteral("rendered")).toString());
        }
    }

    // A symbolic link leading out of the repository is refused, whatever kustomize would do.
    void symlinkLeavingTheRepository()
    {
        QTemporaryDir scratch;
        const QString repo = scratch.filePath(QStringLiteral("repo"));
        QVERIFY(
            TestSupport::writeFile(scratch.filePath(QStringLiteral("secret/deployment.yaml")),
                                   "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n"
                                   "spec:\n  template:\n    spec:\n      containers:\n"
                                   "      - name: x\n        image: x:1\n"));
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/app/kustomization.yaml"),
                                       "resources:\n- link/deployment.yaml\n"));
        QVERIFY(QFile::link(scratch.filePath(QStringLiteral("secret")),
                            repo + QStringLiteral("/app/link")));
        const auto found = ImagePinFinder::find(repo, QStringLiteral("app"));
        QVERIFY(!found);
        QCOMPARE(found.error().file(), QStringLiteral("app/kustomization.yaml"));
        QCOMPARE(found.error().line(), 2);
        QVERIFY2(found.error().message().contains(QStringLiteral("symbolic link")),
                 qPrintable(found.error().message()));
    }

    // One cache over several sources sharing a base: each answer is its own source's.
    void cacheSharedBetweenSources()
    {
        QTemporaryDir scratch;
        const QString repo = scratch.path();
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/base/kustomization.yaml"),
                                       "resources:\n- deployment.yaml\n"));
        QVERIFY(
            TestSupport::writeFile(repo + QStringLiteral("/base/deployment.yaml"),
                                   "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                                   "spec:\n  template:\n    spec:\n      containers:\n"
                                   "      - name: web\n        image: ghcr.io/acme/web:1.0.0\n"));
        for (const char *env : {"dev", "staging", "prod"}) {
            QByteArray k = "resources:\n- ../base\n";
            if (qstrcmp(env, "dev") != 0)
                k += "images:\n- name: ghcr.io/acme/web\n  newTag: " + QByteArray(env) + "-1\n";
            QVERIFY(TestSupport::writeFile(
                repo + QStringLiteral("/%1/kustomization.yaml").arg(QLatin1String(env)), k));
        }
        ImagePinFinder::Cache cache;
        for (int round = 0; round < 2; ++round) {
            for (const char *env : {"staging", "dev", "prod"}) {
                const auto found = ImagePinFinder::find(repo, QLatin1String(env), {}, {}, &cache);
                QVERIFY(found);
                QCOMPARE(found->images.size(), 1);
                const ImagePin &p = found->images.first();
                if (qstrcmp(env, "dev") == 0) {
                    QCOMPARE(p.tag, QStringLiteral("1.0.0"));
                    QCOMPARE(p.pin.kind, VersionPin::Kind::Manifest);
                    QCOMPARE(p.pin.file, QStringLiteral("base/deployment.yaml"));
                    QVERIFY(!p.pinnedBySource);
                } else {
                    QCOMPARE(p.tag, QLatin1String(env) + QStringLiteral("-1"));
                    QCOMPARE(p.pin.kind, VersionPin::Kind::KustomizeImages);
                    QCOMPARE(p.pin.file,
                             QLatin1String(env) + QStringLiteral("/kustomization.yaml"));
                    QCOMPARE(p.pin.line, 5);
                    QVERIFY(p.pinnedBySource);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImagePinFinder)
#include "tst_imagepinfinder.moc"
