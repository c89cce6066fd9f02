#include "promotionhistory.h"

#include "gitrepository.h"
#include "gittrailers.h"
#include "kustomizationimages.h"
#include "logging.h"
#include "mutabletag.h"
#include "pinhistory.h"
#include "repositorydiscovery.h"

#include <QDir>

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace Promenade {

QString HistoryEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Promotion:
        return QStringLiteral("promotion");
    case Kind::SetImage:
        return QStringLiteral("set-image");
    case Kind::ImageChange:
        return QStringLiteral("image-change");
    case Kind::Revert:
        return QStringLiteral("revert");
    case Kind::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

namespace {

// One image pin that changed in one overlay between a commit and its first parent.
struct ImageChange
{
    QString app;
    QString environment;
    QString image;
    QString tag;
    QString digest;
    QString previousTag;
    QString previousDigest;
    QString file;
    QString pinKind;
};

QList<ImageOverride> imagesAt(const Git::Repository &repo, const QString &revision,
                              const QString &path)
{
    auto bytes = repo.readFile(revision, path);
    if (!bytes)
        return {}; // absent at that revision (added or deleted by the commit)
    auto images = KustomizationImages::parse(*bytes, path);
    if (!images) {
        qCWarning(lcPromotion) << "history: skipping" << path << "at" << revision.left(7) << ':'
                               << images.error().toString();
        return {};
    }
    return *images;
}

QList<ImageChange> imageChanges(const Git::Repository &repo, const Git::CommitInfo &commit)
{
    QList<ImageChange> out;
    for (const QString &file : commit.changedFiles) {
        QString app;
        QString env;
        if (!KustomizationImages::isOverlayKustomization(file, &app, &env))
            continue;
        const QList<ImageOverride> now = imagesAt(repo, commit.id, file);
        const QList<ImageOverride> before = commit.parents.isEmpty()
            ? QList<ImageOverride>()
            : imagesAt(repo, commit.parents.first(), file);
        for (const ImageOverride &image : now) {
            const ImageOverride *old = nullptr;
            for (const ImageOverride &b : before) {
                if (b.name == image.name)
                    old = &b;
            }
            if (old && old->newTag == image.newTag && old->digest == image.digest
                && old->newName == image.newName)
                continue;
            ImageChange change;
            change.image = image.newName.isEmpty() ? image.name : image.newName;
            change.app = app.isEmpty() ? KustomizationImages::appOfImage(image.name) : app;
            change.environment = env;
            change.tag = image.newTag;
            change.digest = image.digest;
            change.previousTag = old ? old->newTag : QString();
            change.previousDigest = old ? old->digest : QString();
            change.file = file;
            change.pinKind = VersionPin::kindName(VersionPin::Kind::KustomizeImages);
            out.append(change);
        }
    }
    return out;
}

HistoryEntry baseEntry(const Git::CommitInfo &commit, HistoryEntry::Kind kind)
{
    HistoryEntry e;
    e.kind = kind;
    e.commitId = commit.id;
    e.summary = commit.summary;
    e.authorName = commit.author.name;
    e.authorEmail = commit.author.email;
    e.time = commit.author.when;
    return e;
}

void applyChange(HistoryEntry &e, const ImageChange &c)
{
    e.app = c.app;
    e.toEnvironment = c.environment;
    e.image = c.image;
    e.tag = c.tag;
    e.digest = c.digest;
    e.previousTag = c.previousTag;
    e.previousDigest = c.previousDigest;
    e.file = c.file;
    e.pinKind = c.pinKind;
}

// The overlay images: changes and the changes of every traced pin, once each: a traced pin
// that is an overlay's images: entry replaces the overlay reading of the same change (its app
// and environment are discovery's).
QList<ImageChange> mergedChanges(QList<ImageChange> overlay, const QList<PinHistory::Change> &pins)
{
    QList<ImageChange> out;
    for (const PinHistory::Change &p : pins) {
        ImageChange c;
        c.app = p.pin->app;
        c.environment = p.pin->environment;
        c.image = p.pin->image;
        c.tag = p.tag;
        c.digest = p.digest;
        c.previousTag = p.previousTag;
        c.previousDigest = p.previousDigest;
        c.file = p.pin->pin.file;
        c.pinKind = p.pin->pin.kindName();
        overlay.removeIf([&c](const ImageChange &o) {
            return o.file == c.file && o.tag == c.tag && o.digest == c.digest;
        });
        const bool duplicate = std::any_of(out.cbegin(), out.cend(), [&c](const ImageChange &o) {
            return o.app == c.app && o.environment == c.environment && o.image == c.image
                && o.tag == c.tag && o.digest == c.digest;
        });
        if (!duplicate)
            out.append(c);
    }
    out.append(overlay);
    return out;
}

} // namespace

PromotionHistory::ImageReference PromotionHistory::parseImageReference(const QString &reference)
{
    ImageReference ref;
    QString rest = reference.trimmed();
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    const qsizetype slash = rest.lastIndexOf(u'/');
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > slash) {
        ref.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    ref.repository = rest;
    return ref;
}

Result<QList<HistoryEntry>> PromotionHistory::load(const QString &path, const Filter &filter)
{
    auto repo = Git::Repository::discover(path);
    if (!repo)
        return repo.error();
    Filter withPins = filter;
    if (withPins.pins.isEmpty()) {
        auto pipeline = RepositoryDiscovery::discover(path);
        if (pipeline) {
            const QString prefix = QDir(repo->workTree()).relativeFilePath(pipeline->root);
            withPins.pins = PinHistory::pinsOf(
                *pipeline,
                prefix == u"." || prefix.startsWith(QLatin1String("..")) ? QString() : prefix);
        } else {
            qCWarning(lcPromotion).noquote()
                << "history: no pins to trace:" << pipeline.error().toString();
        }
    }
    return load(*repo, withPins);
}

Result<QList<HistoryEntry>> PromotionHistory::load(const Git::Repository &repo,
                                                   const Filter &filter)
{
    Git::Repository::LogOptions options;
    options.from = filter.from;
    auto log = repo.log(options);
    if (!log) {
        if (log.error().kind() == Error::Kind::NotFound && filter.from == u"HEAD")
            return QList<HistoryEntry>(); // no commit yet
        return log.error();
    }

    static const QRegularExpression revertsPattern(
        QStringLiteral("This reverts commit ([0-9a-f]{40})"));
    PinHistory pinHistory(repo, filter.pins, filter.from);
    QList<HistoryEntry> entries;
    for (const Git::CommitInfo &commit : std::as_const(*log)) {
        const QList<Git::Trailer> trailers = Git::Trailers::parse(commit.message);
        const QString action
            = Git::Trailers::value(trailers, QStringLiteral("Promenade-Action")).toLower();
        QString reverts = Git::Trailers::value(trailers, QStringLiteral("Promenade-Reverts"));
        if (reverts.isEmpty()) {
            const QRegularExpressionMatch m = revertsPattern.match(commit.message);
            if (m.hasMatch())
                reverts = m.captured(1);
        }
        const QList<ImageChange> changes
            = mergedChanges(imageChanges(repo, commit), pinHistory.changes(commit));

        // Trailers say what happened; the overlay diff adds the previous tag.
        if (action == u"promote" || action == u"set-image" || action == u"rollback") {
            const HistoryEntry::Kind kind = action == u"promote" ? HistoryEntry::Kind::Promotion
                : action == u"set-image"                         ? HistoryEntry::Kind::SetImage
                                                                 : HistoryEntry::Kind::Rollback;
            HistoryEntry e = baseEntry(commit, kind);
            e.app = Git::Trailers::value(trailers, QStringLiteral("Promenade-App"));
            e.fromEnvironment = Git::Trailers::value(trailers, QStringLiteral("Promenade-From"));
            e.toEnvironment = Git::Trailers::value(trailers, QStringLiteral("Promenade-To"));
            const ImageReference ref = parseImageReference(
                Git::Trailers::value(trailers, QStringLiteral("Promenade-Image")));
            e.image = ref.repository;
            e.tag = ref.tag;
            e.digest = ref.digest;
            e.reverts = reverts;
            for (const ImageChange &c : changes) {
                if (c.app == e.app && c.environment == e.toEnvironment) {
                    e.previousTag = c.previousTag;
                    e.previousDigest = c.previousDigest;
                    e.file = c.file;
                    e.pinKind = c.pinKind;
                    if (e.tag.isEmpty())
                        e.tag = c.tag;
                }
            }
            entries.append(e);
        } else if (!reverts.isEmpty() || action == u"rollback") {
            const HistoryEntry::Kind kind
                = action == u"rollback" ? HistoryEntry::Kind::Rollback : HistoryEntry::Kind::Revert;
            if (changes.isEmpty()) {
                HistoryEntry e = baseEntry(commit, kind);
                e.reverts = reverts;
                entries.append(e); // app and environments come from the reverted entry below
            }
            for (const ImageChange &c : changes) {
                HistoryEntry e = baseEntry(commit, kind);
                applyChange(e, c);
                e.reverts = reverts;
                entries.append(e);
            }
        } else {
            for (const ImageChange &c : changes) {
                HistoryEntry e = baseEntry(commit, HistoryEntry::Kind::ImageChange);
                applyChange(e, c);
                entries.append(e);
            }
        }
    }

    // Link reverts to what they undo (the log holds the reverted commit further down).
    QHash<QString, QList<qsizetype>> byCommit;
    for (qsizetype i = 0; i < entries.size(); ++i)
        byCommit[entries.at(i).commitId].append(i);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString target = entries.at(i).reverts;
        if (target.isEmpty())
            continue;
        for (qsizetype j : byCommit.value(target)) {
            HistoryEntry &undone = entries[j];
            if (undone.reverted && undone.revertedBy != entries.at(i).commitId)
                continue; // already undone by a newer revert (entries are newest first)
            undone.reverted = true;
            undone.revertedBy = entries.at(i).commitId;
            HistoryEntry &revert = entries[i];
            if (revert.app.isEmpty()) {
                revert.app = undone.app;
                revert.toEnvironment = undone.toEnvironment;
                revert.image = undone.image;
            }
            if (revert.fromEnvironment.isEmpty() && revert.app == undone.app
                && revert.toEnvironment == undone.toEnvironment)
                revert.fromEnvironment = undone.fromEnvironment;
        }
    }

    QList<HistoryEntry> filtered;
    for (HistoryEntry &e : entries) {
        e.mutableTagWarning
            = e.pinKind == u"chart-version" ? QString() : MutableTag::warning(e.tag, e.digest);
        e.mutableTag = !e.mutableTagWarning.isEmpty();
    }
    for (const HistoryEntry &e : std::as_const(entries)) {
        if (!filter.app.isEmpty() && e.app != filter.app)
            continue;
        if (!filter.environment.isEmpty() && e.toEnvironment != filter.environment
            && e.fromEnvironment != filter.environment)
            continue;
        filtered.append(e);
    }
    return filtered;
}

} // namespace Promenade
