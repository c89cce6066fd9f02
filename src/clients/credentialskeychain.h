#pragma once

#include "credentialsdiscovery.h"
#include "httptransport.h"

#include <QObject>
#include <QString>

namespace Promenade::Clients {

// The outcome of looking a token up: the secret (possibly empty) with its source, and what the
// keychain said when it could not help ("no system keychain is available (...)"), for the UI.
struct CredentialLookup
{
    DiscoveredSecret secret;
    QString keychainStatus; // empty when the keychain answered normally
};

// Tokens the user types into the app (Argo CD, GitHub, registry PATs), kept in the system
// keychain through QtKeychain (Secret Service / KWallet, macOS Keychain, Windows Credential
// Manager). Nothing is ever written in plain text: QtKeychain's insecure fallback stays off.
// Where no keychain service runs (CI, a bare session without D-Bus) every call fails with a
// clear "no system keychain is available" error (Error::Kind::Failed) and `available()` turns
// false, so the caller falls back to environment variables and the tools' config files and
// tells the user so.
//
// Threading: one thread; callbacks bound to the given context object.
class CredentialsKeychain : public QObject
{
    Q_OBJECT

public:
    explicit CredentialsKeychain(const QString &service = QStringLiteral("Promenade"),
                                 QObject *parent = nullptr);

    // Keys are free text, e.g. "argocd:https://argocd.example.com", "github:github.com".
    void read(const QString &key, QObject *context,
              ResultCallback<QString> done); // NotFound when absent
    void write(const QString &key, const QString &secret, QObject *context,
               ResultCallback<void> done);
    void remove(const QString &key, QObject *context, ResultCallback<void> done);

    // The app's token for `key` from the keychain; when there is none (or no keychain service),
    // `fallback()` (environment variables, the tool's config files), e.g.
    //     keychain.lookup(u"github:github.com"_s, [] { return CredentialsDiscovery::githubToken();
    //     }, this, cb);
    void lookup(const QString &key, std::function<DiscoveredSecret()> fallback, QObject *context,
                std::function<void(CredentialLookup)> done);

    // false once a call found no keychain service; the reason is in unavailableReason().
    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] const QString &unavailableReason() const { return m_reason; }

private:
    QString m_service;
    bool m_available = true;
    QString m_reason;
};

} // namespace Promenade::Clients
