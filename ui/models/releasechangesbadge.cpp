#include "releasechangesbadge.h"

#include "pipelinecontroller.h"
#include "releasechangesfinder.h"

#include <QCoreApplication>

namespace {

// One finder for every badge: its cache (by revision pair) is what keeps hovering cheap.
Promenade::ReleaseChangesFinder *sharedFinder()
{
    static QPointer<Promenade::ReleaseChangesFinder> finder;
    if (!finder)
        finder = new Promenade::ReleaseChangesFinder(QCoreApplication::instance());
    return finder;
}

} // namespace

ReleaseChangesBadge::ReleaseChangesBadge(QObject *parent)
    : QObject(parent)
{
    connect(this, &ReleaseChangesBadge::inputsChanged, this, &ReleaseChangesBadge::ask);
}

void ReleaseChangesBadge::setController(PipelineController *controller)
{
    if (!m_session.reset(this, controller))
        return;
    Q_EMIT inputsChanged();
}

void ReleaseChangesBadge::ask()
{
    if (!m_active || !m_session || m_app.isEmpty() || m_from.isEmpty() || m_to.isEmpty())
        return;
    const Promenade::Pipeline &pipeline = m_session->pipeline();
    const Promenade::Environment *from = pipeline.environment(m_from);
    const Promenade::Environment *to = pipeline.environment(m_to);
    const Promenade::DeclaredImage *promoted = from ? from->imageFor(m_app) : nullptr;
    const Promenade::DeclaredImage *running = to ? to->imageFor(m_app) : nullptr;
    if (!promoted || !running || promoted->tag.isEmpty() || running->tag.isEmpty()) {
        m_askedFor.clear();
        if (!m_headline.isEmpty() || m_loading) {
            m_headline.clear();
            m_loading = false;
            Q_EMIT headlineChanged();
        }
        return;
    }
    const QString key = running->tag + u"→" + promoted->tag + u'@' + promoted->digest;
    if (key == m_askedFor && (m_loading || !m_headline.isEmpty()))
        return; // asked already: the answer stands until the versions change
    m_askedFor = key;
    m_headline.clear();
    m_loading = true;
    Q_EMIT headlineChanged();
    if (!m_session->endpointsKnown()) {
        // The demo's services do not listen yet: asked once they do ("asking" meanwhile).
        if (!m_waitingForEndpoints)
            m_waitingForEndpoints
                = connect(m_session, &Promenade::RepositorySession::statusChanged, this, [this] {
                      if (!m_session || !m_session->endpointsKnown())
                          return;
                      disconnect(m_waitingForEndpoints);
                      m_waitingForEndpoints = {};
                      m_askedFor.clear();
                      ask();
                  });
        return;
    }

    Promenade::ReleaseChangesFinder::Request request;
    request.app = m_app;
    request.from = {running->repository, running->tag, running->digest};
    request.to = {promoted->repository, promoted->tag, promoted->digest};
    // The services as the window knows them (the embedded demo's, the user's settings).
    const Promenade::Pipeline &endpoints
        = m_session->liveStatus() ? *m_session->statusPipeline() : pipeline;
    auto setup = Promenade::ReleaseChangesFinder::Setup::from(endpoints);
    if (!m_session->statusOptions().gitHubToken.isEmpty())
        setup.gitHubToken = m_session->statusOptions().gitHubToken;
    setup.timeout = std::chrono::seconds(10);
    const quint64 generation = ++m_generation;
    sharedFinder()->find(request, setup, this,
                         [this, generation](const Promenade::ReleaseChanges &changes) {
                             if (generation != m_generation)
                                 return;
                             m_loading = false;
                             m_headline = changes.headline();
                             Q_EMIT headlineChanged();
                         });
}
