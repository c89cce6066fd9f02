#pragma once

#include "gitcredentials.h"
#include "gitnetworkoptions.h"

#include "error.h"

#include <git2.h>

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Promenade::Git {

// State shared by the libgit2 callbacks of one clone, fetch or push.
struct TransferState
{
    const NetworkOptions *options = nullptr;
    CredentialProvider *credentials = nullptr;
    QList<QPair<QString, QString>> rejections; // ("refs/heads/main", "pre-receive hook declined")
    QStringList remoteMessages; // the remote's own lines (its hooks' output)

    [[nodiscard]] bool cancelled() const { return options->cancel.isCancelled(); }
    void report(TransferProgress::Stage stage, quint64 current, quint64 total, quint64 bytes,
                const QString &text = {}) const
    {
        if (options->progress)
            options->progress({stage, current, total, bytes, text});
    }
};

// libgit2's remote callbacks (credentials, progress, the remote's lines, refused refs), all
// reporting into state.
git_remote_callbacks callbacksFor(TransferState *state);

// The clone's checkout progress, reported into a TransferState (the payload).
void cloneCheckoutProgress(const char *path, size_t completed, size_t total, void *payload);

// libgit2's own messages may quote the remote URL; never let a password from it through.
Error scrubbed(const Error &e, const QString &url);

// What a failed transfer (libgit2 code rc) means for the user, in this order: Cancelled when
// the token was set, AuthenticationFailed (naming the sources tried) when the credentials ran
// out or the server refused them, else e. cancelled: the sentence for a cancel ("fetch from …
// cancelled"); where: the remote's URL without secrets.
Error transferFailure(const Error &e, int rc, const TransferState &state, const QString &cancelled,
                      const QString &where);

} // namespace Promenade::Git
