#include "demogithub.h"

#include "demohttp.h"
#include "demosourcehost.h"
#include "demoworld.h"
#include "logging.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Promenade::Demo {

using namespace Http;

namespace {

const QString repoOwner = QStringLiteral("howdiggy");
const QString repoName = QStringLiteral("homelab-gitops");

QJsonObject githubError(const QString &message, const QString &doc)
{
    return {{QStringLiteral("message"), message},
            {QStringLiteral("documentation_url"),
             QString(QStringLiteral("https://docs.github.com/rest/") + doc)}};
}

QJsonObject pullRequestJson(const DemoWorld::PullRequest &pr, const QString &baseSha, bool single)
{
    const QString api = QStringLiteral("https://api.github.com/repos/howdiggy/homelab-gitops");
    const QJsonObject owner {{QStringLiteral("login"), repoOwner},
                             {QStringLiteral("id"), 48213377},
                             {QStringLiteral("type"), QStringLiteral("User")},
                             {QStringLiteral("site_admin"), false}};
    const QJsonObject repo {{QStringLiteral("id"), 702114433},
                            {QStringLiteral("name"), repoName},
                            {QStringLiteral("full_name"), QString(repoOwner + u'/' + repoName)},
                            {QStringLiteral("private"), false},
                            {QStringLiteral("default_branch"), QStringLiteral("main")}};
    QJsonObject o {
        {QStringLiteral("url"),
         QString(api + QStringLiteral("/pulls/") + QString::number(pr.number))},
        {QStringLiteral("id"), static_cast<qint64>(2245871000LL + pr.number)},
        {QStringLiteral("html_url"),
         QStringLiteral("https://github.com/howdiggy/homelab-gitops/pull/%1").arg(pr.number)},
        {QStringLiteral("number"), pr.number},
        {QStringLiteral("state"), pr.state},
        {QStringLiteral("locked"), false},
        {QStringLiteral("title"), pr.title},
        {QStringLiteral("user"), owner},
        {QStringLiteral("body"), pr.body},
        {QStringLiteral("labels"), QJsonArray()},
        {QStringLiteral("created_at"), iso(pr.createdAt)},
        {QStringLiteral("updated_at"), iso(pr.updatedAt)},
        {QStringLiteral("closed_at"), isoOrNull(pr.mergedAt)},
        {QStringLiteral("merged_at"), isoOrNull(pr.mergedAt)},
        {QStringLiteral("merge_commit_sha"),
         pr.mergeCommitSha.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(pr.mergeCommitSha)},
        {QStringLiteral("head"),
         QJsonObject {{QStringLiteral("label"), QString(repoOwner + u':' + pr.head)},
                      {QStringLiteral("ref"), pr.head},
                      {QStringLiteral("sha"), pr.headSha},
                      {QStringLiteral("user"), owner},
                      {QStringLiteral("repo"), repo}}},
        {QStringLiteral("base"),
         QJsonObject {{QStringLiteral("label"), QString(repoOwner + u':' + pr.base)},
                      {QStringLiteral("ref"), pr.base},
                      {QStringLiteral("sha"), baseSha},
                      {QStringLiteral("user"), owner},
                      {QStringLiteral("repo"), repo}}},
        {QStringLiteral("author_association"), QStringLiteral("OWNER")},
        {QStringLiteral("auto_merge"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("draft"), false},
    };
    if (single) {
        o.insert(QStringLiteral("merged"), pr.merged);
        o.insert(QStringLiteral("mergeable"),
                 pr.merged ? QJsonValue(QJsonValue::Null) : QJsonValue(true));
        o.insert(QStringLiteral("mergeable_state"),
                 pr.merged ? QStringLiteral("unknown") : QStringLiteral("clean"));
        o.insert(QStringLiteral("comments"), 0);
        o.insert(QStringLiteral("commits"), 1);
        o.insert(QStringLiteral("additions"), 1);
        o.insert(QStringLiteral("deletions"), 1);
        o.insert(QStringLiteral("changed_files"), 1);
    }
    return o;
}

} // namespace

DemoGitHub::DemoGitHub(DemoWorld &world, const DemoEndpoints &endpoints, DemoRequestCounts &counts,
                       Hooks hooks)
    : m_world(world)
    , m_endpoints(endpoints)
    , m_counts(counts)
    , m_hooks(std::move(hooks))
{ }

DemoGitHub::~DemoGitHub() = default;

void DemoGitHub::route(QHttpServer &server)
{
    routeAll(
        server,
        [this](const QString &path, const QHttpServerRequest &request,
               QHttpServerResponder &&responder) { handle(path, request, std::move(responder)); });
}

void DemoGitHub::setSourceDirectory(const QString &dir)
{
    m_sources = std::make_unique<DemoSourceHost>(dir);
}

QString DemoGitHub::mainSha() const
{
    if (m_hooks.resolveBranch)
        return m_hooks.resolveBranch(QStringLiteral("main"));
    return m_hooks.originRevision ? m_hooks.originRevision() : QString();
}

bool DemoGitHub::authenticated(const QHttpServerRequest &request) const
{
    return bearer(request) == m_endpoints.githubToken;
}

void DemoGitHub::handle(const QString &path, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder)
{
    using Method = QHttpServerRequest::Method;
    m_counts.count(QStringLiteral("github ")
                   + (path.endsWith(u"/pulls")          ? QStringLiteral("pulls")
                          : path.contains(u"/commits/") ? QStringLiteral("checks")
                                                        : QStringLiteral("other")));
    m_remaining = std::max(0, m_remaining - 1);
    const qint64 reset = QDateTime::currentSecsSinceEpoch() / 3600 * 3600 + 3600;
    const Headers rate {{"x-ratelimit-limit", "5000"},
                        {"x-ratelimit-remaining", QByteArray::number(m_remaining)},
                        {"x-ratelimit-used", QByteArray::number(5000 - m_remaining)},
                        {"x-ratelimit-reset", QByteArray::number(reset)},
                        {"x-ratelimit-resource", "core"},
                        {"X-GitHub-Api-Version-Selected", "2022-11-28"}};
    if (!bearer(request).isEmpty() && !authenticated(request)) {
        replyJson(responder, StatusCode::Unauthorized,
                  githubError(QStringLiteral("Bad credentials"),
                              QStringLiteral("overview/troubleshooting-the-rest-api")),
                  rate);
        return;
    }
    if (path == u"/rate_limit") {
        const QJsonObject core {{QStringLiteral("limit"), 5000},
                                {QStringLiteral("remaining"), m_remaining},
                                {QStringLiteral("reset"), reset},
                                {QStringLiteral("used"), 5000 - m_remaining}};
        replyJson(responder, StatusCode::Ok,
                  QJsonObject {
                      {QStringLiteral("resources"), QJsonObject {{QStringLiteral("core"), core}}}},
                  rate);
        return;
    }
    if (m_sources) {
        if (const auto answer = m_sources->answer(path, request.url())) {
            Headers headers = rate;
            for (const auto &h : answer->headers)
                headers.emplace_back(h.first, h.second);
            replyJson(responder, StatusCode(answer->status), answer->body, headers);
            return;
        }
    }
    const QString prefix = u"/repos/" + QString(repoOwner + u'/' + repoName);
    if (!path.startsWith(prefix)) {
        replyJson(responder, StatusCode::NotFound,
                  githubError(QStringLiteral("Not Found"),
                              QStringLiteral("repos/repos#get-a-repository")),
                  rate);
        return;
    }
    const QString rest = path.mid(prefix.size());
    // The repository: its merge settings (the demo allows merge commits and squashes).
    if (rest.isEmpty() && request.method() == Method::Get) {
        replyJson(responder, StatusCode::Ok,
                  QJsonObject {{QStringLiteral("full_name"), QString(repoOwner + u'/' + repoName)},
                               {QStringLiteral("default_branch"), QStringLiteral("main")},
                               {QStringLiteral("allow_merge_commit"), true},
                               {QStringLiteral("allow_squash_merge"), true},
                               {QStringLiteral("allow_rebase_merge"), false}},
                  rate);
        return;
    }
    if (rest == u"/pulls" && request.method() == Method::Get) {
        listPulls(request, responder, rate);
        return;
    }
    if (rest == u"/pulls" && request.method() == Method::Post) {
        createPull(request, responder, rate);
        return;
    }
    static const QRegularExpression prPath(QStringLiteral("^/pulls/(\\d+)(/merge)?$"));
    const QRegularExpressionMatch pm = prPath.match(rest);
    if (pm.hasMatch()) {
        handlePull(pm.captured(1).toInt(), !pm.captured(2).isEmpty(), request, responder, rate);
        return;
    }
    static const QRegularExpression commitPath(
        QStringLiteral("^/commits/([^/]+)/(status|check-runs)$"));
    const QRegularExpressionMatch cm = commitPath.match(rest);
    if (cm.hasMatch()) {
        commitChecks(cm.captured(1), cm.captured(2) == u"status", responder, rate);
        return;
    }
    replyJson(responder, StatusCode::NotFound,
              githubError(QStringLiteral("Not Found"), QStringLiteral("repos")), rate);
}

void DemoGitHub::listPulls(const QHttpServerRequest &request, QHttpServerResponder &responder,
                           const Headers &rate)
{
    const QUrlQuery query(request.url());
    const QString state = query.queryItemValue(QStringLiteral("state")).isEmpty()
        ? QStringLiteral("open")
        : query.queryItemValue(QStringLiteral("state"));
    const QString head = query.queryItemValue(QStringLiteral("head"), QUrl::FullyDecoded);
    QJsonArray list;
    const auto &prs = m_world.pullRequests();
    for (auto it = prs.crbegin(); it != prs.crend(); ++it) { // newest first
        if ((state == u"all" || it->state == state)
            && (head.isEmpty() || head == repoOwner + u':' + it->head))
            list.append(pullRequestJson(*it, mainSha(), false));
    }
    replyJson(responder, StatusCode::Ok, list, rate);
}

void DemoGitHub::createPull(const QHttpServerRequest &request, QHttpServerResponder &responder,
                            const Headers &rate)
{
    if (!authenticated(request)) {
        replyJson(responder, StatusCode::Unauthorized,
                  githubError(QStringLiteral("Requires authentication"),
                              QStringLiteral("pulls/pulls#create-a-pull-request")),
                  rate);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    QString head = body.value(QStringLiteral("head")).toString();
    if (head.startsWith(repoOwner + u':'))
        head = head.mid(repoOwner.size() + 1);
    const QString base = body.value(QStringLiteral("base")).toString();
    const QString headSha = m_hooks.resolveBranch ? m_hooks.resolveBranch(head) : QString();
    auto validation = [&](const QJsonObject &error) {
        QJsonObject e = githubError(QStringLiteral("Validation Failed"),
                                    QStringLiteral("pulls/pulls#create-a-pull-request"));
        e.insert(QStringLiteral("errors"), QJsonArray {error});
        replyJson(responder, StatusCode::UnprocessableEntity, e, rate);
    };
    if (body.value(QStringLiteral("title")).toString().isEmpty() || base.isEmpty()) {
        validation({{QStringLiteral("resource"), QStringLiteral("PullRequest")},
                    {QStringLiteral("field"), QStringLiteral("title")},
                    {QStringLiteral("code"), QStringLiteral("missing_field")}});
        return;
    }
    if (headSha.isEmpty()) {
        validation({{QStringLiteral("resource"), QStringLiteral("PullRequest")},
                    {QStringLiteral("field"), QStringLiteral("head")},
                    {QStringLiteral("code"), QStringLiteral("invalid")}});
        return;
    }
    auto created = m_world.createPullRequest(body.value(QStringLiteral("title")).toString(),
                                             body.value(QStringLiteral("body")).toString(), head,
                                             base, headSha);
    if (!created) {
        validation({{QStringLiteral("resource"), QStringLiteral("PullRequest")},
                    {QStringLiteral("code"), QStringLiteral("custom")},
                    {QStringLiteral("message"), created.error().message()}});
        return;
    }
    Headers headers = rate;
    headers.push_back(
        {"Location",
         QStringLiteral("https://api.github.com/repos/howdiggy/homelab-gitops/pulls/%1")
             .arg(created->number)
             .toUtf8()});
    replyJson(responder, StatusCode::Created, pullRequestJson(*created, mainSha(), true), headers);
}

void DemoGitHub::handlePull(int number, bool merge, const QHttpServerRequest &request,
                            QHttpServerResponder &responder, const Headers &rate)
{
    using Method = QHttpServerRequest::Method;
    const DemoWorld::PullRequest *pr = m_world.pullRequest(number);
    if (!pr) {
        replyJson(responder, StatusCode::NotFound,
                  githubError(QStringLiteral("Not Found"),
                              QStringLiteral("pulls/pulls#get-a-pull-request")),
                  rate);
        return;
    }
    if (!merge) {
        replyJson(responder, StatusCode::Ok, pullRequestJson(*pr, mainSha(), true), rate);
        return;
    }
    if (request.method() == Method::Get) {
        replyJson(responder, pr->merged ? StatusCode::NoContent : StatusCode::NotFound,
                  QJsonObject(), rate);
        return;
    }
    mergePull(number, request, responder, rate);
}

void DemoGitHub::mergePull(int number, const QHttpServerRequest &request,
                           QHttpServerResponder &responder, const Headers &rate)
{
    const DemoWorld::PullRequest *pr = m_world.pullRequest(number);
    if (!authenticated(request)) {
        replyJson(responder, StatusCode::Unauthorized,
                  githubError(QStringLiteral("Requires authentication"),
                              QStringLiteral("pulls/pulls#merge-a-pull-request")),
                  rate);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (body.contains(QStringLiteral("sha"))
        && body.value(QStringLiteral("sha")).toString() != pr->headSha) {
        replyJson(
            responder, StatusCode::Conflict,
            githubError(QStringLiteral("Head branch was modified. Review and try the merge again."),
                        QStringLiteral("pulls/pulls#merge-a-pull-request")),
            rate);
        return;
    }
    if (pr->merged || !m_hooks.mergeBranch) {
        replyJson(responder, StatusCode::MethodNotAllowed,
                  githubError(QStringLiteral("Pull Request is not mergeable"),
                              QStringLiteral("pulls/pulls#merge-a-pull-request")),
                  rate);
        return;
    }
    const QString method
        = body.value(QStringLiteral("merge_method")).toString(QStringLiteral("merge"));
    if (method != u"merge" && method != u"squash") {
        replyJson(responder, StatusCode::MethodNotAllowed,
                  githubError(method == u"rebase"
                                  ? QStringLiteral("Rebase merges are not allowed on this "
                                                   "repository.")
                                  : QStringLiteral("Invalid merge method"),
                              QStringLiteral("pulls/pulls#merge-a-pull-request")),
                  rate);
        return;
    }
    // GitHub's default summaries: both name the pull request.
    const QString defaultTitle = method == u"squash"
        ? QStringLiteral("%1 (#%2)").arg(pr->title).arg(number)
        : QStringLiteral("Merge pull request #%1 from howdiggy/%2").arg(number).arg(pr->head);
    const QString title = body.value(QStringLiteral("commit_title")).toString(defaultTitle);
    auto merged = m_hooks.mergeBranch(
        pr->head, pr->base, title + QStringLiteral("\n\n") + pr->title, method == u"squash");
    if (!merged) {
        qCWarning(lcDemo) << "demo GitHub: cannot merge" << pr->head << "into" << pr->base << ":"
                          << merged.error().toString();
        replyJson(responder, StatusCode::MethodNotAllowed,
                  githubError(QStringLiteral("Pull Request is not mergeable"),
                              QStringLiteral("pulls/pulls#merge-a-pull-request")),
                  rate);
        return;
    }
    (void)m_world.markMerged(number, *merged);
    replyJson(responder, StatusCode::Ok,
              QJsonObject {
                  {QStringLiteral("sha"), *merged},
                  {QStringLiteral("merged"), true},
                  {QStringLiteral("message"), QStringLiteral("Pull Request successfully merged")}},
              rate);
    if (m_hooks.merged)
        m_hooks.merged();
}

void DemoGitHub::commitChecks(const QString &ref, bool statusOnly, QHttpServerResponder &responder,
                              const Headers &rate)
{
    QString sha = ref;
    if (m_hooks.resolveBranch
        && !QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(sha).hasMatch())
        sha = m_hooks.resolveBranch(sha.startsWith(u"heads/") ? sha.mid(6) : sha);
    // The validate workflow runs for a few seconds after a pull request is opened.
    QDateTime since;
    for (const DemoWorld::PullRequest &pr : m_world.pullRequests()) {
        if (pr.headSha == sha)
            since = pr.createdAt;
    }
    const bool pending = since.isValid()
        && (m_checkMilliseconds < 0
            || since.msecsTo(QDateTime::currentDateTimeUtc()) < m_checkMilliseconds);
    if (statusOnly) {
        // Actions report check runs, not statuses: the combined status has none.
        replyJson(responder, StatusCode::Ok,
                  QJsonObject {{QStringLiteral("state"), QStringLiteral("pending")},
                               {QStringLiteral("statuses"), QJsonArray()},
                               {QStringLiteral("sha"), sha},
                               {QStringLiteral("total_count"), 0}},
                  rate);
        return;
    }
    const QJsonObject run {
        {QStringLiteral("id"), 31245879012LL},
        {QStringLiteral("head_sha"), sha},
        {QStringLiteral("status"),
         pending ? QStringLiteral("in_progress") : QStringLiteral("completed")},
        {QStringLiteral("conclusion"),
         pending ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("success"))},
        {QStringLiteral("started_at"),
         iso(since.isValid() ? since : QDateTime::currentDateTimeUtc().addSecs(-600))},
        {QStringLiteral("completed_at"),
         pending
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(iso(since.isValid() ? since.addSecs(3)
                                              : QDateTime::currentDateTimeUtc().addSecs(-560)))},
        {QStringLiteral("name"), QStringLiteral("kustomize-build")},
        {QStringLiteral("html_url"),
         QStringLiteral("https://github.com/howdiggy/homelab-gitops/actions/runs/12745871234/"
                        "job/31245879012")},
        {QStringLiteral("app"),
         QJsonObject {{QStringLiteral("id"), 15368},
                      {QStringLiteral("slug"), QStringLiteral("github-actions")},
                      {QStringLiteral("name"), QStringLiteral("GitHub Actions")}}},
        {QStringLiteral("pull_requests"), QJsonArray()}};
    replyJson(responder, StatusCode::Ok,
              QJsonObject {{QStringLiteral("total_count"), 1},
                           {QStringLiteral("check_runs"), QJsonArray {run}}},
              rate);
}

} // namespace Promenade::Demo
