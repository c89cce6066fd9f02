#include "demorepository.h"
#include "pipelinedrawing.h"
#include "pipelinesvgexporter.h"
#include "repositorydiscovery.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Promenade;
using namespace Promenade::Export;

namespace {

// The texts of an SVG, in document order; fails the test when it is not well-formed XML.
QStringList svgTexts(const QByteArray &svg, QString *rootElement = nullptr)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    QString current;
    int depth = 0;
    int textDepth = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (depth == 1 && rootElement)
                *rootElement = xml.name().toString();
            if (xml.name() == u"text") {
                textDepth = depth;
                current.clear();
            }
        } else if (xml.isCharacters() && textDepth > 0) {
            current += xml.text();
        } else if (xml.isEndElement()) {
            if (depth == textDepth) {
                texts << current;
                textDepth = -1;
            }
            --depth;
        }
    }
    if (xml.hasError())
        qWarning() << "SVG is not well-formed:" << xml.errorString() << "at line"
                   << xml.lineNumber();
    return xml.hasError() ? QStringList {QStringLiteral("<invalid>")} : texts;
}

bool containsText(const QStringList &texts, const QString &needle)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString &t) { return t.contains(needle); });
}

// How much of an image is not the page colour, and how many colours it has (sampled).
std::pair<double, int> inkAndColours(const QImage &image)
{
    const QRgb page = image.pixel(2, 2);
    qint64 ink = 0;
    qint64 samples = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb p = image.pixel(x, y);
            ++samples;
            if (p != page)
                ++ink;
            colours.insert(p);
        }
    }
    return {double(ink) / double(samples), int(colours.size())};
}

} // namespace

// The pictures of the pipeline (SVG and PNG from one QPainter drawing): what they say, that
// they are well-formed and not blank, and that files are replaced atomically.
class TestPipelineSvgExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    Pipeline m_pipeline;
    PipelineStatus m_status;
    const QDateTime m_now {QDate(2024, 6, 3), QTime(14, 20), Qt::LocalTime};

