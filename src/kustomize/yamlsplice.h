#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Promenade::Kustomize {

// Finds one scalar's bytes in a YAML text and replaces exactly those bytes, the way a person
// edits a file: comments, key order, indentation, quoting style and line endings stay as they
// are; the file is never re-emitted. Scalars are found by line (what discovery records: works
// inside block scalars too, e.g. a patch inlined in a kustomization) or by key path
// ("spec.source.targetRevision", "images[name=web].newTag", "kustomize.images[0]"), in any
// document of a multi-document file. Stateless; thread-safe.
class YamlSplice
{
public:
    enum class Quote { Plain, Single, Double };

    // A scalar written in the text: its bytes are [start, end).
    struct Scalar
    {
        QByteArray key; // the mapping key before it ("" for a list item)
        qsizetype start = 0;
        qsizetype end = 0;
        QByteArray value; // its value, quotes removed
        Quote quote = Quote::Plain;
        int line = 0; // 1-based
    };

    // The single-line scalars written on one line (1-based): `key: value` and `- value`, in
    // order. Block scalars (| and >) and multi-line quoted scalars are not returned.
    static QList<Scalar> scalarsOnLine(const QByteArray &text, int line);

    // The scalar at a key path, looked for in every document (the first that has it). Segments
    // are separated by dots; `[n]` indexes a list, `[key=value]` picks the list item whose `key`
    // is value. NotFound when no document has it; BadInput when it is not a single-line scalar.
    static Result<Scalar> atPath(const QByteArray &text, const QString &path,
                                 const QString &fileName = {});

    // The text with the scalar's bytes replaced by value, written in the scalar's own quoting
    // style (a plain scalar is quoted only when value would not read back as the same string).
    static QByteArray replace(const QByteArray &text, const Scalar &scalar,
                              const QByteArray &value);

    // value as it would be written in a style: plain only when it reads back as a string.
    static QByteArray quoted(const QByteArray &value, Quote style);

    // Appends an item to the top-level block list `key` (after its last item, indented like it),
    // creating `key:` at the end of the text when it is missing. itemLines: the item's lines
    // without the leading dash, indented relative to the item (the first line unindented),
    // each ending with '\n'. BadInput when `key` is not a block list.
    static Result<QByteArray> appendToList(const QByteArray &text, const QByteArray &key,
                                           const QByteArray &itemLines,
                                           const QString &fileName = {});
};

} // namespace Promenade::Kustomize
