#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QQuickWindow;

// PROMENADE_STARTUP_PROBE=1: a measurement for the start-up benchmark (tests/bench,
// bench_startup), not a feature. Once the window shows the pipeline, it prints one line to
// stdout — the time from the process's start (as the kernel recorded it) to the first frame
// swapped with the pipeline (and to the window's very first frame), to the first frame with live
// status (when the repository has it, as the demo does), and the peak resident memory (VmHWM) after
// that — and quits:
//
//   startup-probe: apps=300 view=matrix live=0 pipeline-frame-ms=612 live-frame-ms=-1
//   peak-rss-mib=143.2 rss-mib=139.8 longest-stall-ms=35
//
// It gives up with exit code 3 when nothing is shown within PROMENADE_STARTUP_PROBE_TIMEOUT
// seconds (default 60).
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static bool requested();
    StartupProbe(QQuickWindow *window, QObject *parent = nullptr);

private:
    enum class Stage { WaitingForPipeline, PipelineScheduled, WaitingForLive, LiveScheduled, Done };
    void check();
    void frameSwapped();
    void finish();
    [[nodiscard]] bool pipelineShown() const;
    [[nodiscard]] bool liveShown() const;

    QPointer<QQuickWindow> m_window;
    QPointer<QObject> m_controller;
    Stage m_stage = Stage::WaitingForPipeline;
    double m_firstFrameMs = -1; // the window's first frame, whatever it shows
    double m_pipelineFrameMs = -1;
    double m_liveFrameMs = -1;
    // The GUI thread's longest stall from the window's creation to the line printed: the largest
    // gap between two ticks of a 10 ms watchdog timer, less 10 ms.
    QElapsedTimer m_sinceTick;
    qint64 m_longestStallMs = 0;
};
