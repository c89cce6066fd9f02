#pragma once

#include "result.h"
#include "tracedpin.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Promenade {

// Reads the version a pin holds in one file's bytes (a blob at some commit), for every pin
// form: a kustomization's `images:` entry, an image field of a patch or manifest (inline
// patches of a kustomization included), an Argo CD Application's kustomize.images or Image
// Updater's write-back file (`.argocd-source-<app>.yaml`, kustomize images or Helm
// parameters), a Helm values image block (`image.tag`), a chart version (an Application's
// `targetRevision`, a Flux HelmRelease's `spec.chart.spec.version`, or a JSON 6902 patch of
// either). A file may hold several candidates (containers, documents); each has an identity
// (document and path) so that the same one can be followed from revision to revision.
// Stateless; thread-safe; never throws on untrusted bytes.
class PinnedVersion
{
public:
    struct Candidate
    {
        QString identity; // document and path, e.g. "Deployment/web:spec.template…image"
        QString repository; // the image repository written there (empty for chart versions)
        QString tag; // the tag or chart version
        QString digest;
        int line = 0; // 1-based, in this file (0 when unknown)

        // "tag", "tag@sha256:…", "@sha256:…".
        [[nodiscard]] QString version() const;
    };

    // Every place in bytes that pins pin's version. BadInput for malformed YAML.
    static Result<QList<Candidate>> candidates(const QByteArray &bytes, const TracedPin &pin);

    // The candidate that is pin itself: the one on pin.pin.line, else the one holding
    // pin.version, else the first; -1 when there is none.
    static qsizetype select(const QList<Candidate> &candidates, const TracedPin &pin);
    // The candidate with identity, else (the only candidate when there is one) -1.
    static qsizetype follow(const QList<Candidate> &candidates, const QString &identity);
};

} // namespace Promenade
