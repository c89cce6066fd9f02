#pragma once

#include "result.h"

#include <QString>

#include <vector>

namespace YAML {
class Node;
}

namespace Promenade {

// Reads every document of a (multi-document) YAML file with yaml-cpp. Errors name the file
// and line. Repository files are untrusted: a malformed file is an error, never a crash; only a
// regular file of at most SafeFile::defaultMaxBytes is read, and (given a root) only inside root.
Result<std::vector<YAML::Node>> loadYamlDocuments(const QString &path, const QString &root = {});

// node[key] when node is a mapping that has key, else a valid undefined node (false in a
// condition). yaml-cpp's const operator[] returns an invalid node for a missing key, and asking an
// invalid node anything throws; this keeps traversal of untrusted files simple and safe.
YAML::Node yamlChild(const YAML::Node &node, const char *key);

// The 1-based line of the first `key: value` line (also as a list item, `- key: value`) in a
// repository file, from fromLine on; 0 when there is none or the file cannot be read safely.
// A render loses lines: this finds where a value is really written.
int yamlKeyLine(const QString &path, const QString &root, const QString &key, const QString &value,
                int fromLine = 1);

// The text of a scalar node, or an empty string for a missing or non-scalar node.
QString yamlScalar(const YAML::Node &node);

} // namespace Promenade
