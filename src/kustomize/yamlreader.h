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
// YamlLimits apply (alias expansion, nesting depth, size): beyond them the text is an error
// that names the limit. Stateless; safe to call from several threads at once.
class YamlReader
{
public:
    // A key given twice in one mapping: an error (resources: kustomize's YAML library refuses
    // them), or the last one wins (kustomization files, which kustomize decodes like JSON).
    enum class DuplicateKeys { Error, LastWins };

    static Result<QList<YamlNode>> parseAll(const QByteArray &text, const QString &fileName,
                                            DuplicateKeys duplicates = DuplicateKeys::Error);
    // Exactly one document (an empty text gives a null node).
    static Result<YamlNode> parseOne(const QByteArray &text, const QString &fileName);
};

} // namespace Promenade::Kustomize
