#include "democontrolplane.h"
#include "demooriginmirror.h"
#include "demorepository.h"
#include "testsupport.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Promenade;

namespace {

// Every text of an SVG, joined; empty when the file is not well-formed XML or not an SVG.
QString svgText(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QString text;
    bool root = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root) {
            if (xml.name() != u"svg")
                return {};
            root = false;
        }
        if (xml.isCharacters())
            text += xml.text() + u'\n';
    }
    return xml.hasError() ? QString() : text;
}

// "Wrote FILE (PNG, 3264×1130, …)" → the size it names.
QSize sizeIn(const QByteArray &out)
{
    const auto match
        = QRegularExpression(QStringLiteral("(\\d+)×(\\d+)")).match(QString::fromUtf8(out));
    return match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
}

} // namespace

// promenade export: the pipeline as SVG or PNG without a window — on the demo repository as
// `promenade demo-repo` writes it (declared state only), then with live status from servers
// that speak Argo CD's and the registry's APIs, then offline from the cache.
class TestExportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    QString m_repo;

private Q_SLOTS:
    void initTestCase()
    {
        m_repo = m_scratch.filePath(QStringLiteral("homelab-gitops"));
        const auto created = TestSupport::runPromenade({QStringLiteral("demo-repo"), m_repo});
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    void svgOfTheDemoRepository()
    {
        const QString file = m_scratch.filePath(QStringLiteral("pipeline.svg"));
        const auto r = TestSupport::runPromenade(
            {QStringLiteral("export"), m_repo, QStringLiteral("--output"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray expected = "Wrote " + file.toUtf8() + " (SVG, ";
        QVERIFY2(r.out.startsWith(expected), r.out.constData());
        const QString text = svgText(TestSupport::readFile(file));
        QVERIFY(!text.isEmpty());
        for (const char *expected :
             {"homelab-gitops", "development", "staging", "production", "paulojauregui-com",
              "signconnect", "sha-e7d1a48", "sha-c52e9f3", "sha-41c07be", "home-dev", "oci-prod",
              "cert-manager", "declared state only: no live status"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(!TestSupport::readFile(file).contains(m_scratch.path().toUtf8()));
    }

    void pngOfTheDemoRepository()
    {
        const QString file = m_scratch.filePath(QStringLiteral("pipeline.png"));
        const auto r = TestSupport::runPromenade(
            {QStringLiteral("export"), m_repo, QStringLiteral("--output"), file,
             QStringLiteral("--scale"), QStringLiteral("1.5")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QImage image;
        QVERIFY(image.load(file));
        QCOMPARE(image.size(), sizeIn(r.out));
        QVERIFY(image.width() > 1500 && image.height() > 500);
        // Not blank: many pixels differ from the page's colour.
        const QRgb page = image.pixel(1, 1);
        int ink = 0;
        int samples = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4, ++samples)
                ink += image.pixel(x, y) != page;
        }
        QVERIFY2(ink > samples / 20, qPrintable(QStringLiteral("%1 of %2").arg(ink).arg(samples)));
    }

    void badUsage()
    {
        const QString svg = m_scratch.filePath(QStringLiteral("x.svg"));
        QCOMPARE(TestSupport::runPromenade({QStringLiteral("export"), m_repo}).exitCode, 2);
        QCOMPARE(
            TestSupport::runPromenade({QStringLiteral("export"), m_repo, QStringLiteral("--output"),
                                       m_scratch.filePath(QStringLiteral("x.pdf"))})
                .exitCode,
            2);
        QCOMPARE(
            TestSupport::runPromenade({QStringLiteral("export"), m_repo, QStringLiteral("--output"),
                                       svg, QStringLiteral("--format"), QStringLiteral("jpeg")})
                .exitCode,
            2);
        QCOMPARE(
            TestSupport::runPromenade({QStringLiteral("export"), m_repo, QStringLiteral("--output"),
                                       svg, QStringLiteral("--scale"), QStringLiteral("9")})
                .exitCode,
            2);
        // --format wins over the extension.
        const QString named = m_scratch.filePath(QStringLiteral("picture"));
        QCOMPARE(
            TestSupport::runPromenade({QStringLiteral("export"), m_repo, QStringLiteral("--output"),
                                       named, QStringLiteral("--format"), QStringLiteral("svg")})
                .exitCode,
            0);
        QVERIFY(!svgText(TestSupport::readFile(named)).isEmpty());
        // A folder that does not exist: a clear error, nothing written.
        const auto missing = TestSupport::runPromenade(
            {QStringLiteral("export"), m_repo, QStringLiteral("--output"),
             m_scratch.filePath(QStringLiteral("none/x.svg"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("the folder does not exist"), missing.err.constData());
        const auto notARepo = TestSupport::runPromenade(
            {QStringLiteral("export"), m_scratch.filePath(QStringLiteral("nothing")),
             QStringLiteral("--output"), svg});
        QVERIFY(notARepo.exitCode != 0);
        QVERIFY(!QFile::exists(svg));
    }

    void liveStatusThenOfflineFromTheCache()
    {
        QTemporaryDir scratch;
        const auto created
            = Demo::DemoRepository::generate(scratch.filePath(QStringLiteral("live")));
        QVERIFY(created);
        auto mirror = Demo::DemoOriginMirror::create(created->originPath,
                                                     scratch.filePath(QStringLiteral("mirror")));
        QVERIFY(mirror);
        auto origin = mirror->read();
        QVERIFY(origin);
        auto plane = std::make_unique<Demo::DemoControlPlane>(origin->first, origin->second,
                                                              mirror->hooks());
        plane->setTiming(100000, 50);
        QVERIFY(plane->start());
        const QByteArray config
            = TestSupport::readFile(created->workTree + QStringLiteral("/promenade.yaml"))
            + "\nendpoints:\n  argocd: " + plane->endpoints().argoCd.toString().toUtf8()
            + "\n  registries:\n    ghcr.io: " + plane->endpoints().registry.toString().toUtf8()
            + "\n";
        QVERIFY(
            TestSupport::writeFile(created->workTree + QStringLiteral("/promenade.yaml"), config));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARGOCD_AUTH_TOKEN"), plane->endpoints().argoCdToken);
        // The token is for that server (one the repository named alone would not get it).
        env.insert(QStringLiteral("ARGOCD_SERVER"),
                   QStringLiteral("%1:%2")
                       .arg(plane->endpoints().argoCd.host())
                       .arg(plane->endpoints().argoCd.port()));

        const QString live = scratch.filePath(QStringLiteral("live.svg"));
        const auto r = TestSupport::runPromenadeServing(
            {QStringLiteral("export"), created->workTree, QStringLiteral("--output"), live}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QString text = svgText(TestSupport::readFile(live));
        QVERIFY(text.contains(QStringLiteral("Synced · Healthy")));
        QVERIFY(text.contains(QStringLiteral("ready to promote: development runs sha-e7d1a48")));
        QVERIFY(text.contains(QStringLiteral("as of ")));
        QVERIFY(!text.contains(QStringLiteral("cached")));

        // The services go away: the last live status, marked as cached.
        plane.reset();
        const QString offline = scratch.filePath(QStringLiteral("offline.svg"));
        const auto o = TestSupport::runPromenadeServing(
            {QStringLiteral("export"), created->workTree, QStringLiteral("--output"), offline,
             QStringLiteral("--timeout"), QStringLiteral("3")},
            env);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        text = svgText(TestSupport::readFile(offline));
        QVERIFY(text.contains(QStringLiteral("Synced · Healthy")));
        QVERIFY2(text.contains(QStringLiteral(", cached — Argo CD, Registry unreachable")),
                 qPrintable(text.right(400)));
        QVERIFY(!TestSupport::readFile(offline).contains(
            env.value(QStringLiteral("ARGOCD_AUTH_TOKEN")).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
