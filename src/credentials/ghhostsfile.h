#pragma once

#include "credential.h"

#include <QString>

namespace Promenade::Credentials {

// The GitHub CLI's stored logins: hosts.yml in $GH_CONFIG_DIR, else $XDG_CONFIG_HOME/gh, else
// ~/.config/gh. Read only; a token gh keeps in the system keyring (not in the file) is not seen.
// Plain functions: callable from any thread.
class GhHostsFile
{
public:
    [[nodiscard]] static QString path();
    // gh's entry for host ("github.com", "ghe.example.com"): its oauth_token, or that of its
    // active user (gh >= 2.40 keeps accounts under `users:`). Empty when none; tied to host.
    [[nodiscard]] static Credential token(const QString &host);
    // Whether gh has an entry for host at all (a GitHub host for Git).
    [[nodiscard]] static bool hasHost(const QString &host);
};

} // namespace Promenade::Credentials
