#include "environmentcomparison.h"
#include "fakehttpserver.h"
#include "renderer.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;

namespace {

QByteArray renderWithPromenade(const QString &folder)
{
    Kustomize::Renderer renderer;
    auto yaml = renderer.renderYaml(folder);
    return yaml ? *yaml : QByteArray("error: ") + yaml.error().toString().toUtf8();
}

QByteArray renderWithKubectl(const QString &folder)
{
    const auto r
        = TestSupport::runProcess(TestSupport::kubectl(), {QStringLiteral("kustomize"), folder});
    return r.exitCode == 0 ? r.out : QByteArray("kubectl failed: ") + r.err;
}

// The lines `git diff -U0` shows removed and added between two revisions.
std::pair<QStringList, QStringList> changedLines(const QString &repo, const QString &from,
                                                 const QString &to, QString *files)
{
    const auto diff
        = TestSupport::git(repo, {QStringLiteral("diff"), QStringLiteral("-U0"), from, to});
    QStringList removed, added;
    for (const QByteArray &line : diff.out.split('\n')) {
        if (line.startsWith("+++ ") || line.startsWith("--- ")) {
            *files += QString::fromUtf8(line) + u'\n';
            continue;
        }
        if (line.startsWith('-'))
            removed << QString::fromUtf8(line.mid(1));
        else if (line.startsWith('+'))
            added << QString::fromUtf8(line.mid(1));
    }
    return {removed, added};
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

// What discovery says the environment runs of the app (its tag) or of the chart (its version).
QString declaredVersion(const QString &repo, const QString &env, const QString &name, bool chart)
{
    const auto pipeline = RepositoryDiscovery::discover(repo);
    const Environment *e = pipeline ? pipeline->environment(env) : nullptr;
    if (!e)
        return QStringLiteral("(no environment %1)").arg(env);
    if (chart) {
        for (const InfrastructureComponent &c : e->infrastructure) {
            if (c.name == name)
                return c.version;
        }
        return {};
    }
    const DeclaredImage *image = e->imageFor(name);
    return image ? image->tag : QString();
}

} // namespace

// Every pin form of tests/data/pin-forms, end to end through the command line: promote, then
// `git diff -U0` shows only the version's bytes; the target renders the promoted version (the
// stored `kubectl kustomize` output, and kubectl itself when present); history lists the
// commit; rollback renders the target as it was, byte for byte.
class TestPinForms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_count = 0;
    TestSupport::FakeHttpServer m_registry; // an OCI chart registry's tags list
    QStringList m_chartTags {QStringLiteral("v1.15.3"), QStringLiteral("v1.15.4"),
                             QStringLiteral("v1.16.2")};

    // A fixture's repo as a fresh Git repository with one commit on main.
    QString repository(const QString &fixture, const QByteArray &promenadeYamlExtra = {},
                       const QString &edit = {}, const QByteArray &old = {},
                       const QByteArray &replacement = {})
    {
        const QString repo = m_scratch.filePath(QStringLiteral("r%1").arg(++m_count));
        if (!TestSupport::copyTree(fixture, repo))
            return {};
        if (!edit.isEmpty()) {
            QByteArray text = TestSupport::readFile(QDir(repo).filePath(edit));
            if (!text.contains(old))
                return {};
            if (!TestSupport::writeFile(QDir(repo).filePath(edit), text.replace(old, replacement)))
                return {};
        }
        if (!promenadeYamlExtra.isEmpty()) {
            QFile config(QDir(repo).filePath(QStringLiteral("promenade.yaml")));
            if (!config.open(QIODevice::Append))
                return {};
            config.write(promenadeYamlExtra);
        }
        TestSupport::git(repo,
                         {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                          QStringLiteral("main")});
        TestSupport::git(repo,
                         {QStringLiteral("config"), QStringLiteral("user.name"),
                          QStringLiteral("Release Manager")});
        TestSupport::git(repo,
                         {QStringLiteral("config"), QStringLiteral("user.email"),
                          QStringLiteral("rm@example.invalid")});
        TestSupport::git(repo, {QStringLiteral("add"), QStringLiteral("-A")});
        const auto c = TestSupport::git(repo,
                                        {QStringLiteral("commit"), QStringLiteral("-q"),
                                         QStringLiteral("-m"), QStringLiteral("The fixture")});
        return c.exitCode == 0 ? repo : QString();
    }

    QByteArray registryEndpoints() const
    {
        return QStringLiteral("endpoints:\n  registries:\n    quay.io: http://127.0.0.1:%1\n")
            .arg(m_registry.port())
            .toUtf8();
    }

