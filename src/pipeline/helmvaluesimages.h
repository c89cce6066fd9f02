#pragma once

#include "result.h"
#include "versionpin.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace YAML {
class Node;
}

namespace Promenade {

// Images in Helm values, by the conventions charts use (image.repository + image.tag,
// image.registry, image.name, image.digest, <component>.image.*, global.image*, images.<name>.*).
// Each with the key and line where its tag (or digest) is written.
struct HelmValuesImage
{
    QString key; // the image block's key path, e.g. "image", "web.image", "images.web"
    QString repository; // registry + repository when both are given
    QString tag; // empty: the chart's appVersion is used
    QString digest;
    VersionPin pin; // the tag's (or digest's) key and line; HelmValues kind
};

// Finds image blocks in Helm values by key conventions, without templates (a heuristic: the
// rendered truth needs the chart). A block is a mapping named `image` (at any depth, e.g.
// `web.image`) or an entry of an `images` mapping, holding `repository` or `name`, optionally
// `registry`, `tag`, `digest`; `global.imageRegistry` (or `global.image.registry`) supplies a
// missing registry, and `global.image.repository/tag` a component's empty ones (umbrella
// charts). A string `image: repo:tag` is read as a reference, and so is the string at a spec
// key (Argo CD Image Updater's `<alias>.helm.image-spec`, e.g. `image.spec`: the block is the
// key without `.spec`). Stateless; any thread.
class HelmValuesImages
{
public:
    // values: a parsed values document (marks are the file's own); file: repository-relative.
    // specKeys: the dotted key paths holding a whole "repo:tag" (image-spec annotations).
    static QList<HelmValuesImage> find(const YAML::Node &values, const QString &file,
                                       const QStringList &specKeys = {});
    // Later files (and the later entries of one list) win, as Helm merges them: a key set in a
    // later file replaces the earlier value and pin. A missing or malformed file is an error
    // naming it (the images of the files read so far are not returned then).
    static Result<QList<HelmValuesImage>> findInFiles(const QString &root, const QStringList &files,
                                                      const QStringList &specKeys = {});
};

} // namespace Promenade
