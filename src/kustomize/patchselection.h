#pragma once

#include "kustomization.h"
#include "resource.h"
#include "result.h"
#include "yamlnode.h"

#include <QList>
#include <QString>

// Private to the kustomize folder: the renderer's patch targeting (patches[].target, and a
// strategic merge patch's own id) and the application of one strategic merge patch document.
namespace Promenade::Kustomize::PatchSelection {

// A bad-input error at file:line (line 0: the file only).
[[nodiscard]] Error badInput(const QString &message, const QString &file, int line = 0);
// Whether a patch target (regular expressions, label and annotation selectors) selects r;
// an invalid expression or selector is an error at file:line.
[[nodiscard]] Result<bool> selected(const Resource &r, const PatchTarget &t, const QString &file,
                                    int line);
// Applies one strategic merge patch document to list[index]; removes it on $patch: delete.
// file and line (0: the document's own) place an error.
[[nodiscard]] Status applySm(QList<Resource> &list, qsizetype index, const YamlNode &patchDoc,
                             const PatchEntry &p, const QString &file, int line);
// Whether a patch without target names r (apiVersion, kind, name, namespace; earlier ids too).
[[nodiscard]] bool matchesPatchId(const Resource &r, const YamlNode &patch);

} // namespace Promenade::Kustomize::PatchSelection
