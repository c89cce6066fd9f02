#pragma once

#include "credentiallistmodel.h"
#include "endpointoverridemodel.h"
#include "endpointoverrides.h"
#include "pipelinecontroller.h"
#include "sessionlink.h"
#include "trustedendpointmodel.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Promenade::Clients {
class CredentialsKeychain;
class EndpointTrust;
enum class CredentialService;
} // namespace Promenade::Clients

// The settings that belong to the open repository, for the settings dialog:
//  - endpoints: another Argo CD per cluster (with TLS verification off if need be), another
//    GitHub API or repository, a mirror per registry host, over what promenade.yaml says;
//    kept per repository in QSettings (EndpointOverrides) and applied to the live status on
//    save();
//  - trusted endpoints: those the user trusts with credentials a repository's promenade.yaml
//    asked for (EndpointTrustStore), listed with a way to revoke; the endpoints typed here
//    are the user's own and trusted as such while they are set;
//  - credentials: per service, where the token in use comes from, and a token to keep in the
//    system keychain (or remove from it). Where no keychain service runs, keychainAvailable is
//    false and keychainStatus says why; the environment variables still work.
// The demo's services are its own: for the demo nothing here is editable.
// The form follows the open repository while the dialog is shown (active); otherwise it is
// read again only when asked for (the dialog opening, or a read of its models), so that a
// repository being opened or a live status arriving costs the GUI thread nothing here.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PipelineController *pipeline READ pipeline WRITE setPipeline NOTIFY pipelineChanged)
    Q_PROPERTY(bool editable READ editable NOTIFY pipelineChanged)
    Q_PROPERTY(QString repositoryName READ repositoryName NOTIFY pipelineChanged)
    Q_PROPERTY(EndpointOverrideModel *argoCd READ argoCd CONSTANT)
    Q_PROPERTY(EndpointOverrideModel *registries READ registries CONSTANT)
    Q_PROPERTY(QString gitHubUrl READ gitHubUrl WRITE setGitHubUrl NOTIFY endpointsChanged)
    Q_PROPERTY(QString gitHubRepository READ gitHubRepository WRITE setGitHubRepository NOTIFY
                   endpointsChanged)
    Q_PROPERTY(QString declaredGitHubUrl READ declaredGitHubUrl NOTIFY pipelineChanged)
    Q_PROPERTY(
        QString declaredGitHubRepository READ declaredGitHubRepository NOTIFY pipelineChanged)
    Q_PROPERTY(QString gitHubUrlProblem READ gitHubUrlProblem NOTIFY endpointsChanged)
    Q_PROPERTY(QString gitHubRepositoryProblem READ gitHubRepositoryProblem NOTIFY endpointsChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY endpointsChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY endpointsChanged)
    Q_PROPERTY(CredentialListModel *credentials READ credentials CONSTANT)
    Q_PROPERTY(TrustedEndpointModel *trustedEndpoints READ trustedEndpoints CONSTANT)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainChanged)
    Q_PROPERTY(QString keychainStatus READ keychainStatus NOTIFY keychainChanged)
    // The settings dialog is shown: the form follows the repository at once.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit SettingsController(QObject *parent = nullptr);
    ~SettingsController() override;

    [[nodiscard]] PipelineController *pipeline() const { return m_session.pipeline(); }
    void setPipeline(PipelineController *pipeline);
    [[nodiscard]] bool editable() const;
    [[nodiscard]] QString repositoryName() const;
    [[nodiscard]] EndpointOverrideModel *argoCd() const
    {
        ensureLoaded();
        return m_argoCd;
    }
    [[nodiscard]] EndpointOverrideModel *registries() const
    {
        ensureLoaded();
        return m_registries;
    }
    [[nodiscard]] QString gitHubUrl() const
    {
        ensureLoaded();
        return m_gitHubUrl;
    }
    void setGitHubUrl(const QString &url);
    [[nodiscard]] QString gitHubRepository() const
    {
        ensureLoaded();
        return m_gitHubRepository;
    }
    void setGitHubRepository(const QString &repository);
    [[nodiscard]] QString declaredGitHubUrl() const;
    [[nodiscard]] QString declaredGitHubRepository() const;
    [[nodiscard]] QString gitHubUrlProblem() const;
    [[nodiscard]] QString gitHubRepositoryProblem() const;
    [[nodiscard]] bool modified() const;
    [[nodiscard]] bool canSave() const;
    [[nodiscard]] CredentialListModel *credentials() const
    {
        ensureLoaded();
        return m_credentials;
    }
    [[nodiscard]] TrustedEndpointModel *trustedEndpoints() const
    {
        ensureLoaded();
        return m_trusted;
    }
    // Where trust is kept (tests point it at a scratch file); empty: the user's.
    void setTrustStoreFile(const QString &file) { m_trustStoreFile = file; }
    [[nodiscard]] bool keychainAvailable() const { return m_keychainAvailable; }
    [[nodiscard]] QString keychainStatus() const { return m_keychainStatus; }
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);

    // What the form holds, as stored overrides.
    [[nodiscard]] EndpointOverrides overrides() const;

    // Reads the stored endpoint settings of the open repository into the form again.
    Q_INVOKABLE void load();
    // Stores the form's endpoint settings and restarts the live status with them.
    Q_INVOKABLE bool save();
    // Looks again where each service's token comes from.
    Q_INVOKABLE void refreshCredentials();
    // Keeps token in the system keychain for the row's service (never shown again).
    Q_INVOKABLE void storeToken(int row, const QString &token);
    Q_INVOKABLE void removeToken(int row);
    // Reads the trusted endpoints again (after the trust dialog answered).
    Q_INVOKABLE void loadTrustedEndpoints();
    // No longer trusts the row's endpoint; the live status starts again without its token.
    Q_INVOKABLE bool revokeTrust(int row);

Q_SIGNALS:
    void pipelineChanged();
    void endpointsChanged();
    void keychainChanged();
    void credentialsRefreshed(); // every row's source is known
    void activeChanged();

private:
    void onRepositoryChanged();
    // The form read again (load, refreshCredentials) if the repository or the demo's endpoints
    // changed since it was last read.
    void ensureLoaded() const;
    void setKeychainStatus(const QString &status);
    // Shows on the row of key the source of the credential the live status sends to url.
    void showCredential(const QString &key, Promenade::Clients::CredentialService service,
                        const QUrl &url, const Promenade::Clients::EndpointTrust &trust,
                        const QHash<QString, QString> &keychain);

    SessionLink m_session; // what it works with, and the controller QML gave
    EndpointOverrideModel *m_argoCd;
    EndpointOverrideModel *m_registries;
    QString m_gitHubUrl;
    QString m_gitHubRepository;
    EndpointOverrides m_stored;
    Promenade::Pipeline m_shown; // what the repository (or the demo's services) declare
    CredentialListModel *m_credentials;
    TrustedEndpointModel *m_trusted;
    QString m_trustStoreFile;
    Promenade::Clients::CredentialsKeychain *m_keychain;
    bool m_keychainAvailable = true;
    QString m_keychainStatus;
    int m_lookupsPending = 0;
    int m_generation = 0;
    bool m_active = false;
    bool m_stale = false; // the repository changed since the form was read
};
