#pragma once

#include <QDateTime>
#include <QString>

namespace Promenade {

// One change of what an environment runs, as the promotion history shows it: a promotion
// (Promenade-Action: promote), a CI bump (set-image), an image change made without trailers
// (a hand edit, another tool), or a revert/rollback. Plain data; safe to pass between threads.
struct HistoryEntry
{
    enum class Kind {
        Promotion, // trailers: Promenade-Action: promote
        SetImage, // trailers: Promenade-Action: set-image (CI bumps)
        ImageChange, // an overlay's images: changed without Promenade trailers
        Revert, // a commit that says "This reverts commit <id>."
        Rollback, // trailers: Promenade-Action: rollback
    };

    Kind kind = Kind::ImageChange;
    QString app;
    QString fromEnvironment; // promotions only
    QString toEnvironment; // the environment whose overlay changed
    QString image; // the image repository, e.g. ghcr.io/howdiggy/signconnect
    QString tag; // e.g. sha-9d2e6f0
    QString digest; // "sha256:…", empty when unknown
    QString previousTag; // what the overlay pinned before, when the files tell
    QString file; // the file whose pin changed (image changes and reverts)
    // Where the version is pinned: VersionPin::kindName ("kustomize-images", "patch",
    // "manifest", "image-updater", "application-override", "helm-values", "chart-version");
    // empty when only the trailers tell.
    QString pinKind;
    QString previousDigest; // what the pin held before, with the tag, when the files tell

    // The tag names a moving target (latest, a branch name): MutableTag::warning says why.
    bool mutableTag = false;
    QString mutableTagWarning;

    QString commitId;
    QString summary;
    QString authorName;
    QString authorEmail;
    QDateTime time; // the author time

    bool reverted = false; // a later commit reverts this one
    QString revertedBy; // that commit's id
    QString reverts; // for a revert or rollback: the commit it undoes

    [[nodiscard]] QString shortCommit() const { return commitId.left(7); }
    // "promotion", "set-image", "image-change", "revert", "rollback" (the JSON and table spelling).
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] QString kindName() const { return kindName(kind); }
};

} // namespace Promenade
