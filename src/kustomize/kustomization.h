#pragma once

#include "result.h"
#include "yamlnode.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Promenade::Kustomize {

using StringPairs = QList<std::pair<QByteArray, QByteArray>>;

// A `target:` selector of a patch. Every set field must match; group, version, kind, name and
// namespace are regular expressions anchored at both ends.
struct PatchTarget
{
    QByteArray group, version, kind, name, nameSpace, labelSelector, annotationSelector;
};

// One entry of patches / patchesStrategicMerge / patchesJson6902.
struct PatchEntry
{
    QString path; // relative to the kustomization, or empty for an inline patch
    QByteArray inlineText; // the inline patch
    bool hasTarget = false;
    PatchTarget target;
    bool allowNameChange = false;
    bool allowKindChange = false;
    int line = 0;
};

struct GeneratorOptions
{
    StringPairs labels;
    StringPairs annotations;
    bool disableNameSuffixHash = false;
    bool immutable = false;
};

// One configMapGenerator / secretGenerator entry.
struct GeneratorEntry
{
    QByteArray name;
    QByteArray nameSpace;
    QByteArray behavior; // create (default), merge, replace
    QByteArray type; // secrets only
    QList<QByteArray> literals;
    QList<QByteArray> files;
    QList<QByteArray> envs;
    GeneratorOptions options;
    int line = 0;
};

struct ImageEntry
{
    QByteArray name, newName, newTag, digest, tagSuffix;
    int line = 0;
};

struct ReplicaEntry
{
    QByteArray name;
    QByteArray count; // canonical integer text
    int line = 0;
};

// One `replacements:` entry: a file holding replacements, or one written inline.
struct ReplacementEntry
{
    QString path;
    YamlNode inlineReplacement;
    int line = 0;
};

struct LabelEntry
{
    StringPairs pairs;
    bool includeSelectors = false;
    bool includeTemplates = false;
};

// A kustomization file (kind Kustomization or Component), checked the way kustomize checks it:
// unknown fields are errors, string fields must hold strings, and features Promenade will not
// run (Helm, exec/KRM plugins, remote bases are refused later by the renderer) are named.
// Plain data once parsed; thread-safe to read.
struct Kustomization
{
    static Result<Kustomization> parse(const YamlNode &root, const QString &file);
    // The top-level fields kustomize (v5) accepts in a kustomization; it matches them ignoring
    // case.
    static const QList<const char *> &knownFields();

    QString file;
    bool isComponent = false;
    QList<std::pair<QByteArray, int>> resources; // resources then bases, with their lines
    QList<std::pair<QByteArray, int>> components;
    QByteArray nameSpace, namePrefix, nameSuffix;
    StringPairs commonLabels;
    QList<LabelEntry> labels;
    StringPairs commonAnnotations;
    QList<PatchEntry> patchesStrategicMerge;
    QList<PatchEntry> patches;
    QList<PatchEntry> patchesJson6902;
    QList<ImageEntry> images;
    QList<ReplicaEntry> replicas;
    QList<ReplacementEntry> replacements;
    QList<GeneratorEntry> configMapGenerator;
    QList<GeneratorEntry> secretGenerator;
    GeneratorOptions generatorOptions;
    QByteArray sortOrder; // legacy, fifo or empty
    QList<QByteArray> orderFirst, orderLast;
    bool hasLegacySortOptions = false;
};

} // namespace Promenade::Kustomize
