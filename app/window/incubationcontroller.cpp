#include "incubationcontroller.h"

IncubationController::IncubationController(QObject *parent)
    : QObject(parent)
{
    // A zero timer: the next slice once the events waiting (input, a frame) are handled.
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, [this] {
        incubateFor(sliceMs);
        if (incubatingObjectCount() == 0)
            m_slice.stop();
    });
}

void IncubationController::incubatingObjectCountChanged(int count)
{
    if (count > 0 && !m_slice.isActive())
        m_slice.start();
    else if (count == 0)
        m_slice.stop();
}
