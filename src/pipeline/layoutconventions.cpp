#include "layoutconventions.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Promenade {

namespace {

const QHash<QString, int> &rankTable()
{
    static const QHash<QString, int> known {
        {QStringLiteral("local"), 5},
        {QStringLiteral("sandbox"), 8},
        {QStringLiteral("dev"), 10},
        {QStringLiteral("develop"), 10},
        {QStringLiteral("development"), 10},
        {QStringLiteral("test"), 20},
        {QStringLiteral("testing"), 20},
        {QStringLiteral("qa"), 20},
        {QStringLiteral("int"), 25},
        {QStringLiteral("integration"), 25},
        {QStringLiteral("uat"), 30},
        {QStringLiteral("stage"), 40},
        {QStringLiteral("stg"), 40},
        {QStringLiteral("staging"), 40},
        {QStringLiteral("preprod"), 45},
        {QStringLiteral("pre-prod"), 45},
        {QStringLiteral("pre-production"), 45},
        {QStringLiteral("prod"), 50},
        {QStringLiteral("prd"), 50},
        {QStringLiteral("production"), 50},
        {QStringLiteral("live"), 50},
    };
    return known;
}

int knownRank(const QString &lower)
{
    const auto &known = rankTable();
    if (known.contains(lower))
        return known.value(lower);
    // Compound names such as "prod-eu", "dev-2" or "eu-prod" rank with their stem.
    const QStringList parts
        = lower.split(QRegularExpression(QStringLiteral("[-_.]")), Qt::SkipEmptyParts);
    if (parts.size() > 1) {
        for (const QString &part : parts) {
            if (known.contains(part))
                return known.value(part);
        }
    }
    return -1;
}

} // namespace

int LayoutConventions::environmentRank(const QString &name)
{
    const int rank = knownRank(name.toLower());
    return rank >= 0 ? rank : 35;
}

bool LayoutConventions::isKnownEnvironmentName(const QString &name)
{
    return knownRank(name.toLower()) >= 0;
}

bool LayoutConventions::isEnvironmentsFolder(const QString &segment)
{
    static const QSet<QString> names {QStringLiteral("overlays"), QStringLiteral("overlay"),
                                      QStringLiteral("envs"),     QStringLiteral("environments"),
                                      QStringLiteral("stages"),   QStringLiteral("env")};
    return names.contains(segment.toLower());
}

bool LayoutConventions::isNeverAnEnvironment(const QString &segment)
{
    static const QSet<QString> names {
        QStringLiteral("base"),      QStringLiteral("bases"),     QStringLiteral("components"),
        QStringLiteral("component"), QStringLiteral("variants"),  QStringLiteral("common"),
        QStringLiteral("shared"),    QStringLiteral("templates"), QStringLiteral("lib"),
        QStringLiteral("resources"), QStringLiteral("patches"),   QStringLiteral("crds")};
    return names.contains(segment.toLower());
}

bool LayoutConventions::isGroupingFolder(const QString &segment)
{
    static const QSet<QString> names {QStringLiteral("apps"),
                                      QStringLiteral("applications"),
                                      QStringLiteral("app"),
                                      QStringLiteral("k8s"),
                                      QStringLiteral("kubernetes"),
                                      QStringLiteral("kube"),
                                      QStringLiteral("deploy"),
                                      QStringLiteral("deployment"),
                                      QStringLiteral("deployments"),
                                      QStringLiteral("manifests"),
                                      QStringLiteral("kustomize"),
                                      QStringLiteral("gitops"),
                                      QStringLiteral("clusters"),
                                      QStringLiteral("cluster"),
                                      QStringLiteral("infrastructure"),
                                      QStringLiteral("infra"),
                                      QStringLiteral("platform"),
                                      QStringLiteral("services"),
                                      QStringLiteral("workloads"),
                                      QStringLiteral("argocd"),
                                      QStringLiteral("argo-cd"),
                                      QStringLiteral("flux"),
                                      QStringLiteral("tenants"),
                                      QStringLiteral("."),
                                      QStringLiteral("src"),
                                      QStringLiteral("config"),
                                      QStringLiteral("addons"),
                                      QStringLiteral("system")};
    return names.contains(segment.toLower());
}

