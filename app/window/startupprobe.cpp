#include "startupprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (/proc/self/stat's starttime, in clock
// ticks since boot, against CLOCK_BOOTTIME): dynamic loading and static initialisation count.
double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds
        = fields.at(19).toDouble() / static_cast<double>(sysconf(_SC_CLK_TCK));
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9 - startSeconds)
        * 1000.0;
}

// A line of /proc/self/status such as "VmHWM:  143212 kB", in MiB.
double statusMebibytes(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QObject *findByClass(QObject *root, const char *className)
{
    const auto all = root->findChildren<QObject *>();
    for (QObject *o : all) {
        if (qstrcmp(o->metaObject()->className(), className) == 0)
            return o;
    }
    return nullptr;
}

} // namespace

bool StartupProbe::requested()
{
    return qEnvironmentVariableIntValue("PROMENADE_STARTUP_PROBE") == 1;
}

double StartupProbe::sinceProcessStart()
{
    return millisecondsSinceProcessStart();
}

void StartupProbe::setQmlLoad(double startMs, double endMs)
{
    m_qmlLoadMs = endMs - startMs;
    m_events.prepend({endMs, QStringLiteral("Main.qml loaded (engine.load returned)")});
    m_events.prepend({startMs, QStringLiteral("Main.qml loading (engine.load)")});
}

void StartupProbe::note(const QString &what)
{
    if (m_trace)
        m_events.append({millisecondsSinceProcessStart(), what});
}

namespace {

// The processor time this thread has used, in milliseconds.
double threadCpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

} // namespace

void StartupProbe::noteStall(qint64 gapMs)
{
    // What the GUI thread itself ran in the gap: a gap longer than that waited — for the render
    // thread, or for a core other processes held.
    const double cpu = threadCpuMilliseconds();
    const double gapCpuMs = cpu - m_cpuAtTick;
    m_cpuAtTick = cpu;
    // A gap is the first frame's when it began before that frame was swapped (the swap is
    // reported by a queued call, which may run before the watchdog's tick that ends the gap).
    const double gapStartMs = millisecondsSinceProcessStart() - static_cast<double>(gapMs);
    if (m_firstFrameMs < 0 || gapStartMs < m_firstFrameMs) {
        m_longestStallBeforeFirstFrameMs = std::max(m_longestStallBeforeFirstFrameMs, gapMs - 10);
    } else {
        if (gapMs - 10 > m_longestStallMs) {
            m_longestStallMs = gapMs - 10;
            m_longestStallCpuMs = gapCpuMs;
        }
        m_longestBusyMs = std::max(m_longestBusyMs, gapCpuMs);
    }
    if (m_trace && gapMs - 10 > 20) {
        const double now = millisecondsSinceProcessStart();
        m_events.append({now - static_cast<double>(gapMs),
                         QStringLiteral(">> stall of %1 ms begins").arg(gapMs - 10)});
        m_events.append({now,
                         QStringLiteral("<< stall of %1 ms ends (the GUI thread ran %2 ms of it)")
                             .arg(gapMs - 10)
                             .arg(gapCpuMs, 0, 'f', 1)});
    }
}

