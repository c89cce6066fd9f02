#pragma once

#include "clients/httptransport.h"

#include <QObject>
#include <QString>

namespace Promenade::Clients {

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
    explicit CredentialsKeychain(const QString &service = QStringLiteral("Promenade"), QObject *parent = nullptr);

    // Keys are free text, e.g. "argocd:https://argocd.example.com", "github:github.com".
    void read(const QString &key, QObject *context, ResultCallback<QString> done); // NotFound when absent
    void write(const QString &key, const QString &secret, QObject *context, ResultCallback<void> done);
    void remove(const QString &key, QObject *context, ResultCallback<void> done);

    // false once a call found no keychain service; the reason is in unavailableReason().
    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] const QString &unavailableReason() const { return m_reason; }

private:
    QString m_service;
    bool m_available = true;
    QString m_reason;
};

} // namespace Promenade::Clients
