#include "giterror.h"

#include <git2.h>

namespace Promenade::Git {

Error lastError(const QString &what, int code)
{
    const git_error *e = git_error_last();
    const QString text = e && e->message ? QString::fromUtf8(e->message)
                                         : QStringLiteral("libgit2 error %1").arg(code);
    Error::Kind kind = Error::Kind::Failed;
    switch (code) {
    case GIT_ENOTFOUND:
    case GIT_EUNBORNBRANCH:
        kind = Error::Kind::NotFound;
        break;
    case GIT_EUSER:
        kind = Error::Kind::Cancelled;
        break;
    case GIT_ENONFASTFORWARD:
        kind = Error::Kind::PushRejected;
        break;
    case GIT_EAUTH:
        kind = Error::Kind::AuthenticationFailed;
        break;
    case GIT_ECONFLICT:
    case GIT_EEXISTS:
    case GIT_EUNMERGED:
    case GIT_EUNCOMMITTED:
    case GIT_EINDEXDIRTY:
    case GIT_ELOCKED:
        kind = Error::Kind::Refused;
        break;
    default:
        break;
    }
    return Error(kind, what + QStringLiteral(": ") + text);
}

} // namespace Promenade::Git
