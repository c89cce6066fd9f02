#include "deploymentmanifests.h"

#include "applicationsetmatching.h"
#include "applicationsetvalues.h"
#include "gotemplate.h"
#include "gotemplatefunctions.h"
#include "yamldocuments.h"
#include "yamlfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Promenade {

using namespace ApplicationSetMatching;
using namespace ApplicationSetValues;
using GoTemplateFunctions::sanitizeName;

namespace {

// Sentences shown in the window are translated there; the command line stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationSetExpander)
};

using Params = QVariantMap;
using Listing = ApplicationSetExpander::RepositoryListing;

const QString LocalServer = QStringLiteral("https://kubernetes.default.svc");
constexpr int MaxDepth = 64; // of YAML or JSON nesting read into parameters
constexpr qint64 MaxParameterFile = 1 << 20; // git files generator: bigger files are skipped
constexpr int MaxListedEntries = 200000; // a repository bigger than this is listed partially

// ---- one expansion --------------------------------------------------------------------------

// Legacy templates (fasttemplate): {{ key }} replaced when the key exists, else kept as written.
QString fastTemplate(const QString &text, const Params &params)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), i);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        out += QStringView(text).mid(i, open - i);
        const QString tag = text.mid(open + 2, close - open - 2);
        const auto found = params.constFind(tag.trimmed());
        if (!tag.trimmed().isEmpty() && found != params.cend()
            && found->typeId() != QMetaType::QVariantMap
            && found->typeId() != QMetaType::QVariantList) {
            out += textOf(found.value());
        } else {
            out += QStringView(text).mid(open, close + 2 - open);
        }
        i = close + 2;
    }
    out += QStringView(text).mid(i);
    return out;
}

struct Run
{
    const ApplicationSetExpander::Context &context;
    QString label; // "web (appsets/web.yaml)"
    bool goTemplate = false;
    bool missingKeyIsError = false;
    QStringList warnings;
    std::optional<Listing> ownListing;
    QHash<QString, Result<GoTemplate>> parsed;

    void warn(const QString &sentence)
    {
        const QString full = Tr::tr("ApplicationSet %1: %2").arg(label, sentence);
        if (!warnings.contains(full))
            warnings << full;
    }

    const Listing &listing()
    {
        if (context.listing)
            return *context.listing;
        if (!ownListing)
            ownListing = ApplicationSetExpander::listRepository(context.root);
        return *ownListing;
    }

    Result<QString> render(const QString &text, const Params &params)
    {
        if (!text.contains(QLatin1String("{{")))
            return text;
        if (!goTemplate)
            return fastTemplate(text, params);
        auto found = parsed.find(text);
        if (found == parsed.end())
            found = parsed.insert(text, GoTemplate::parse(text));
        if (!*found)
            return Error(Error::Kind::BadInput,
                         Tr::tr("it uses %1, which Promenade does not evaluate")
                             .arg(found->error().message()));
        return found->value().render(params, missingKeyIsError);
    }

