#pragma once

#include "result.h"
#include "semanticdiffresult.h"
#include "textlines.h"
#include "utf8lines.h"

#include <QStringList>

namespace Promenade::Diff {

// The semantic diff of two multi-document YAML texts of Kubernetes resources.
//
// Documents are matched by API group, kind, namespace and name (apiVersion's version is not
// part of the identity, so a v1beta1 → v1 move shows as an apiVersion change), in two passes:
// exact identity first, then with names normalised by the options — the namespace ignored,
// any of the given prefixes and suffixes stripped, and kustomize's generator hash suffix
// removed: "-" and 10 characters of kustomize's hash alphabet (hex digits with 0,1,3,a,e
// mapped to g,h,k,m,t: [2456789bcdfghkmt]), so app-config-2g4hbfk8mt matches
// app-config-9tt4h8m2dk. Documents without apiVersion/kind/name are matched by position.
// Matched documents are compared field by field (see FieldChange for the path syntax); list
// items are matched by the field Kubernetes' strategic merge uses (containers, initContainers,
// env, volumes, imagePullSecrets by name; volumeMounts by mountPath; container ports by
// containerPort+protocol; Service ports by port+protocol; tolerations by key+effect; other
// lists of named maps by name), so reordering such a list is not a change; other lists are
// compared by position (lists of scalars by a minimal diff of their items).
//
// Errors: a YAML syntax error gives BadInput naming the side (Options::leftLabel/rightLabel)
// and line. yaml-cpp's exceptions never leave this class. Reentrant.
class SemanticDiff
{
public:
    struct Options
    {
        bool ignoreNamespace = false;
        bool ignoreHashSuffix = true;
        QStringList namePrefixes;
        QStringList nameSuffixes;
        QString leftLabel = QStringLiteral("left");
        QString rightLabel = QStringLiteral("right");
    };

    [[nodiscard]] static Result<SemanticDiffResult>
    compare(const QString &leftYaml, const QString &rightYaml, const Options &options);
    // The same on texts already split into lines (as TextDiff splits them): not split again.
    [[nodiscard]] static Result<SemanticDiffResult>
    compare(const TextLines &left, const TextLines &right, const Options &options);
    // The same on UTF-8 texts (files as read): documents with the same bytes on both sides are
    // never converted to QString.
    [[nodiscard]] static Result<SemanticDiffResult>
    compare(const Utf8Lines &left, const Utf8Lines &right, const Options &options);

    // The name with the options' prefixes/suffixes and kustomize's hash suffix removed.
    [[nodiscard]] static QString normalizedName(const QString &name, const Options &options);
    // True when name ends with "-" + a kustomize hash (10 characters of [2456789bcdfghkmt]).
    [[nodiscard]] static bool hasHashSuffix(const QString &name);
    // True when the text parses as YAML and at least one document has apiVersion and kind.
    [[nodiscard]] static bool looksLikeKubernetes(const QString &yaml);
    [[nodiscard]] static bool looksLikeKubernetes(const Utf8Lines &yaml);
};

} // namespace Promenade::Diff
