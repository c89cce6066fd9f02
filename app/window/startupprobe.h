#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

class QQuickWindow;

// PROMENADE_STARTUP_PROBE=1: a measurement for the start-up benchmark (tests/bench,
// bench_startup), not a feature. Once the window shows the pipeline, it prints one line to
// stdout — the time from the process's start (as the kernel recorded it) to the first frame
// swapped with the whole pipeline (the pipeline view's "complete": every card, or the matrix,
// made) and to the window's very first frame, to the first frame with live
// status (when the repository has it, as the demo does), and the peak resident memory (VmHWM) after
// that — and quits:
//
//   startup-probe: apps=300 view=matrix live=0 first-frame-ms=410 pipeline-frame-ms=612
//   live-frame-ms=-1 peak-rss-mib=143.2 rss-mib=139.8 longest-stall-ms=35
//   stall-before-first-frame-ms=120 qml-load-ms=260 longest-stall-cpu-ms=12 longest-busy-ms=21
//
// The stall (longest-stall-ms) counts from the window's first frame: the GUI thread blocked while
// the window is on screen, which is what a user feels as a frozen window. What happens before
// the first frame — main() loading Main.qml (qml-load-ms), then the GUI thread's longest block
// between that and the first frame (stall-before-first-frame-ms) — is the window appearing
// late, which first-frame-ms measures; it is printed apart, not hidden. longest-stall-cpu-ms is
// the processor time the GUI thread itself used in the longest stall, longest-busy-ms the most
// it used in any one gap: on a loaded machine a gap is mostly waiting for a core (or for the
// render thread), which these tell apart from the window's own work.
//
// With PROMENADE_STARTUP_PROBE_TRACE=1 it also writes to stderr, in order, what happened (the
// controller's signals, the frames, QML loading) and every watchdog gap over 20 ms, each with
// its time from the process's start: what each stall came with.
//
// It gives up with exit code 3 when nothing is shown within PROMENADE_STARTUP_PROBE_TIMEOUT
// seconds (default 60).
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static bool requested();
    StartupProbe(QQuickWindow *window, QObject *parent = nullptr);
    // Milliseconds since the kernel started this process.
    [[nodiscard]] static double sinceProcessStart();
    // main() loading Main.qml, before the probe (and its watchdog) could start.
    void setQmlLoad(double startMs, double endMs);

private Q_SLOTS:
    void traceRepository();
    void traceLoading();
    void traceStatus();
    void traceMatrixLoaded();
    void traceComplete();

private:
    enum class Stage {
        WaitingForPipeline,
        PipelineScheduled,
        WaitingForLive,
        LiveScheduled,
        WaitingForWholeLive,
        WholeLiveScheduled,
        Done
    };
    void check();
    void frameSwapped();
    void finish();
    void note(const QString &what);
    void noteStall(qint64 gapMs);
    [[nodiscard]] bool pipelineShown() const;
    [[nodiscard]] bool liveShown() const;
    [[nodiscard]] bool wholeLiveShown() const;

    QPointer<QQuickWindow> m_window;
    QPointer<QObject> m_controller;
    QPointer<QObject> m_pipelineView; // its "complete": the cards or the matrix made
    Stage m_stage = Stage::WaitingForPipeline;
    double m_firstFrameMs = -1; // the window's first frame, whatever it shows
    double m_pipelineFrameMs = -1;
    double m_liveFrameMs = -1;
    double m_wholeLiveFrameMs = -1; // the first frame with the whole status (registries too)
    // The GUI thread's longest stall from the window's first frame to the line printed: the
    // largest gap between two ticks of a 10 ms watchdog timer, less 10 ms; and before the first
    // frame (from the end of main()'s QML loading).
    QElapsedTimer m_sinceTick;
    qint64 m_longestStallMs = 0;
    qint64 m_longestStallBeforeFirstFrameMs = 0;
    // The GUI thread's processor time: in the longest stall, and the most in any one gap (its
    // own work, whatever the machine's load; the rest of a gap is waiting).
    double m_cpuAtTick = 0;
    double m_longestStallCpuMs = 0;
    double m_longestBusyMs = 0;
    double m_qmlLoadMs = -1;
    bool m_trace = false;
    QList<std::pair<double, QString>> m_events; // the trace: time from the process's start, what
};
