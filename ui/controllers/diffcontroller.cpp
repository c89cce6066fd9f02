#include "diffcontroller.h"

#include "diffsettings.h"
#include "environmentcomparison.h"

using Promenade::Diff::EnvironmentComparison;

DiffController::DiffController(QObject *parent)
    : QObject(parent)
    , m_rows(new DiffRowModel(this))
    , m_summary(new SemanticSummaryModel(this))
{ }

DiffController::~DiffController()
{
    m_comparison.waitForFinished();
}

void DiffController::setPipeline(PipelineController *pipeline)
{
    if (!m_session.reset(this, pipeline))
        return;
    if (m_session)
        connect(m_session, &Promenade::RepositorySession::repositoryChanged, this,
                &DiffController::onPipelineChanged);
    onPipelineChanged();
}

QStringList DiffController::environments() const
{
    QStringList names;
    if (m_session) {
        for (const auto &env : m_session->pipeline().environments)
            names << env.name;
    }
    return names;
}

QStringList DiffController::apps() const
{
    QStringList names;
    if (m_session) {
        for (const auto &app : m_session->pipeline().apps)
            names << app.name;
    }
    return names;
}

void DiffController::onPipelineChanged()
{
    // The first and the last environment: what a release to production would change.
    const QStringList envs = environments();
    if (!envs.contains(m_left))
        m_left = envs.value(0);
    if (!envs.contains(m_right))
        m_right = envs.value(envs.size() - 1);
    if (!apps().contains(m_app))
        m_app.clear();
    Q_EMIT pipelineChanged();
    Q_EMIT requestChanged();
    m_rows->setFiles({});
    m_summary->setFiles({});
    m_compared = false;
    m_error.clear();
    Q_EMIT resultChanged();
    if (m_active)
        compare();
}

void DiffController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && !m_compared && !loading())
        compare();
}

void DiffController::setLeftEnvironment(const QString &name)
{
    if (m_left == name)
        return;
    m_left = name;
    Q_EMIT requestChanged();
    if (m_active)
        compare();
}

void DiffController::setRightEnvironment(const QString &name)
{
    if (m_right == name)
        return;
    m_right = name;
    Q_EMIT requestChanged();
    if (m_active)
        compare();
}

void DiffController::setApp(const QString &app)
{
    if (m_app == app)
        return;
    m_app = app;
    Q_EMIT requestChanged();
    if (m_active)
        compare();
}

void DiffController::setRendered(bool rendered)
{
    if (m_rendered == rendered)
        return;
    m_rendered = rendered;
    Q_EMIT requestChanged();
    if (m_active)
        compare();
}

void DiffController::setApplyIgnoreRules(bool apply)
{
    if (m_applyIgnoreRules == apply)
        return;
    m_applyIgnoreRules = apply;
    Q_EMIT requestChanged();
    if (m_active)
        compare();
}

void DiffController::compare()
{
    if (!m_session || !m_session->hasRepository() || m_left.isEmpty() || m_right.isEmpty())
        return;
    EnvironmentComparison::Request request;
    request.left = m_left;
    request.right = m_right;
    request.app = m_app;
    request.mode
        = m_rendered ? EnvironmentComparison::Mode::Rendered : EnvironmentComparison::Mode::Files;
    request.options.text.context = -1; // whole files: the view folds unchanged runs itself
    const Promenade::Pipeline pipeline = m_session->pipeline();
    const bool applyRules = m_applyIgnoreRules;
    // A newer comparison wins: an older one still running is dropped when it ends.
    m_comparison.start(
        [pipeline, request, applyRules]() mutable {
            // promenade.yaml is read for every comparison: an edit shows at the next one.
            QStringList rules;
            if (request.mode == EnvironmentComparison::Mode::Rendered) {
                auto settings = Promenade::DiffSettings::load(pipeline.root);
                if (!settings)
                    return std::make_shared<Outcome>(Outcome {settings.error(), {}});
                rules = settings->ignore;
            }
            if (applyRules)
                request.ignore = rules;
            return std::make_shared<Outcome>(
                Outcome {EnvironmentComparison::compare(pipeline, request), rules});
        },
        [this](const std::shared_ptr<Outcome> &outcome) { finish(*outcome); });
    Q_EMIT loadingChanged();
}

void DiffController::finish(const Outcome &outcome)
{
    m_ignoreRules = outcome.ignoreRules;
    if (outcome.files) {
        m_rows->setFiles(*outcome.files);
        m_summary->setFiles(*outcome.files);
        m_error.clear();
    } else {
        m_rows->setFiles({});
        m_summary->setFiles({});
        m_error = outcome.files.error().toString();
    }
    m_compared = true;
    Q_EMIT loadingChanged();
    Q_EMIT resultChanged();
}
