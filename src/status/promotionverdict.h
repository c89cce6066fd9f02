#pragma once

#include <QJsonObject>
#include <QString>

namespace Promenade {

// The one answer to "can this environment take the app's next version now?", as every view
// reads it (the pipeline card and its edge, the matrix cell and its count, the promotion gates,
// `promenade status`, the SVG/PNG export). Computed by VerdictJudge only.
struct PromotionVerdict
{
    enum class Kind {
        Unknown, // no live status for this environment × app
        UpToDate, // the upstream environment has nothing newer
        Ready, // the upstream runs a newer build, synced and healthy, that can run here
        Blocked, // there is a newer build, but a gate stops it (reason)
        Behind, // the upstream declares a newer build it does not run yet (reason)
        Drift, // nothing to promote, but what runs here is not what is declared (reason)
        PullRequestOpen, // a pull request promoting the newer build waits for a merge
    };

    Kind kind = Kind::Unknown;
    QString app;
    QString environment;
    QString from; // the upstream environment promotions come from
    QString fromVersion; // the tag a promotion would bring (what the upstream declares)
    QString toVersion; // the tag this environment declares
    int pullRequest = 0; // the open pull request's number (PullRequestOpen)
    QString reason; // why it is not ready, in the gates' words (empty when ready)
    QString sentence; // what a person reads on a card, an edge, a cell, a drawing

    [[nodiscard]] bool ready() const { return kind == Kind::Ready; }
    // Whether the upstream has a newer build at all (ready, blocked, behind, pull request open).
    [[nodiscard]] bool hasCandidate() const
    {
        return kind == Kind::Ready || kind == Kind::Blocked || kind == Kind::Behind
            || kind == Kind::PullRequestOpen;
    }
    // The kind as one word: unknown, up-to-date, ready, blocked, behind, drift,
    // pull-request-open (the JSON's and QML's spelling).
    [[nodiscard]] QString word() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Promenade
