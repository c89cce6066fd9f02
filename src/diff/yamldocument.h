#pragma once

#include "textlines.h"
#include "utf8lines.h"
#include "yamltree.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>

namespace Promenade::Diff {

// One document of a multi-document YAML text, as SemanticDiff compares them: where it is, its
// text, its identity (apiVersion, kind, namespace, name) and, once parsed, its tree.
//
// Documents are cut from a UTF-16 text (QString) or from UTF-8 bytes (Utf8Lines, what a file
// holds). A document cut from bytes is converted to QString only when it is read (convert():
// parsed, or its text shown); the documents unchanged between two files are compared as bytes
// and never converted. Either way, the views point into the text cut, which must outlive them.
struct YamlDocument
{
    // Parsed documents only. Held apart: most documents are never parsed, and a list of
    // thousands of documents stays small.
    std::shared_ptr<const YamlTree> tree;
    int lineOffset = 0; // 0-based line of the document's chunk in the whole text
    int firstLine = 0; // 1-based
    int lastLine = 0;
    // The text handed to the parser (marker line included, for its line numbers), and the
    // document as written, without surrounding comments and markers, with its last line's '\n'
    // (when the text has one). From a QString: views into it; from bytes: into `converted`,
    // once convert() ran (empty before).
    QStringView chunk;
    QStringView text;
    // From bytes: the same two as bytes (views into the Utf8Lines' bytes).
    QByteArrayView chunkBytes;
    QByteArrayView textBytes;
    QString converted;
    bool fromBytes = false;
    QString apiVersion;
    QString kind;
    QString namespaceName;
    QString name;
    int match = -1; // index of the matched document on the other side
    bool identical = false; // same text as its match: never parsed
    bool empty = false; // parsed to nothing (e.g. only "~")

    [[nodiscard]] bool isResource() const
    {
        return !apiVersion.isEmpty() && !kind.isEmpty() && !name.isEmpty();
    }
    [[nodiscard]] QString group() const
    {
        return apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
    }
    // The text as bytes (UTF-8, or UTF-16 for a document cut from a QString): documents cut
    // the same way are the same text exactly when these are equal.
    [[nodiscard]] QByteArrayView textKey() const;
    // A document cut from bytes: chunk and text as QString (no-op otherwise).
    void convert();
    // The identity read from the text alone, for block-style YAML as kustomize and most people
    // write it. Used where a document is not parsed (identical on both sides) and to recognise
    // Kubernetes YAML cheaply; a parsed document takes its identity from the parse.
    void scanIdentity();
    // The text for the result: what it says, ending in '\n'.
    [[nodiscard]] QString documentText() const;

    using Visit = std::function<bool(YamlDocument &&)>;
    // Calls visit for each document of the text, in order, until it returns false: the text
    // is cut at document markers, and every document knows its line span and its text. Chunks
    // with nothing but comments and blank lines are left out. Nothing is parsed or copied.
    // lines: the text's lines when the caller has them (TextLines), else the text is scanned.
    static void forEach(const QString &text, const TextLines *lines, const Visit &visit);
    static void forEach(const Utf8Lines &lines, const Visit &visit);
    [[nodiscard]] static QList<YamlDocument> split(const QString &text, const TextLines *lines);
    [[nodiscard]] static QList<YamlDocument> split(const Utf8Lines &lines);
};

} // namespace Promenade::Diff
