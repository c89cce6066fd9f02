#pragma once

#include "diffrowmodel.h"
#include "gatelistmodel.h"
#include "promotionplanview.h"
#include "promotionworkflow.h"
#include "releasechangesfinder.h"
#include "releasechangesmodel.h"
#include "semanticsummarymodel.h"

#include "sessionlink.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class PipelineController;

// The approval flow of the window: a promotion (or rollback) is prepared — plan, every gate
// with its verdict, the rendered change of the target, the commit message — shown, approved
// once, applied (commit, push, pull request) with progress, and then followed on the live
// status until the target runs the new version synced and healthy. A pull request can be
// merged from here. Every blocking step runs on a worker thread (PromotionWorkflow).
class PromotionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PipelineController *pipeline READ pipeline WRITE setPipeline NOTIFY pipelineChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    // The plan, one value: promotion.plan.app, .title, .newVersion… (PromotionPlanView).
    Q_PROPERTY(PromotionPlanView plan READ planView NOTIFY planChanged)
    // Several promotions in one approval (the matrix's selection): how many, 0 for one.
    Q_PROPERTY(int batchSize READ batchSize NOTIFY planChanged)
    Q_PROPERTY(bool pullRequest READ pullRequest WRITE setPullRequest NOTIFY planChanged)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY descriptionChanged)
    Q_PROPERTY(bool gatesPass READ gatesPass NOTIFY planChanged)
    Q_PROPERTY(QString refusal READ refusal NOTIFY planChanged)
    Q_PROPERTY(GateListModel *gates READ gates CONSTANT)
    Q_PROPERTY(DiffRowModel *preview READ preview CONSTANT)
    Q_PROPERTY(SemanticSummaryModel *previewSummary READ previewSummary CONSTANT)
    Q_PROPERTY(QString previewError READ previewError NOTIFY planChanged)
    // What the promotion ships: the application's commits and pull requests between the builds.
    Q_PROPERTY(ReleaseChangesModel *changes READ changes CONSTANT)
    // Applying, then following.
    Q_PROPERTY(QStringList progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString commit READ commit NOTIFY resultChanged)
    Q_PROPERTY(QString branch READ branch NOTIFY resultChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY resultChanged)
    Q_PROPERTY(int pullRequestNumber READ pullRequestNumber NOTIFY resultChanged)
    Q_PROPERTY(QString pullRequestUrl READ pullRequestUrl NOTIFY resultChanged)
    Q_PROPERTY(bool merged READ merged NOTIFY resultChanged)
    // Merging the pull request: the methods the GitHub repository allows, the one chosen, and
    // the checks that have not passed (named) when a merge waits for the person's confirmation.
    Q_PROPERTY(QStringList mergeMethods READ mergeMethods NOTIFY mergeChanged)
    Q_PROPERTY(QString mergeMethod READ mergeMethod WRITE setMergeMethod NOTIFY mergeChanged)
    Q_PROPERTY(QStringList checksToConfirm READ checksToConfirm NOTIFY mergeChanged)
    Q_PROPERTY(QString deployment READ deployment NOTIFY deploymentChanged)
    Q_PROPERTY(bool deployed READ deployed NOTIFY deploymentChanged)