    TestSupport::ProcessResult promenade(const QStringList &arguments)
    {
        return TestSupport::runPromenadeServing(arguments,
                                                QProcessEnvironment::systemEnvironment());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_registry.setHandler([this](const TestSupport::FakeRequest &request) {
            if (request.path == QLatin1String("/v2/jetstack/charts/cert-manager/tags/list")) {
                QJsonObject body {
                    {QStringLiteral("name"), QStringLiteral("jetstack/charts/cert-manager")},
                    {QStringLiteral("tags"), QJsonArray::fromStringList(m_chartTags)}};
                return TestSupport::FakeResponse::json(QJsonDocument(body));
            }
            if (request.path == QLatin1String("/charts/index.yaml")) {
                // A Helm repository index, as `helm repo index` writes it.
                QByteArray index = "apiVersion: v1\nentries:\n  cert-manager:\n";
                for (const QString &tag : std::as_const(m_chartTags))
                    index += "  - name: cert-manager\n    version: " + tag.toUtf8()
                        + "\n    urls:\n    - charts/cert-manager-" + tag.toUtf8() + ".tgz\n";
                index += "generated: \"2026-12-01T00:00:00Z\"\n";
                TestSupport::FakeResponse response = TestSupport::FakeResponse::text(index, 200);
                response.contentType = "application/x-yaml";
                return response;
            }
            if (request.path == QLatin1String("/podinfo/index.yaml")) {
                QByteArray index = "apiVersion: v1\nentries:\n  podinfo:\n";
                for (const char *v : {"6.6.3", "6.7.0", "6.7.1"})
                    index += QByteArray("  - name: podinfo\n    version: ") + v
                        + "\n    urls:\n    - podinfo-" + v + ".tgz\n";
                TestSupport::FakeResponse response = TestSupport::FakeResponse::text(index, 200);
                response.contentType = "application/x-yaml";
                return response;
            }
            if (request.path == QLatin1String("/v2/") || request.path == QLatin1String("/v2"))
                return TestSupport::FakeResponse::json(QByteArray("{}"));
            return TestSupport::FakeResponse::json(
                QByteArray(R"({"errors":[{"code":"NAME_UNKNOWN","message":"unknown"}]})"), 404);
        });
        QVERIFY(m_registry.listen());
    }

    void promoteAndRollBack_data()
    {
        QTest::addColumn<QString>("form");
        const QDir forms(TestSupport::dataPath(QStringLiteral("pin-forms")));
        for (const QString &form : forms.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(form)) << form;
        QVERIFY(forms.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 9);
    }

