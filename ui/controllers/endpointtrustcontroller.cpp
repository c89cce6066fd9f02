#include "endpointtrustcontroller.h"

#include <QDir>

using Promenade::Clients::CredentialService;
using Promenade::Clients::EndpointTrustStore;
using Promenade::Clients::WithheldCredential;

EndpointTrustController::EndpointTrustController(QObject *parent)
    : QObject(parent)
{ }

void EndpointTrustController::setPipeline(PipelineController *pipeline)
{
    if (!m_session.reset(this, pipeline))
        return;
    if (m_session) {
        using Promenade::RepositorySession;
        connect(m_session, &RepositorySession::withheldCredentialsChanged, this, [this] {
            if (!m_session->isDemo())
                offer(m_session->repositoryPath(), m_session->withheldCredentials());
        });
        connect(m_session, &RepositorySession::repositoryChanged, this, [this] {
            m_queue.clear();
            m_current.reset();
            m_errorString.clear();
            Q_EMIT questionChanged();
        });
    }
    Q_EMIT pipelineChanged();
}

QString EndpointTrustController::key(const WithheldCredential &w) const
{
    return m_repository + u'|' + Promenade::Clients::toString(w.service) + u'|'
        + EndpointTrustStore::normalized(w.url);
}

void EndpointTrustController::offer(const QString &repository,
                                    const QList<WithheldCredential> &withheld)
{
    m_repository = repository;
    for (const WithheldCredential &w : withheld) {
        if (w.reason != WithheldCredential::Reason::Untrusted || m_answered.contains(key(w)))
            continue;
        if ((m_current && key(*m_current) == key(w))
            || std::any_of(m_queue.cbegin(), m_queue.cend(),
                           [&](const WithheldCredential &q) { return key(q) == key(w); }))
            continue;
        m_queue.append(w);
    }
    if (!m_current)
        next();
}

void EndpointTrustController::ask(const QString &service, const QString &url,
                                  const QString &credential, const QString &repository)
{
    const auto which = Promenade::Clients::credentialServiceFromString(service);
    if (!which)
        return;
    offer(repository,
          {WithheldCredential {*which, QUrl(url), credential,
                               WithheldCredential::Reason::Untrusted}});
}

bool EndpointTrustController::isTrusted(const QString &service, const QString &url,
                                        const QString &repository) const
{
    const auto which = Promenade::Clients::credentialServiceFromString(service);
    return which && EndpointTrustStore(m_storeFile).isTrusted(repository, *which, QUrl(url));
}

void EndpointTrustController::next()
{
    m_current.reset();
    if (!m_queue.isEmpty())
        m_current = m_queue.takeFirst();
    Q_EMIT questionChanged();
    // Every question answered: again with what was trusted (the clients are made afresh).
    if (!m_current && m_restart) {
        m_restart = false;
        if (m_session)
            m_session->applySettings();
    }
}

QString EndpointTrustController::service() const
{
    if (!m_current)
        return {};
    switch (m_current->service) {
    case CredentialService::ArgoCd:
        return QStringLiteral("Argo CD");
    case CredentialService::Registry:
        return tr("Registry", "a container image registry");
    case CredentialService::GitHub:
        return QStringLiteral("GitHub");
    }
    return {};
}

QString EndpointTrustController::endpoint() const
{
    return m_current
        ? m_current->url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                         | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        : QString();
}

QString EndpointTrustController::credential() const
{
    return m_current ? m_current->credential : QString();
}

QString EndpointTrustController::question() const
{
    if (!m_current)
        return {};
    switch (m_current->service) {
    case CredentialService::ArgoCd:
        return tr("This repository asks Promenade to send your Argo CD token to %1.")
            .arg(endpoint());
    case CredentialService::GitHub:
        return tr("This repository asks Promenade to send your GitHub token to %1.")
            .arg(endpoint());
    case CredentialService::Registry:
        return tr("This repository asks Promenade to send your registry login to %1.")
            .arg(endpoint());
    }
    return {};
}

QString EndpointTrustController::repositoryName() const
{
    return QDir(m_repository).dirName();
}

void EndpointTrustController::trust()
{
    if (!m_current)
        return;
    m_answered.insert(key(*m_current));
    EndpointTrustStore store(m_storeFile);
    if (auto stored = store.trust(m_repository, m_current->service, m_current->url); !stored) {
        m_errorString = stored.error().message();
        Q_EMIT questionChanged();
        return;
    }
    m_errorString.clear();
    m_restart = true;
    Q_EMIT trusted();
    next();
}

void EndpointTrustController::decline()
{
    if (!m_current)
        return;
    m_answered.insert(key(*m_current));
    m_errorString.clear();
    next();
}
