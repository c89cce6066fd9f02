// bench_matrixview: whether the pipeline's views stay fluid with many apps. A pipeline of N apps
// (default 300: the synthetic services of `promenade demo-repo --apps`) × 3 environments, with a
// live status for every cell, is shown in the matrix (MatrixView) and in an environment card
// (EnvironmentCard); each is scrolled frame by frame, and the matrix again while a new live
// status arrives every 10 frames (as the 2-second refresh does). Reports the first frame and
// frame times (mean, median, 95th percentile, worst).
//
//     QT_QPA_PLATFORM=offscreen bench_matrixview [APPS=300]
//     xvfb-run -a -s "-screen 0 1280x800x24" bench_matrixview [APPS=300]

#include "appmatrixmodel.h"
#include "declaredimagelistmodel.h"
#include "demoservices.h"
#include "environmentlistmodel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Promenade_UiPlugin)
Q_IMPORT_QML_PLUGIN(PromenadePlugin)

using namespace Promenade;

namespace {

const QStringList environments {QStringLiteral("development"), QStringLiteral("staging"),
                                QStringLiteral("production")};

Pipeline pipelineOf(int apps)
{
    Pipeline p;
    p.root = QStringLiteral("/bench");
    const QStringList names = Demo::Services::names(apps);
    for (const QString &name : names)
        p.apps.append({name, u"apps/" + name + u"/base", u"ghcr.io/howdiggy/" + name});
    for (const QString &env : environments) {
        Environment e;
        e.name = env;
        e.promotion = env == u"production" ? PromotionMode::PullRequest : PromotionMode::Commit;
        for (const QString &name : names) {
            const Demo::Services::Pins pins = Demo::Services::pins(name);
            const QString tag = env == u"development" ? pins.development
                : env == u"staging"                   ? pins.staging
                                                      : pins.production;
            e.images.append({name, u"ghcr.io/howdiggy/" + name, tag, {}, true});
        }
        p.environments.append(e);
    }
    return p;
}

// What the collector would report; `round` moves a few apps along (a sync in progress).
PipelineStatus statusOf(const Pipeline &pipeline, int round)
{
    PipelineStatus status;
    status.root = pipeline.root;
    for (qsizetype e = 0; e < pipeline.environments.size(); ++e) {
        const Environment &env = pipeline.environments[e];
        EnvironmentStatus es {env.name, {}, {}, {}, {}, {}};
        for (qsizetype i = 0; i < env.images.size(); ++i) {
            const DeclaredImage &image = env.images[i];
            AppStatus a;
            a.app = image.app;
            a.declared = image;
            a.runningKnown = true;
            a.runningVersion = image.tag;
            a.sync = QStringLiteral("Synced");
            a.health = QStringLiteral("Healthy");
            a.lastSynced = QDateTime::currentDateTimeUtc().addSecs(-3600 * (i % 48));
            if (e > 0 && pipeline.environments[e - 1].images[i].tag != image.tag)
                a.behind = QStringLiteral("%1 runs %2")
                               .arg(pipeline.environments[e - 1].name,
                                    pipeline.environments[e - 1].images[i].tag);
            if ((i + round) % 23 == 0) {
                a.sync = QStringLiteral("OutOfSync");
                a.health = QStringLiteral("Progressing");
                a.runningVersion = QStringLiteral("sha-0000000");
                a.drift << QStringLiteral("declares %1 but %2-%3 runs sha-0000000 (OutOfSync)")
                               .arg(image.tag, image.app, env.name);
            }
            es.apps.append(a);
        }
        status.environments.append(es);
    }
    return status;
}

bool waitForFrame(QQuickWindow *window)
{
    QEventLoop loop;
    bool swapped = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        swapped = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    return swapped;
}

struct Frames
{
    QList<double> ms;
    void print(const char *what) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        double sum = 0;
        for (double v : sorted)
            sum += v;
        std::printf("  %-58s mean %5.1f  median %5.1f  p95 %5.1f  worst %5.1f ms\n", what,
                    sum / sorted.size(), sorted[sorted.size() / 2],
                    sorted[sorted.size() * 95 / 100], sorted.last());
    }
};