    void promoteAndRollBack()
    {
        QFETCH(QString, form);
        const QString fixture = TestSupport::dataPath(QStringLiteral("pin-forms/%1").arg(form));
        const QJsonObject c
            = QJsonDocument::fromJson(TestSupport::readFile(fixture + QStringLiteral("/case.json")))
                  .object();
        const QString app = c.value(QStringLiteral("app")).toString();
        const QString from = c.value(QStringLiteral("from")).toString();
        const QString to = c.value(QStringLiteral("to")).toString();
        const QString target = c.value(QStringLiteral("target")).toString();
        const QString file = c.value(QStringLiteral("file")).toString();
        const QString oldVersion = c.value(QStringLiteral("fromVersion")).toString();
        const QString newVersion = c.value(QStringLiteral("toVersion")).toString();
        const bool chart = c.value(QStringLiteral("chart")).toBool();
        // A Helm source is not rendered by kustomize (nor by Promenade): no stored renders.
        const bool render = c.value(QStringLiteral("render")).toBool(true);
        const QByteArray before
            = TestSupport::readFile(fixture + QStringLiteral("/rendered/before.yaml"));
        const QByteArray after
            = TestSupport::readFile(fixture + QStringLiteral("/rendered/after.yaml"));
        QVERIFY(!render || (!before.isEmpty() && !after.isEmpty()));

        const QString repo = repository(fixture + QStringLiteral("/repo"),
                                        chart ? registryEndpoints() : QByteArray());
        QVERIFY(!repo.isEmpty());
        const QString overlay = QDir(repo).filePath(target);
        // The stored reference is what kubectl renders of the fixture, and so is Promenade.
        const bool haveKubectl = !TestSupport::kubectl().isEmpty();
        if (render) {
            QCOMPARE(renderWithPromenade(overlay), before);
            if (haveKubectl)
                QCOMPARE(renderWithKubectl(overlay), before);
        }
        QCOMPARE(declaredVersion(repo, to, app, chart), oldVersion);

        // Promote: one commit, only the version's bytes.
        auto r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"), app,
                            QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                            QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains(QByteArray(QByteArray("  file:     ") + file.toUtf8())),
                 r.out.constData());
        if (chart)
            QVERIFY2(r.out.contains("✓ Chart version exists"), r.out.constData());
        // The plan showed what the target will deploy differently (overrides and chart
        // versions included), not "nothing".
        QVERIFY2(r.out.contains("will deploy differently:\n"), r.out.constData());
        QVERIFY2(!r.out.contains("nothing (the rendered manifests are the same)"),
                 r.out.constData());
        QString files;
        const auto [removed, added]
            = changedLines(repo, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(removed, strings(c.value(QStringLiteral("removed"))));
        QCOMPARE(added, strings(c.value(QStringLiteral("added"))));
        QCOMPARE(files, QStringLiteral("--- a/%1\n+++ b/%1\n").arg(file));
        for (qsizetype i = 0; i < removed.size(); ++i)
            QCOMPARE(QString(removed.at(i)).replace(oldVersion, newVersion), added.at(i));

        // The target renders the promoted version: kubectl's stored output, and kubectl's own.
        if (render) {
            QCOMPARE(renderWithPromenade(overlay), after);
            if (haveKubectl)
                QCOMPARE(renderWithKubectl(overlay), after);
        }
        QCOMPARE(declaredVersion(repo, to, app, chart), newVersion);
        // What Promenade says the target deploys (Image Updater's override applied on top).
        auto pipeline = RepositoryDiscovery::discover(repo);
        QVERIFY(pipeline);
        auto deployed
            = Diff::EnvironmentComparison::render(*pipeline, to, chart ? QString() : app, chart);
        QVERIFY2(deployed, qPrintable(deployed ? QString() : deployed.error().toString()));
        const QString lanes = QStringList(deployed->values()).join(u'\n');
        QVERIFY2(lanes.contains(newVersion), qPrintable(lanes));
        QVERIFY2(!lanes.contains(u':' + oldVersion) && !lanes.contains(u' ' + oldVersion + u'\n'),
                 qPrintable(lanes));

        // The history lists the promotion.
        const QString promoted = QString::fromUtf8(
            TestSupport::git(
                repo,
                {QStringLiteral("rev-parse"), QStringLiteral("--short=7"), QStringLiteral("HEAD")})
                .out.trimmed());
        const auto history = promenade({QStringLiteral("history"), repo});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        QVERIFY2(history.out.contains(promoted.toUtf8()), history.out.constData());

        // Roll back by version: the render is the original, byte for byte.
        r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--app"), app,
                       QStringLiteral("--env"), to, QStringLiteral("--tag"), oldVersion,
                       QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        if (render) {
            QCOMPARE(renderWithPromenade(overlay), before);
            if (haveKubectl)
                QCOMPARE(renderWithKubectl(overlay), before);
        }
        const auto back = TestSupport::git(
            repo, {QStringLiteral("diff"), QStringLiteral("HEAD~2"), QStringLiteral("HEAD")});
        QCOMPARE(back.out, QByteArray());
        QCOMPARE(declaredVersion(repo, to, app, chart), oldVersion);
        PROMENADE_REQUIRE_TOOL(haveKubectl, "kubectl (with kustomize) is not installed");
    }

    void revertingThePromotionRestoresTheRender_data() { promoteAndRollBack_data(); }

