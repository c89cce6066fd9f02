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

StartupProbe::StartupProbe(QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(findByClass(window, "PipelineController"))
{
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
    // The watchdog: a timer ticking every 10 ms on the GUI thread; the largest gap between two
    // ticks is the longest the GUI thread was blocked (less the 10 ms).
    m_sinceTick.start();
    auto *watchdog = new QTimer(this);
    watchdog->setTimerType(Qt::PreciseTimer);
    connect(watchdog, &QTimer::timeout, this, [this] {
        const qint64 gap = m_sinceTick.restart();
        m_longestStallMs = std::max(m_longestStallMs, gap - 10);
    });
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
    return m_controller->property("hasRepository").toBool()
        && !m_controller->property("loading").toBool();
}

bool StartupProbe::liveShown() const
{
    return !m_controller->property("statusTime").toString().isEmpty();
}

void StartupProbe::check()
{
    // The frame being prepared now is the first to show what the state says.
    if (m_stage == Stage::WaitingForPipeline && pipelineShown())
        m_stage = Stage::PipelineScheduled;
    else if (m_stage == Stage::WaitingForLive && liveShown())
        m_stage = Stage::LiveScheduled;
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
    std::printf("startup-probe: apps=%d view=%s live=%d first-frame-ms=%.0f pipeline-frame-ms=%.0f "
                "live-frame-ms=%.0f peak-rss-mib=%.1f rss-mib=%.1f longest-stall-ms=%lld\n",
                m_controller->property("appCount").toInt(), qPrintable(view),
                m_liveFrameMs >= 0 ? 1 : 0, m_firstFrameMs, m_pipelineFrameMs, m_liveFrameMs,
                statusMebibytes("VmHWM"), statusMebibytes("VmRSS"),
                static_cast<long long>(m_longestStallMs));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
