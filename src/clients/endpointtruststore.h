#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace Promenade::Clients {

// Which of the user's credentials an endpoint would receive.
enum class CredentialService {
    ArgoCd, // the Argo CD token (ARGOCD_AUTH_TOKEN)
    Registry, // a Docker login
    GitHub, // the GitHub token (GITHUB_TOKEN, GH_ENTERPRISE_TOKEN)
};

// "argocd", "registry", "github" (as stored) and back; nullopt for an unknown name.
[[nodiscard]] QString toString(CredentialService service);
[[nodiscard]] std::optional<CredentialService> credentialServiceFromString(QStringView name);

// The endpoints the user trusts with credentials that are not tied to them by the user's own
// tool configuration: a repository's promenade.yaml may name any server, and Promenade sends
// the user's ARGOCD_AUTH_TOKEN or GITHUB_TOKEN there only when the user said so, once per
// repository and endpoint (confirmed in the window, or set in its settings). Kept in the
// user's configuration (`~/.config/Promenade/trusted-endpoints.conf`), never in a repository;
// the window and the command line read the same file.
//
// An endpoint is kept as its normalised URL (scheme, lower-case host, port, path without a
// trailing slash; no user info, query or fragment); a repository as its absolute path, or
// "*" for every repository. Plain value semantics: each call reads or writes the file.
class EndpointTrustStore
{
public:
    enum class Origin {
        Confirmed, // the user confirmed it when a repository asked
        Settings, // the user typed the endpoint in the settings
    };
    struct Entry
    {
        QString repository; // absolute path, or "*"
        CredentialService service = CredentialService::ArgoCd;
        QString url; // normalised
        Origin origin = Origin::Confirmed;
        QDateTime trustedAt;
        bool operator==(const Entry &other) const
        {
            return repository == other.repository && service == other.service && url == other.url;
        }
    };

    static constexpr QStringView everyRepository = u"*";

    // The store at file; empty: defaultFile().
    explicit EndpointTrustStore(QString file = {});

    // $PROMENADE_TRUST_FILE, else <config>/Promenade/trusted-endpoints.conf.
    [[nodiscard]] static QString defaultFile();
    [[nodiscard]] const QString &file() const { return m_file; }

    // https://Host:443/argocd/ → https://host/argocd; an invalid or relative URL → empty.
    [[nodiscard]] static QString normalized(const QUrl &url);
    // An absolute, clean path (symlinks resolved where the folder exists).
    [[nodiscard]] static QString normalizedRepository(const QString &root);

    [[nodiscard]] QList<Entry> entries() const;
    // The entries that apply to a repository (its own and "*").
    [[nodiscard]] QList<Entry> entriesFor(const QString &repository) const;
    [[nodiscard]] bool isTrusted(const QString &repository, CredentialService service,
                                 const QUrl &url) const;

    Result<void> trust(const QString &repository, CredentialService service, const QUrl &url,
                       Origin origin = Origin::Confirmed);
    // Removes that entry; false when there was none.
    Result<bool> revoke(const QString &repository, CredentialService service, const QUrl &url);
    // Replaces a repository's entries of one origin (the settings' endpoints, saved again).
    Result<void> replaceOrigin(const QString &repository, Origin origin,
                               const QList<Entry> &entries);

private:
    Result<void> write(const QList<Entry> &entries) const;

    QString m_file;
};

} // namespace Promenade::Clients
