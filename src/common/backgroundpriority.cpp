#include "backgroundpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Promenade {

int runCurrentThreadInBackground()
{
#ifdef Q_OS_LINUX
    // On Linux, PRIO_PROCESS with a thread id addresses that one thread (nice is per thread).
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, thread);
    if (current == -1 && errno != 0)
        return 0;
    if (current >= BackgroundNiceness)
        return current;
    if (::setpriority(PRIO_PROCESS, thread, BackgroundNiceness) != 0)
        return current;
    return BackgroundNiceness;
#else
    return 0;
#endif
}

} // namespace Promenade
