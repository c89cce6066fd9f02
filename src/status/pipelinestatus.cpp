#include "pipelinestatus.h"

#include "mutabletags.h"
#include "terminaltext.h"
#include "verdictjudge.h"

#include <QJsonArray>

namespace Promenade {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue pinJson(const VersionPin &pin)
{
    if (!pin.isSet())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {{QStringLiteral("file"), pin.file},
                        {QStringLiteral("line"), pin.line},
                        {QStringLiteral("kind"), pin.kindName()},
                        {QStringLiteral("key"), text(pin.key)}};
}

VersionPin pinFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    VersionPin pin;
    static const QList<VersionPin::Kind> kinds {VersionPin::Kind::KustomizeImages,
                                                VersionPin::Kind::Patch,
                                                VersionPin::Kind::Manifest,
                                                VersionPin::Kind::ImageUpdater,
                                                VersionPin::Kind::ApplicationOverride,
                                                VersionPin::Kind::HelmValues,
                                                VersionPin::Kind::ChartVersion};
    for (VersionPin::Kind kind : kinds) {
        if (VersionPin::kindName(kind) == o.value(u"kind").toString())
            pin.kind = kind;
    }
    pin.file = o.value(u"file").toString();
    pin.line = o.value(u"line").toInt();
    pin.key = o.value(u"key").toString();
    return pin;
}

QJsonArray stagesJson(const QList<QStringList> &stages)
{
    QJsonArray out;
    for (const QStringList &stage : stages)
        out.append(QJsonArray::fromStringList(stage));
    return out;
}

} // namespace

EnvironmentStatus EnvironmentStatus::declaredBy(const Environment &env)
{
    EnvironmentStatus e;
    e.name = env.name;
    e.clusters = env.clusters;
    e.stage = env.stage;
    e.upstream = env.upstream;
    e.promotion = env.promotion;
    e.deployments = env.deployments;
    e.infrastructure = env.infrastructure;
    if (!env.problem.isEmpty())
        e.problems << env.problem;
    for (const DeclaredImage &image : env.images) {
        AppStatus a;
        a.app = image.app;
        a.declared = image;
        MutableTags::flag(a, nullptr);
        e.apps.append(a);
    }
    for (const InfrastructureComponent &c : env.infrastructure) {
        if (c.kind != u"Helm chart")
            continue;
        AppStatus a;
        a.app = c.name;
        a.declared.app = c.name;
        a.declared.repository = c.repository;
        a.declared.tag = c.version;
        a.declared.chart = c.name;
        a.declared.chartVersion = c.version;
        a.declared.pin = c.pin;
        a.declared.chartPin = c.pin;
        e.charts.append(a);
    }
    return e;
}

const AppStatus *EnvironmentStatus::chart(const QString &name) const
{
    for (const AppStatus &a : charts) {
        if (a.app == name)
            return &a;
    }
    return nullptr;
}

const AppStatus *EnvironmentStatus::app(const QString &name) const
{
    for (const AppStatus &a : apps) {
        if (a.app == name)
            return &a;
    }
    return nullptr;
}

