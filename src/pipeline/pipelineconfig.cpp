#include "pipelineconfig.h"

#include "diffsettings.h"
#include "yamldocuments.h"
#include "yamlfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

#include <yaml-cpp/yaml.h>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineConfig)
};

// One entry of 'environments' (a name, or a mapping), apart from parse() so that each section
// of promenade.yaml reads on its own.
Result<PipelineConfig::EnvironmentEntry> parseEnvironment(const QString &path, const YAML::Node &e)
{
    PipelineConfig::EnvironmentEntry entry;
    if (e.IsScalar()) {
        entry.name = yamlScalar(e);
    } else if (e.IsMap()) {
        entry.name = yamlScalar(yamlChild(e, "name"));
        if (const YAML::Node clusters = yamlChild(e, "clusters")) {
            if (clusters.IsScalar())
                entry.clusters << yamlScalar(clusters);
            else if (clusters.IsSequence())
                for (const YAML::Node &c : clusters)
                    entry.clusters << yamlScalar(c);
            else
                return yamlFieldError(path, clusters, Tr::tr("'clusters' must be a list of names"));
        }
        auto names = [&](const char *key, QStringList &out) -> std::optional<Error> {
            const YAML::Node list = yamlChild(e, key);
            if (list.IsScalar())
                out << yamlScalar(list);
            else if (list.IsSequence())
                for (const YAML::Node &item : list)
                    out << yamlScalar(item);
            else if (list.IsDefined() && !list.IsNull())
                return yamlFieldError(path, list,
                                      Tr::tr("'%1' must be a list").arg(QLatin1String(key)));
            return std::nullopt;
        };
        if (auto error = names("paths", entry.paths))
            return *error;
        if (auto error = names("upstream", entry.upstream))
            return *error;
        entry.upstreamSet = yamlChild(e, "upstream").IsDefined();
        if (const YAML::Node promotion = yamlChild(e, "promotion")) {
            const QString mode = yamlScalar(promotion);
            if (mode == u"commit")
                entry.promotion = PromotionMode::Commit;
            else if (mode == u"pull-request")
                entry.promotion = PromotionMode::PullRequest;
            else
                return yamlFieldError(
                    path, promotion,
                    Tr::tr("'promotion' must be commit or pull-request, not '%1'").arg(mode));
            entry.promotionSet = true;
        }
    }
    return entry;
}

} // namespace

Result<PipelineConfig> PipelineConfig::load(const QString &root)
{
    const QString path = QDir(root).filePath(QLatin1String(fileName));
    try {
        return parse(path);
    } catch (const YAML::Exception &e) {
        // yaml-cpp throws on unexpected node shapes; the file is untrusted input.
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg))
            .at(path, e.mark.line + 1, e.mark.column + 1);
    }
}

