#pragma once

#include <QDateTime>
#include <QString>

namespace Promenade::Export {

// How old what is shown is, in one line for people: "as of 14:02", "as of 14:02, cached",
// "as of 14:02 (12 min ago) — Argo CD unreachable". The window, the presentation mode and the
// exports all say it the same way. The age appears once the status is cached or stale and
// older than two minutes; the date once it is not from today (or always, for a file that
// outlives the day).
struct AsOf
{
    QDateTime fetchedAt; // invalid: nothing known yet
    bool cached = false; // from the disk cache, not from a live answer of this session
    QString problem; // why it is not fresh ("Argo CD unreachable"), or empty
};

[[nodiscard]] QString asOfText(const AsOf &asOf,
                               const QDateTime &now = QDateTime::currentDateTime(),
                               bool alwaysWithDate = false);

} // namespace Promenade::Export
