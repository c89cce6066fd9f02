#pragma once

#include "yamlnode.h"

#include <QByteArray>

// How kustomize's Go YAML libraries read and print scalars. kustomize parses with yaml.v3
// (YAML 1.2 core schema), round-trips every resource through JSON, and prints with yaml.v2
// (which still treats yes/no/on/off as booleans, so it quotes such strings). These functions
// reproduce those rules; they are pure and thread-safe.
namespace Promenade::Kustomize::YamlScalars {

// The type and canonical text a plain (unquoted) scalar resolves to when kustomize reads it.
YamlNode resolvePlain(const QByteArray &text, int line);
// Resolves a scalar with an explicit tag such as !!int or !!str.
YamlNode resolveTagged(const QByteArray &tag, const QByteArray &text, int line);
// The text kustomize prints for a float after its JSON round trip.
QByteArray floatText(double value);
// True when yaml.v2 would read this text, written plain, as something other than a string
// (a number, boolean, null, timestamp or base-60 float): such strings are double-quoted.
bool v2ResolvesToNonString(const QByteArray &text);
// Go's utf8.Valid: well-formed UTF-8 (control characters allowed).
bool isValidUtf8(const QByteArray &text);
// Decodes the well-formed UTF-8 sequence starting at text[i] into *codePoint and returns its
// length in bytes, or 0 when the bytes there are not well-formed UTF-8 (overlong, surrogate,
// beyond U+10FFFF, truncated).
int decodeUtf8(const QByteArray &text, qsizetype i, uint *codePoint);
// Go's strconv.ParseInt(s, 0, 64) after removing underscores (as yaml.v3/v2 do).
bool parseGoInt(const QByteArray &text, QByteArray *canonical);

} // namespace Promenade::Kustomize::YamlScalars