Result<PipelineConfig> PipelineConfig::parse(const QString &path)
{
    PipelineConfig config;
    if (!QFileInfo(path).isFile())
        return config;
    auto docs = loadYamlDocuments(path, QFileInfo(path).absolutePath());
    if (!docs)
        return docs.error();
    config.m_exists = true;
    if (docs->empty() || docs->front().IsNull())
        return config;
    const YAML::Node root0 = docs->front();
    if (!root0.IsMap())
        return yamlFieldError(path, root0, Tr::tr("promenade.yaml must be a mapping"));

    for (auto it = root0.begin(); it != root0.end(); ++it) {
        const QString key = yamlScalar(it->first);
        if (key != u"environments" && key != u"apps" && key != u"endpoints" && key != u"settings"
            && key != u"diff")
            return yamlFieldError(path, it->first, Tr::tr("unknown field '%1'").arg(key));
    }
    // The diff section is read where environments are compared (DiffSettings); a malformed one
    // is an error here too, so that it shows when the repository is opened.
    if (auto diff = DiffSettings::parse(yamlChild(root0, "diff"), path); !diff)
        return diff.error();

    if (const YAML::Node envs = yamlChild(root0, "environments")) {
        if (!envs.IsSequence())
            return yamlFieldError(path, envs, Tr::tr("'environments' must be a list"));
        for (const YAML::Node &e : envs) {
            auto entry = parseEnvironment(path, e);
            if (!entry)
                return entry.error();
            if (entry->name.isEmpty())
                return yamlFieldError(path, e, Tr::tr("every environment needs a name"));
            config.m_environments.append(*entry);
        }
    }
    if (const YAML::Node apps = yamlChild(root0, "apps")) {
        if (!apps.IsSequence())
            return yamlFieldError(path, apps, Tr::tr("'apps' must be a list"));
        for (const YAML::Node &a : apps) {
            if (!a.IsMap() || yamlScalar(yamlChild(a, "name")).isEmpty())
                return yamlFieldError(path, a, Tr::tr("every app needs a name"));
            AppEntry app {
                yamlScalar(yamlChild(a, "name")), yamlScalar(yamlChild(a, "image")), {}, {}};
            if (const YAML::Node source = yamlChild(a, "source")) {
                if (source.IsScalar()) {
                    app.sourceUrl = yamlScalar(source);
                } else if (source.IsMap()) {
                    app.sourceUrl = yamlScalar(yamlChild(source, "url"));
                    app.sourcePath = yamlScalar(yamlChild(source, "path"));
                } else {
                    return yamlFieldError(path, source,
                                          Tr::tr("'source' must be a Git URL or {url, path}"));
                }
            }
            config.m_apps.append(app);
        }
    }
    if (const YAML::Node endpoints = yamlChild(root0, "endpoints")) {
        if (!endpoints.IsMap())
            return yamlFieldError(path, endpoints, Tr::tr("'endpoints' must be a mapping"));
        if (const YAML::Node argo = yamlChild(endpoints, "argocd")) {
            if (argo.IsScalar()) {
                config.m_argoCd.append({yamlScalar(argo), {}});
            } else if (argo.IsSequence()) {
                for (const YAML::Node &entry : argo) {
                    ArgoCdEndpoint endpoint {yamlScalar(yamlChild(entry, "url")), {}};
                    for (const YAML::Node &c : yamlChild(entry, "clusters"))
                        endpoint.clusters << yamlScalar(c);
                    if (endpoint.url.isEmpty())
                        return yamlFieldError(path, entry,
                                              Tr::tr("every Argo CD endpoint needs a url"));
                    config.m_argoCd.append(endpoint);
                }
            } else {
                return yamlFieldError(
                    path, argo,
                    Tr::tr("'endpoints.argocd' must be a URL or a list of {url, clusters}"));
            }
        }
        if (const YAML::Node registries = yamlChild(endpoints, "registries")) {
            if (!registries.IsMap())
                return yamlFieldError(
                    path, registries,
                    Tr::tr("'endpoints.registries' must map registry hosts to URLs"));
            for (auto it = registries.begin(); it != registries.end(); ++it)
                config.m_registries.insert(yamlScalar(it->first), yamlScalar(it->second));
        }
        if (const YAML::Node clusters = yamlChild(endpoints, "clusters")) {
            if (!clusters.IsMap())
                return yamlFieldError(
                    path, clusters,
                    Tr::tr("'endpoints.clusters' must map cluster names to {context}"));
            for (auto it = clusters.begin(); it != clusters.end(); ++it)
                config.m_clusterContexts.insert(yamlScalar(it->first),
                                                yamlScalar(yamlChild(it->second, "context")));
        }
        if (const YAML::Node github = yamlChild(endpoints, "github")) {
            if (!github.IsMap())
                return yamlFieldError(
                    path, github, Tr::tr("'endpoints.github' must be a mapping (repository, url)"));
            config.m_github.repository = yamlScalar(yamlChild(github, "repository"));
            config.m_github.url = yamlScalar(yamlChild(github, "url"));
            if (!config.m_github.repository.isEmpty()
                && config.m_github.repository.count(u'/') != 1)
                return yamlFieldError(path, yamlChild(github, "repository"),
                                      Tr::tr("'repository' must be OWNER/NAME"));
        }
    }
    return config;
}

} // namespace Promenade