LayoutConventions::PathMeaning LayoutConventions::meaningOf(const QString &path,
                                                            const QStringList &knownClusters)
{
    PathMeaning meaning;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    meaning.infrastructure = isInfrastructurePath(path);
    // The last environments folder with a name after it decides: apps/web/overlays/prod,
    // clusters/c1/overlays/prod, apps/overlays/prod/web.
    for (qsizetype i = segments.size() - 2; i >= 0; --i) {
        if (!isEnvironmentsFolder(segments[i]) || isNeverAnEnvironment(segments[i + 1]))
            continue;
        meaning.environment = segments[i + 1];
        if (i + 2 < segments.size()) {
            const QString after = segments[i + 2];
            if (knownClusters.contains(after) || meaning.infrastructure)
                meaning.trailing = after;
            else if (!isNeverAnEnvironment(after) && !isGroupingFolder(after))
                meaning.app = after;
        }
        // Before the environments folder: the nearest segment that is not a grouping one
        // (services/billing/deploy/k8s/stages/dev → billing), unless it is a cluster's folder.
        for (qsizetype j = i - 1; meaning.app.isEmpty() && j >= 0 && !meaning.infrastructure; --j) {
            if (isGroupingFolder(segments[j]) || isNeverAnEnvironment(segments[j]))
                continue;
            const bool clusterFolder
                = (j >= 1 && (segments[j - 1] == u"clusters" || segments[j - 1] == u"cluster"))
                || knownClusters.contains(segments[j]);
            if (!clusterFolder)
                meaning.app = segments[j];
            break;
        }
        return meaning;
    }
    return meaning;
}

bool LayoutConventions::isInfrastructurePath(const QString &path)
{
    static const QSet<QString> names {
        QStringLiteral("infrastructure"), QStringLiteral("infra"),
        QStringLiteral("platform"),       QStringLiteral("addons"),
        QStringLiteral("cluster-addons"), QStringLiteral("system"),
        QStringLiteral("core-services"),  QStringLiteral("cluster-services"),
        QStringLiteral("controllers"),    QStringLiteral("operators")};
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (names.contains(segment.toLower()))
            return true;
        if (isEnvironmentsFolder(segment))
            break; // only what groups the environments counts, not an app called "system"
    }
    return false;
}

bool LayoutConventions::isInfrastructureChart(const QString &chart)
{
    static const QSet<QString> names {QStringLiteral("cert-manager"),
                                      QStringLiteral("ingress-nginx"),
                                      QStringLiteral("external-dns"),
                                      QStringLiteral("sealed-secrets"),
                                      QStringLiteral("external-secrets"),
                                      QStringLiteral("kube-prometheus-stack"),
                                      QStringLiteral("metrics-server"),
                                      QStringLiteral("argo-cd"),
                                      QStringLiteral("traefik"),
                                      QStringLiteral("velero"),
                                      QStringLiteral("cilium"),
                                      QStringLiteral("calico"),
                                      QStringLiteral("longhorn"),
                                      QStringLiteral("kyverno"),
                                      QStringLiteral("gatekeeper"),
                                      QStringLiteral("cluster-autoscaler"),
                                      QStringLiteral("aws-load-balancer-controller"),
                                      QStringLiteral("loki"),
                                      QStringLiteral("promtail"),
                                      QStringLiteral("grafana"),
                                      QStringLiteral("prometheus"),
                                      QStringLiteral("istio-base"),
                                      QStringLiteral("istiod"),
                                      QStringLiteral("trust-manager"),
                                      QStringLiteral("reloader"),
                                      QStringLiteral("metallb")};
    return names.contains(chart.section(u'/', -1).toLower());
}

QString LayoutConventions::environmentTokenIn(const QString &name, const QStringList &environments)
{
    const QString lower = name.toLower();
    // Names of this repository's environments first, longest first ("prod-eu" before "prod").
    QStringList candidates = environments;
    std::sort(candidates.begin(), candidates.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &env : std::as_const(candidates)) {
        const QString e = env.toLower();
        if (lower == e)
            return env;
        for (const QChar sep : {u'-', u'_', u'.'}) {
            if (lower.endsWith(sep + e) || lower.startsWith(e + sep)
                || lower.contains(sep + e + sep))
                return env;
        }
    }
    const QStringList parts
        = name.split(QRegularExpression(QStringLiteral("[-_.]")), Qt::SkipEmptyParts);
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        if (rankTable().contains(parts[i].toLower()))
            return parts[i];
    }
    return {};
}

QString LayoutConventions::withoutEnvironmentToken(const QString &name, const QString &environment)
{
    if (environment.isEmpty() || name.compare(environment, Qt::CaseInsensitive) == 0)
        return name;
    QString out = name;
    for (const QChar sep : {u'-', u'_', u'.'}) {
        if (out.endsWith(sep + environment, Qt::CaseInsensitive))
            return out.left(out.size() - environment.size() - 1);
        if (out.startsWith(environment + sep, Qt::CaseInsensitive))
            return out.mid(environment.size() + 1);
        const qsizetype at = out.indexOf(sep + environment + sep, 0, Qt::CaseInsensitive);
        if (at >= 0)
            return out.left(at) + out.mid(at + environment.size() + 1);
    }
    return out;
}

} // namespace Promenade
