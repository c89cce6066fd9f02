#pragma once

#include "result.h"

#include <QString>

namespace Promenade {

// The grammars a version must match before it is written into a repository: an image tag
// (OCI distribution spec: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}), a digest (OCI image spec:
// algorithm ":" encoded; sha256 and sha512 checked for their exact hex lengths) and a Helm
// chart version (SemVer 2.0.0, with an optional leading "v" as Helm accepts). A version comes
// from the command line, the window or the source environment's files, which are untrusted: a
// control character or a newline must never reach a kustomization. Errors are BadInput, with
// the offending text shown escaped. Pure functions.
class VersionGrammar
{
public:
    static Status checkTag(const QString &tag);
    static Status checkDigest(const QString &digest);
    static Status checkChartVersion(const QString &version);
    // The text with control and non-printable characters as \xNN / \u{NNNN}, for an error message.
    [[nodiscard]] static QString escaped(const QString &text);
};

} // namespace Promenade
