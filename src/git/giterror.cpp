#include "git/giterror.h"

#include <git2.h>

namespace Promenade::Git {

Error lastError(const QString &what, int code)
{
    const git_error *e = git_error_last();
    const QString text = e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("libgit2 error %1").arg(code);
    const Error::Kind kind = code == GIT_ENOTFOUND ? Error::Kind::NotFound
                             : code == GIT_EUSER    ? Error::Kind::Cancelled
                                                    : Error::Kind::Failed;
    return Error(kind, what + QStringLiteral(": ") + text);
}

} // namespace Promenade::Git
