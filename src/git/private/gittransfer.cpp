#include "gittransfer.h"

#include "gitobjects.h"

#include <QRegularExpression>
#include <QUrl>

namespace Promenade::Git {

namespace {

int credentialsCb(git_credential **out, const char *url, const char *user, unsigned int types,
                  void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    if (state->cancelled())
        return GIT_EUSER;
    return CredentialProvider::acquire(out, url, user, types, state->credentials);
}

int sidebandCb(const char *str, int len, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    const QString text = QString::fromUtf8(str, len);
    state->report(TransferProgress::Stage::Connecting, 0, 0, 0, text.trimmed());
    // Keep what a hook says (why a push is refused), not the progress counters; no control
    // characters from the server.
    static const QRegularExpression progress(QStringLiteral("\\d+%"));
    for (QString line :
         text.split(QRegularExpression(QStringLiteral("[\\r\\n]")), Qt::SkipEmptyParts)) {
        line.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        line = line.trimmed();
        if (!line.isEmpty() && !progress.match(line).hasMatch()
            && state->remoteMessages.size() < 200)
            state->remoteMessages.append(line);
    }
    return state->cancelled() ? GIT_EUSER : 0;
}

int transferCb(const git_indexer_progress *stats, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    const bool indexing
        = stats->received_objects == stats->total_objects && stats->total_objects > 0;
    state->report(indexing ? TransferProgress::Stage::Indexing : TransferProgress::Stage::Receiving,
                  indexing ? stats->indexed_objects : stats->received_objects, stats->total_objects,
                  stats->received_bytes);
    return state->cancelled() ? GIT_EUSER : 0; // after the report: a cancel made meanwhile counts
}

int packCb(int stage, uint32_t current, uint32_t total, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    Q_UNUSED(stage)
    state->report(TransferProgress::Stage::Packing, current, total, 0);
    return state->cancelled() ? GIT_EUSER : 0;
}

int pushTransferCb(unsigned int current, unsigned int total, size_t bytes, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    state->report(TransferProgress::Stage::Sending, current, total, bytes);
    return state->cancelled() ? GIT_EUSER : 0;
}

int pushUpdateCb(const char *refname, const char *status, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    if (status)
        state->rejections.append({QString::fromUtf8(refname), QString::fromUtf8(status)});
    return 0;
}

} // namespace

git_remote_callbacks callbacksFor(TransferState *state)
{
    git_remote_callbacks cb = GIT_REMOTE_CALLBACKS_INIT;
    cb.credentials = &credentialsCb;
    cb.sideband_progress = &sidebandCb;
    cb.transfer_progress = &transferCb;
    cb.pack_progress = &packCb;
    cb.push_transfer_progress = &pushTransferCb;
    cb.push_update_reference = &pushUpdateCb;
    cb.payload = state;
    return cb;
}

void cloneCheckoutProgress(const char *, size_t completed, size_t total, void *payload)
{
    static_cast<TransferState *>(payload)->report(TransferProgress::Stage::CheckingOut, completed,
                                                  total, 0);
}

Error scrubbed(const Error &e, const QString &url)
{
    const QString password = QUrl(url).password();
    if (password.isEmpty() || (!e.message().contains(password) && !e.detail().contains(password)))
        return e;
    QString message = e.message();
    QString detail = e.detail();
    message.replace(password, QStringLiteral("***"));
    detail.replace(password, QStringLiteral("***"));
    return Error(e.kind(), message).withDetail(detail);
}

Error transferFailure(const Error &e, int rc, const TransferState &state, const QString &cancelled,
                      const QString &where)
{
    if (state.cancelled())
        return Error(Error::Kind::Cancelled, cancelled);
    CredentialProvider &credentials = *state.credentials;
    if (credentials.exhausted() || rc == GIT_EAUTH) {
        credentials.failed();
        return Error(Error::Kind::AuthenticationFailed,
                     Tr::tr("authentication failed for %1").arg(where))
            .withDetail(u"tried: "
                        + (credentials.triedSources().isEmpty()
                               ? QStringLiteral("nothing (no credentials found)")
                               : credentials.triedSources().join(QStringLiteral(", "))));
    }
    return e;
}

} // namespace Promenade::Git
