#pragma once

#include "repositorysession.h"

#include <QPointer>

class PipelineController;

// The session a controller works with (the open repository and its live status), taken from
// the PipelineController that QML hands it (`pipeline: pipelineController`): the controller
// depends on the session, and keeps the PipelineController only to give it back to QML.
// Reads like a pointer to the session (nullptr when none is set).
class SessionLink
{
public:
    // Follows pipeline's session from now on; owner's connections to the earlier session go.
    // False when it is the pipeline already followed (nothing changed).
    bool reset(QObject *owner, PipelineController *pipeline);
    [[nodiscard]] PipelineController *pipeline() const;
    [[nodiscard]] Promenade::RepositorySession *get() const { return m_session.data(); }
    Promenade::RepositorySession *operator->() const { return m_session.data(); }
    operator Promenade::RepositorySession *() const { return m_session.data(); }

private:
    QPointer<QObject> m_pipeline; // a PipelineController
    QPointer<Promenade::RepositorySession> m_session;
};
