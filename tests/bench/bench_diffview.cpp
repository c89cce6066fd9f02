// bench_diffview: how fast the diff view shows a large rendered diff. Two 100,000-line YAML
// files with about 1 % of the lines changed are diffed (whole-file rows, intra-line changes),
// put into the view's model, and shown in a window with the view's own row delegate.
// Reports: the diff, the model, the first frame (from handing over the diff to the first
// frame on screen), and frame times while scrolling through the whole diff.
//
//     QT_QPA_PLATFORM=offscreen bench_diffview [LINES=100000] [PERCENT=1]

#include "diffrowmodel.h"
#include "textdiff.h"

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
#include <random>

Q_IMPORT_QML_PLUGIN(Promenade_UiPlugin)
Q_IMPORT_QML_PLUGIN(PromenadePlugin)

using namespace Promenade::Diff;

namespace {

QString yaml(int lines, int percent, bool changed)
{
    std::mt19937 rng(42);
    std::mt19937 change(7);
    QString out;
    out.reserve(lines * 32);
    for (int i = 0; i < lines; ++i) {
        QString line;
        switch (i % 8) {
        case 0:
            line = QStringLiteral("---");
            break;
        case 1:
            line = QStringLiteral("apiVersion: apps/v1");
            break;
        case 2:
            line = QStringLiteral("kind: Deployment");
            break;
        case 3:
            line = QStringLiteral("metadata:");
            break;
        case 4:
            line = QStringLiteral("  name: service-%1").arg(i / 8);
            break;
        case 5:
            line = QStringLiteral("spec:");
            break;
        case 6:
            line = QStringLiteral("  replicas: %1").arg(rng() % 5);
            break;
        default:
            line = QStringLiteral("  image: ghcr.io/example/service-%1:1.%2")
                       .arg(i / 8)
                       .arg(rng() % 30);
            break;
        }
        if (changed && static_cast<int>(change() % 100) < percent)
            line += QStringLiteral(" # changed");
        out += line + u'\n';
    }
    return out;
}

void waitForFrame(QQuickWindow *window)
{
    QEventLoop loop;
    QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int lines = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int percent = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 1;

    const QString left = yaml(lines, percent, false);
    const QString right = yaml(lines, percent, true);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.loadData(R"(
import QtQuick
import Promenade
Window {
    width: 1280; height: 800; visible: true
    property alias list: list
    ListView {
        id: list
        objectName: "list"
        anchors.fill: parent
        reuseItems: true
        delegate: DiffRow { width: ListView.view.width }
    }
})");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("list"));
    waitForFrame(window); // an empty window first, so that start-up is not counted

    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    FileComparison comparison;
    comparison.text = TextDiff::compare(left, right, {-1, IntraLineDiff::Granularity::Word});
    comparison.text.leftPath = comparison.text.rightPath = QStringLiteral("rendered.yaml");
    const qint64 diffMs = step.restart();
    DiffRowModel model;
    model.setFiles({comparison});
    const qint64 modelMs = step.restart();
    list->setProperty("model", QVariant::fromValue(&model));
    waitForFrame(window);
    const qint64 paintMs = step.restart();
    const qint64 firstFrameMs = total.elapsed();

    // Scroll through the whole diff in 200 jumps, one frame each; then the same with every
    // fold expanded (all 100,000 lines as rows).
    auto scroll = [&] {
        list->setProperty("contentY", 0);
        waitForFrame(window);
        QList<qint64> frames;
        for (int i = 1; i <= 200; ++i) {
            const qreal contentHeight = list->property("contentHeight").toReal();
            step.restart();
            list->setProperty("contentY", std::max<qreal>(0, contentHeight * i / 200.0 - 800));
            waitForFrame(window);
            frames << step.elapsed();
        }
        std::sort(frames.begin(), frames.end());
        return frames;
    };
    auto mean = [](const QList<qint64> &frames) {
        qint64 sum = 0;
        for (qint64 f : frames)
            sum += f;
        return double(sum) / frames.size();
    };
    // Smooth scrolling: 300 frames of 60 px from the middle of the diff (a fast wheel).
    auto glide = [&] {
        list->setProperty("contentY", list->property("contentHeight").toReal() / 2);
        waitForFrame(window);
        QList<qint64> frames;
        for (int i = 0; i < 300; ++i) {
            step.restart();
            list->setProperty("contentY", list->property("contentY").toReal() + 60);
            waitForFrame(window);
            frames << step.elapsed();
        }
        std::sort(frames.begin(), frames.end());
        return frames;
    };
    const int foldedRows = model.rowCount();
    const QList<qint64> frames = scroll();
    const QList<qint64> glideFrames = glide();
    step.restart();
    model.expandAll();
    waitForFrame(window);
    const qint64 expandMs = step.elapsed();
    const QList<qint64> expandedFrames = scroll();
    const QList<qint64> expandedGlide = glide();

    std::printf(
        "diff view: %d lines, %d %% changed: %d rows in the view (%d added, %d removed lines)\n",
        lines, percent, foldedRows, model.addedLines(), model.removedLines());
    std::printf("  diff (whole-file rows, intra-line): %lld ms\n", static_cast<long long>(diffMs));
    std::printf("  model:                              %lld ms\n", static_cast<long long>(modelMs));
    std::printf("  first frame after the model:        %lld ms\n", static_cast<long long>(paintMs));
    std::printf("  first paint (model + frame):        %lld ms  (diff included: %lld ms)\n",
                static_cast<long long>(modelMs + paintMs), static_cast<long long>(firstFrameMs));
    std::printf("  scrolling, 200 jumps through the diff: mean %.1f ms, median %lld ms, worst %lld "
                "ms per frame\n",
                mean(frames), static_cast<long long>(frames[frames.size() / 2]),
                static_cast<long long>(frames.last()));
    std::printf("  smooth scrolling, 300 frames of 60 px: mean %.1f ms, worst %lld ms per frame\n",
                mean(glideFrames), static_cast<long long>(glideFrames.last()));
    std::printf("  expand every fold (%d rows): %lld ms; scrolling then: mean %.1f ms, median %lld "
                "ms, worst %lld ms\n",
                model.rowCount(), static_cast<long long>(expandMs), mean(expandedFrames),
                static_cast<long long>(expandedFrames[expandedFrames.size() / 2]),
                static_cast<long long>(expandedFrames.last()));
    std::printf(
        "  smooth scrolling with every fold expanded: mean %.1f ms, worst %lld ms per frame\n",
        mean(expandedGlide), static_cast<long long>(expandedGlide.last()));
    return 0;
}