    // Rollback by reverting the promotion's commit works for every form too.
    void revertingThePromotionRestoresTheRender()
    {
        QFETCH(QString, form);
        const QString fixture = TestSupport::dataPath(QStringLiteral("pin-forms/%1").arg(form));
        const QJsonObject c
            = QJsonDocument::fromJson(TestSupport::readFile(fixture + QStringLiteral("/case.json")))
                  .object();
        const bool chart = c.value(QStringLiteral("chart")).toBool();
        const QString repo = repository(fixture + QStringLiteral("/repo"),
                                        chart ? registryEndpoints() : QByteArray());
        QVERIFY(!repo.isEmpty());
        const QString overlay = QDir(repo).filePath(c.value(QStringLiteral("target")).toString());
        auto r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                            c.value(QStringLiteral("app")).toString(), QStringLiteral("--from"),
                            c.value(QStringLiteral("from")).toString(), QStringLiteral("--to"),
                            c.value(QStringLiteral("to")).toString(), QStringLiteral("--commit"),
                            QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const bool render = c.value(QStringLiteral("render")).toBool(true);
        if (render)
            QCOMPARE(renderWithPromenade(overlay),
                     TestSupport::readFile(fixture + QStringLiteral("/rendered/after.yaml")));
        const QString promoted = QString::fromUtf8(
            TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})
                .out.trimmed());
        r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--revert"), promoted,
                       QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        if (render)
            QCOMPARE(renderWithPromenade(overlay),
                     TestSupport::readFile(fixture + QStringLiteral("/rendered/before.yaml")));
        QCOMPARE(
            TestSupport::git(
                repo, {QStringLiteral("diff"), QStringLiteral("HEAD~2"), QStringLiteral("HEAD")})
                .out,
            QByteArray());
        const QByteArray message = TestSupport::git(repo,
                                                    {QStringLiteral("log"), QStringLiteral("-1"),
                                                     QStringLiteral("--format=%B")})
                                       .out;
        QVERIFY2(
            message.contains(QByteArray(QByteArray("Promenade-Reverts: ") + promoted.toUtf8())),
            message.constData());
    }

    void aChartVersionTheRegistryDoesNotHoldIsRefused()
    {
        const QString repo = repository(
            TestSupport::dataPath(QStringLiteral("pin-forms/chart-target-revision/repo")),
            registryEndpoints());
        QVERIFY(!repo.isEmpty());
        const QString head = QString::fromUtf8(
            TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out);
        const auto r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--app"),
                                  QStringLiteral("cert-manager"), QStringLiteral("--env"),
                                  QStringLiteral("production"), QStringLiteral("--tag"),
                                  QStringLiteral("v1.9.9"), QStringLiteral("--commit"),
                                  QStringLiteral("--yes")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.out.contains("✗ Chart version exists"), r.out.constData());
        QVERIFY2(r.out.contains("has no version v1.9.9"), r.out.constData());
        QCOMPARE(
            QString::fromUtf8(
                TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out),
            head);
        QCOMPARE(
            TestSupport::git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
            QByteArray());
    }

    void aChartRepositoryThatCannotBeAskedIsNotASilentPass()
    {
        // No registry mapping: quay.io itself would be asked; an unreachable mirror instead.
        const QString repo = repository(
            TestSupport::dataPath(QStringLiteral("pin-forms/chart-target-revision/repo")),
            "endpoints:\n  registries:\n    quay.io: http://127.0.0.1:9\n");
        QVERIFY(!repo.isEmpty());
        const auto r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                                  QStringLiteral("cert-manager"), QStringLiteral("--from"),
                                  QStringLiteral("staging"), QStringLiteral("--to"),
                                  QStringLiteral("production"), QStringLiteral("--dry-run")});
        QVERIFY2(r.out.contains("? Chart version exists: could not check"), r.out.constData());
        QVERIFY2(r.out.contains("? Source healthy and synced: could not check"), r.out.constData());
    }

    void anImagesEntryIsAddedWhereTheTargetPinsNothing()
    {
        const QString repo = m_scratch.filePath(QStringLiteral("unpinned"));
        QVERIFY(TestSupport::copyTree(
            TestSupport::dataPath(QStringLiteral("pin-forms/images-entry/repo")), repo));
        QVERIFY(TestSupport::writeFile(
            repo + QStringLiteral("/apps/web/overlays/production/kustomization.yaml"),
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
            "namespace: web-production\nresources:\n  - ../../base\n"));
        const QString copy = repository(repo);
        QVERIFY(!copy.isEmpty());
        QCOMPARE(declaredVersion(copy, QStringLiteral("production"), QStringLiteral("web"), false),
                 QStringLiteral("1.0.0"));
        const auto r = promenade(
            {QStringLiteral("promote"), copy, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("production"), QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("production pins no version of web of its own"), r.out.constData());
        QVERIFY2(r.out.contains("an images: entry for ghcr.io/acme/web is added"),
                 r.out.constData());
        QString files;
        const auto [removed, added]
            = changedLines(copy, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(removed, QStringList());
        QCOMPARE(
            added,
            (QStringList {QStringLiteral("images:"), QStringLiteral("  - name: ghcr.io/acme/web"),
                          QStringLiteral("    newTag: 1.2.0")}));
        const QString overlay = copy + QStringLiteral("/apps/web/overlays/production");
        QVERIFY(renderWithPromenade(overlay).contains("image: ghcr.io/acme/web:1.2.0"));
        if (!TestSupport::kubectl().isEmpty())
            QCOMPARE(renderWithKubectl(overlay), renderWithPromenade(overlay));
    }

    void aSharedChartVersionGetsAPatchInTheTargetsOverlay()
    {
        // The layout corpus's cert-manager: development and staging read the base's version. Its
        // chart repository (an HTTP index.yaml) is served here.
        const QString repo = repository(
            TestSupport::dataPath(QStringLiteral("repositories/cert-manager-infrastructure")), {},
            QStringLiteral("infrastructure/base/cert-manager/application.yaml"),
            "https://charts.jetstack.io",
            m_registry.url(QStringLiteral("/charts")).toString().toUtf8());
        QVERIFY(!repo.isEmpty());
        const QString staging = repo + QStringLiteral("/infrastructure/overlays/staging");
        const QString development = repo + QStringLiteral("/infrastructure/overlays/development");
        const QByteArray developmentBefore = renderWithPromenade(development);
        m_chartTags << QStringLiteral("v1.15.4");
        const auto r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--app"),
                                  QStringLiteral("cert-manager"), QStringLiteral("--env"),
                                  QStringLiteral("staging"), QStringLiteral("--tag"),
                                  QStringLiteral("v1.15.4"), QStringLiteral("--commit"),
                                  QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("which other environments share"), r.out.constData());
        QVERIFY2(r.out.contains("✓ Chart version exists"), r.out.constData());
        QString files;
        changedLines(repo, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(files,
                 QStringLiteral("--- a/infrastructure/overlays/staging/kustomization.yaml\n"
                                "+++ b/infrastructure/overlays/staging/kustomization.yaml\n"));
        const QByteArray rendered = renderWithPromenade(staging);
        QVERIFY2(rendered.contains("targetRevision: v1.15.4"), rendered.constData());
        QCOMPARE(renderWithPromenade(development), developmentBefore);
        QCOMPARE(
            declaredVersion(repo, QStringLiteral("staging"), QStringLiteral("cert-manager"), true),
            QStringLiteral("v1.15.4"));
        QCOMPARE(declaredVersion(repo, QStringLiteral("development"),
                                 QStringLiteral("cert-manager"), true),
                 QStringLiteral("v1.16.2"));
        if (!TestSupport::kubectl().isEmpty())
            QCOMPARE(renderWithKubectl(staging), rendered);
    }

    // Image Updater's Helm write-back in block style (goyaml.v3's, development's file): a
    // rollback edits the image.tag parameter's value alone, and discovery reads it back.
    void imageUpdaterHelmParametersInBlockStyle()
    {
        const QString repo = repository(
            TestSupport::dataPath(QStringLiteral("pin-forms/image-updater-helm/repo")));
        QVERIFY(!repo.isEmpty());
        QCOMPARE(declaredVersion(repo, QStringLiteral("development"), QStringLiteral("web"), false),
                 QStringLiteral("1.3.0"));
        const auto r = promenade(
            {QStringLiteral("rollback"), repo, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--env"), QStringLiteral("development"), QStringLiteral("--tag"),
             QStringLiteral("1.2.0"), QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("  pin:      image-updater helm.parameters[name=image.tag].value"),
                 r.out.constData());
        QString files;
        const auto [removed, added]
            = changedLines(repo, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(files,
                 QStringLiteral("--- a/charts/web/.argocd-source-web-development.yaml\n"
                                "+++ b/charts/web/.argocd-source-web-development.yaml\n"));
        QCOMPARE(removed, QStringList {QStringLiteral("    value: 1.3.0")});
        QCOMPARE(added, QStringList {QStringLiteral("    value: 1.2.0")});
        QCOMPARE(declaredVersion(repo, QStringLiteral("development"), QStringLiteral("web"), false),
                 QStringLiteral("1.2.0"));
        // The chart's values are not what runs: they stay as they were.
        QCOMPARE(TestSupport::readFile(repo + QStringLiteral("/charts/web/values.yaml")),
                 TestSupport::readFile(TestSupport::dataPath(
                     QStringLiteral("pin-forms/image-updater-helm/repo/charts/web/values.yaml"))));
    }

    // An app deployed as a chart (argocd-multisource-helm-values: podinfo's chart pinned in each
    // environment's multi-source Application, its image in each environment's values file) and
    // its chart repository served here. Nothing of it renders with kustomize: the file's bytes,
    // the diff, discovery, history and the revert are what can be asserted.
    QString podinfoRepository(const QByteArray &prodTag = {})
    {
        const QString copy = m_scratch.filePath(QStringLiteral("podinfo%1").arg(++m_count));
        if (!TestSupport::copyTree(TestSupport::dataPath(QStringLiteral(
                                       "repositories/argocd-multisource-helm-values")),
                                   copy))
            return {};
        const QByteArray served = m_registry.url(QStringLiteral("/podinfo")).toString().toUtf8();
        for (const char *env : {"dev", "staging", "prod"}) {
            const QString file
                = copy + QStringLiteral("/argocd/podinfo-%1.yaml").arg(QLatin1String(env));
            QByteArray text = TestSupport::readFile(file);
            if (!TestSupport::writeFile(
                    file, text.replace("https://stefanprodan.github.io/podinfo", served)))
                return {};
        }
        if (!prodTag.isEmpty()) {
            const QString values = copy + QStringLiteral("/environments/prod/values.yaml");
            QByteArray text = TestSupport::readFile(values);
            if (!TestSupport::writeFile(
                    values, text.replace("tag: \"6.6.3\"", QByteArray("tag: \"" + prodTag + '"'))))
                return {};
        }
        return repository(copy);
    }

    // The chart's version differs (and the values' image too): both are promoted, in the same
    // commit, each file's version bytes alone; the plan says so.
    void anAppDeployedAsAChartPromotesItsChartAndImage()
    {
        const QString repo = podinfoRepository();
        QVERIFY(!repo.isEmpty());
        const auto r = promenade(
            {QStringLiteral("promote"), repo, QStringLiteral("--app"), QStringLiteral("podinfo"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("prod"), QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("both are promoted, the chart 6.6.3 → 6.7.1"), r.out.constData());
        QVERIFY2(r.out.contains("the image 6.6.3 → 6.7.0"), r.out.constData());
        QVERIFY2(r.out.contains("will deploy differently:\n"), r.out.constData());
        QVERIFY2(r.out.contains("✓ Chart version exists"), r.out.constData());
        QString files;
        const auto [removed, added]
            = changedLines(repo, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(files,
                 QStringLiteral("--- a/argocd/podinfo-prod.yaml\n+++ b/argocd/podinfo-prod.yaml\n"
                                "--- a/environments/prod/values.yaml\n"
                                "+++ b/environments/prod/values.yaml\n"));
        QCOMPARE(removed,
                 (QStringList {QStringLiteral("      targetRevision: 6.6.3"),
                               QStringLiteral("  tag: \"6.6.3\"")}));
        QCOMPARE(added,
                 (QStringList {QStringLiteral("      targetRevision: 6.7.1"),
                               QStringLiteral("  tag: \"6.7.0\"")}));
        auto pipeline = RepositoryDiscovery::discover(repo);
        QVERIFY(pipeline);
        const DeclaredImage *prod
            = pipeline->environment(QStringLiteral("prod"))->imageFor(QStringLiteral("podinfo"));
        QVERIFY(prod);
        QCOMPARE(prod->chartVersion, QStringLiteral("6.7.1"));
        QCOMPARE(prod->tag, QStringLiteral("6.7.0"));

        const QString promoted = QString::fromUtf8(
            TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})
                .out.trimmed());
        const auto history = promenade({QStringLiteral("history"), repo});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        QVERIFY2(history.out.contains(promoted.left(7).toUtf8()), history.out.constData());

        // Reverting the commit restores both files byte for byte.
        const auto back = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--revert"),
                                     promoted, QStringLiteral("--yes")});
        QVERIFY2(back.exitCode == 0, QByteArray(back.out + back.err).constData());
        QCOMPARE(
            TestSupport::git(
                repo, {QStringLiteral("diff"), QStringLiteral("HEAD~2"), QStringLiteral("HEAD")})
                .out,
            QByteArray());
    }

    // A Helm chart folder deployed per environment whose target has no write-back file (no pin
    // of its own, no kustomization to add an entry to): refused with where to pin it, nothing
    // changed.
    void aHelmSourceThatPinsNothingOfItsOwnSaysWhereToPin()
    {
        const QString copy = m_scratch.filePath(QStringLiteral("helm-unpinned"));
        QVERIFY(TestSupport::copyTree(
            TestSupport::dataPath(QStringLiteral("pin-forms/image-updater-helm-spec/repo")), copy));
        QVERIFY(
            QFile::remove(copy + QStringLiteral("/charts/web/.argocd-source-web-staging.yaml")));
        const QString repo = repository(copy);
        QVERIFY(!repo.isEmpty());
        const auto r = promenade(
            {QStringLiteral("promote"), repo, QStringLiteral("--app"), QStringLiteral("web"),
             QStringLiteral("--from"), QStringLiteral("development"), QStringLiteral("--to"),
             QStringLiteral("staging"), QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("staging pins no version of web of its own"), r.err.constData());
        QVERIFY2(r.err.contains("charts/web/.argocd-source-web-staging.yaml"), r.err.constData());
        QCOMPARE(TestSupport::git(repo,
                                  {QStringLiteral("rev-list"), QStringLiteral("--count"),
                                   QStringLiteral("HEAD")})
                     .out.trimmed(),
                 QByteArray("1"));
        QCOMPARE(
            TestSupport::git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
            QByteArray());
    }

    // `rollback --tag` of an app deployed as a chart rolls back the pin it is promoted by, its
    // chart's version (the values' image stays, and the plan says so); without --tag, to the
    // chart version the history shows before; history lists both commits.
    void rollingBackAnAppDeployedAsAChartSetsItsChartVersion()
    {
        const QString repo = podinfoRepository("6.7.0");
        QVERIFY(!repo.isEmpty());
        auto r = promenade(
            {QStringLiteral("promote"), repo, QStringLiteral("--app"), QStringLiteral("podinfo"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("prod"), QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QByteArray promotedTree
            = TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")})
                  .out;

        r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--app"),
                       QStringLiteral("podinfo"), QStringLiteral("--env"), QStringLiteral("prod"),
                       QStringLiteral("--tag"), QStringLiteral("6.6.3"), QStringLiteral("--commit"),
                       QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("  pin:      chart-version spec.sources[0].targetRevision"),
                 r.out.constData());
        QVERIFY2(r.out.contains("its chart's version is rolled back (6.7.1 → 6.6.3)"),
                 r.out.constData());
        QVERIFY2(r.out.contains("✓ Chart version exists"), r.out.constData());
        QString files;
        auto [removed, added]
            = changedLines(repo, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(
            files,
            QStringLiteral("--- a/argocd/podinfo-prod.yaml\n+++ b/argocd/podinfo-prod.yaml\n"));
        QCOMPARE(removed, QStringList {QStringLiteral("      targetRevision: 6.7.1")});
        QCOMPARE(added, QStringList {QStringLiteral("      targetRevision: 6.6.3")});
        // The tree is the fixture's again: the promotion is undone byte for byte.
        QCOMPARE(
            TestSupport::git(
                repo, {QStringLiteral("diff"), QStringLiteral("HEAD~2"), QStringLiteral("HEAD")})
                .out,
            QByteArray());
        auto pipeline = RepositoryDiscovery::discover(repo);
        QVERIFY(pipeline);
        const DeclaredImage *prod
            = pipeline->environment(QStringLiteral("prod"))->imageFor(QStringLiteral("podinfo"));
        QVERIFY(prod);
        QCOMPARE(prod->chartVersion, QStringLiteral("6.6.3"));
        QCOMPARE(prod->tag, QStringLiteral("6.7.0"));
        const QByteArray rolledBack
            = TestSupport::git(repo,
                               {QStringLiteral("rev-parse"), QStringLiteral("--short=7"),
                                QStringLiteral("HEAD")})
                  .out.trimmed();
        const auto history = promenade({QStringLiteral("history"), repo});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        QVERIFY2(history.out.contains(rolledBack), history.out.constData());

        // Without --tag: the chart version prod ran before (6.7.1, from the history).
        r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--app"),
                       QStringLiteral("podinfo"), QStringLiteral("--env"), QStringLiteral("prod"),
                       QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(
            TestSupport::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")})
                .out,
            promotedTree);
    }

    // The chart's version differs, the image does not: only the chart moves.
    void anAppDeployedAsAChartPromotesOnlyItsChartWhenOnlyItDiffers()
    {
        const QString repo = podinfoRepository("6.7.0");
        QVERIFY(!repo.isEmpty());
        const auto r = promenade(
            {QStringLiteral("promote"), repo, QStringLiteral("--app"), QStringLiteral("podinfo"),
             QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
             QStringLiteral("prod"), QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("the chart's version is promoted; the image its values set is "
                                "the same in both"),
                 r.out.constData());
        QVERIFY2(r.out.contains("  pin:      chart-version spec.sources[0].targetRevision"),
                 r.out.constData());
        QString files;
        const auto [removed, added]
            = changedLines(repo, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(
            files,
            QStringLiteral("--- a/argocd/podinfo-prod.yaml\n+++ b/argocd/podinfo-prod.yaml\n"));
        QCOMPARE(removed, QStringList {QStringLiteral("      targetRevision: 6.6.3")});
        QCOMPARE(added, QStringList {QStringLiteral("      targetRevision: 6.7.1")});
    }

    // The chart is the same, the image differs: the values' image is promoted, as before.
    void anAppDeployedAsAChartPromotesItsImageWhenOnlyItDiffers()
    {
        const QString repo = podinfoRepository();
        QVERIFY(!repo.isEmpty());
        const auto r = promenade(
            {QStringLiteral("promote"), repo, QStringLiteral("--app"), QStringLiteral("podinfo"),
             QStringLiteral("--from"), QStringLiteral("dev"), QStringLiteral("--to"),
             QStringLiteral("staging"), QStringLiteral("--commit"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("podinfo's chart is the same in dev and staging (6.7.1): the "
                                "image its values set is promoted."),
                 r.out.constData());
        QString files;
        const auto [removed, added]
            = changedLines(repo, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(files,
                 QStringLiteral("--- a/environments/staging/values.yaml\n"
                                "+++ b/environments/staging/values.yaml\n"));
        QCOMPARE(removed, QStringList {QStringLiteral("  tag: \"6.7.0\"")});
        QCOMPARE(added, QStringList {QStringLiteral("  tag: \"6.7.1\"")});
    }

    // A multi-source Application whose chart version every environment reads from the base: a
    // JSON 6902 patch in the target's overlay replaces that source's targetRevision alone; a
    // second promotion edits the patch's value in place.
    void aSharedMultiSourceChartVersionGetsAJsonPatch()
    {
        const QString copy = m_scratch.filePath(QStringLiteral("multisource"));
        QVERIFY(TestSupport::copyTree(
            TestSupport::dataPath(QStringLiteral("repositories/cert-manager-infrastructure")),
            copy));
        const QByteArray chartRepository
            = m_registry.url(QStringLiteral("/charts")).toString().toUtf8();
        QVERIFY(TestSupport::writeFile(
            copy + QStringLiteral("/infrastructure/base/cert-manager/application.yaml"),
            "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: cert-manager\n"
            "  namespace: argocd\nspec:\n  project: default\n  sources:\n"
            "    - repoURL: "
                + chartRepository
                + "\n      chart: cert-manager\n"
                  "      targetRevision: v1.16.2\n      helm:\n        valueFiles:\n"
                  "          - $values/infrastructure/values/cert-manager.yaml\n"
                  "    - repoURL: https://git.example.com/home/infrastructure.git\n"
                  "      targetRevision: main\n      ref: values\n"
                  "  destination:\n    server: https://kubernetes.default.svc\n"
                  "    namespace: cert-manager\n"));
        QVERIFY(TestSupport::writeFile(
            copy + QStringLiteral("/infrastructure/values/cert-manager.yaml"),
            "crds:\n  enabled: true\n"));
        QVERIFY(TestSupport::writeFile(
            copy + QStringLiteral("/infrastructure/overlays/production/kustomization.yaml"),
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
            "  - ../../base/cert-manager\n  - letsencrypt-prod.yaml\n"));
        QVERIFY(QFile::remove(
            copy
            + QStringLiteral("/infrastructure/overlays/production/cert-manager-version.yaml")));
        const QString repo = repository(copy);
        QVERIFY(!repo.isEmpty());
        const QString staging = repo + QStringLiteral("/infrastructure/overlays/staging");
        const QString development = repo + QStringLiteral("/infrastructure/overlays/development");
        const QByteArray stagingBefore = renderWithPromenade(staging);
        const QByteArray developmentBefore = renderWithPromenade(development);
        QVERIFY2(stagingBefore.contains("targetRevision: v1.16.2"), stagingBefore.constData());

        auto r = promenade({QStringLiteral("rollback"), repo, QStringLiteral("--app"),
                            QStringLiteral("cert-manager"), QStringLiteral("--env"),
                            QStringLiteral("staging"), QStringLiteral("--tag"),
                            QStringLiteral("v1.15.4"), QStringLiteral("--commit"),
                            QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("which other environments share"), r.out.constData());
        QVERIFY2(r.out.contains("✓ Chart version exists"), r.out.constData());
        QString files;
        auto [removed, added]
            = changedLines(repo, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(files,
                 QStringLiteral("--- a/infrastructure/overlays/staging/kustomization.yaml\n"
                                "+++ b/infrastructure/overlays/staging/kustomization.yaml\n"));
        QCOMPARE(removed, QStringList());
        QCOMPARE(
            added,
            (QStringList {QStringLiteral("patches:"), QStringLiteral("  - target:"),
                          QStringLiteral("      kind: Application"),
                          QStringLiteral("      name: cert-manager"),
                          QStringLiteral("    patch: |-"), QStringLiteral("      - op: replace"),
                          QStringLiteral("        path: /spec/sources/0/targetRevision"),
                          QStringLiteral("        value: v1.15.4")}));
        const QByteArray rendered = renderWithPromenade(staging);
        QCOMPARE(QByteArray(rendered).replace("targetRevision: v1.15.4", "targetRevision: v1.16.2"),
                 stagingBefore);
        QCOMPARE(renderWithPromenade(development), developmentBefore);
        QCOMPARE(
            declaredVersion(repo, QStringLiteral("staging"), QStringLiteral("cert-manager"), true),
            QStringLiteral("v1.15.4"));
        QCOMPARE(declaredVersion(repo, QStringLiteral("development"),
                                 QStringLiteral("cert-manager"), true),
                 QStringLiteral("v1.16.2"));
        const bool haveKubectl = !TestSupport::kubectl().isEmpty();
        if (haveKubectl)
            QCOMPARE(renderWithKubectl(staging), rendered);

        // Promoted again: the patch's value, only its bytes.
        r = promenade({QStringLiteral("promote"), repo, QStringLiteral("--app"),
                       QStringLiteral("cert-manager"), QStringLiteral("--from"),
                       QStringLiteral("development"), QStringLiteral("--to"),
                       QStringLiteral("staging"), QStringLiteral("--commit"),
                       QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        files.clear();
        std::tie(removed, added)
            = changedLines(repo, QStringLiteral("HEAD~1"), QStringLiteral("HEAD"), &files);
        QCOMPARE(removed, QStringList {QStringLiteral("        value: v1.15.4")});
        QCOMPARE(added, QStringList {QStringLiteral("        value: v1.16.2")});
        QCOMPARE(renderWithPromenade(staging), stagingBefore);
        if (haveKubectl)
            QCOMPARE(renderWithKubectl(staging), stagingBefore);
        PROMENADE_REQUIRE_TOOL(haveKubectl, "kubectl (with kustomize) is not installed");
    }
};

QTEST_GUILESS_MAIN(TestPinForms)
#include "tst_pinforms.moc"
