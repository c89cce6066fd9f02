#pragma once

#include "comparisonoptions.h"
#include "filecomparison.h"
#include "pipeline.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Promenade::Diff {

// Compares two environments of a GitOps repository — any two, for one app or all, apps and
// infrastructure alike:
//  - Files: the overlay folders side by side (apps/overlays/A against apps/overlays/B, the
//    kustomization and its patches matched by file name; per-app overlays for the per-app
//    layout; infrastructure/overlays likewise);
//  - Rendered: what the kustomize engine renders for each environment, line by line and
//    semantically (documents matched by apiVersion/kind/namespace/name).
// And a target environment before and after a proposed edit of its files (what a promotion
// would change), rendered both ways.
//
// The result is a list of FileComparisons (see FolderDiff and RenderedDiff), in the order:
// apps, then infrastructure. Blocking (file I/O and rendering): call it off the GUI thread.
class EnvironmentComparison
{
public:
    enum class Mode { Files, Rendered };

    struct Request
    {
        QString left; // environment names
        QString right;
        QString app; // empty: every app
        Mode mode = Mode::Rendered;
        bool apps = true;
        bool infrastructure = true;
        ComparisonOptions options;
        // Fields left out of the rendered manifests before they are compared (Rendered mode;
        // see IgnoreRules): promenade.yaml's diff.ignore, or --ignore on the command line.
        QStringList ignore;
    };

    static Result<QList<FileComparison>> compare(const Pipeline &pipeline, const Request &request);

    // The rendered output of one environment's lanes, keyed by lane ("apps", "infrastructure",
    // or "<app>" in the per-app layout); for one app only when app is set.
    static Result<QMap<QString, QString>> render(const Pipeline &pipeline,
                                                 const QString &environment, const QString &app,
                                                 bool infrastructure);

    // The environment rendered as the repository is, against the same with `edits` applied
    // (repository-relative path → new file content). The repository is copied to a scratch
    // folder for the "after" side; nothing in it is changed.
    static Result<QList<FileComparison>> compareEdit(const Pipeline &pipeline,
                                                     const QString &environment,
                                                     const QMap<QString, QByteArray> &edits,
                                                     const QString &app,
                                                     const ComparisonOptions &options);
};

} // namespace Promenade::Diff
