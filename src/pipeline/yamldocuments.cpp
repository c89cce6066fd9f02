#include "yamldocuments.h"

#include "safefile.h"
#include "yamllimits.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>

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
        std::vector<YAML::Node> documents = YAML::LoadAll(bytes.toStdString());
        for (const YAML::Node &document : documents) {
            if (auto s = Kustomize::YamlLimits::check(document, path); !s)
                return s.error();
        }
        return documents;
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg))
            .at(path, e.mark.line + 1, e.mark.column + 1);
    }
}

int yamlKeyLine(const QString &path, const QString &root, const QString &key, const QString &value,
                int fromLine)
{
    if (value.isEmpty())
        return 0;
    auto bytes = SafeFile::read(path, root);
    if (!bytes)
        return 0;
    const QList<QByteArray> lines = bytes->split('\n');
    const QByteArray k = key.toUtf8() + ':';
    const QByteArray v = value.toUtf8();
    for (qsizetype i = std::max(0, fromLine - 1); i < lines.size(); ++i) {
        QByteArray t = lines[i].trimmed();
        if (t.startsWith("- "))
            t = t.mid(2).trimmed();
        if (t.startsWith(k) && t.mid(k.size()).contains(v))
            return static_cast<int>(i) + 1;
    }
    return 0;
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
