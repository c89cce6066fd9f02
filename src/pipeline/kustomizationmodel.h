#pragma once

#include "result.h"
#include "versionpin.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Promenade::ImagePins {

struct PatchTarget
{
    QByteArray group, version, kind, name, nameSpace, labelSelector, annotationSelector;
};

struct PatchEntry
{
    enum class Type { Detect, StrategicMerge, Json6902 };
    Type type = Type::Detect;
    QString path; // relative to the kustomization's folder, or empty
    QByteArray text; // the inline patch
    int textLine = 0; // the kustomization line of the inline text's first line
    int line = 0; // the entry's line
    bool hasTarget = false;
    PatchTarget target;
};

// One `images:` entry, with where each of its fields is written (or the override that set it).
struct ImageEntry
{
    QByteArray name, newName, newTag, digest, tagSuffix;
    VersionPin newNamePin, newTagPin, digestPin, tagSuffixPin;
};

// The parts of a kustomization the image pin walk uses: what it includes, the transformers that
// can rename a resource or change an image, and warnings for what the walk cannot follow.
struct KustomizationModel
{
    QString file; // repository-relative
    bool isComponent = false;
    QList<std::pair<QByteArray, int>> resources; // resources then bases, with their lines
    QList<std::pair<QByteArray, int>> components;
    QByteArray nameSpace, namePrefix, nameSuffix;
    QList<std::pair<QByteArray, QByteArray>> labels, annotations;
    QList<PatchEntry> patchesStrategicMerge, patches, patchesJson6902;
    QList<ImageEntry> images;
    QStringList warnings;

    // Parses a kustomization file's text as kustomize does: field names match without regard to
    // case, an unknown field or a wrong type is an error in kustomize's words at the file's line.
    // file: repository-relative, for messages and pins.
    static Result<KustomizationModel> parse(const QByteArray &bytes, const QString &file);
};

} // namespace Promenade::ImagePins