    // A new tree with every string rendered. Nothing is shared with `node`: yaml-cpp merges the
    // memory pools of trees that share a node, which made 300 Applications quadratic. The new
    // nodes have no lines (restoreLines puts back the ones that matter).
    Result<YAML::Node> rendered(const YAML::Node &node, const Params &params, int depth = 0)
    {
        if (depth > MaxDepth)
            return YAML::Node();
        if (node.IsScalar()) {
            if (node.Scalar().find("{{") == std::string::npos)
                return YAML::Node(node.Scalar());
            auto text = render(QString::fromStdString(node.Scalar()), params);
            if (!text)
                return text.error();
            return YAML::Node(text->toStdString());
        }
        if (node.IsSequence()) {
            YAML::Node out(YAML::NodeType::Sequence);
            for (const YAML::Node &item : node) {
                auto r = rendered(item, params, depth + 1);
                if (!r)
                    return r;
                out.push_back(*r);
            }
            return out;
        }
        if (node.IsMap()) {
            YAML::Node out(YAML::NodeType::Map);
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!it->first.IsScalar())
                    continue;
                auto r = rendered(it->second, params, depth + 1);
                if (!r)
                    return r;
                out[it->first.Scalar()] = *r;
            }
            return out;
        }
        return YAML::Node();
    }

    // The generator's `values`, each rendered with the generator's own parameters.
    void addValues(const YAML::Node &values, Params &params)
    {
        if (!values.IsMap())
            return;
        QVariantMap rendered;
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (!it->first.IsScalar() || !it->second.IsScalar())
                continue;
            auto value = render(QString::fromStdString(it->second.Scalar()), params);
            rendered.insert(QString::fromStdString(it->first.Scalar()),
                            value ? *value : QString::fromStdString(it->second.Scalar()));
        }
        if (goTemplate) {
            params.insert(QStringLiteral("values"), rendered);
        } else {
            for (auto it = rendered.cbegin(); it != rendered.cend(); ++it)
                params.insert(QStringLiteral("values.") + it.key(), it.value());
        }
    }

    void addPathParams(Params &params, const QString &directory, const QString &fileName,
                       const QString &prefix) const
    {
        const QString dir = directory.isEmpty() ? QStringLiteral(".") : directory;
        const QString basename = goBase(dir);
        const QStringList segments = dir.split(u'/');
        if (goTemplate) {
            QVariantMap path {{QStringLiteral("path"), dir},
                              {QStringLiteral("basename"), basename},
                              {QStringLiteral("basenameNormalized"), sanitizeName(basename)},
                              {QStringLiteral("segments"),
                               QVariant(QVariantList(segments.cbegin(), segments.cend()))}};
            if (!fileName.isNull()) {
                path.insert(QStringLiteral("filename"), fileName);
                path.insert(QStringLiteral("filenameNormalized"), sanitizeName(fileName));
            }
            if (prefix.isEmpty())
                params.insert(QStringLiteral("path"), path);
            else
                params.insert(prefix, QVariantMap {{QStringLiteral("path"), path}});
            return;
        }
        const QString key
            = prefix.isEmpty() ? QStringLiteral("path") : prefix + QStringLiteral(".path");
        params.insert(key, dir);
        params.insert(key + QStringLiteral(".basename"), basename);
        params.insert(key + QStringLiteral(".basenameNormalized"), sanitizeName(basename));
        for (qsizetype i = 0; i < segments.size(); ++i)
            params.insert(key + u'[' + QString::number(i) + u']', segments.at(i));
        if (!fileName.isNull()) {
            params.insert(key + QStringLiteral(".filename"), fileName);
            params.insert(key + QStringLiteral(".filenameNormalized"), sanitizeName(fileName));
        }
    }

    QList<Params> listElements(const YAML::Node &elements)
    {
        QList<Params> out;
        if (!elements.IsSequence())
            return out;
        for (const YAML::Node &element : elements) {
            if (!element.IsMap()) {
                warn(Tr::tr("a list generator element is not a mapping; it is left out"));
                continue;
            }
            if (goTemplate) {
                out << toVariant(element).toMap();
                continue;
            }
            Params params;
            bool valid = true;
            for (auto it = element.begin(); it != element.end(); ++it) {
                const QString key = yamlScalar(it->first);
                if (it->second.IsScalar()) {
                    params.insert(key, QString::fromStdString(it->second.Scalar()));
                } else if (key == u"values" && it->second.IsMap()) {
                    const QMap<QString, QString> values = yamlScalarMap(it->second);
                    for (auto v = values.cbegin(); v != values.cend(); ++v)
                        params.insert(QStringLiteral("values.") + v.key(), v.value());
                } else if (!it->second.IsNull()) {
                    valid = false;
                }
            }
            if (!valid) {
                warn(Tr::tr("a list generator element has a value that is not text, which needs "
                            "goTemplate: true; it is left out"));
                continue;
            }
            out << params;
        }
        return out;
    }

    QList<Params> listGenerator(const YAML::Node &list)
    {
        QList<Params> out = listElements(yamlChild(list, "elements"));
        const QString elementsYaml = yamlScalar(yamlChild(list, "elementsYaml"));
        if (!elementsYaml.isEmpty()) {
            try {
                out << listElements(YAML::Load(elementsYaml.toStdString()));
            } catch (const YAML::Exception &) {
                warn(Tr::tr("the list generator's elementsYaml is not valid YAML"));
            }
        }
        return out;
    }

    Params clusterParams(const ClusterSecret &cluster) const
    {
        Params params {{QStringLiteral("name"), cluster.name},
                       {QStringLiteral("nameNormalized"), sanitizeName(cluster.name)},
                       {QStringLiteral("server"), cluster.server},
                       {QStringLiteral("project"), cluster.project}};
        if (goTemplate) {
            QVariantMap labels;
            QVariantMap annotations;
            for (auto it = cluster.labels.cbegin(); it != cluster.labels.cend(); ++it)
                labels.insert(it.key(), it.value());
            for (auto it = cluster.annotations.cbegin(); it != cluster.annotations.cend(); ++it)
                annotations.insert(it.key(), it.value());
            params.insert(QStringLiteral("metadata"),
                          QVariantMap {{QStringLiteral("labels"), labels},
                                       {QStringLiteral("annotations"), annotations}});
        } else {
            for (auto it = cluster.labels.cbegin(); it != cluster.labels.cend(); ++it)
                params.insert(QStringLiteral("metadata.labels.") + it.key(), it.value());
            for (auto it = cluster.annotations.cbegin(); it != cluster.annotations.cend(); ++it)
                params.insert(QStringLiteral("metadata.annotations.") + it.key(), it.value());
        }
        return params;
    }

    QList<Params> clustersGenerator(const YAML::Node &clusters)
    {
        const YAML::Node selector = yamlChild(clusters, "selector");
        QList<ClusterSecret> candidates;
        bool coversLocal = false;
        for (const ClusterSecret &cluster : context.clusters) {
            coversLocal = coversLocal || cluster.server == LocalServer;
            if (selectorMatches(selector, cluster.labels))
                candidates << cluster;
        }
        // Argo CD adds its own cluster only for an empty selector, unless a Secret stands for it.
        if (selectorIsEmpty(selector) && !coversLocal) {
            ClusterSecret local;
            local.name = QStringLiteral("in-cluster");
            local.server = LocalServer;
            candidates.prepend(local);
        }
        QList<Params> out;
        for (const ClusterSecret &cluster : candidates) {
            Params params = clusterParams(cluster);
            addValues(yamlChild(clusters, "values"), params);
            out << params;
        }
        if (yamlScalar(yamlChild(clusters, "flatList")) == u"true") {
            QVariantList all(out.cbegin(), out.cend());
            return {Params {{QStringLiteral("clusters"), all}}};
        }
        return out;
    }

    QList<Params> gitGenerator(const YAML::Node &git)
    {
        const QString repoUrl = yamlScalar(yamlChild(git, "repoURL"));
        if (context.isThisRepository && !context.isThisRepository(repoUrl)) {
            warn(Tr::tr("the git generator reads %1, another repository; its Applications are not "
                        "known offline")
                     .arg(repoUrl));
            return {};
        }
        const QString prefix = yamlScalar(yamlChild(git, "pathParamPrefix"));
        const YAML::Node values = yamlChild(git, "values");
        QStringList includes;
        QStringList excludes;
        const YAML::Node directories = yamlChild(git, "directories");
        const YAML::Node files = yamlChild(git, "files");
        const YAML::Node entries = directories.IsSequence() ? directories : files;
        if (!entries.IsSequence()) {
            warn(Tr::tr("the git generator lists neither directories nor files"));
            return {};
        }
        for (const YAML::Node &entry : entries) {
            const QString pattern = yamlScalar(yamlChild(entry, "path"));
            if (pattern.isEmpty())
                continue;
            (yamlScalar(yamlChild(entry, "exclude")) == u"true" ? excludes : includes) << pattern;
        }
        QList<Params> out;
        if (directories.IsSequence()) {
            for (const QString &dir : listing().directories) {
                const auto matches = [&](const QString &p) {
                    return globMatches(p, dir, false, false);
                };
                if (std::any_of(includes.cbegin(), includes.cend(), matches)
                    && std::none_of(excludes.cbegin(), excludes.cend(), matches)) {
                    Params params;
                    addPathParams(params, dir, QString(), prefix);
                    addValues(values, params);
                    out << params;
                }
            }
            return out;
        }
        const bool greedy = !context.newGitFileGlobbing;
        for (const QString &file : listing().files) {
            const auto matches = [&](const QString &p) {
                return globMatches(p, file, greedy, !greedy);
            };
            if (!std::any_of(includes.cbegin(), includes.cend(), matches)
                || std::any_of(excludes.cbegin(), excludes.cend(), matches)) {
                continue;
            }
            out << fileParams(file, prefix, values);
        }
        return out;
    }

    QList<Params> fileParams(const QString &file, const QString &prefix, const YAML::Node &values)
    {
        QFile f(QDir(context.root).filePath(file));
        if (f.size() > MaxParameterFile || !f.open(QIODevice::ReadOnly)) {
            warn(Tr::tr("the git generator cannot read %1").arg(file));
            return {};
        }
        const QByteArray bytes = f.readAll();
        QVariant content;
        if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
            if (error.error != QJsonParseError::NoError) {
                warn(Tr::tr("the git generator's file %1 is not valid JSON").arg(file));
                return {};
            }
            content = normalizedJson(json.toVariant());
        } else {
            try {
                content = toVariant(YAML::Load(bytes.toStdString()));
            } catch (const YAML::Exception &) {
                warn(Tr::tr("the git generator's file %1 is not valid YAML").arg(file));
                return {};
            }
        }
        QVariantList items;
        if (content.typeId() == QMetaType::QVariantList)
            items = content.toList();
        else
            items << content;
        const qsizetype slash = file.lastIndexOf(u'/');
        const QString directory = slash < 0 ? QString() : file.left(slash);
        const QString fileName = file.mid(slash + 1);
        QList<Params> out;
        for (const QVariant &item : items) {
            if (item.typeId() != QMetaType::QVariantMap) {
                warn(Tr::tr("the git generator's file %1 holds something other than a mapping or a "
                            "list of them")
                         .arg(file));
                continue;
            }
            Params params;
            if (goTemplate)
                params = item.toMap();
            else
                flatten(item, QString(), params);
            addPathParams(params, directory, fileName, prefix);
            addValues(values, params);
            out << params;
        }
        return out;
    }

    QList<Params> matrixGenerator(const YAML::Node &matrix, int depth)
    {
        const YAML::Node children = yamlChild(matrix, "generators");
        if (!children.IsSequence() || children.size() != 2) {
            warn(Tr::tr("the matrix generator needs exactly two child generators"));
            return {};
        }
        const QList<Params> first = generate(children[0], depth + 1);
        const YAML::Node second = children[1];
        const bool interpolated = containsTemplate(second);
        QList<Params> fixed;
        if (!interpolated)
            fixed = generate(second, depth + 1);
        QList<Params> out;
        for (const Params &a : first) {
            QList<Params> seconds = fixed;
            if (interpolated) {
                // The second child may use the first's parameters.
                auto child = rendered(second, a);
                if (!child) {
                    warn(Tr::tr("the matrix generator's second child cannot be rendered (%1)")
                             .arg(child.error().message()));
                    continue;
                }
                seconds = generate(*child, depth + 1);
            }
            for (const Params &b : seconds) {
                if (goTemplate) {
                    out << mergedParams(b, a); // the first generator wins
                    continue;
                }
                Params combined = a;
                for (auto it = b.cbegin(); it != b.cend(); ++it) {
                    const auto existing = combined.constFind(it.key());
                    if (existing != combined.cend() && textOf(*existing) != textOf(*it)) {
                        warn(Tr::tr("the matrix generator's children give the parameter %1 two "
                                    "different values")
                                 .arg(it.key()));
                        return {};
                    }
                    combined.insert(it.key(), it.value());
                }
                out << combined;
            }
        }
        return out;
    }

    QString mergeKey(const Params &params, const QStringList &keys) const
    {
        QStringList parts;
        for (const QString &key : keys)
            parts << textOf(params.value(key));
        return parts.join(QChar(0x1f));
    }

    QList<Params> mergeGenerator(const YAML::Node &merge, int depth)
    {
        const YAML::Node children = yamlChild(merge, "generators");
        const QStringList keys = yamlScalarList(yamlChild(merge, "mergeKeys"));
        if (!children.IsSequence() || children.size() < 2) {
            warn(Tr::tr("the merge generator needs at least two child generators"));
            return {};
        }
        if (keys.isEmpty()) {
            warn(Tr::tr("the merge generator needs mergeKeys"));
            return {};
        }
        QList<Params> base = generate(children[0], depth + 1);
        for (std::size_t i = 1; i < children.size(); ++i) {
            QHash<QString, Params> byKey;
            for (const Params &params : generate(children[i], depth + 1))
                byKey.insert(mergeKey(params, keys), params); // the last one with a key wins
            for (Params &params : base) {
                const auto found = byKey.constFind(mergeKey(params, keys));
                if (found == byKey.cend())
                    continue;
                if (goTemplate) {
                    params = mergedParams(params, *found);
                } else {
                    for (auto it = found->cbegin(); it != found->cend(); ++it)
                        params.insert(it.key(), it.value());
                }
            }
        }
        return base;
    }

    QList<Params> generate(const YAML::Node &generator, int depth)
    {
        if (!generator.IsMap()) {
            warn(Tr::tr("a generator is not a mapping"));
            return {};
        }
        if (depth > 2) {
            warn(Tr::tr("matrix and merge generators may be nested one level only"));
            return {};
        }
        QList<Params> out;
        if (const YAML::Node list = yamlChild(generator, "list"); list.IsMap()) {
            out = listGenerator(list);
        } else if (const YAML::Node clusters = yamlChild(generator, "clusters");
                   clusters.IsDefined()) {
            out = clustersGenerator(clusters);
        } else if (const YAML::Node git = yamlChild(generator, "git"); git.IsMap()) {
            out = gitGenerator(git);
        } else if (const YAML::Node matrix = yamlChild(generator, "matrix"); matrix.IsMap()) {
            out = matrixGenerator(matrix, depth);
        } else if (const YAML::Node merge = yamlChild(generator, "merge"); merge.IsMap()) {
            out = mergeGenerator(merge, depth);
        } else {
            static const char *const live[]
                = {"scmProvider", "pullRequest", "clusterDecisionResource", "plugin"};
            for (const char *name : live) {
                if (yamlChild(generator, name).IsDefined()) {
                    warn(Tr::tr("the %1 generator needs a live server; its Applications are not "
                                "known offline")
                             .arg(QLatin1String(name)));
                    return {};
                }
            }
            QStringList names;
            for (auto it = generator.begin(); it != generator.end(); ++it)
                names << yamlScalar(it->first);
            names.removeAll(QStringLiteral("selector"));
            names.removeAll(QStringLiteral("template"));
            warn(Tr::tr("the generator %1 is not known").arg(names.join(QStringLiteral(", "))));
            return {};
        }
        const YAML::Node selector = yamlChild(generator, "selector");
        if (selector.IsMap() && !selectorIsEmpty(selector)) {
            QList<Params> kept;
            for (const Params &params : std::as_const(out)) {
                Params flat;
                flatten(params, QString(), flat);
                QMap<QString, QString> labels;
                for (auto it = flat.cbegin(); it != flat.cend(); ++it)
                    labels.insert(it.key(), textOf(it.value()));
                if (selectorMatches(selector, labels))
                    kept << params;
            }
            out = kept;
        }
        return out;
    }
};

} // namespace