private Q_SLOTS:
    void initTestCase()
    {
        const auto created
            = Demo::DemoRepository::generate(m_scratch.filePath(QStringLiteral("homelab-gitops")));
        QVERIFY(created);
        auto pipeline = RepositoryDiscovery::discover(created->workTree);
        QVERIFY(pipeline);
        m_pipeline = *pipeline;
        QCOMPARE(m_pipeline.environments.size(), 3);

        // A status as StatusCollector reports it: everything Synced and Healthy, staging's blog
        // behind development, production's signconnect out of sync, a certificate near expiry.
        m_status.root = m_pipeline.root;
        m_status.fetchedAt = m_now.addSecs(-18 * 60);
        for (const Environment &env : std::as_const(m_pipeline.environments)) {
            EnvironmentStatus e;
            e.name = env.name;
            e.clusters = env.clusters;
            for (const DeclaredImage &image : env.images) {
                AppStatus a;
                a.app = image.app;
                a.declared = image;
                a.runningKnown = true;
                a.runningVersion = image.tag;
                a.sync = QStringLiteral("Synced");
                a.health = QStringLiteral("Healthy");
                e.apps.append(a);
            }
            m_status.environments.append(e);
        }
        AppStatus &blogStaging = m_status.environments[1].apps[0];
        blogStaging.behind = QStringLiteral("development runs sha-e7d1a48");
        AppStatus &signconnectProduction = m_status.environments[2].apps[1];
        signconnectProduction.sync = QStringLiteral("OutOfSync");
        signconnectProduction.runningVersion = QStringLiteral("sha-0ld0ne");
        signconnectProduction.drift << QStringLiteral(
            "declares sha-41c07be but apps-production runs sha-0ld0ne (OutOfSync)");
        m_status.environments[2].certificates.append({QStringLiteral("oci-prod"),
                                                      QStringLiteral("web"),
                                                      QStringLiteral("paulojauregui-com-tls"),
                                                      QStringLiteral("letsencrypt-prod"),
                                                      QStringLiteral("Ready"),
                                                      m_now.addDays(5),
                                                      {},
                                                      {}});
    }

    void svgSaysWhatRunsWhere()
    {
        const PipelineDrawing drawing(
            m_pipeline, m_status, {m_status.fetchedAt, true, QStringLiteral("Argo CD unreachable")},
            m_now);
        const QByteArray svg = PipelineSvgExporter(drawing).toSvg();
        QString root;
        const QStringList texts = svgTexts(svg, &root);
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(texts.size() > 40);

        QVERIFY(containsText(texts, QStringLiteral("homelab-gitops")));
        // Environments in promotion order.
        const auto position = [&](const QString &name) {
            return texts.indexOf(name);
        };
        QVERIFY(position(QStringLiteral("development")) >= 0);
        QVERIFY(position(QStringLiteral("development")) < position(QStringLiteral("staging")));
        QVERIFY(position(QStringLiteral("staging")) < position(QStringLiteral("production")));
        for (const Environment &env : std::as_const(m_pipeline.environments)) {
            for (const QString &cluster : env.clusters)
                QVERIFY2(containsText(texts, cluster), qPrintable(cluster));
            for (const DeclaredImage &image : env.images) {
                QVERIFY2(texts.contains(image.app), qPrintable(image.app));
                QVERIFY2(texts.contains(image.version()), qPrintable(image.version()));
            }
        }
        QVERIFY(containsText(texts, QStringLiteral("Synced · Healthy")));
        QVERIFY(containsText(texts, QStringLiteral("running sha-0ld0ne · OutOfSync · Healthy")));
        QVERIFY(
            containsText(texts, QStringLiteral("ready to promote: development runs sha-e7d1a48")));
        QVERIFY(containsText(texts, QStringLiteral("declares sha-41c07be")));
        // The edge into staging names the app ready to move and its version.
        QVERIFY(containsText(texts, QStringLiteral("READY TO PROMOTE")));
        QVERIFY(texts.contains(QStringLiteral("→ sha-e7d1a48")));
        QVERIFY(texts.contains(QStringLiteral("paulojauregui-com-tls")));
        QVERIFY(containsText(
            texts, QStringLiteral("namespace web · oci-prod · issuer letsencrypt-prod · Ready")));
        QVERIFY(texts.contains(QStringLiteral("expires in 5 days")));
        QVERIFY(texts.contains(
            QStringLiteral("as of 2024-06-03 14:02 (18 min ago), cached — Argo CD unreachable")));
        // The title is the folder's name: no local path (it may show a user name).
        QVERIFY(!svg.contains(m_scratch.path().toUtf8()));
        QVERIFY(svg.contains("<title>homelab-gitops — promotion pipeline</title>"));
    }

    void declaredOnlyWithoutStatus()
    {
        const PipelineDrawing drawing(m_pipeline, std::nullopt, {}, m_now);
        const QStringList texts = svgTexts(PipelineSvgExporter(drawing).toSvg());
        QVERIFY(texts.contains(QStringLiteral("declared state only: no live status")));
        QVERIFY(texts.contains(QStringLiteral("sha-e7d1a48")));
        QVERIFY(!containsText(texts, QStringLiteral("Synced")));
        QVERIFY(!containsText(texts, QStringLiteral("not known")));
    }

    void pngIsTheDrawingAtScale()
    {
        const PipelineDrawing drawing(m_pipeline, m_status, {m_status.fetchedAt, false, {}}, m_now);
        QVERIFY(drawing.size().width() > 3 * 380);
        QVERIFY(drawing.size().height() > 300);
        for (const qreal scale : {1.0, 2.0}) {
            const QImage image = PipelineSvgExporter(drawing).toImage(scale);
            QCOMPARE(image.size(), (drawing.size() * scale).toSize());
            const auto [ink, colours] = inkAndColours(image);
            QVERIFY2(ink > 0.05, qPrintable(QString::number(ink)));
            QVERIFY2(colours > 20, qPrintable(QString::number(colours)));
        }
    }

    void filesAreWrittenAtomically()
    {
        const PipelineDrawing drawing(m_pipeline, m_status, {m_status.fetchedAt, false, {}}, m_now);
        const PipelineSvgExporter exporter(drawing);
        QTemporaryDir out;
        const QString svgPath = out.filePath(QStringLiteral("pipeline.svg"));
        QVERIFY(TestSupport::writeFile(svgPath, "old"));
        QVERIFY(exporter.writeSvg(svgPath));
        QCOMPARE(TestSupport::readFile(svgPath), exporter.toSvg());

        const QString pngPath = out.filePath(QStringLiteral("pipeline.png"));
        QVERIFY(exporter.writePng(pngPath, 1));
        QImage png;
        QVERIFY(png.load(pngPath));
        QCOMPARE(png.size(), drawing.size().toSize());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2); // no temporary file left

        const QString missing = out.filePath(QStringLiteral("no/such/folder/pipeline.svg"));
        const auto failed = exporter.writeSvg(missing);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind(), Error::Kind::NotFound);
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_MAIN(TestPipelineSvgExporter)
#include "tst_pipelinesvgexporter.moc"
