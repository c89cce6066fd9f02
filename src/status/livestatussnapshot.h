#pragma once

#include "endpointtrust.h"
#include "pipelinestatus.h"
#include "verdictjudge.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Promenade {

// What the live status service hands whoever shows it, whole and immutable (a copy crosses
// threads): the status to show, whether it came from the disk cache, why it is not fresh, and
// the credentials the last collection withheld.
struct LiveStatusSnapshot
{
    // The status shown: the last complete one while a service cannot be reached (the
    // keep-last rule), else the last collected; fetchedAt invalid when there is none yet.
    PipelineStatus status;
    // Its promotion verdicts (VerdictJudge), judged with it: the views show these.
    VerdictJudge::ByEnvironment verdicts;
    // The status is the last live one of an earlier session (the disk cache).
    bool cached = false;
    // Why the status shown is not fresh ("Argo CD unreachable; …"); empty while live.
    QString problem;
    // The credentials the last collection did not send, and why.
    QList<Clients::WithheldCredential> withheld;
    // Which collection this is (1, 2, …; 0: the status handed over at the start).
    int collection = 0;
};

} // namespace Promenade

Q_DECLARE_METATYPE(Promenade::LiveStatusSnapshot)