const EnvironmentStatus *PipelineStatus::environment(const QString &name) const
{
    for (const EnvironmentStatus &e : environments) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

const PullRequestInfo *PipelineStatus::pullRequest(const QString &branch) const
{
    for (const PullRequestInfo &pr : pullRequests) {
        if (pr.branch == branch)
            return &pr;
    }
    return nullptr;
}

namespace {

// One app (or Helm chart component) of an environment.
QJsonObject appJson(const AppStatus &a)
{
    return QJsonObject {
        {QStringLiteral("app"), a.app},
        {QStringLiteral("declared"),
         QJsonObject {{QStringLiteral("image"), a.declared.repository},
                      {QStringLiteral("tag"), text(a.declared.tag)},
                      {QStringLiteral("digest"), text(a.declared.digest)},
                      {QStringLiteral("pinned"), a.declared.pinned}}},
        {QStringLiteral("running"),
         a.runningKnown
             ? QJsonValue(QJsonObject {{QStringLiteral("version"), text(a.runningVersion)},
                                       {QStringLiteral("sync"), a.sync},
                                       {QStringLiteral("health"), a.health},
                                       {QStringLiteral("healthMessage"), text(a.healthMessage)},
                                       {QStringLiteral("revision"), text(a.revision)},
                                       {QStringLiteral("lastSynced"), time(a.lastSynced)},
                                       {QStringLiteral("operation"), text(a.operation)},
                                       {QStringLiteral("application"), a.argoApplication}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("available"),
         a.availableKnown ? QJsonValue(QJsonObject {
             {QStringLiteral("declaredDigest"), text(a.declaredDigest)},
             {QStringLiteral("declaredPlatforms"), QJsonArray::fromStringList(a.declaredPlatforms)},
             {QStringLiteral("declaredCreated"), time(a.declaredCreated)},
             {QStringLiteral("declaredAliases"), QJsonArray::fromStringList(a.declaredAliases)},
             {QStringLiteral("newestTag"), text(a.newestTag)},
             {QStringLiteral("newestDigest"), text(a.newestDigest)},
             {QStringLiteral("newestCreated"), time(a.newestCreated)},
             {QStringLiteral("newestPlatforms"), QJsonArray::fromStringList(a.newestPlatforms)},
             {QStringLiteral("newestAliases"), QJsonArray::fromStringList(a.newestAliases)},
             {QStringLiteral("tagsListed"), a.tagsListed},
             {QStringLiteral("tagsDescribed"), a.tagsDescribed}})
                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("neededPlatforms"), QJsonArray::fromStringList(a.neededPlatforms)},
        {QStringLiteral("behind"), text(a.behind)},
        {QStringLiteral("mutableTag"), a.mutableTag},
        {QStringLiteral("tagMoved"), a.tagMoved},
        {QStringLiteral("mutableTagWarning"), text(a.mutableTagWarning)},
        {QStringLiteral("drift"), QJsonArray::fromStringList(a.drift)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(a.problems)},
        {QStringLiteral("pin"), pinJson(a.declared.pin)},
        {QStringLiteral("chart"),
         a.declared.chart.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QJsonObject {{QStringLiteral("name"), a.declared.chart},
                                       {QStringLiteral("version"), text(a.declared.chartVersion)},
                                       {QStringLiteral("pin"), pinJson(a.declared.chartPin)}})},
    };
}

} // namespace

QJsonObject PipelineStatus::toJson() const
{
    QJsonArray envs;
    const VerdictJudge judge(*this);
    for (const EnvironmentStatus &env : environments) {
        QJsonArray apps;
        for (const AppStatus &a : env.apps) {
            QJsonObject app = appJson(a);
            app.insert(QStringLiteral("promotion"), judge.verdict(env.name, a.app).toJson());
            apps.append(app);
        }
        QJsonArray charts;
        for (const AppStatus &a : env.charts)
            charts.append(appJson(a));
        QJsonArray certs;
        for (const CertificateInfo &c : env.certificates) {
            certs.append(QJsonObject {{QStringLiteral("cluster"), c.cluster},
                                      {QStringLiteral("namespace"), c.nameSpace},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("issuer"), text(c.issuer)},
                                      {QStringLiteral("state"), c.state},
                                      {QStringLiteral("notAfter"), time(c.notAfter)},
                                      {QStringLiteral("message"), text(c.message)},
                                      {QStringLiteral("source"), c.source}});
        }
        QJsonArray issuers;
        for (const IssuerInfo &i : env.issuers) {
            issuers.append(QJsonObject {{QStringLiteral("cluster"), i.cluster},
                                        {QStringLiteral("name"), i.name},
                                        {QStringLiteral("type"), i.type},
                                        {QStringLiteral("server"), text(i.server)},
                                        {QStringLiteral("ready"), i.ready},
                                        {QStringLiteral("message"), text(i.message)},
                                        {QStringLiteral("kind"), i.kind},
                                        {QStringLiteral("namespace"), text(i.nameSpace)}});
        }
        QJsonArray deployments;
        for (const Deployment &dep : env.deployments) {
            deployments.append(
                QJsonObject {{QStringLiteral("kind"), Deployment::kindName(dep.kind)},
                             {QStringLiteral("name"), text(dep.name)},
                             {QStringLiteral("file"), text(dep.definedIn)},
                             {QStringLiteral("cluster"), text(dep.cluster)},
                             {QStringLiteral("namespace"), text(dep.targetNamespace)},
                             {QStringLiteral("path"), text(dep.path)},
                             {QStringLiteral("chart"), text(dep.chart)},
                             {QStringLiteral("chartVersion"), text(dep.chartVersion)},
                             {QStringLiteral("app"), text(dep.app)},
                             {QStringLiteral("infrastructure"), dep.infrastructure}});
        }
        QJsonArray infrastructure;
        for (const InfrastructureComponent &component : env.infrastructure) {
            infrastructure.append(
                QJsonObject {{QStringLiteral("name"), component.name},
                             {QStringLiteral("kind"), component.kind},
                             {QStringLiteral("version"), text(component.version)},
                             {QStringLiteral("repository"), text(component.repository)},
                             {QStringLiteral("pin"), pinJson(component.pin)}});
        }
        envs.append(QJsonObject {
            {QStringLiteral("name"), env.name},
            {QStringLiteral("clusters"), QJsonArray::fromStringList(env.clusters)},
            {QStringLiteral("apps"), apps},
            {QStringLiteral("charts"), charts},
            {QStringLiteral("certificates"), certs},
            {QStringLiteral("issuers"), issuers},
            {QStringLiteral("problems"), QJsonArray::fromStringList(env.problems)},
            {QStringLiteral("stage"), env.stage},
            {QStringLiteral("upstream"), QJsonArray::fromStringList(env.upstream)},
            {QStringLiteral("promotion"),
             env.promotion == PromotionMode::PullRequest ? QStringLiteral("pull-request")
                                                         : QStringLiteral("commit")},
            {QStringLiteral("deployments"), deployments},
            {QStringLiteral("infrastructure"), infrastructure}});
    }
    QJsonArray prs;
    for (const PullRequestInfo &pr : pullRequests) {
        prs.append(QJsonObject {{QStringLiteral("number"), pr.number},
                                {QStringLiteral("title"), pr.title},
                                {QStringLiteral("branch"), pr.branch},
                                {QStringLiteral("url"), text(pr.url)},
                                {QStringLiteral("checks"), pr.checks},
                                {QStringLiteral("checksSummary"), text(pr.checksSummary)}});
    }
    QJsonArray refusedJson;
    for (const RefusedService &r : refused)
        refusedJson.append(QJsonObject {{QStringLiteral("service"), r.service},
                                        {QStringLiteral("endpoint"), r.endpoint},
                                        {QStringLiteral("reason"), r.reason}});
    return {{QStringLiteral("schema"), QStringLiteral("promenade-status")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("repository"), root},
            {QStringLiteral("fetchedAt"), time(fetchedAt)},
            {QStringLiteral("environments"), envs},
            {QStringLiteral("stages"), stagesJson(stages)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("pullRequests"),
             pullRequestsKnown ? QJsonValue(prs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
            {QStringLiteral("unreachable"), QJsonArray::fromStringList(unreachable)},
            {QStringLiteral("refused"), refusedJson}};
}

namespace {

QString textOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QStringList listOf(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

AppStatus appFromJson(const QJsonObject &o)
{
    AppStatus a;
    a.app = textOf(o, "app");
    const QJsonObject declared = o.value(u"declared").toObject();
    a.declared.app = a.app;
    a.declared.repository = textOf(declared, "image");
    a.declared.tag = textOf(declared, "tag");
    a.declared.digest = textOf(declared, "digest");
    a.declared.pinned = declared.value(u"pinned").toBool(true);
    if (const QJsonValue running = o.value(u"running"); running.isObject()) {
        const QJsonObject r = running.toObject();
        a.runningKnown = true;
        a.runningVersion = textOf(r, "version");
        a.sync = textOf(r, "sync");
        a.health = textOf(r, "health");
        a.healthMessage = textOf(r, "healthMessage");
        a.revision = textOf(r, "revision");
        a.lastSynced = timeOf(r, "lastSynced");
        a.operation = textOf(r, "operation");
        a.argoApplication = textOf(r, "application");
    }
    if (const QJsonValue available = o.value(u"available"); available.isObject()) {
        const QJsonObject v = available.toObject();
        a.availableKnown = true;
        a.declaredDigest = textOf(v, "declaredDigest");
        a.declaredPlatforms = listOf(v, "declaredPlatforms");
        a.declaredCreated = timeOf(v, "declaredCreated");
        a.declaredAliases = listOf(v, "declaredAliases");
        a.newestTag = textOf(v, "newestTag");
        a.newestDigest = textOf(v, "newestDigest");
        a.newestCreated = timeOf(v, "newestCreated");
        a.newestPlatforms = listOf(v, "newestPlatforms");
        a.newestAliases = listOf(v, "newestAliases");
        a.tagsListed = v.value(u"tagsListed").toInt();
        a.tagsDescribed = v.value(u"tagsDescribed").toInt();
    }
    a.neededPlatforms = listOf(o, "neededPlatforms");
    a.behind = textOf(o, "behind");
    a.mutableTag = o.value(u"mutableTag").toBool();
    a.tagMoved = o.value(u"tagMoved").toBool();
    a.mutableTagWarning = textOf(o, "mutableTagWarning");
    a.drift = listOf(o, "drift");
    a.problems = listOf(o, "problems");
    a.declared.pin = pinFromJson(o.value(u"pin"));
    if (const QJsonObject chart = o.value(u"chart").toObject(); !chart.isEmpty()) {
        a.declared.chart = textOf(chart, "name");
        a.declared.chartVersion = textOf(chart, "version");
        a.declared.chartPin = pinFromJson(chart.value(u"pin"));
    }
    return a;
}

} // namespace

std::optional<PipelineStatus> PipelineStatus::fromJson(const QJsonObject &json)
{
    if (json.value(u"schema").toString() != u"promenade-status"
        || json.value(u"version").toInt() != 1)
        return std::nullopt;
    PipelineStatus status;
    status.root = textOf(json, "repository");
    status.fetchedAt = timeOf(json, "fetchedAt");
    if (!status.fetchedAt.isValid())
        return std::nullopt;
    for (const QJsonValue &e : json.value(u"environments").toArray()) {
        const QJsonObject o = e.toObject();
        EnvironmentStatus env;
        env.name = textOf(o, "name");
        env.clusters = listOf(o, "clusters");
        for (const QJsonValue &a : o.value(u"apps").toArray())
            env.apps.append(appFromJson(a.toObject()));
        for (const QJsonValue &a : o.value(u"charts").toArray())
            env.charts.append(appFromJson(a.toObject()));
        for (const QJsonValue &c : o.value(u"certificates").toArray()) {
            const QJsonObject co = c.toObject();
            env.certificates.append({textOf(co, "cluster"), textOf(co, "namespace"),
                                     textOf(co, "name"), textOf(co, "issuer"), textOf(co, "state"),
                                     timeOf(co, "notAfter"), textOf(co, "message"),
                                     textOf(co, "source")});
        }
        for (const QJsonValue &i : o.value(u"issuers").toArray()) {
            const QJsonObject io = i.toObject();
            IssuerInfo issuer {textOf(io, "cluster"),       textOf(io, "name"),
                               textOf(io, "type"),          textOf(io, "server"),
                               io.value(u"ready").toBool(), textOf(io, "message")};
            if (io.contains(u"kind"))
                issuer.kind = textOf(io, "kind");
            issuer.nameSpace = textOf(io, "namespace");
            env.issuers.append(issuer);
        }
        env.problems = listOf(o, "problems");
        env.stage = o.value(u"stage").toInt();
        env.upstream = listOf(o, "upstream");
        env.promotion = textOf(o, "promotion") == u"pull-request" ? PromotionMode::PullRequest
                                                                  : PromotionMode::Commit;
        for (const QJsonValue &c : o.value(u"infrastructure").toArray()) {
            const QJsonObject co = c.toObject();
            env.infrastructure.append({textOf(co, "name"), textOf(co, "version"),
                                       textOf(co, "kind"), pinFromJson(co.value(u"pin")),
                                       textOf(co, "repository")});
        }
        status.environments.append(env);
    }
    if (const QJsonValue prs = json.value(u"pullRequests"); prs.isArray()) {
        status.pullRequestsKnown = true;
        for (const QJsonValue &p : prs.toArray()) {
            const QJsonObject po = p.toObject();
            status.pullRequests.append({po.value(u"number").toInt(), textOf(po, "title"),
                                        textOf(po, "branch"), textOf(po, "url"),
                                        textOf(po, "checks"), textOf(po, "checksSummary")});
        }
    }
    for (const QJsonValue &stage : json.value(u"stages").toArray()) {
        QStringList names;
        for (const QJsonValue &name : stage.toArray())
            names << name.toString();
        status.stages << names;
    }
    status.warnings = listOf(json, "warnings");
    status.problems = listOf(json, "problems");
    status.unreachable = listOf(json, "unreachable");
    for (const QJsonValue &r : json.value(u"refused").toArray()) {
        const QJsonObject ro = r.toObject();
        status.refused.append(
            {textOf(ro, "service"), textOf(ro, "endpoint"), textOf(ro, "reason")});
    }
    return status;
}

bool PipelineStatus::knowsWhatRuns() const
{
    for (const EnvironmentStatus &env : environments) {
        for (const AppStatus &a : env.apps) {
            if (a.runningKnown)
                return true;
        }
    }
    return false;
}

QString PipelineStatus::toTable() const
{
    QString out;
    QTextStream s(&out);
    const VerdictJudge judge(*this);
    s << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
             .arg(QStringLiteral("ENVIRONMENT").leftJustified(12),
                  QStringLiteral("APP").leftJustified(18),
                  QStringLiteral("DECLARED").leftJustified(12),
                  QStringLiteral("RUNNING").leftJustified(12),
                  QStringLiteral("SYNC/HEALTH").leftJustified(22), QStringLiteral("NEWEST"));
    QStringList notes;
    for (const EnvironmentStatus &env : environments) {
        for (const AppStatus &a : env.apps) {
            const QString health
                = a.runningKnown ? a.sync + u'/' + a.health : QStringLiteral("unknown");
            // Names, tags and health come from the repository and the servers: escaped, so
            // that none can move the cursor or fake a row (see terminalSafe).
            s << terminalSafe(QStringLiteral("%1  %2  %3  %4  %5  %6")
                                  .arg(env.name.leftJustified(12), a.app.leftJustified(18),
                                       a.declared.tag.leftJustified(12),
                                       (a.runningKnown ? a.runningVersion.section(u'@', 0, 0)
                                                       : QStringLiteral("?"))
                                           .leftJustified(12),
                                       health.leftJustified(22),
                                       a.availableKnown ? a.newestTag : QStringLiteral("?")))
              << u'\n';
            for (const QString &d : a.drift)
                notes << QStringLiteral("! %1 %2: %3").arg(env.name, a.app, d);
            if (a.mutableTag)
                notes << QStringLiteral("! %1 %2: %3").arg(env.name, a.app, a.mutableTagWarning)
                        + (a.declaredDigest.isEmpty()
                               ? QString()
                               : QStringLiteral(" (promenade promote … --pin-digest pins %1)")
                                     .arg(a.declaredDigest));
            // The promotion verdict, as every view says it (VerdictJudge).
            if (const PromotionVerdict v = judge.verdict(env.name, a.app); v.hasCandidate())
                notes << QStringLiteral("%1 %2 %3: %4")
                             .arg(v.ready() ? QStringLiteral("→") : QStringLiteral("✗"), env.name,
                                  a.app, v.sentence);
            for (const QString &p : a.problems)
                notes << QStringLiteral("? %1 %2: %3").arg(env.name, a.app, p);
        }
        for (const QString &p : env.problems)
            notes << QStringLiteral("? %1: %2").arg(env.name, p);
    }
    bool header = false;
    for (const EnvironmentStatus &env : environments) {
        for (const CertificateInfo &c : env.certificates) {
            if (!header) {
                s << QStringLiteral("\n%1  %2  %3  %4\n")
                         .arg(QStringLiteral("CERTIFICATE").leftJustified(42),
                              QStringLiteral("CLUSTER").leftJustified(11),
                              QStringLiteral("STATE").leftJustified(9), QStringLiteral("EXPIRES"));
                header = true;
            }
            const qint64 days = c.notAfter.isValid() ? fetchedAt.daysTo(c.notAfter) : -1;
            s << terminalSafe(QStringLiteral("%1  %2  %3  %4")
                                  .arg(QString(c.nameSpace + u'/' + c.name).leftJustified(42),
                                       c.cluster.leftJustified(11), c.state.leftJustified(9),
                                       c.notAfter.isValid() ? QStringLiteral("%1 (in %2 days)")
                                                                  .arg(c.notAfter.toUTC().toString(
                                                                      QStringLiteral("yyyy-MM-dd")))
                                                                  .arg(days)
                                                            : QStringLiteral("?")))
              << u'\n';
            if (days >= 0 && days < 14)
                notes << QStringLiteral("! %1: certificate %2/%3 expires in %4 days")
                             .arg(c.cluster, c.nameSpace, c.name)
                             .arg(days);
            if (!c.message.isEmpty() && c.state != u"Ready")
                notes << QStringLiteral("! %1: certificate %2/%3: %4")
                             .arg(c.cluster, c.nameSpace, c.name, c.message);
        }
    }
    for (const EnvironmentStatus &env : environments) {
        for (const IssuerInfo &i : env.issuers) {
            if (!i.ready)
                notes << QStringLiteral("! %1: issuer %2 is not ready: %3")
                             .arg(i.cluster,
                                  i.nameSpace.isEmpty() ? i.name : i.nameSpace + u'/' + i.name,
                                  i.message);
        }
    }
    if (!pullRequests.isEmpty()) {
        s << QStringLiteral("\nOPEN PROMOTION PULL REQUESTS\n");
        for (const PullRequestInfo &pr : pullRequests)
            s << terminalSafe(QStringLiteral("#%1  %2  checks: %3  %4")
                                  .arg(pr.number)
                                  .arg(pr.title,
                                       pr.checksSummary.isEmpty() ? pr.checks : pr.checksSummary,
                                       pr.url))
              << u'\n';
    }
    for (const QString &p : problems)
        notes << QStringLiteral("? %1").arg(p);
    if (!notes.isEmpty()) {
        s << u'\n';
        for (const QString &note : std::as_const(notes))
            s << terminalSafe(note) << u'\n';
    }
    s << QStringLiteral("\nas of %1\n")
             .arg(fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    return out;
}

} // namespace Promenade