// Frames while moving a flickable's contentY by `step` per frame, `count` times (from the top
// when step > 0), calling `during(i)` before each frame.
template<typename During>
Frames scroll(QQuickWindow *window, QQuickItem *flickable, qreal step, int count, During during)
{
    flickable->setProperty("contentY", 0);
    waitForFrame(window);
    Frames frames;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        during(i);
        const qreal maxY = std::max<qreal>(
            0, flickable->property("contentHeight").toReal() - flickable->height());
        qreal y = flickable->property("contentY").toReal() + step;
        if (y > maxY)
            y = 0; // wrap around: keep measuring scrolling, not a view at its end
        flickable->setProperty("contentY", y);
        waitForFrame(window);
        frames.ms << timer.nsecsElapsed() / 1e6;
    }
    return frames;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int apps = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 300;
    const Pipeline pipeline = pipelineOf(apps);
    const PipelineStatus status = statusOf(pipeline, 0);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.loadData(R"(
import QtQuick
import Promenade
import Promenade.Ui
Window {
    id: window
    width: 1280; height: 800; visible: true
    color: Theme.window
    property AppMatrixModel matrixModel: null
    property DeclaredImageListModel cardImages: null
    Loader {
        id: matrixLoader
        objectName: "matrixLoader"
        anchors.fill: parent
        anchors.margins: 24
        active: window.matrixModel !== null
        sourceComponent: MatrixView { matrix: window.matrixModel }
    }
    Loader {
        objectName: "cardLoader"
        x: 24; y: 24; width: 330; height: parent.height - 48
        active: window.cardImages !== null
        sourceComponent: EnvironmentCard {
            name: "staging"; stage: 2; clusters: ["oci-staging"]; promotion: "commit"
            appsOverlay: "apps/overlays/staging"; images: window.cardImages
        }
    }
})");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    waitForFrame(window); // an empty window first: start-up is not what is measured here

    std::printf("pipeline views: %d apps x %d environments, every cell with live status (%s)\n",
                apps, static_cast<int>(environments.size()),
                qPrintable(QGuiApplication::platformName()));

    // The matrix.
    QElapsedTimer timer;
    timer.start();
    AppMatrixModel matrix;
    matrix.setPipeline(pipeline);
    matrix.setStatus(status);
    const double modelMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    window->setProperty("matrixModel", QVariant::fromValue(&matrix));
    waitForFrame(window);
    const double matrixFirstMs = timer.nsecsElapsed() / 1e6;
    auto *table = window->findChild<QQuickItem *>(QStringLiteral("matrixTable"));
    if (!table) {
        std::fprintf(stderr, "no matrixTable\n");
        return 1;
    }
    std::printf("  matrix model (pipeline + status):      %6.1f ms\n", modelMs);
    std::printf("  matrix first frame after the model:    %6.1f ms\n", matrixFirstMs);

    const int rowHeight = 46;
    scroll(window, table, rowHeight, 300, [](int) {}).print("matrix, one row (46 px) per frame");
    scroll(window, table, 400, 200, [](int) {}).print("matrix, fast flick (400 px per frame)");
    int round = 0;
    double updateMs = 0;
    int updates = 0;
    scroll(window, table, rowHeight, 300, [&](int i) {
        if (i % 10 != 0)
            return;
        QElapsedTimer t;
        t.start();
        matrix.setStatus(statusOf(pipeline, ++round));
        updateMs += t.nsecsElapsed() / 1e6;
        ++updates;
    }).print("matrix, one row per frame, new live status every 10th");
    std::printf("  %-58s mean %5.1f ms (dataChanged, no reset)\n", "setStatus of a new live status",
                updateMs / updates);

    // Keyboard: arrow down through the table (current cell follows, view scrolls to it).
    table->forceActiveFocus();
    QMetaObject::invokeMethod(window->findChild<QQuickItem *>(QStringLiteral("matrixView")),
                              "setCurrentCell", Q_ARG(QVariant, 0), Q_ARG(QVariant, 1));
    Frames keys;
    for (int i = 0; i < 150; ++i) {
        QElapsedTimer t;
        t.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &press);
        waitForFrame(window);
        keys.ms << t.nsecsElapsed() / 1e6;
    }
    keys.print("matrix, arrow key down (current cell follows)");
    window->setProperty("matrixModel", QVariant());
    waitForFrame(window);

    // One environment card of the graph.
    EnvironmentListModel environmentsModel;
    environmentsModel.setEnvironments(pipeline.environments);
    environmentsModel.setStatus(status);
    auto *images = qobject_cast<DeclaredImageListModel *>(
        environmentsModel.data(environmentsModel.index(1), EnvironmentListModel::ImagesRole)
            .value<QObject *>());
    timer.restart();
    window->setProperty("cardImages", QVariant::fromValue(images));
    waitForFrame(window);
    std::printf("  card first frame:                      %6.1f ms\n", timer.nsecsElapsed() / 1e6);
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("imageList"));
    if (!list) {
        std::fprintf(stderr, "no imageList\n");
        return 1;
    }
    scroll(window, list, 40, 300, [](int) {}).print("graph card, 40 px per frame");
    round = 0;
    scroll(window, list, 40, 300, [&](int i) {
        if (i % 10 == 0)
            environmentsModel.setStatus(statusOf(pipeline, ++round));
    }).print("graph card, 40 px per frame, new live status every 10th");
    return 0;
}
