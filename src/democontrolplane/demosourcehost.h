#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace Promenade::Demo {

// The demo GitHub's side for the applications' source repositories (DemoSources): it answers
// GET /repos/{owner}/{repo}/compare/{base}...{head} (paged with per_page and page, a Link
// header, up to 250 commits without them, as GitHub does) and GET …/commits/{sha}/pulls from
// the real Git histories on disk, in GitHub's documented formats. Blocking libgit2 reads of a
// small local repository (well under a millisecond per answer); GUI thread.
class DemoSourceHost
{
public:
    struct Answer
    {
        int status = 200;
        QJsonValue body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    // dir: where DemoSources::generate wrote the repositories.
    explicit DemoSourceHost(QString dir)
        : m_dir(std::move(dir))
    { }

    // The answer for a request to path (with url's query), or nothing when path is not one of
    // the source repositories' (the caller answers it).
    [[nodiscard]] std::optional<Answer> answer(const QString &path, const QUrl &url) const;

private:
    [[nodiscard]] Answer compare(const QString &app, const QString &repository, const QString &base,
                                 const QString &head, const QUrl &url) const;
    [[nodiscard]] Answer commitPulls(const QString &app, const QString &repository,
                                     const QString &sha) const;
    // sha → pull request number, for every commit a pull request brought (its merge included).
    const QHash<QString, int> &pullRequestOf(const QString &app) const;

    QString m_dir;
    mutable QHash<QString, QHash<QString, int>> m_pullRequestOf; // by app
};

} // namespace Promenade::Demo
