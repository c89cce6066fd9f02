#pragma once

#include "result.h"
#include "yamlnode.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Promenade::Kustomize {

// Parses YAML text (one or several documents) into YamlNode trees with yaml-cpp's event
// parser, resolving scalars as kustomize does. yaml-cpp's exceptions never escape: a
// malformed file is an Error naming the file, line and column. Empty documents are dropped.
// YamlLimits apply (alias expansion, nesting depth, size): beyond them the text is an error
// that names the limit. Stateless; safe to call from several threads at once.
class YamlReader
{
public:
    // How kustomize reads the text. Resource: YAML 1.2 (yaml.v3), a key given twice is an error.
    // Kustomization: kustomize decodes a kustomization file with YAML 1.1 rules into JSON, so a
    // key given twice is allowed (the last wins), y/n/yes/no/on/off are booleans (an error in a
    // string field, and as a key), and dates stay the text they are.
    enum class Dialect { Resource, Kustomization };

    static Result<QList<YamlNode>> parseAll(const QByteArray &text, const QString &fileName,
                                            Dialect dialect = Dialect::Resource);
    // Exactly one document (an empty text gives a null node).
    static Result<YamlNode> parseOne(const QByteArray &text, const QString &fileName);
};

} // namespace Promenade::Kustomize
