#include "gitlibrary.h"

#include <git2.h>

namespace Promenade::Git {

namespace {
struct LibGit2Session
{
    LibGit2Session() { git_libgit2_init(); }
    ~LibGit2Session() { git_libgit2_shutdown(); }
    LibGit2Session(const LibGit2Session &) = delete;
    LibGit2Session &operator=(const LibGit2Session &) = delete;
};
} // namespace

void ensureInitialised()
{
    static const LibGit2Session session; // thread-safe since C++11
}

} // namespace Promenade::Git
