#pragma once

#include "pipelineconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Promenade {

// What a promotion (or a CI bump, or a rollback) will change, decided before anything is
// touched: which kustomization file, which image entry, from which tag to which, the bytes of
// the edited file, the commit message with its trailers, and how it lands (a commit on the
// current branch, or a branch and a pull request). Plain data; safe to copy between threads.
struct PromotionPlan
{
    enum class Action { Promote, SetImage, Rollback };

    // One file's edit: the bytes as planned on, and after.
    struct FileEdit
    {
        QString file; // relative to the repository root
        QByteArray originalText;
        QByteArray editedText;
    };

    Action action = Action::Promote;
    QString repositoryRoot;
    QString app;
    QString from; // source environment (empty for set-image)
    QString to; // target environment
    QString image; // repository, e.g. ghcr.io/howdiggy/paulojauregui-com
    QString imageEntry; // the `images:` entry's name (the match key) in the target file
    QString currentVersion; // what the target pins now ("sha-…" or "sha-…@sha256:…"), empty if none
    QString currentTag;
    QString newTag;
    QString newDigest; // empty: the digest is left out (or removed)
    QString file; // the file edited (where the target pins it), relative to the repository root
    QString pinKind; // the form edited: VersionPin::kindName ("kustomize-images", "patch", ...)
    QString pinKey; // the key edited, e.g. "images[name=web].newTag", "spec.source.targetRevision"
    QString note; // what the plan does besides changing the version's bytes, for a person
    bool chart = false; // a chart's version (an infrastructure component), not an image's
    QString chartRepository; // that chart's repository (OCI or HTTP), when known
    QByteArray originalText; // the file as it is
    QByteArray editedText; // the file after the edit (only the tag's bytes differ)
    // A batch's edits of other files (each app's own overlay), committed with `file` as one.
    QList<FileEdit> otherFiles;
    PromotionMode mode = PromotionMode::Commit;
    QString branch; // pull request mode: promote/<app>/<env>/<tag>
    QString message; // the commit message, trailers included
    bool push = false; // whether it will be pushed (the gates are stricter then)

    [[nodiscard]] QString newVersion() const
    {
        return newDigest.isEmpty() ? newTag : newTag + u'@' + newDigest;
    }
    // Every file the plan edits: `file` first, then otherFiles.
    [[nodiscard]] QList<FileEdit> fileEdits() const
    {
        QList<FileEdit> edits {{file, originalText, editedText}};
        edits.append(otherFiles);
        return edits;
    }
    [[nodiscard]] QString actionName() const;
    // One line for a person: "Promote paulojauregui-com sha-e7d1a48 from development to staging".
    [[nodiscard]] QString summary() const;
};

} // namespace Promenade
