// GitHubClient's reading of a repository's merge settings (which merge methods a merge may
// use). Kept apart from githubclient.cpp: the request path (request(), call(), errorFor()) is
// shared, the parsing is not.
#include "githubclient.h"

#include "githubanswer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Promenade::Clients {

QStringList GitHubRepositorySettings::mergeMethods() const
{
    QStringList methods;
    if (allowMergeCommit)
        methods << QStringLiteral("merge");
    if (allowSquashMerge)
        methods << QStringLiteral("squash");
    if (allowRebaseMerge)
        methods << QStringLiteral("rebase");
    return methods;
}

void GitHubClient::repositorySettings(const QString &owner, const QString &repo, QObject *context,
                                      ResultCallback<GitHubRepositorySettings> done)
{
    const QString path = u"/repos/" + QString::fromLatin1(QUrl::toPercentEncoding(owner)) + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(repo));
    call(request("GET", path), context, [this, done](Result<HttpResponse> response) {
        const auto doc = gitHubJson(*this, response);
        if (!doc)
            return done(doc.error());
        const QJsonObject o = doc->object();
        GitHubRepositorySettings settings;
        settings.fullName = o.value(u"full_name").toString();
        settings.defaultBranch = o.value(u"default_branch").toString();
        // Left out (a token without push access, an older server): allowed, GitHub's default.
        settings.allowMergeCommit = o.value(u"allow_merge_commit").toBool(true);
        settings.allowSquashMerge = o.value(u"allow_squash_merge").toBool(true);
        settings.allowRebaseMerge = o.value(u"allow_rebase_merge").toBool(true);
        done(settings);
    });
}

} // namespace Promenade::Clients
