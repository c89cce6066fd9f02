#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

namespace Promenade::Demo {

// Writes the demo GitOps repository: the roadmap carried out in a real Git history (phase 1,
// CI bumps and promotions; phase 2, staging; phase 3, infrastructure overlays; SignConnect),
// a bare `origin` remote beside it that accepts pushes, and the applications' own source
// repositories (DemoSources) in "<dir>-sources". Blocking (disk and libgit2):
// call it off the GUI thread.
class DemoRepository
{
public:
    struct Options
    {
        // The newest commit's time; the history spreads over the two months before it.
        QDateTime now = QDateTime::currentDateTimeUtc();
        // Where the bare origin goes; empty means "<dir>-origin.git" beside dir.
        QString originPath;
        // How many apps in all: above the blog and SignConnect, synthetic services are added
        // (DemoServices) in a commit a month ago, to try Promenade on a large repository.
        int apps = 2;
        // Where the applications' source repositories go (DemoSources); empty means
        // "<dir>-sources" beside dir.
        QString sourcesPath;
    };

    struct Created
    {
        QString workTree;
        QString originPath;
        QString sourcesPath;
        int commits = 0;
    };

    // Where a throwaway demo (the window's --demo) is best written: a memory-backed folder
    // (tmpfs: $XDG_RUNTIME_DIR, else /dev/shm) with room to spare, where making its thousands of
    // files costs no disk work; else the system's temporary folder.
    static QString scratchFolder();

    // dir must not exist or be empty. Never overwrites anything.
    static Result<Created> generate(const QString &dir, const Options &options);
    static Result<Created> generate(const QString &dir) { return generate(dir, Options {}); }
};

} // namespace Promenade::Demo
