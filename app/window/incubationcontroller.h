#pragma once

#include <QObject>
#include <QQmlIncubationController>
#include <QTimer>

// Incubates the window's asynchronous QML (the pipeline's cards, the matrix: Loaders with
// asynchronous: true) in slices of a few milliseconds, one after the other, returning to the
// event loop between them, so that the window answers (input, timers, frames) while a large
// view is made. Qt Quick's own controller incubates only after each frame it renders: with
// slow frames (software rendering, a busy machine) a 300-app view took several times longer
// to appear than made at once.
class IncubationController : public QObject, public QQmlIncubationController
{
    Q_OBJECT

public:
    // The longest slice: the window stays well under the 50 ms it must never block.
    static constexpr int sliceMs = 5;

    explicit IncubationController(QObject *parent = nullptr);

protected:
    void incubatingObjectCountChanged(int count) override;

private:
    QTimer m_slice;
};