ApplicationSetExpander::RepositoryListing
ApplicationSetExpander::listRepository(const QString &root)
{
    RepositoryListing listing;
    QStringList pending {QString()};
    int entries = 0;
    while (!pending.isEmpty() && entries < MaxListedEntries) {
        const QString relative = pending.takeFirst();
        const QDir dir(relative.isEmpty() ? root : QDir(root).filePath(relative));
        // Links are not followed: a repository's link may point anywhere on this machine.
        const QFileInfoList children = dir.entryInfoList(
            QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
            QDir::Name);
        for (const QFileInfo &child : children) {
            if (++entries > MaxListedEntries)
                break;
            const QString path
                = relative.isEmpty() ? child.fileName() : relative + u'/' + child.fileName();
            if (child.isDir()) {
                if (child.fileName().startsWith(u'.'))
                    continue;
                listing.directories << path;
                pending << path;
            } else {
                listing.files << path;
            }
        }
    }
    listing.directories.sort();
    listing.files.sort();
    return listing;
}

std::optional<ApplicationSetExpander::Expansion>
ApplicationSetExpander::expand(const YAML::Node &document, const QString &relativeFile,
                               const Context &context)
{
    if (!document.IsDefined() || !document.IsMap()
        || yamlScalar(yamlChild(document, "kind")) != u"ApplicationSet"
        || !yamlScalar(yamlChild(document, "apiVersion")).startsWith(u"argoproj.io/")) {
        return std::nullopt;
    }
    ApplicationSetExpander::Expansion result;
    const YAML::Node metadata = yamlChild(document, "metadata");
    result.name = yamlScalar(yamlChild(metadata, "name"));
    result.file = relativeFile;
    result.line = yamlLine(document);
    const QString nameSpace = yamlScalar(yamlChild(metadata, "namespace"));
    Run run {context, QStringLiteral("%1 (%2)").arg(result.name, relativeFile)};
    try {
        const YAML::Node spec = yamlChild(document, "spec");
        run.goTemplate = yamlScalar(yamlChild(spec, "goTemplate")) == u"true";
        run.missingKeyIsError = yamlScalarList(yamlChild(spec, "goTemplateOptions"))
                                    .contains(QStringLiteral("missingkey=error"));
        const YAML::Node baseTemplate = yamlChild(spec, "template");
        const QString patch = yamlScalar(yamlChild(spec, "templatePatch"));
        if (!patch.isEmpty() && !run.goTemplate)
            run.warn(Tr::tr("its templatePatch needs goTemplate: true and is ignored"));
        const YAML::Node generators = yamlChild(spec, "generators");
        QSet<QString> names;
        if (generators.IsSequence()) {
            for (const YAML::Node &generator : generators) {
                const QList<Params> sets = run.generate(generator, 0);
                // A generator's own template overrides fields of the ApplicationSet's.
                const YAML::Node override = yamlChild(generator, "template");
                const YAML::Node tmpl = readTemplateParts(
                    override.IsMap() ? deepMerged(baseTemplate, override) : baseTemplate);
                for (const Params &params : sets) {
                    auto renderedTemplate = run.rendered(tmpl, params);
                    if (!renderedTemplate) {
                        run.warn(Tr::tr("its template cannot be rendered offline (%1); the "
                                        "Applications it generates are not known")
                                     .arg(renderedTemplate.error().message()));
                        continue;
                    }
                    YAML::Node rendered = *renderedTemplate;
                    if (!patch.isEmpty() && run.goTemplate) {
                        auto renderedPatch = run.render(patch, params);
                        if (!renderedPatch) {
                            run.warn(Tr::tr("its templatePatch cannot be rendered offline (%1); "
                                            "the Applications it generates are not known")
                                         .arg(renderedPatch.error().message()));
                            continue;
                        }
                        YAML::Node patchNode;
                        try {
                            patchNode = unmarked(YAML::Load(renderedPatch->toStdString()));
                        } catch (const YAML::Exception &) {
                            run.warn(Tr::tr("its rendered templatePatch is not valid YAML; the "
                                            "Applications it generates are not known"));
                            continue;
                        }
                        if (patchNode.IsMap()) {
                            // The patch may not change the project (patchNode is our own copy).
                            if (YAML::Node patchSpec = yamlChild(patchNode, "spec");
                                patchSpec.IsMap())
                                patchSpec.remove("project");
                            rendered = deepMerged(rendered, patchNode);
                        }
                    }
                    YAML::Node application(YAML::NodeType::Map);
                    application["apiVersion"] = "argoproj.io/v1alpha1";
                    application["kind"] = "Application";
                    if (const YAML::Node m = yamlChild(rendered, "metadata"); m.IsDefined())
                        application["metadata"] = m;
                    if (const YAML::Node sp = yamlChild(rendered, "spec"); sp.IsDefined())
                        application["spec"] = sp;
                    auto app = ArgoCdApplicationManifest::fromYaml(application, relativeFile);
                    if (!app)
                        continue;
                    app->file = relativeFile;
                    app->line = result.line;
                    restoreLines(*app, tmpl);
                    // Argo CD creates generated Applications in the ApplicationSet's namespace.
                    if (!nameSpace.isEmpty())
                        app->nameSpace = nameSpace;
                    if (app->name.isEmpty()) {
                        run.warn(Tr::tr("a generated Application has no name and is left out"));
                        continue;
                    }
                    if (names.contains(app->name)) {
                        run.warn(
                            Tr::tr("it generates the Application %1 twice; the second is left out")
                                .arg(app->name));
                        continue;
                    }
                    names.insert(app->name);
                    result.applications << *app;
                }
            }
        } else {
            run.warn(Tr::tr("it has no generators"));
        }
    } catch (const YAML::Exception &e) {
        run.warn(Tr::tr("it cannot be read (%1)").arg(QString::fromStdString(e.msg)));
    }
    result.warnings = run.warnings;
    return result;
}

} // namespace Promenade
