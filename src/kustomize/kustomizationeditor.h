#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Promenade::Kustomize {

// Edits a kustomization file the way a person would: only the changed scalar (or the added
// line) differs, everything else stays byte for byte — comments, key order, quoting style,
// the list's indentation style, flow or block style, CRLF line endings. The positions come
// from yaml-cpp's Marks; the file is never re-emitted. Writes are atomic (QSaveFile).
// Used by promotions and `promenade set-image`. Stateless; safe from any thread (one writer
// per file at a time).
class KustomizationEditor
{
public:
    // What to change in an `images:` entry. std::nullopt leaves a field as it is; an empty
    // string removes it.
    struct ImageUpdate
    {
        std::optional<QString> newName;
        std::optional<QString> newTag;
        std::optional<QString> digest;
    };

    // Sets the entry for image `name` in the kustomization file at path (a file, or a folder
    // holding one): its fields change in place, a missing field is added to the entry, a
    // missing entry is appended to `images:`, a missing `images:` list is appended to the file.
    static Status setImage(const QString &path, const QString &name, const ImageUpdate &update);

    // The same edit on text in memory (what setImage writes). fileName names errors.
    static Result<QByteArray> setImageInText(const QByteArray &text, const QString &name,
                                             const ImageUpdate &update,
                                             const QString &fileName = {});
};

} // namespace Promenade::Kustomize
