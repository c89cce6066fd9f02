#pragma once

#include "pinnedversion.h"
#include "tracedpin.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Promenade {

struct Pipeline;

namespace Git {
class Repository;
struct CommitInfo;
} // namespace Git

// Follows every version an environment pins through the Git history, whatever the pin's form
// (see PinnedVersion): for a commit that touched a pin's file, reads the pinned version at the
// commit and at its parent and reports a change only when the version differs (a commit that
// edits the file around the version is no change; a merge is a change only when its version
// is none of its parents'). The pin's place in its file is chosen at the start of the walk and
// followed by its identity (document and path). Blocking (reads blobs); one per thread.
class PinHistory
{
public:
    // The pins to trace: each environment's app images and chart versions, and its Helm chart
    // infrastructure components. prefix: the pipeline root relative to the Git work tree ("" when
    // they are the same), prepended to the pins' files.
    static QList<TracedPin> pinsOf(const Pipeline &pipeline, const QString &prefix = {});

    struct Change
    {
        const TracedPin *pin = nullptr;
        QString tag;
        QString digest;
        QString previousTag; // empty when the pin did not exist before
        QString previousDigest;
    };

    // pins must outlive this object; start: the revision where the pins were found ("HEAD").
    PinHistory(const Git::Repository &repository, const QList<TracedPin> &pins,
               const QString &start = QStringLiteral("HEAD"));

    // The pin changes a commit made (none when it touched no pin file).
    QList<Change> changes(const Git::CommitInfo &commit);

private:
    struct Reading
    {
        bool found = false;
        PinnedVersion::Candidate candidate;
    };
    Reading read(const QString &revision, qsizetype pinIndex);

    const Git::Repository &m_repository;
    const QList<TracedPin> &m_pins;
    QList<QString> m_identities; // per pin: the candidate followed (empty: the pin is not read)
    QHash<QString, QList<qsizetype>> m_pinsByFile;
};

} // namespace Promenade
