#include "diffsettings.h"

#include "pipelineconfig.h"
#include "yamldocuments.h"
#include "yamlfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Promenade {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineConfig)
};

} // namespace

Result<DiffSettings> DiffSettings::parse(const YAML::Node &section, const QString &path)
{
    DiffSettings settings;
    if (!section || section.IsNull())
        return settings;
    if (!section.IsMap())
        return yamlFieldError(path, section, Tr::tr("'diff' must be a mapping (ignore)"));
    for (auto it = section.begin(); it != section.end(); ++it) {
        const QString key = yamlScalar(it->first);
        if (key != u"ignore")
            return yamlFieldError(path, it->first, Tr::tr("unknown field 'diff.%1'").arg(key));
    }
    const YAML::Node ignore = yamlChild(section, "ignore");
    if (!ignore || ignore.IsNull())
        return settings;
    if (!ignore.IsSequence())
        return yamlFieldError(path, ignore, Tr::tr("'diff.ignore' must be a list of field paths"));
    for (const YAML::Node &rule : ignore) {
        if (!rule.IsScalar() || yamlScalar(rule).trimmed().isEmpty())
            return yamlFieldError(
                path, rule,
                Tr::tr("every entry of 'diff.ignore' must be a field path, such as "
                       "metadata.labels.env"));
        settings.ignore << yamlScalar(rule).trimmed();
    }
    return settings;
}

Result<DiffSettings> DiffSettings::load(const QString &root)
{
    const QString path = QDir(root).filePath(QLatin1String(PipelineConfig::fileName));
    if (!QFileInfo(path).isFile())
        return DiffSettings {};
    try {
        auto docs = loadYamlDocuments(path, QFileInfo(path).absolutePath());
        if (!docs)
            return docs.error();
        if (docs->empty() || !docs->front().IsMap())
            return DiffSettings {};
        return parse(yamlChild(docs->front(), "diff"), path);
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg))
            .at(path, e.mark.line + 1, e.mark.column + 1);
    }
}

} // namespace Promenade
