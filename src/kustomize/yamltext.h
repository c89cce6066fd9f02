#pragma once

#include "yamlsplice.h"

#include <QByteArray>

// Positions in a YAML text, for the editors that splice bytes instead of re-emitting the file
// (YamlSplice, KustomizationEditor): one owner for where a line or a scalar starts and ends.
// Pure and thread-safe.
namespace Promenade::Kustomize::YamlText {

// The start of the line holding pos.
qsizetype lineStart(const QByteArray &t, qsizetype pos);
// The end of the line holding pos, before its line break ("\n" or "\r\n").
qsizetype lineEnd(const QByteArray &t, qsizetype pos);
// Just after the line break of the line holding pos (or the end of the text).
qsizetype nextLine(const QByteArray &t, qsizetype pos);
qsizetype skipBlanks(const QByteArray &t, qsizetype pos, qsizetype end);
// The quoting style of the scalar starting at pos.
YamlSplice::Quote quoteAt(const QByteArray &t, qsizetype pos);
// The end (exclusive) of the quoted scalar starting at pos, or -1 when it is not closed
// before `end`.
qsizetype quotedEnd(const QByteArray &t, qsizetype pos, qsizetype end);
// The end (exclusive) of the plain scalar starting at pos, trailing blanks and comment excluded;
// in a flow collection, ',', ']' and '}' end it too.
qsizetype plainEnd(const QByteArray &t, qsizetype pos, qsizetype end, bool flow);

} // namespace Promenade::Kustomize::YamlText
