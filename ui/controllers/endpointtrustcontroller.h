#pragma once

#include "endpointtrust.h"
#include "pipelinecontroller.h"
#include "sessionlink.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Asks the user, once per repository and endpoint, whether a credential that a repository's
// promenade.yaml would have sent to an endpoint may go there ("This repository asks Promenade
// to send your Argo CD token to https://…"). The answer "trust" is kept in the user's trust
// store (EndpointTrustStore, never in the repository) and the live status starts again with
// it; "don't send" is kept for this session, so that each refresh does not ask again.
// Endpoints withheld because they are plain http are never asked about: trusting would not
// change it.
class EndpointTrustController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PipelineController *pipeline READ pipeline WRITE setPipeline NOTIFY pipelineChanged)
    // Whether a question is waiting (the dialog opens on it).
    Q_PROPERTY(bool asking READ asking NOTIFY questionChanged)
    Q_PROPERTY(QString service READ service NOTIFY questionChanged)
    Q_PROPERTY(QString endpoint READ endpoint NOTIFY questionChanged)
    Q_PROPERTY(QString credential READ credential NOTIFY questionChanged)
    Q_PROPERTY(QString question READ question NOTIFY questionChanged)
    Q_PROPERTY(QString repositoryName READ repositoryName NOTIFY questionChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY questionChanged)
    // Where the answers go (tests point it at a scratch file); empty: the user's.
    Q_PROPERTY(QString storeFile READ storeFile WRITE setStoreFile NOTIFY pipelineChanged)

public:
    explicit EndpointTrustController(QObject *parent = nullptr);

    [[nodiscard]] PipelineController *pipeline() const { return m_session.pipeline(); }
    void setPipeline(PipelineController *pipeline);
    [[nodiscard]] bool asking() const { return m_current.has_value(); }
    [[nodiscard]] QString service() const;
    [[nodiscard]] QString endpoint() const;
    [[nodiscard]] QString credential() const;
    [[nodiscard]] QString question() const;
    [[nodiscard]] QString repositoryName() const;
    [[nodiscard]] QString errorString() const { return m_errorString; }

    [[nodiscard]] QString storeFile() const { return m_storeFile; }
    void setStoreFile(const QString &file) { m_storeFile = file; }
    // Offers withheld credentials as questions (what the pipeline's collection reports).
    void offer(const QString &repository,
               const QList<Promenade::Clients::WithheldCredential> &withheld);
    // One question, as the collection would report it (service: "argocd", "github",
    // "registry"); for tests and previews.
    Q_INVOKABLE void ask(const QString &service, const QString &url, const QString &credential,
                         const QString &repository);
    // Whether the store trusts url for service in repository (what an answer left behind).
    Q_INVOKABLE bool isTrusted(const QString &service, const QString &url,
                               const QString &repository) const;

    // Trusts the endpoint for this repository, then the live status starts again with it.
    Q_INVOKABLE void trust();
    // Sends nothing there; not asked again in this session.
    Q_INVOKABLE void decline();

Q_SIGNALS:
    void pipelineChanged();
    void questionChanged();
    // The user trusted an endpoint (the settings' list of trusted endpoints changed).
    void trusted();

private:
    void next();
    [[nodiscard]] QString key(const Promenade::Clients::WithheldCredential &w) const;

    SessionLink m_session; // what it works with, and the controller QML gave
    QString m_repository;
    QString m_storeFile;
    QList<Promenade::Clients::WithheldCredential> m_queue;
    std::optional<Promenade::Clients::WithheldCredential> m_current;
    QSet<QString> m_answered; // repository|service|url asked in this session
    QString m_errorString;
    bool m_restart
        = false; // something was trusted: the live status starts again after the last answer
};
