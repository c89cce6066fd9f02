#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Promenade::Clients {

// One commit of a GitHub comparison (GET /repos/{owner}/{repo}/compare/{base}...{head}).
struct GitHubCommit
{
    QString sha;
    QStringList parents;
    QString message;
    QString authorName;
    QString authorLogin; // empty when GitHub cannot link the author's email to an account
    QDateTime authorDate;
    QDateTime committerDate;
    QString htmlUrl;
};

// GitHub's comparison of two commits: `git log base..head` (commits in chronological order,
// oldest first, as GitHub returns them). Plain data.
struct GitHubComparison
{
    QString status; // ahead, behind, diverged, identical
    int aheadBy = 0;
    int behindBy = 0;
    int totalCommits = 0; // commits in base..head; commits holds them unless truncated
    QString htmlUrl;
    QList<GitHubCommit> commits;
    int pages = 0; // requests it took
    [[nodiscard]] bool truncated() const { return commits.size() < totalCommits; }
};

} // namespace Promenade::Clients
