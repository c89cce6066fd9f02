#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace YAML {
class Node;
}

namespace Promenade {

// The diff section of promenade.yaml: how the repository's environments are compared.
//
//     diff:
//       ignore:                         # fields left out of the rendered comparison
//         - metadata.labels.env
//         - metadata.annotations["example.com/environment"]
//
// The rules' syntax is IgnoreRules' (src/comparison); here they are only read.
struct DiffSettings
{
    QStringList ignore;

    // Reads root/promenade.yaml's diff section; a missing file or section gives no rules, a
    // malformed one an error naming the file and line.
    static Result<DiffSettings> load(const QString &root);
    // The section itself (what PipelineConfig checks while it reads the file).
    static Result<DiffSettings> parse(const YAML::Node &section, const QString &path);
};

} // namespace Promenade
