#pragma once

#include "cancellationtoken.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Promenade::Git {

// Progress of a fetch, a push or a clone, as libgit2 reports it. For a fetch, objects are those
// received and indexed; for a push, those packed and sent; a clone's last stage checks out
// files.
struct TransferProgress
{
    enum class Stage { Connecting, Receiving, Indexing, Packing, Sending, CheckingOut, Done };
    Stage stage = Stage::Connecting;
    quint64 current = 0; // objects (CheckingOut: files) done
    quint64 total = 0; // objects (CheckingOut: files) expected (0 when unknown)
    quint64 bytes = 0; // bytes transferred
    QString message; // a line of the remote's side-band text ("Counting objects…"), may be empty
};

// What a network operation (fetch, push, clone) runs with.
// - cancel: checked in every libgit2 progress callback; once set, the operation stops and
//   fails with Error::Kind::Cancelled. Cancel from any thread.
// - progress: called on the thread running the operation (not the GUI thread): marshal to
//   the GUI with QMetaObject::invokeMethod(…, Qt::QueuedConnection) or a signal.
// - keychain: the entries the caller read from the system keychain (the tokens kept in
//   Settings), by Credentials::CredentialResolver key ("github:github.com"): for an http(s)
//   remote on that host, its token is offered first, ahead of GH_TOKEN and the others (see
//   CredentialProvider). The window hands in what it read; the command line reads no keychain
//   and leaves it empty.
struct NetworkOptions
{
    CancellationToken cancel;
    std::function<void(const TransferProgress &)> progress;
    QHash<QString, QString> keychain;
};

} // namespace Promenade::Git
