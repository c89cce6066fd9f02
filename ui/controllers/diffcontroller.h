#pragma once

#include "backgroundwork.h"
#include "diffrowmodel.h"
#include "pipelinecontroller.h"
#include "semanticsummarymodel.h"
#include "sessionlink.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// Compares two environments of the open repository for the diff view: which two, for which
// app, files or rendered. Rendering and diffing run on a worker thread; the models are filled
// on the GUI thread. A newer comparison supersedes one still running.
class DiffController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PipelineController *pipeline READ pipeline WRITE setPipeline NOTIFY pipelineChanged)
    Q_PROPERTY(QStringList environments READ environments NOTIFY pipelineChanged)
    Q_PROPERTY(QStringList apps READ apps NOTIFY pipelineChanged)
    Q_PROPERTY(
        QString leftEnvironment READ leftEnvironment WRITE setLeftEnvironment NOTIFY requestChanged)
    Q_PROPERTY(QString rightEnvironment READ rightEnvironment WRITE setRightEnvironment NOTIFY
                   requestChanged)
    Q_PROPERTY(QString app READ app WRITE setApp NOTIFY requestChanged)
    Q_PROPERTY(bool rendered READ rendered WRITE setRendered NOTIFY requestChanged)
    // promenade.yaml's diff.ignore: the fields left out of the rendered comparison (as of the
    // last comparison), and whether they are left out (on by default).
    Q_PROPERTY(QStringList ignoreRules READ ignoreRules NOTIFY resultChanged)
    Q_PROPERTY(
        bool applyIgnoreRules READ applyIgnoreRules WRITE setApplyIgnoreRules NOTIFY requestChanged)
    Q_PROPERTY(DiffRowModel *rows READ rows CONSTANT)
    Q_PROPERTY(SemanticSummaryModel *summary READ summary CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY resultChanged)
    Q_PROPERTY(bool compared READ compared NOTIFY resultChanged)
    // While active (the view is shown), a new repository or a new choice is compared at once.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit DiffController(QObject *parent = nullptr);
    ~DiffController() override;

    [[nodiscard]] PipelineController *pipeline() const { return m_session.pipeline(); }
    void setPipeline(PipelineController *pipeline);
    [[nodiscard]] QStringList environments() const;
    [[nodiscard]] QStringList apps() const;
    [[nodiscard]] QString leftEnvironment() const { return m_left; }
    void setLeftEnvironment(const QString &name);
    [[nodiscard]] QString rightEnvironment() const { return m_right; }
    void setRightEnvironment(const QString &name);
    [[nodiscard]] QString app() const { return m_app; }
    void setApp(const QString &app);
    [[nodiscard]] bool rendered() const { return m_rendered; }
    void setRendered(bool rendered);
    [[nodiscard]] QStringList ignoreRules() const { return m_ignoreRules; }
    [[nodiscard]] bool applyIgnoreRules() const { return m_applyIgnoreRules; }
    void setApplyIgnoreRules(bool apply);
    [[nodiscard]] DiffRowModel *rows() const { return m_rows; }
    [[nodiscard]] SemanticSummaryModel *summary() const { return m_summary; }
    [[nodiscard]] bool loading() const { return m_comparison.isRunning(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool compared() const { return m_compared; }
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);

    // Compares the chosen environments now (also done automatically when a choice changes).
    Q_INVOKABLE void compare();

Q_SIGNALS:
    void pipelineChanged();
    void requestChanged();
    void loadingChanged();
    void resultChanged();
    void activeChanged();

private:
    void onPipelineChanged();
    struct Outcome;
    void finish(const Outcome &outcome);

    SessionLink m_session; // what it works with, and the controller QML gave
    QString m_left;
    QString m_right;
    QString m_app;
    bool m_rendered = true;
    bool m_applyIgnoreRules = true;
    QStringList m_ignoreRules;
    DiffRowModel *m_rows;
    SemanticSummaryModel *m_summary;
    QString m_error;
    bool m_compared = false;
    bool m_active = false;
    struct Outcome
    {
        Promenade::Result<QList<Promenade::Diff::FileComparison>> files;
        QStringList ignoreRules;
    };
    LatestBackgroundJob<std::shared_ptr<Outcome>> m_comparison {this};
};
