#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Promenade::Demo {

// The source repositories of the demo's two applications (the blog and SignConnect): real Git
// histories written beside the demo GitOps repository, with pull requests merged as GitHub
// merges them ("Merge pull request #N from …", the branch's commits beneath), direct pushes,
// Dependabot bumps and conventional commit messages. Every build of DemoImages is a commit of
// these histories: the tag sha-<7 hex> is the commit's short id and the image's
// org.opencontainers.image.revision label its full id, as docker/build-push-action writes it.
//
// The histories are fixed (absolute times, fixed contents), so the commit ids are too; the
// generator checks each build's against the table the images' labels are made from. A build's
// commit gets its id prefix (the tag) from its author and committer times, chosen once by a
// search (Options::search, 2^28 SHA-1s per build) and kept in that table.
// Blocking (disk and libgit2, a few milliseconds); plain functions, safe from any thread.
class DemoSources
{
public:
    struct PullRequest
    {
        int number = 0;
        QString title;
        QString branch;
        QString author; // GitHub login
        QStringList labels;
        QDateTime createdAt;
        bool merged = true; // false: still open
    };

    struct Options
    {
        // Finds author and committer time offsets (seconds back) that give a commit the id
        // prefix wanted; only the tool that filled the table passes one.
        std::function<std::optional<std::pair<qint64, qint64>>(const QByteArray &commit,
                                                               const QString &prefix)>
            search;
    };

    // The two applications: "paulojauregui-com" and "signconnect".
    [[nodiscard]] static QStringList apps();
    // "howdiggy/paulojauregui-com", "HowDiggy/SignConnect" (as the image's source label says).
    [[nodiscard]] static QString gitHubRepository(const QString &app);
    // The full id of a build's commit ("sha-c52e9f3" → 40 hex); empty for an unknown tag.
    [[nodiscard]] static QString revision(const QString &app, const QString &tag);
    [[nodiscard]] static QList<PullRequest> pullRequests(const QString &app);
    // The GitHub login of a commit author's email in these histories (empty: unknown).
    [[nodiscard]] static QString login(const QString &email);
    // Where generate() writes an app's repository under dir.
    [[nodiscard]] static QString repositoryPath(const QString &dir, const QString &app);

    // Writes both repositories under dir (dir/<app>, with a work tree checked out at main).
    static Status generate(const QString &dir, const Options &options);
    static Status generate(const QString &dir) { return generate(dir, Options {}); }
};

} // namespace Promenade::Demo
