#pragma once

#include "resource.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Promenade::Kustomize {

// Renders a kustomization directory the way `kustomize build` (v5) does: resources, bases,
// components, generators, patches and the built-in transformers in kustomize's order, then
// content hashes, name references and the output order.
//
// Untrusted input: nothing is executed or fetched. Remote resources, Helm charts and
// generator/transformer/validator plugins are refused with an error that says why. Files
// (resources, patches, generator sources) must lie inside the kustomization's own folder
// (kustomize's LoadRestrictionsRootOnly); a folder holding a kustomization (a base or a
// component) may be anywhere inside the repository root. The repository root is
// RenderOptions::repositoryRoot, or by default the Git work tree that holds the rendered
// folder, or, outside Git, that folder's parent chain up to the filesystem root (as kustomize).
// Symbolic links are resolved before these checks.
//
// A Renderer caches every file it reads, parsed, and every base it builds, so rendering many
// overlays of one repository with one Renderer parses each file once. The cache assumes the
// files do not change while the Renderer lives (call clearCache() otherwise). Not thread-safe:
// use one Renderer per thread.
class Renderer
{
public:
    enum class Reorder {
        Default, // the kustomization's sortOptions, else legacy (kustomize's default)
        Legacy, // kustomize's legacy kind order
        None, // input order (kustomize's --reorder none / sortOptions fifo)
    };

    struct Options
    {
        Reorder reorder = Reorder::Default;
        QString repositoryRoot; // empty: see the class comment
    };

    Renderer();
    explicit Renderer(const Options &options);
    ~Renderer();
    Renderer(const Renderer &) = delete;
    Renderer &operator=(const Renderer &) = delete;

    // The rendered resources of the kustomization in directory, in output order.
    Result<QList<Resource>> render(const QString &directory);
    // The same as YAML text, byte-compatible with `kubectl kustomize` output.
    Result<QByteArray> renderYaml(const QString &directory);
    // Output text for rendered resources.
    static QByteArray toYaml(const QList<Resource> &resources);

    void clearCache();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Promenade::Kustomize
