#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Promenade {

// What lies between two builds of an application: the commits of its source repository
// between the revision the target environment runs and the one being promoted, with the pull
// requests they came from, grouped by conventional-commit type. Plain data, filled by
// ReleaseChangesFinder; safe to copy between threads.
//
// Either a list or a problem: when the list cannot be known for sure (no source label, a
// private repository, a revision that is gone, too many commits), `problem` says why in one
// sentence and the lists stay empty — never a partial list passed off as the whole.
//
// The commits are as the source lists them, newest first: GitHub's comparison is `git log
// base..head`; a local clone is walked first-parent (`git log --first-parent base..head`), a
// merged pull request being its merge commit.
struct ReleaseChanges
{
    enum class Direction { Identical, Forward, Rollback, Diverged };

    struct Commit
    {
        QString sha;
        QStringList parents;
        QString summary;
        QString message;
        QString author; // the name in the commit
        QString authorLogin; // GitHub's account, when known
        QDateTime date; // author date
        QString url;
        int pullRequest = 0; // the pull request it came from (0: pushed directly)
        [[nodiscard]] QString shortSha() const { return sha.left(7); }
    };

    struct PullRequest
    {
        int number = 0;
        QString title;
        QString author; // GitHub login (or the name in the commit, from a local clone)
        QStringList labels;
        QString url;
    };

    // A line of release notes: a pull request, or a commit pushed directly.
    struct Entry
    {
        QString type; // conventional-commit type: feat, fix, chore, … (empty: none)
        QString scope;
        bool breaking = false;
        QString title;
        QString author;
        QString url;
        int pullRequest = 0;
        QString sha; // a direct commit's
    };

    // Conventional commits: "type(scope)!: description", "BREAKING CHANGE:" in the footer.
    struct Conventional
    {
        QString type;
        QString scope;
        QString description;
        bool breaking = false;
    };
    [[nodiscard]] static Conventional parseConventional(const QString &summary,
                                                        const QString &message = {});
    // The pull request a commit message names: "Merge pull request #12 from owner/branch" (its
    // title on the next paragraph), or a squash merge's "title (#12)". 0 when none.
    [[nodiscard]] static int pullRequestNumber(const QString &message, QString *title = nullptr);

    QString app;
    QString fromVersion; // the build the environment runs (e.g. sha-c52e9f3)
    QString toVersion; // the build being promoted
    QString fromRevision;
    QString toRevision;
    QString repository; // owner/name on GitHub, or the local clone's path
    QString repositoryUrl; // https://github.com/owner/name
    QString compareUrl;
    QString via; // "GitHub" or "local clone"
    Direction direction = Direction::Identical;
    QList<Commit> commits; // newest first
    QList<PullRequest> pullRequests; // newest first
    int totalCommits = 0; // in the range (== commits.size() when listed)
    int behindBy = 0; // Diverged: commits only the running build has
    QString problem; // non-empty: why there is no list
    int requests = 0; // network requests it took (0 from a cache or a local clone)

    [[nodiscard]] bool isKnown() const { return problem.isEmpty(); }
    // Release-note entries, newest first: each pull request once, then the direct commits
    // in their place (from a local clone: the first-parent commits).
    [[nodiscard]] QList<Entry> entries() const;
    // "12 commits, 3 pull requests ahead", "4 commits taken out (a rollback)", "no changes",
    // or the problem.
    [[nodiscard]] QString headline() const;
    // The same, short, for a matrix cell: "+12", "−4", "=" or "?".
    [[nodiscard]] QString badge() const;

    // Formats for `promenade changes` and the promotion's pull request and commit message.
    [[nodiscard]] QString toText() const;
    // Markdown with links; at most maxEntries entries per group (then "and N more").
    [[nodiscard]] QString toMarkdown(int maxEntries = 50) const;
    // A short plain list for a commit message body: "Changes (12 commits, 3 pull requests):"
    // and one line per entry, at most maxLines (then "… and N more").
    [[nodiscard]] QString toCommitMessage(int maxLines = 15) const;
    // The versioned JSON of `promenade changes --format json` (see README, JSON formats).
    [[nodiscard]] QJsonObject toJson() const;
    static constexpr int jsonVersion = 1;
};

[[nodiscard]] QString toString(ReleaseChanges::Direction direction);

} // namespace Promenade
