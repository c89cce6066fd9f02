#pragma once

#include "releasechanges.h"
#include "result.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace Promenade {

struct Pipeline;

// Finds what lies between two builds of an application (ReleaseChanges):
//  1. each build's source repository and commit: the image's OCI labels (or manifest
//     annotations) org.opencontainers.image.source and .revision, asked of the registry; a
//     sha-<commit> tag; promenade.yaml's apps[].source. The registry is not asked when the tag
//     and promenade.yaml already say it all.
//  2. the commits between them: a local clone when promenade.yaml names one (apps[].source.path;
//     first-parent, no network), else GitHub's comparison (GET …/compare/{base}...{head},
//     paged), with each first-parent commit's pull request (GET …/commits/{sha}/pulls).
//
// Bounded: at most Limits::maxCommits commits are listed (longer ranges give a sentence and
// the count, never a partial list), at most Limits::maxPullRequestLookups pull request
// requests (beyond that, pull requests are read from merge commit messages). Answers are cached
// by (repository, revision pair) for the finder's life, failures too for a minute.
//
// Threading: GUI or command-line thread with an event loop; a local clone is read on the
// global thread pool. The callback is bound to the context object.
class ReleaseChangesFinder : public QObject
{
    Q_OBJECT

public:
    struct Build
    {
        QString image; // ghcr.io/owner/name
        QString tag; // sha-c52e9f3, 1.4.2, … (may be empty when pinned by digest)
        QString digest; // optional
        [[nodiscard]] QString version() const { return tag.isEmpty() ? digest.left(19) : tag; }
    };

    struct Request
    {
        QString app;
        Build from; // what the target environment runs
        Build to; // what is promoted
    };

    struct Limits
    {
        int maxCommits = 1000; // ten pages of GitHub's comparison
        int maxPullRequestLookups = 30; // …/commits/{sha}/pulls requests
    };

    // Where the answers come from, usually from Setup::from(pipeline).
    struct Setup
    {
        QString repositoryRoot; // the GitOps repository (relative clone paths start there)
        QHash<QString, QString> sourceUrls; // app → Git URL (promenade.yaml apps[].source)
        QHash<QString, QString> sourcePaths; // app → local clone
        QUrl gitHubApi; // default https://api.github.com
        QString gitHubToken;
        QMap<QString, QString> registries; // registry host → URL
        bool registryCredentials = true; // look up docker credentials for the registry
        std::chrono::milliseconds timeout {15000};
        Limits limits;

        // From the pipeline (endpoints.github, endpoints.registries) and its promenade.yaml;
        // the GitHub token from the usual places (GITHUB_TOKEN, gh).
        static Setup from(const Pipeline &pipeline);
    };

    explicit ReleaseChangesFinder(QObject *parent = nullptr);
    ~ReleaseChangesFinder() override;

    void find(const Request &request, const Setup &setup, QObject *context,
              std::function<void(ReleaseChanges)> done);

    // The GitHub owner/name of a repository URL (https://github.com/o/n(.git), git@github.com:o/n,
    // or a GitHub Enterprise host when it is apiHost's); empty when it is not GitHub's.
    [[nodiscard]] static QString gitHubRepository(const QString &url, const QUrl &api = {});

    // Requests sent since the finder was made (for tests and measurements).
    [[nodiscard]] int requestCount() const { return m_requests; }

private:
    struct Resolved
    {
        QString revision;
        QString source;
        QString problem;
    };
    void resolve(const QString &app, const Build &build, const Setup &setup, QObject *context,
                 std::function<void(Resolved)> done);
    void compareOnGitHub(ReleaseChanges changes, const QString &repository, const Setup &setup,
                         QObject *context, std::function<void(ReleaseChanges)> done);
    void lookUpPullRequests(std::shared_ptr<ReleaseChanges> changes, const QString &repository,
                            const Setup &setup, QObject *context,
                            std::function<void(ReleaseChanges)> done);

    struct Cached
    {
        ReleaseChanges changes;
        qint64 at = 0;
    };
    QHash<QString, Cached> m_cache;
    QHash<QString, Resolved> m_resolved; // by image, tag, digest and configured source
    int m_requests = 0;
};

} // namespace Promenade
