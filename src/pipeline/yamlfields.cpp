#include "yamlfields.h"

#include "yamldocuments.h"

#include <QDir>

#include <yaml-cpp/yaml.h>

namespace Promenade {

int yamlLine(const YAML::Node &node)
{
    return node.IsDefined() && node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

QStringList yamlScalarList(const YAML::Node &node)
{
    QStringList out;
    if (node.IsDefined() && node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (item.IsScalar())
                out << yamlScalar(item);
        }
    }
    return out;
}

QMap<QString, QString> yamlScalarMap(const YAML::Node &node)
{
    QMap<QString, QString> out;
    if (node.IsDefined() && node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it->first.IsScalar() && it->second.IsScalar())
                out.insert(yamlScalar(it->first), yamlScalar(it->second));
        }
    }
    return out;
}

QString yamlApiGroup(const YAML::Node &document)
{
    const QString apiVersion = yamlScalar(yamlChild(document, "apiVersion"));
    const qsizetype slash = apiVersion.indexOf(u'/');
    return slash < 0 ? QString() : apiVersion.left(slash);
}

QString normalizedRelativePath(const QString &path)
{
    QString p = path.trimmed();
    while (p.startsWith(u'/'))
        p.remove(0, 1);
    if (p.isEmpty())
        return {};
    p = QDir::cleanPath(p);
    if (p == u"." || p == u"/")
        return {};
    while (p.startsWith(QLatin1String("./")))
        p.remove(0, 2);
    return p;
}

Error yamlFieldError(const QString &file, const YAML::Node &node, const QString &message)
{
    return Error(Error::Kind::BadInput, message)
        .at(file, node.Mark().line + 1, node.Mark().column + 1);
}

} // namespace Promenade
