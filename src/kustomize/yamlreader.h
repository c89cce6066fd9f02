#pragma once

#include "common/result.h"
#include "kustomize/yamlnode.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Promenade::Kustomize {

// Parses YAML text (one or several documents) into YamlNode trees with yaml-cpp's event
// parser, resolving scalars as kustomize does. yaml-cpp's exceptions never escape: a
// malformed file is an Error naming the file, line and column. Empty documents are dropped.
// Stateless; safe to call from several threads at once.
class YamlReader
{
public:
    static Result<QList<YamlNode>> parseAll(const QByteArray &text, const QString &fileName);
    // Exactly one document (an empty text gives a null node).
    static Result<YamlNode> parseOne(const QByteArray &text, const QString &fileName);
};

} // namespace Promenade::Kustomize
