#pragma once

#include <QString>
#include <QStringList>

#include <utility>

namespace Promenade::ImageTags {

// What the live status reads from image references and registry tags (plain functions).

// "ghcr.io/x/y:tag@sha256:…" → {"ghcr.io/x/y", "tag@sha256:…"}; "ghcr.io/x/y@sha256:…" →
// {"ghcr.io/x/y", "@sha256:…"}; without tag or digest the version is empty.
std::pair<QString, QString> splitImage(const QString &image);
// A version tag: 1.4.2, v2.0.0-rc.1, 2026.11.20.
bool isVersionTag(const QString &tag);
// A tag that names one build for good: a version, or one that ends in a commit hash (sha-e7d1a48,
// e7d1a48…, main-e7d1a48). Others (latest, main, edge, stable…) are moved from build to build.
bool isImmutableTag(const QString &tag);
// Orders version tags highest first (numeric parts compared as numbers).
bool versionAbove(const QString &a, const QString &b);
// Which tags of a repository's list are described, in order, at most max of them (and never
// fewer than the declared ones): the declared tags, latest, main and master (they point at
// recent builds), the versions from the highest down, then the rest from the end of the list
// (where registries that keep push order put the recent ones).
QStringList tagsToDescribe(const QStringList &listed, const QStringList &declared, int max);
// The name of a build among the tags pointing at it: a version first, then another immutable
// tag, else the first alias; aliases: the mutable ones besides that name.
std::pair<QString, QStringList> nameOfBuild(QStringList tags);

} // namespace Promenade::ImageTags
