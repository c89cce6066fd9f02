#include "demooriginpoller.h"

#include "demoworld.h"
#include "logging.h"

#include <QTimer>

namespace Promenade::Demo {

DemoOriginPoller::DemoOriginPoller(DemoWorld &world, ReadOrigin readOrigin, const QString &revision,
                                   QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_readOrigin(std::move(readOrigin))
    , m_revision(revision)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DemoOriginPoller::check);
}

void DemoOriginPoller::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void DemoOriginPoller::start()
{
    if (m_readOrigin)
        m_timer->start();
}

void DemoOriginPoller::check()
{
    if (!m_readOrigin)
        return;
    auto origin = m_readOrigin();
    if (!origin) {
        qCWarning(lcDemo).noquote() << "demo: cannot read the origin:" << origin.error().toString();
        return;
    }
    if (origin->second == m_revision)
        return;
    m_revision = origin->second;
    qCInfo(lcDemo) << "demo: origin moved to" << m_revision;
    m_world.setDeclared(origin->first, m_revision);
}

} // namespace Promenade::Demo
