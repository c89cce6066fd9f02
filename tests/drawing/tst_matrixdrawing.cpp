#include "demorepository.h"
#include "matrixdrawing.h"
#include "pipelinedrawing.h"
#include "pipelinesvgexporter.h"
#include "repositorydiscovery.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Promenade;
using namespace Promenade::Export;

// The compact matrix for many apps (sized for a slide, "only what differs") and the cap on
// pictures too large for one.
class TestMatrixDrawing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    Pipeline m_pipeline; // 300 apps
    const QDateTime m_now {QDate(2024, 6, 3), QTime(14, 20), Qt::LocalTime};

    // Every app synced and healthy, running what its environment declares.
    PipelineStatus healthyStatus() const
    {
        PipelineStatus status;
        status.root = m_pipeline.root;
        status.fetchedAt = m_now.addSecs(-60);
        for (const Environment &env : std::as_const(m_pipeline.environments)) {
            EnvironmentStatus e;
            e.name = env.name;
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
            status.environments.append(e);
        }
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Demo::DemoRepository::Options options;
        options.apps = 300;
        const auto created = Demo::DemoRepository::generate(
            m_scratch.filePath(QStringLiteral("many-apps")), options);
        QVERIFY(created);
        auto pipeline = RepositoryDiscovery::discover(created->workTree);
        QVERIFY(pipeline);
        m_pipeline = *pipeline;
        QCOMPARE(m_pipeline.environments.size(), 3);
    }

    // 300 apps as cards: far beyond a slide, and refused as PNG with what to do instead.
    void theGraphOf300AppsIsRefusedAsPng()
    {
        const PipelineDrawing drawing(m_pipeline, healthyStatus(), {m_now.addSecs(-60)}, m_now);
        QVERIFY2(drawing.size().height() * 2 > PipelineSvgExporter::maximumSide,
                 qPrintable(QString::number(drawing.size().height())));
        const QString file = m_scratch.filePath(QStringLiteral("graph.png"));
        const auto written = PipelineSvgExporter(drawing).writePng(file, 2);
        QVERIFY(!written);
        QVERIFY2(written.error().message().contains(QStringLiteral("more than a slide can show")),
                 qPrintable(written.error().message()));
        QVERIFY(written.error().message().contains(QStringLiteral("compact matrix")));
        QVERIFY(!QFile::exists(file)); // nothing half-written
        QVERIFY(PipelineSvgExporter::tooLarge(QSize(3264, 31022)).contains(u"3264×31022"));
        QVERIFY(PipelineSvgExporter::tooLarge(QSize(3840, 2160)).isEmpty());
    }

    // The matrix of 300 apps: rows flowed into blocks, close to 16:9, within the cap at 2×.
    void theMatrixFitsASlide()
    {
        const MatrixDrawing drawing(m_pipeline, healthyStatus(), {m_now.addSecs(-60)}, {}, m_now);
        QCOMPARE(drawing.totalApps(), 300);
        QCOMPARE(drawing.apps().size(), 300);
        QVERIFY(drawing.blocks() > 1);
        const QSizeF size = drawing.size();
        const qreal ratio = size.width() / size.height();
        QVERIFY2(ratio > 1.2 && ratio < 2.4, qPrintable(QString::number(ratio)));
        QVERIFY(PipelineSvgExporter::tooLarge((size * 2).toSize()).isEmpty());
        const QImage image = PipelineSvgExporter(drawing).toImage(1);
        QCOMPARE(image.size(), size.toSize());
        // Not blank: text and dots on the page.
        int ink = 0;
        const QRgb page = image.pixel(2, 2);
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                ink += image.pixel(x, y) != page ? 1 : 0;
        }
        QVERIFY(ink > 1000);
        const QByteArray svg = PipelineSvgExporter(drawing).toSvg();
        QVERIFY(svg.contains("many-apps"));
        QVERIFY(svg.contains("production"));
    }

    // Only what differs: the apps whose environments declare different versions, or that need
    // attention; the others are left out.
    void onlyWhatDiffers()
    {
        PipelineStatus status = healthyStatus();
        const MatrixDrawing all(m_pipeline, status, {m_now}, {true}, m_now);
        QStringList expected;
        for (const QString &app : all.apps())
            expected << app;
        // Every app listed differs between its environments' declared versions.
        for (const QString &app : expected)
            QVERIFY(all.differs(app));
        QVERIFY(all.apps().size() < all.totalApps());

        // One app otherwise equal everywhere that is degraded in production is drawn too.
        QString equal;
        for (const DeclaredImage &image : std::as_const(m_pipeline.environments.first().images)) {
            if (!expected.contains(image.app)) {
                equal = image.app;
                break;
            }
        }
        QVERIFY2(!equal.isEmpty(), "the demo has apps declared alike in every environment");
        for (AppStatus &a : status.environments.last().apps) {
            if (a.app == equal)
                a.health = QStringLiteral("Degraded");
        }
        const MatrixDrawing withDegraded(m_pipeline, status, {m_now}, {true}, m_now);
        QVERIFY(withDegraded.apps().contains(equal));
        QCOMPARE(withDegraded.apps().size(), all.apps().size() + 1);
    }
};

QTEST_MAIN(TestMatrixDrawing)
#include "tst_matrixdrawing.moc"