public:
    enum class State {
        Idle,
        Preparing, // planning, judging the gates, rendering the preview
        Ready, // waiting for the approval
        Applying, // committing, pushing, opening the pull request
        Applied, // done: a commit (pushed) or an open pull request
        Merging, // merging the pull request on GitHub, then pulling it
        Failed, // errorString says why and what to do; nothing half-done
    };
    Q_ENUM(State)

    explicit PromotionController(QObject *parent = nullptr);
    ~PromotionController() override;

    [[nodiscard]] PipelineController *pipeline() const { return m_session.pipeline(); }
    void setPipeline(PipelineController *pipeline);

    // Starts preparing a promotion of app from one environment into the next.
    Q_INVOKABLE void preparePromotion(const QString &app, const QString &from, const QString &to);
    // Starts preparing several promotions into one environment, approved and landed as one
    // commit (or pull request): a list of {app, from, to}.
    Q_INVOKABLE void preparePromotions(const QVariantList &promotions);
    // Starts preparing a rollback of app in environment to an earlier tag.
    // pinKind: the history entry's (an app deployed as a chart: its chart's version, or its
    // image's); empty: the app's own pin.
    Q_INVOKABLE void prepareRollback(const QString &app, const QString &environment,
                                     const QString &tag, const QString &pinKind = {});
    // Prepares the same promotion again with plan.digestToPin pinned along with the tag (the
    // offer made for a mutable tag); nothing happens when there is no offer.
    Q_INVOKABLE void pinDigest();
    // The one explicit approval: applies the prepared plan (refused while a gate fails).
    Q_INVOKABLE void approve();
    // Merges the pull request that approve() opened with mergeMethod, then pulls it into the
    // local copy. Checks that have not passed stop it (checksToConfirm names them) unless
    // checksConfirmed: the person saw them named and merges anyway.
    Q_INVOKABLE void mergePullRequest(bool checksConfirmed = false);
    // The person declined to merge with the checks named in checksToConfirm.
    Q_INVOKABLE void cancelMerge();
    // Forgets the flow (the dialog closed). A running step finishes; its result is dropped
    // only if it had not started changing anything.
    Q_INVOKABLE void reset();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] PromotionPlanView planView() const;
    [[nodiscard]] int batchSize() const { return static_cast<int>(m_batch.size()); }
    [[nodiscard]] bool pullRequest() const;
    void setPullRequest(bool pullRequest);
    [[nodiscard]] QString description() const;
    void setDescription(const QString &description);
    [[nodiscard]] bool gatesPass() const;
    [[nodiscard]] QString refusal() const;
    [[nodiscard]] GateListModel *gates() const { return m_gates; }
    [[nodiscard]] DiffRowModel *preview() const { return m_preview; }
    [[nodiscard]] SemanticSummaryModel *previewSummary() const { return m_previewSummary; }
    [[nodiscard]] QString previewError() const;
    [[nodiscard]] ReleaseChangesModel *changes() const { return m_changes; }
    [[nodiscard]] QStringList progress() const { return m_progress; }
    [[nodiscard]] QString commit() const
    {
        return m_applied ? m_applied->outcome.commit : QString();
    }
    [[nodiscard]] QString branch() const
    {
        return m_applied ? m_applied->outcome.branch : QString();
    }
    [[nodiscard]] QStringList notes() const
    {
        return m_applied ? m_applied->outcome.notes : QStringList();
    }
    [[nodiscard]] int pullRequestNumber() const;
    [[nodiscard]] QString pullRequestUrl() const;
    [[nodiscard]] bool merged() const { return m_merged; }
    [[nodiscard]] QStringList mergeMethods() const { return m_mergeMethods; }
    [[nodiscard]] QString mergeMethod() const { return m_mergeMethod; }
    void setMergeMethod(const QString &method);
    [[nodiscard]] QStringList checksToConfirm() const { return m_checksToConfirm; }
    [[nodiscard]] QString deployment() const { return m_deployment; }
    [[nodiscard]] bool deployed() const { return m_deployed; }

Q_SIGNALS:
    void pipelineChanged();
    void stateChanged();
    void planChanged();
    void descriptionChanged();
    void progressChanged();
    void resultChanged();
    void deploymentChanged();
    void mergeChanged();

private:
    using Preparation = Promenade::PromotionWorkflow::Preparation;
    [[nodiscard]] const Promenade::PromotionPlan &plan() const;
    void prepare(const Promenade::PromotionPlanner::Request &request);
    void setState(State state, const QString &error = {});
    void addProgress(const QString &line);
    void followStatus();
    void followDeployment();
    void refreshLiveGates();
    void findMergeMethods(quint64 generation);
    void findChanges(quint64 generation);

    SessionLink m_session; // what it works with, and the controller QML gave
    State m_state = State::Idle;
    QString m_errorString;
    std::shared_ptr<Preparation> m_preparation;
    std::optional<Promenade::PromotionWorkflow::Applied> m_applied;
    Promenade::PromotionPlanner::Request m_request;
    QList<Promenade::PromotionPlanner::Request> m_batch; // several at once; empty for one
    QString m_keptDescription; // an edited message, while switching commit ↔ pull request
    bool m_merged = false;
    QStringList m_mergeMethods;
    QString m_mergeMethod = QStringLiteral("merge");
    QStringList m_checksToConfirm;
    QStringList m_progress;
    QString m_deployment;
    bool m_deployed = false;
    quint64 m_generation = 0; // a newer flow supersedes a stale worker's answer
    // A promotion asked for before the demo's services listen: prepared once they do.
    QMetaObject::Connection m_waitingForEndpoints;
    GateListModel *m_gates;
    DiffRowModel *m_preview;
    SemanticSummaryModel *m_previewSummary;
    ReleaseChangesModel *m_changes;
    Promenade::ReleaseChangesFinder *m_changesFinder; // kept: its cache serves the next dialog
};
