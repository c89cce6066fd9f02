#pragma once

#include "democontrolplane.h"
#include "result.h"

#include <QString>

namespace Promenade::Demo {

// The demo control plane's view of the demo repository's origin, as Argo CD's repo server
// has one: a clone that fetches the origin and follows its main branch, so that the control
// plane sees what was pushed (not what sits uncommitted in the user's work tree). It also
// merges pull requests at the origin — a merge or squash commit pushed on top of the base
// branch, never a forced push. Blocking libgit2 calls on local paths (milliseconds); GUI thread.
class DemoOriginMirror
{
public:
    // Clones originPath into mirrorPath (a new or empty folder).
    static Result<DemoOriginMirror> create(const QString &originPath, const QString &mirrorPath);

    // The pipeline already read at revision (a clone's, whose HEAD the origin's main is at):
    // read() gives it, without reading the mirror again, while the origin's main is there.
    void assume(const Pipeline &pipeline, const QString &revision);
    // The pipeline and commit at the origin's main, after fetching.
    Result<std::pair<Pipeline, QString>> read();
    // The commit a branch of the origin points at, or an empty string.
    [[nodiscard]] QString resolveBranch(const QString &branch);
    // Merges head into base at the origin as GitHub does: a merge commit (base and head as
    // parents) or, squashed, one commit on base, with message and head's tree. Refused when
    // head does not contain base's tip (base moved on: the pull request needs an update).
    Result<QString> merge(const QString &head, const QString &base, const QString &message,
                          bool squash);

    // The hooks for DemoControlPlane, bound to this mirror (which must outlive the plane).
    DemoControlPlane::OriginHooks hooks();

    [[nodiscard]] const QString &path() const { return m_mirrorPath; }

private:
    DemoOriginMirror(QString originPath, QString mirrorPath);
    Status fetch();

    QString m_originPath;
    QString m_mirrorPath;
    QString m_lastRevision;
    Pipeline m_lastPipeline;
};

} // namespace Promenade::Demo