StartupProbe::StartupProbe(QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(findByClass(window, "PipelineController"))
    , m_trace(qEnvironmentVariableIntValue("PROMENADE_STARTUP_PROBE_TRACE") == 1)
{
    for (QObject *o : window->findChildren<QObject *>()) {
        if (o->objectName() == u"pipelineView")
            m_pipelineView = o;
    }
    if (!m_controller) {
        std::fprintf(stderr, "startup-probe: no PipelineController in the window\n");
        QCoreApplication::exit(3);
        return;
    }
    // State is read on the GUI thread: before each frame is synchronised (afterAnimating), and
    // when a frame has been swapped (queued here from the render thread).
    connect(window, &QQuickWindow::afterAnimating, this, &StartupProbe::check);
    connect(window, &QQuickWindow::frameSwapped, this, &StartupProbe::frameSwapped,
            Qt::QueuedConnection);
    // A frame after each change of state, even when nothing on screen would ask for one.
    for (const char *signal :
         {SIGNAL(repositoryChanged()), SIGNAL(loadingChanged()), SIGNAL(statusChanged())})
        connect(m_controller, signal, window, SLOT(update()));
    if (m_pipelineView)
        connect(m_pipelineView, SIGNAL(completeChanged()), window, SLOT(update()));
    if (m_trace) {
        note(QStringLiteral("probe started"));
        connect(window, &QQuickWindow::afterAnimating, this,
                [this] { note(QStringLiteral("frame: animating (GUI thread)")); });
        connect(
            window, &QQuickWindow::frameSwapped, this,
            [this] { note(QStringLiteral("frame: swapped")); }, Qt::QueuedConnection);
        connect(m_controller, SIGNAL(repositoryChanged()), this, SLOT(traceRepository()));
        connect(m_controller, SIGNAL(loadingChanged()), this, SLOT(traceLoading()));
        connect(m_controller, SIGNAL(statusChanged()), this, SLOT(traceStatus()));
        for (QObject *o : window->findChildren<QObject *>()) {
            if (o->objectName() == u"matrixLoader")
                connect(o, SIGNAL(loaded()), this, SLOT(traceMatrixLoaded()));
        }
        if (m_pipelineView)
            connect(m_pipelineView, SIGNAL(completeChanged()), this, SLOT(traceComplete()));
    }
    // The watchdog: a timer ticking every 10 ms on the GUI thread; the largest gap between two
    // ticks is the longest the GUI thread was blocked (less the 10 ms).
    m_sinceTick.start();
    m_cpuAtTick = threadCpuMilliseconds();
    auto *watchdog = new QTimer(this);
    watchdog->setTimerType(Qt::PreciseTimer);
    connect(watchdog, &QTimer::timeout, this, [this] { noteStall(m_sinceTick.restart()); });
    watchdog->start(10);
    const int timeout = qEnvironmentVariableIsSet("PROMENADE_STARTUP_PROBE_TIMEOUT")
        ? qEnvironmentVariableIntValue("PROMENADE_STARTUP_PROBE_TIMEOUT")
        : 60;
    QTimer::singleShot(timeout * 1000, this, [] {
        std::fprintf(stderr, "startup-probe: the pipeline was not shown in time\n");
        std::fflush(stderr);
        QCoreApplication::exit(3);
    });
}

bool StartupProbe::pipelineShown() const
{
    // The pipeline view makes its cards (or the matrix) asynchronously: shown once it is whole.
    return m_controller->property("hasRepository").toBool()
        && !m_controller->property("loading").toBool()
        && (!m_pipelineView || m_pipelineView->property("complete").toBool()
            || !m_pipelineView->property("complete").isValid()); // a view made all at once
}

bool StartupProbe::liveShown() const
{
    return !m_controller->property("statusTime").toString().isEmpty();
}

// The first collection may be shown in part (Argo CD's answer while the registries are asked).
bool StartupProbe::wholeLiveShown() const
{
    return liveShown() && !m_controller->property("statusPartial").toBool();
}

void StartupProbe::traceRepository()
{
    note(QStringLiteral("controller: repositoryChanged (hasRepository=%1, apps=%2)")
             .arg(m_controller->property("hasRepository").toBool())
             .arg(m_controller->property("appCount").toInt()));
}

void StartupProbe::traceLoading()
{
    note(QStringLiteral("controller: loadingChanged (loading=%1)")
             .arg(m_controller->property("loading").toBool()));
}

void StartupProbe::traceStatus()
{
    note(QStringLiteral("controller: statusChanged (statusTime=%1)")
             .arg(m_controller->property("statusTime").toString()));
}

void StartupProbe::traceComplete()
{
    note(QStringLiteral("pipelineView: complete=%1 (matrixShown=%2)")
             .arg(m_pipelineView->property("complete").toBool())
             .arg(m_pipelineView->property("matrixShown").toBool()));
}

void StartupProbe::traceMatrixLoaded()
{
    note(QStringLiteral("matrixLoader: loaded (MatrixView created)"));
}

void StartupProbe::check()
{
    // The frame being prepared now is the first to show what the state says.
    if (m_stage == Stage::WaitingForPipeline && pipelineShown())
        m_stage = Stage::PipelineScheduled;
    else if (m_stage == Stage::WaitingForLive && liveShown())
        m_stage = wholeLiveShown() ? Stage::WholeLiveScheduled : Stage::LiveScheduled;
    else if (m_stage == Stage::WaitingForWholeLive && wholeLiveShown())
        m_stage = Stage::WholeLiveScheduled;
}

void StartupProbe::frameSwapped()
{
    if (m_firstFrameMs < 0)
        m_firstFrameMs = millisecondsSinceProcessStart();
    if (m_stage == Stage::PipelineScheduled) {
        m_pipelineFrameMs = millisecondsSinceProcessStart();
        m_stage
            = m_controller->property("liveStatus").toBool() ? Stage::WaitingForLive : Stage::Done;
    } else if (m_stage == Stage::LiveScheduled) {
        m_liveFrameMs = millisecondsSinceProcessStart();
        m_stage = Stage::WaitingForWholeLive;
    } else if (m_stage == Stage::WholeLiveScheduled) {
        if (m_liveFrameMs < 0)
            m_liveFrameMs = millisecondsSinceProcessStart();
        m_wholeLiveFrameMs = millisecondsSinceProcessStart();
        m_stage = Stage::Done;
    } else {
        return;
    }
    if (m_stage == Stage::Done)
        finish();
}

void StartupProbe::finish()
{
    QString view = QStringLiteral("?");
    for (QObject *item : m_window->findChildren<QObject *>()) {
        const QVariant matrix = item->property("matrixShown");
        if (matrix.isValid()) {
            view = matrix.toBool() ? QStringLiteral("matrix") : QStringLiteral("graph");
            break;
        }
    }
    if (m_trace) {
        note(QStringLiteral("probe done"));
        timespec now {};
        clock_gettime(CLOCK_BOOTTIME, &now);
        // For a profiler's samples taken on the same clock (perf record -k boottime).
        std::fprintf(stderr, "startup-probe-trace: the process started at CLOCK_BOOTTIME %.3f s\n",
                     static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9
                         - millisecondsSinceProcessStart() / 1000.0);
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[ms, what] : std::as_const(m_events))
            std::fprintf(stderr, "startup-probe-trace: %8.1f ms  %s\n", ms, qPrintable(what));
        std::fflush(stderr);
    }
    std::printf("startup-probe: apps=%d view=%s live=%d first-frame-ms=%.0f pipeline-frame-ms=%.0f "
                "live-frame-ms=%.0f peak-rss-mib=%.1f rss-mib=%.1f longest-stall-ms=%lld "
                "stall-before-first-frame-ms=%lld qml-load-ms=%.0f longest-stall-cpu-ms=%.0f "
                "longest-busy-ms=%.0f whole-live-frame-ms=%.0f\n",
                m_controller->property("appCount").toInt(), qPrintable(view),
                m_liveFrameMs >= 0 ? 1 : 0, m_firstFrameMs, m_pipelineFrameMs, m_liveFrameMs,
                statusMebibytes("VmHWM"), statusMebibytes("VmRSS"),
                static_cast<long long>(m_longestStallMs),
                static_cast<long long>(m_longestStallBeforeFirstFrameMs), m_qmlLoadMs,
                m_longestStallCpuMs, m_longestBusyMs, m_wholeLiveFrameMs);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
