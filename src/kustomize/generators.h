#pragma once

#include "kustomization.h"
#include "resource.h"
#include "result.h"

#include <QString>

#include <functional>

namespace Promenade::Kustomize {

// configMapGenerator / secretGenerator: builds the ConfigMap or Secret an entry describes
// (literals, files, env files; options merged with generatorOptions), and computes the
// content hash kustomize appends to generated names. File reads go through a callback so the
// renderer can apply its load restrictions and cache. Stateless; thread-safe.
class Generators
{
public:
    struct File
    {
        QByteArray content;
        QString path; // resolved, for messages
    };
    // Reads a file named relative to the kustomization (errors already name the file).
    using FileReader = std::function<Result<File>(const QByteArray &relativePath, int line)>;

    static Result<Resource> generate(const GeneratorEntry &entry, bool secret,
                                     const GeneratorOptions &global,
                                     const QString &kustomizationFile, const FileReader &read);
    // kustomize's name hash of a ConfigMap or Secret document (10 characters).
    static QByteArray hash(const YamlNode &document);
};

} // namespace Promenade::Kustomize
