#include "pipeline/yamldocuments.h"

#include "common/safefile.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryDiscovery)
};

} // namespace

Result<std::vector<YAML::Node>> loadYamlDocuments(const QString &path, const QString &root)
{
    auto read = SafeFile::read(path, root); // a regular file inside root, size-capped
    if (!read)
        return read.error();
    const QByteArray &bytes = *read;
    try {
        return YAML::LoadAll(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg)).at(path, e.mark.line + 1, e.mark.column + 1);
    }
}

YAML::Node yamlChild(const YAML::Node &node, const char *key)
{
    if (!node.IsDefined() || !node.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node child = node[key];
    return child.IsDefined() ? child : YAML::Node(YAML::NodeType::Undefined);
}

QString yamlScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

} // namespace Promenade
