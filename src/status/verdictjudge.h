#pragma once

#include "pipelinestatus.h"
#include "promotionverdict.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Promenade {

// The one place that turns a live status into promotion verdicts (see PromotionVerdict), and
// the facts the promotion gates judge with the same words. Reads the status it is given (which
// must outlive it); plain, no services asked.
//
// For environment E and app A, with U the environment promotions into E come from (its first
// upstream; else the previous stage's first environment):
//  - no live status of A in E: unknown;
//  - U declares a tag T for A other than E's, of the same repository, and not known to be the
//    same build or an older one (the registry's digests and build times): a candidate, and
//     - a pull request promote/A/E/T is open: pull request open;
//     - U does not run T (Argo CD), or what it runs is unknown: behind;
//     - U runs T but not synced and healthy, or the registry says T is not there or lacks a
//       platform E's nodes need: blocked, and why;
//     - else: ready;
//  - no candidate: drift when E has drift lines for A, else up to date.
class VerdictJudge
{
public:
    explicit VerdictJudge(const PipelineStatus &status);

    [[nodiscard]] PromotionVerdict verdict(const QString &environment, const QString &app) const;
    // Every environment × app of the status, in its order.
    [[nodiscard]] QList<PromotionVerdict> verdicts() const;
    // The same by environment, then app (the live status service hands them over so).
    using ByEnvironment = QHash<QString, QHash<QString, PromotionVerdict>>;
    [[nodiscard]] ByEnvironment verdictsByEnvironment() const;
    // The environment promotions into environment come from, or nullptr.
    [[nodiscard]] const EnvironmentStatus *upstreamOf(const QString &environment) const;

    // A finding of the gates' kind: passes, fails, or could not be checked (unknown).
    struct Finding
    {
        enum class Outcome { Pass, Fail, Unknown };
        Outcome outcome = Outcome::Unknown;
        QString reason;
    };
    // Whether environment `from` runs app's tag, synced and healthy.
    [[nodiscard]] Finding sourceRuns(const QString &from, const QString &app,
                                     const QString &tag) const;
    // What the status knows of app's tag in the registry: whether it is there, its platforms.
    struct KnownImage
    {
        bool exists = false;
        QStringList platforms;
    };
    [[nodiscard]] std::optional<KnownImage> knownImage(const QString &app,
                                                       const QString &tag) const;
    // Whether image:tag (as known) has every platform environment's nodes need for app.
    [[nodiscard]] Finding runsIn(const QString &environment, const QString &app,
                                 const QString &image, const QString &tag,
                                 const KnownImage &known) const;

private:
    const PipelineStatus &m_status;
};

} // namespace Promenade
