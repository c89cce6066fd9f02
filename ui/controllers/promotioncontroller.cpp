#include "promotioncontroller.h"

#include "backgroundwork.h"
#include "diffrowmodel.h"
#include "gatelistmodel.h"
#include "gitrepository.h"
#include "gittrailers.h"
#include "livegates.h"
#include "mutabletag.h"
#include "pipelinecontroller.h"
#include "promotionbatch.h"
#include "semanticsummarymodel.h"
#include "servicetokens.h"

using Promenade::PromotionWorkflow;

namespace {

bool hasOrigin(const QString &root)
{
    auto repo = Promenade::Git::Repository::open(root);
    return repo && repo->remoteUrl(QStringLiteral("origin")).hasValue();
}

} // namespace

PromotionController::PromotionController(QObject *parent)
    : QObject(parent)
    , m_gates(new GateListModel(this))
    , m_preview(new DiffRowModel(this))
    , m_previewSummary(new SemanticSummaryModel(this))
    , m_changes(new ReleaseChangesModel(this))
    , m_changesFinder(new Promenade::ReleaseChangesFinder(this))
{ }

PromotionController::~PromotionController()
{
    // A worker may still be committing or pushing: let it finish rather than cut it off.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void PromotionController::setPipeline(PipelineController *pipeline)
{
    if (!m_session.reset(this, pipeline))
        return;
    if (m_session)
        connect(m_session, &Promenade::RepositorySession::statusChanged, this,
                &PromotionController::followStatus);
    Q_EMIT pipelineChanged();
}

const Promenade::PromotionPlan &PromotionController::plan() const
{
    static const Promenade::PromotionPlan none;
    return m_preparation ? m_preparation->plan : none;
}

bool PromotionController::busy() const
{
    return m_state == State::Preparing || m_state == State::Applying || m_state == State::Merging;
}

PromotionPlanView PromotionController::planView() const
{
    PromotionPlanView view;
    if (!m_preparation)
        return view;
    const Promenade::PromotionPlan &p = plan();
    view.action = p.actionName();
    switch (p.action) {
    case Promenade::PromotionPlan::Action::Rollback:
        view.title = tr("Roll back %1 in %2").arg(p.app, p.to);
        break;
    case Promenade::PromotionPlan::Action::SetImage:
        view.title = tr("Set %1 in %2").arg(p.app, p.to);
        break;
    case Promenade::PromotionPlan::Action::Promote:
        view.title = tr("Promote %1 from %2 to %3").arg(p.app, p.from, p.to);
        break;
    }
    view.app = p.app;
    view.fromEnvironment = p.from;
    view.toEnvironment = p.to;
    view.image = p.image;
    view.currentVersion = p.currentVersion;
    view.newVersion = p.newVersion();
    QStringList files;
    for (const Promenade::PromotionPlan::FileEdit &edit : p.fileEdits())
        files << edit.file;
    view.file = files.join(QStringLiteral(", "));
    if (!m_batch.isEmpty())
        view.title = tr("Promote %n apps from %1 to %2", nullptr, batchSize()).arg(p.from, p.to);
    if (m_preparation->pullRequest)
        view.landing
            = tr("A pull request from %1 into %2").arg(p.branch, m_preparation->baseBranch);
    else if (p.push)
        view.landing = tr("A commit on %1, pushed to origin").arg(m_preparation->baseBranch);
    else
        view.landing = tr("A commit on %1 (this repository has no origin to push to)")
                           .arg(m_preparation->baseBranch);
    QStringList lines;
    for (const Promenade::Git::Trailer &t : Promenade::Git::Trailers::parse(p.message))
        lines.append(t.key + QStringLiteral(": ") + t.value);
    view.trailers = lines.join(u'\n');
    if (m_batch.isEmpty() && p.newDigest.isEmpty() && !p.newTag.isEmpty()) {
        // A mutable tag: the live status knows whether it moved and what it points at now.
        if (m_session && m_session->liveStatus()) {
            for (const Promenade::EnvironmentStatus &env : m_session->status().environments) {
                const Promenade::AppStatus *a = env.app(p.app);
                if (!a || a->declared.tag != p.newTag)
                    continue;
                if (a->mutableTag && view.mutableTagWarning.isEmpty())
                    view.mutableTagWarning = a->mutableTagWarning;
                if (view.digestToPin.isEmpty())
                    view.digestToPin = a->declaredDigest;
            }
        }
        if (view.mutableTagWarning.isEmpty())
            view.mutableTagWarning = Promenade::MutableTag::warning(p.newTag, p.newDigest);
        if (view.mutableTagWarning.isEmpty())
            view.digestToPin.clear();
    }
    return view;
}

bool PromotionController::pullRequest() const
{
    return m_preparation && m_preparation->pullRequest;
}

void PromotionController::setPullRequest(bool pullRequest)
{
    if (!m_preparation || pullRequest == m_preparation->pullRequest || m_state != State::Ready)
        return;
    // A person's words in the message survive the switch.
    if (description() != m_preparation->plannedDescription)
        m_keptDescription = description();
    m_request.mode
        = pullRequest ? Promenade::PromotionMode::PullRequest : Promenade::PromotionMode::Commit;
    for (Promenade::PromotionPlanner::Request &request : m_batch)
        request.mode = m_request.mode;
    prepare(m_request);
}

QString PromotionController::description() const
{
    return m_preparation ? PromotionWorkflow::description(plan()) : QString();
}

void PromotionController::setDescription(const QString &description)
{
    if (!m_preparation || description == this->description())
        return;
    PromotionWorkflow::setDescription(m_preparation->plan, description);
    Q_EMIT descriptionChanged();
}

bool PromotionController::gatesPass() const
{
    return m_preparation && m_preparation->gatesPass();
}

QString PromotionController::refusal() const
{
    return m_preparation ? m_preparation->refusal() : QString();
}

QString PromotionController::previewError() const
{
    return m_preparation ? m_preparation->previewError : QString();
}

int PromotionController::pullRequestNumber() const
{
    return m_applied && m_applied->pullRequest ? m_applied->pullRequest->pullRequest.number : 0;
}

QString PromotionController::pullRequestUrl() const
{
    return m_applied && m_applied->pullRequest ? m_applied->pullRequest->pullRequest.htmlUrl
                                               : QString();
}

void PromotionController::setState(State state, const QString &error)
{
    if (m_state == state && m_errorString == error)
        return;
    m_state = state;
    m_errorString = error;
    Q_EMIT stateChanged();
}

void PromotionController::addProgress(const QString &line)
{
    m_progress.append(line);
    Q_EMIT progressChanged();
}

void PromotionController::reset()
{
    ++m_generation;
    disconnect(m_waitingForEndpoints);
    m_preparation.reset();
    m_batch.clear();
    m_keptDescription.clear();
    m_applied.reset();
    m_merged = false;
    m_mergeMethods.clear();
    m_mergeMethod = QStringLiteral("merge");
    m_checksToConfirm.clear();
    m_progress.clear();
    m_deployment.clear();
    m_deployed = false;
    m_gates->setGates({});
    m_preview->setFiles({});
    m_previewSummary->setFiles({});
    m_changes->clear();
    setState(State::Idle);
    Q_EMIT planChanged();
    Q_EMIT descriptionChanged();
    Q_EMIT progressChanged();
    Q_EMIT resultChanged();
    Q_EMIT deploymentChanged();
    Q_EMIT mergeChanged();
}

void PromotionController::preparePromotion(const QString &app, const QString &from,
                                           const QString &to)
{
    Promenade::PromotionPlanner::Request request;
    request.action = Promenade::PromotionPlan::Action::Promote;
    request.app = app;
    request.from = from;
    request.to = to;
    reset();
    m_batch.clear();
    prepare(request);
}

void PromotionController::preparePromotions(const QVariantList &promotions)
{
    QList<Promenade::PromotionPlanner::Request> requests;
    for (const QVariant &entry : promotions) {
        const QVariantMap promotion = entry.toMap();
        Promenade::PromotionPlanner::Request request;
        request.action = Promenade::PromotionPlan::Action::Promote;
        request.app = promotion.value(QStringLiteral("app")).toString();
        request.from = promotion.value(QStringLiteral("from")).toString();
        request.to = promotion.value(QStringLiteral("to")).toString();
        requests.append(request);
    }
    reset();
    if (requests.isEmpty()) {
        setState(State::Failed, tr("Nothing is selected to promote."));
        return;
    }
    m_batch = requests.size() > 1 ? requests : QList<Promenade::PromotionPlanner::Request>();
    prepare(requests.first());
}

void PromotionController::pinDigest()
{
    if (!m_preparation || busy() || !m_batch.isEmpty())
        return;
    const PromotionPlanView view = planView();
    if (view.digestToPin.isEmpty())
        return;
    Promenade::PromotionPlanner::Request request = m_request;
    request.tag = plan().newTag;
    request.digest = view.digestToPin;
    prepare(request);
}

void PromotionController::prepareRollback(const QString &app, const QString &environment,
                                          const QString &tag, const QString &pinKind)
{
    Promenade::PromotionPlanner::Request request;
    request.action = Promenade::PromotionPlan::Action::Rollback;
    request.app = app;
    request.to = environment;
    request.tag = tag;
    request.pinKind = pinKind;
    reset();
    m_batch.clear();
    prepare(request);
}

void PromotionController::prepare(const Promenade::PromotionPlanner::Request &request)
{
    if (!m_session || !m_session->hasRepository()) {
        setState(State::Failed, tr("Open a repository first."));
        return;
    }
    m_request = request;
    const quint64 generation = ++m_generation;
    disconnect(m_waitingForEndpoints);
    if (!m_session->endpointsKnown()) {
        // The demo's services do not listen yet: its gates and changes ask them, never the
        // registries its repository names; prepared once they do.
        setState(State::Preparing);
        m_waitingForEndpoints = connect(
            m_session, &Promenade::RepositorySession::statusChanged, this, [this, generation] {
                if (!m_session || !m_session->endpointsKnown())
                    return;
                disconnect(m_waitingForEndpoints);
                if (generation == m_generation && m_state == State::Preparing)
                    prepare(m_request);
            });
        return;
    }
    const QString root = m_session->repositoryPath();
    PromotionWorkflow::PrepareOptions options;
    if (m_session->liveStatus()) {
        options.status = m_session->status();
        options.endpoints = m_session->statusPipeline();
    }
    setState(State::Preparing);
    using Outcome = Promenade::Result<Preparation>;
    runInBackground<std::shared_ptr<Outcome>>(
        this,
        [root, request, batch = m_batch, options]() mutable {
            options.push = hasOrigin(root);
            return std::make_shared<Outcome>(
                batch.isEmpty() ? PromotionWorkflow::prepare(root, request, options)
                                : Promenade::PromotionBatch::prepare(root, batch, options));
        },
        [this, generation](std::shared_ptr<Outcome> outcome) {
            if (generation != m_generation)
                return;
            if (!*outcome) {
                setState(State::Failed, outcome->error().toString());
                return;
            }
            m_preparation = std::make_shared<Preparation>(std::move(**outcome));
            if (!m_keptDescription.isEmpty())
                PromotionWorkflow::setDescription(m_preparation->plan,
                                                  std::exchange(m_keptDescription, QString()));
            m_gates->setGates(m_preparation->gates);
            m_preview->setFiles(m_preparation->preview);
            m_previewSummary->setFiles(m_preparation->preview);
            Q_EMIT planChanged();
            Q_EMIT descriptionChanged();
            setState(State::Ready);
            findChanges(generation);
        });
}

void PromotionController::findChanges(quint64 generation)
{
    const Promenade::PromotionPlan &p = plan();
    // What a batch ships is each app's own story: not summed up here.
    if (!m_session || !m_batch.isEmpty() || p.currentTag.isEmpty() || p.newTag.isEmpty()) {
        m_changes->clear();
        return;
    }
    m_changes->setLoading();
    Promenade::ReleaseChangesFinder::Request request;
    request.app = p.app;
    request.from = {p.image, p.currentTag, {}};
    request.to = {p.image, p.newTag, p.newDigest};
    // The services as the window knows them (the embedded demo's, the user's settings).
    const Promenade::Pipeline endpoints
        = m_session->liveStatus() ? *m_session->statusPipeline() : m_preparation->pipeline;
    auto setup = Promenade::ReleaseChangesFinder::Setup::from(endpoints);
    if (!m_session->statusOptions().gitHubToken.isEmpty())
        setup.gitHubToken = m_session->statusOptions().gitHubToken;
    setup.timeout = std::chrono::seconds(10);
    m_changesFinder->find(
        request, setup, this, [this, generation](Promenade::ReleaseChanges changes) {
            if (generation != m_generation || !m_preparation)
                return;
            m_changes->setChanges(changes);
            // The pull request's body carries the list with links; the commit message a short
            // list below the summary (the Promenade trailers stay last), unless a person wrote
            // their own message meanwhile.
            m_preparation->changes = changes.toMarkdown();
            if (description() == m_preparation->plannedDescription) {
                // Counted as the person's words: a re-plan after a lost push race keeps the list.
                PromotionWorkflow::setDescription(m_preparation->plan,
                                                  description() + QStringLiteral("\n\n")
                                                      + changes.toCommitMessage());
                Q_EMIT descriptionChanged();
            }
        });
}

void PromotionController::approve()
{
    if (m_state != State::Ready || !m_preparation)
        return;
    if (!m_preparation->gatesPass()) {
        setState(State::Ready); // stays open: the failed gate is on screen
        return;
    }
    const quint64 generation = m_generation;
    const Preparation preparation = *m_preparation;
    PromotionWorkflow::ApplyOptions options;
    if (m_session)
        options.gitHubToken = m_session->statusOptions().gitHubToken;
    options.keychain = ServiceTokens::gitKeychain(m_session);
    // Progress lines come from the worker: hand them to the GUI thread.
    QPointer<PromotionController> self(this);
    options.progress = [self](const QString &line) {
        QMetaObject::invokeMethod(
            self,
            [self, line] {
                if (self)
                    self->addProgress(line);
            },
            Qt::QueuedConnection);
    };
    m_progress.clear();
    Q_EMIT progressChanged();
    setState(State::Applying);
    using Outcome = Promenade::Result<PromotionWorkflow::Applied>;
    runInBackground<std::shared_ptr<Outcome>>(
        this,
        [preparation, options] {
            return std::make_shared<Outcome>(PromotionWorkflow::apply(preparation, options));
        },
        [this, generation](std::shared_ptr<Outcome> outcome) {
            if (generation != m_generation)
                return; // the dialog was closed; the change itself is in Git and on screen
            if (!*outcome) {
                setState(State::Failed, outcome->error().toString());
                return;
            }
            m_applied = std::move(**outcome);
            if (m_applied->pullRequest) {
                addProgress(m_applied->pullRequest->alreadyExisted
                                ? tr("Pull request #%1 was already open").arg(pullRequestNumber())
                                : tr("Opened pull request #%1").arg(pullRequestNumber()));
            } else {
                addProgress(
                    m_applied->outcome.pushed
                        ? tr("Committed %1 on %2 and pushed").arg(commit().left(7), branch())
                        : tr("Committed %1 on %2").arg(commit().left(7), branch()));
            }
            Q_EMIT resultChanged();
            setState(State::Applied);
            if (m_applied->pullRequest)
                findMergeMethods(generation);
            if (m_session)
                m_session->reload(); // declared follows the commit at once; live follows Argo CD
            followDeployment();
        });
}

void PromotionController::setMergeMethod(const QString &method)
{
    if (method == m_mergeMethod || (!m_mergeMethods.isEmpty() && !m_mergeMethods.contains(method)))
        return;
    m_mergeMethod = method;
    Q_EMIT mergeChanged();
}

void PromotionController::findMergeMethods(quint64 generation)
{
    if (!m_session || !m_preparation)
        return;
    const Promenade::Pipeline pipeline = m_preparation->pipeline;
    const QString token = m_session->statusOptions().gitHubToken;
    using Outcome = Promenade::Result<QStringList>;
    runInBackground<std::shared_ptr<Outcome>>(
        this,
        [pipeline, token] {
            return std::make_shared<Outcome>(PromotionWorkflow::mergeMethods(pipeline, token));
        },
        [this, generation](std::shared_ptr<Outcome> methods) {
            if (generation != m_generation)
                return;
            // Not readable: GitHub's default (a merge commit) is offered, and GitHub judges it.
            m_mergeMethods = *methods && !(*methods)->isEmpty()
                ? **methods
                : QStringList {QStringLiteral("merge")};
            if (!m_mergeMethods.contains(m_mergeMethod))
                m_mergeMethod = m_mergeMethods.first();
            Q_EMIT mergeChanged();
        });
}

void PromotionController::cancelMerge()
{
    if (m_checksToConfirm.isEmpty())
        return;
    m_checksToConfirm.clear();
    Q_EMIT mergeChanged();
}

void PromotionController::mergePullRequest(bool checksConfirmed)
{
    if (m_state != State::Applied || !m_applied || !m_applied->pullRequest || m_merged
        || !m_session)
        return;
    const quint64 generation = m_generation;
    PromotionWorkflow::Merge merge;
    merge.number = pullRequestNumber();
    merge.expectedHeadSha = m_applied->outcome.commit;
    merge.title = m_applied->pullRequest->pullRequest.title;
    merge.gitHubToken = m_session->statusOptions().gitHubToken;
    merge.keychain = ServiceTokens::gitKeychain(m_session);
    merge.method = m_mergeMethod;
    merge.checksConfirmed = checksConfirmed;
    const Promenade::Pipeline pipeline = m_preparation->pipeline;
    m_checksToConfirm.clear();
    Q_EMIT mergeChanged();
    setState(State::Merging);
    addProgress(tr("Merging pull request #%1…").arg(merge.number));
    using Outcome = PromotionWorkflow::MergeOutcome;
    runInBackground<std::shared_ptr<Outcome>>(
        this,
        [pipeline, merge] {
            return std::make_shared<Outcome>(PromotionWorkflow::mergeAndFollow(pipeline, merge));
        },
        [this, generation](std::shared_ptr<Outcome> result) {
            if (generation != m_generation)
                return;
            if (!result->checksToConfirm.isEmpty()) {
                // Not merged: the dialog asks, naming the checks.
                m_progress.removeLast();
                Q_EMIT progressChanged();
                m_checksToConfirm = result->checksToConfirm;
                Q_EMIT mergeChanged();
                setState(State::Applied);
                return;
            }
            if (!result->merged) {
                setState(State::Applied, result->merged.error().toString());
                return;
            }
            m_merged = true;
            addProgress(tr("Merged as %1").arg(result->merged->sha.left(7)));
            if (result->pulled)
                addProgress(tr("Pulled the merge into this copy"));
            else
                addProgress(tr("Merged on GitHub, but this copy could not be updated: %1")
                                .arg(result->pulled.error().toString()));
            Q_EMIT resultChanged();
            setState(State::Applied);
            if (m_session)
                m_session->reload();
            followDeployment();
        });
}

void PromotionController::followStatus()
{
    refreshLiveGates();
    followDeployment();
}

// The live gates follow the status while the promotion is open and its pull request not
// merged: "not open yet" turns into the checks' verdict once GitHub lists it.
void PromotionController::refreshLiveGates()
{
    if (!m_preparation || !m_session || !m_session->liveStatus() || m_merged
        || (m_state != State::Ready && m_state != State::Applied))
        return;
    const QList<Promenade::GateResult> gates
        = Promenade::reevaluateLiveGates(m_preparation->gates, plan(), m_session->status());
    bool same = gates.size() == m_preparation->gates.size();
    for (qsizetype i = 0; same && i < gates.size(); ++i) {
        same = gates[i].verdict == m_preparation->gates[i].verdict
            && gates[i].reason == m_preparation->gates[i].reason;
    }
    if (same)
        return;
    m_preparation->gates = gates;
    m_gates->setGates(gates);
    Q_EMIT planChanged();
}

void PromotionController::followDeployment()
{
    if (m_state != State::Applied || !m_preparation || !m_session)
        return;
    const Promenade::PromotionPlan &p = plan();
    QString text;
    bool deployed = false;
    if (m_applied && m_applied->pullRequest && !m_merged) {
        text = tr("Waiting for pull request #%1 to be merged").arg(pullRequestNumber());
    } else if (!m_session->liveStatus()) {
        text = tr("No live status for this repository: Argo CD is not configured (Settings or "
                  "promenade.yaml)");
    } else if (const auto *environment = m_session->status().environment(p.to);
               environment && (environment->app(p.app) || environment->chart(p.app))) {
        // An app, or an infrastructure chart (cert-manager) whose Application runs its version.
        const Promenade::AppStatus *app
            = environment->app(p.app) ? environment->app(p.app) : environment->chart(p.app);
        const bool runsNew = app->runningVersion.section(u'@', 0, 0) == p.newTag;
        deployed = runsNew && app->sync == u"Synced" && app->health == u"Healthy";
        if (deployed)
            text = tr("%1 runs %2: synced and healthy").arg(p.to, p.newTag);
        else if (runsNew)
            text = tr("%1 runs %2: %3 · %4").arg(p.to, p.newTag, app->sync, app->health);
        else
            text
                = tr("Argo CD: %1 is %2 · %3, still running %4")
                      .arg(p.to, app->sync.isEmpty() ? tr("unknown") : app->sync,
                           app->health.isEmpty() ? tr("unknown") : app->health,
                           app->runningVersion.isEmpty() ? tr("nothing yet")
                                                         : app->runningVersion.section(u'@', 0, 0));
    } else {
        text = tr("Waiting for Argo CD to report %1 in %2").arg(p.app, p.to);
    }
    if (text != m_deployment || deployed != m_deployed) {
        m_deployment = text;
        m_deployed = deployed;
        Q_EMIT deploymentChanged();
    }
}
