#pragma once

#include "result.h"
#include "versionpin.h"

#include <QByteArray>
#include <QString>

namespace Promenade {

// Edits a version where an environment pins it, whatever the form (see VersionPin::Kind): an
// `images:` entry (KustomizationEditor), the image field of a patch or manifest, an Argo CD
// Image Updater write-back entry, an Application's or Flux Kustomization's image override, a
// Helm values key, a chart's targetRevision or HelmRelease version. Only the version's bytes
// change (YamlSplice): comments, order and quoting stay. The bytes found must hold the version
// the environment pins now (what discovery read), else the edit is refused: a stale pin is
// never guessed at. Stateless; thread-safe.
class PinEditor
{
public:
    struct Edit
    {
        VersionPin pin;
        QString currentTag; // what the pin holds now (a chart's version for ChartVersion)
        QString currentDigest;
        QString newTag; // the version to write (a chart's version for ChartVersion)
        QString newDigest; // empty: the digest is left out (a stale one is removed)
    };

    static Result<QByteArray> editText(const QByteArray &text, const Edit &edit);

    // For a chart whose version is written in a file several environments share: an inline
    // strategic-merge patch appended to the environment's kustomization, setting the version of
    // the Application (spec.source.targetRevision) or HelmRelease (spec.chart.spec.version)
    // named `name`. kind: "Application" or "HelmRelease". For a multi-source Application (pinKey
    // "spec.sources[N].targetRevision") a JSON 6902 patch replaces that source's targetRevision
    // alone: a strategic-merge patch would replace the whole list of sources.
    static Result<QByteArray> addChartVersionPatch(const QByteArray &kustomization,
                                                   const QString &kind, const QString &name,
                                                   const QString &version, const QString &fileName,
                                                   const QString &pinKey = {});

    // The parts of an image reference "[name=]repository[:tag][@digest]".
    struct Reference
    {
        QString prefix; // "name=" of an Argo CD override, else empty
        QString repository;
        QString tag;
        QString digest;
    };
    static Reference splitReference(const QString &reference, bool allowNamePrefix);
};

} // namespace Promenade
