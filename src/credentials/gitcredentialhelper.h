#pragma once

#include "credential.h"

#include <QString>
#include <QUrl>

namespace Promenade::Credentials {

// Git's own credential helpers, through `git credential fill|approve|reject` (the user's
// credential.helper configuration, the repository's included when workTree is given). Never a
// terminal prompt (GIT_TERMINAL_PROMPT=0). Blocking (up to 30 s): call from a worker thread.
// Plain functions, callable from any thread.
class GitCredentialHelper
{
public:
    // What the helpers answer for an http(s) URL; empty when they have nothing.
    [[nodiscard]] static Credential fill(const QUrl &url, const QString &workTree);
    // After the operation: the server accepted (approve) or refused (reject) c.
    static void approve(const QUrl &url, const QString &workTree, const Credential &c);
    static void reject(const QUrl &url, const QString &workTree, const Credential &c);
};

} // namespace Promenade::Credentials
