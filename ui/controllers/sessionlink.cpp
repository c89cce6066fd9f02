#include "sessionlink.h"

#include "pipelinecontroller.h"

bool SessionLink::reset(QObject *owner, PipelineController *pipeline)
{
    if (m_pipeline == pipeline)
        return false;
    if (m_session)
        QObject::disconnect(m_session, nullptr, owner, nullptr);
    m_pipeline = pipeline;
    m_session = pipeline ? pipeline->session() : nullptr;
    return true;
}

PipelineController *SessionLink::pipeline() const
{
    return static_cast<PipelineController *>(m_pipeline.data());
}
