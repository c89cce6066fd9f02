#include "githubcollector.h"

#include "githubclient.h"
#include "statuscollection.h"

namespace Promenade {

using namespace Promenade::Clients;

GitHubCollector::GitHubCollector(StatusCollection &collection)
    : c(collection)
{ }

void GitHubCollector::start()
{
    const QString github = StatusCollector::gitHubRepository(c.pipeline);
    if (github.isEmpty())
        return;
    auto client = std::make_unique<GitHubClient>(
        c.endpoint(QStringLiteral("GitHub"), StatusCollector::gitHubApi(c.pipeline)));
    // The token the user kept for this API's host (the keychain) or handed over (the demo),
    // else the one the user's configuration ties to it or the user trusts it with.
    std::optional<WithheldCredential> withheld;
    const QString token = c.gitHubToken(&withheld);
    if (withheld)
        c.noteWithheld(*withheld, &c.status.problems);
    client->setToken(token);
    GitHubClient *raw = client.get();
    const QString label = raw->endpoint().label();
    c.clients.push_back(std::move(client));
    auto listed = c.begin(label);
    const QString owner = github.section(u'/', 0, 0);
    const QString name = github.section(u'/', 1, 1);
    StatusCollection *collection = &c;
    raw->pullRequests(
        owner, name, {}, c.requests,
        [collection, raw, label, owner, name, listed](Result<QList<GitHubPullRequest>> prs) {
            PipelineStatus &status = collection->status;
            if (!prs) {
                status.problems << prs.error().toString();
                listed();
                return;
            }
            status.pullRequestsKnown = true;
            for (const GitHubPullRequest &pr : *prs) {
                if (!pr.headRef.startsWith(u"promote/") && !pr.headRef.startsWith(u"rollback/"))
                    continue;
                const qsizetype index = status.pullRequests.size();
                status.pullRequests.append({pr.number,
                                            pr.title,
                                            pr.headRef,
                                            pr.htmlUrl,
                                            QStringLiteral("unknown"),
                                            {},
                                            pr.headSha});
                auto checked = collection->begin(label);
                raw->checks(owner, name, pr.headSha, collection->requests,
                            [collection, index, checked](Result<GitHubChecks> checks) {
                                if (checks) {
                                    PullRequestInfo &info = collection->status.pullRequests[index];
                                    info.checks = Clients::toString(checks->state());
                                    info.checksSummary = checks->summary();
                                }
                                checked();
                            });
            }
            listed();
        });
}

} // namespace Promenade
