#pragma once

#include "historyentry.h"
#include "result.h"
#include "tracedpin.h"

#include <QList>
#include <QString>

namespace Promenade {

namespace Git {
class Repository;
struct CommitInfo;
} // namespace Git

// Rebuilds the promotion history of a GitOps repository from `git log` alone:
//  - commits with Promenade trailers (Promenade-Action: promote | set-image | rollback,
//    Promenade-App, Promenade-From, Promenade-To, Promenade-Image: repo:tag@digest);
//  - commits without trailers that changed the images: of an app overlay
//    (apps/overlays/<env>/kustomization.yaml or apps/<app>/overlays/<env>/…), found by
//    comparing the file at the commit and at its first parent (CI bumps, hand edits);
//  - commits (with or without trailers) that changed the version at any pin the pipeline's
//    discovery found, in any form: a patch's or manifest's image, Image Updater's write-back
//    file, an Application's overrides, a Helm values key, a chart version (PinHistory);
//  - reverts ("This reverts commit <id>."), which mark the commit they undo as reverted.
// A mutable tag (latest, a branch name) is flagged on its entry (MutableTag).
// Entries come newest first (one per changed image; a commit may give several).
// Blocking (walks the whole history): run it off the GUI thread, with a Repository opened on
// that thread. Stateless.
class PromotionHistory
{
public:
    struct Filter
    {
        QString app; // only this app (empty: all)
        QString environment; // only entries whose from or to is this environment (empty: all)
        QString from = QStringLiteral("HEAD"); // where the walk starts
        // The pins to trace (files relative to the Git work tree), found at `from`; the
        // path overload discovers them itself.
        QList<TracedPin> pins;
    };

    static Result<QList<HistoryEntry>> load(const Git::Repository &repository,
                                            const Filter &filter);
    static Result<QList<HistoryEntry>> load(const Git::Repository &repository)
    {
        return load(repository, Filter {});
    }
    // Opens the repository containing path (NotFound when there is none), discovers the
    // pipeline there for the pins to trace (without them when discovery fails: trailers and
    // overlay images: only), and loads it.
    static Result<QList<HistoryEntry>> load(const QString &path, const Filter &filter);
    static Result<QList<HistoryEntry>> load(const QString &path) { return load(path, Filter {}); }

    struct ImageReference
    {
        QString repository;
        QString tag;
        QString digest;
    };
    // "ghcr.io/acme/web:sha-1234567@sha256:…" → {ghcr.io/acme/web, sha-1234567, sha256:…}.
    static ImageReference parseImageReference(const QString &reference);
};

} // namespace Promenade
