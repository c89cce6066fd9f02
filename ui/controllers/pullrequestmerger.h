#pragma once

#include "sessionlink.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class PipelineController;

// Merges an open promotion pull request from the pipeline view (one opened earlier, from the
// command line, or by a colleague): GitHub's merge with the head that was listed (a pull
// request that moved since is refused) and a merge method the repository allows, then the
// local copy is fast-forwarded so that what is declared follows. Checks that have not passed
// stop the merge and are named (checksToConfirm) until the person confirms. The message that
// follows a merge ("… Argo CD deploys it next") is cleared once the target runs the merged
// version, synced and healthy: its story is over. Off the GUI thread; one merge at a time.
class PullRequestMerger : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PipelineController *pipeline READ pipeline WRITE setPipeline NOTIFY pipelineChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(int number READ number NOTIFY stateChanged) // the one being (or last) merged
    Q_PROPERTY(QString message READ message NOTIFY stateChanged) // what happened, for a person
    Q_PROPERTY(bool failed READ failed NOTIFY stateChanged)
    // The checks of `number` that have not passed, named: the merge waits for a confirmation.
    Q_PROPERTY(QStringList checksToConfirm READ checksToConfirm NOTIFY stateChanged)
    // The merge methods the GitHub repository allows (after findMergeMethods()).
    Q_PROPERTY(QStringList mergeMethods READ mergeMethods NOTIFY mergeMethodsChanged)

public:
    explicit PullRequestMerger(QObject *parent = nullptr);
    ~PullRequestMerger() override;

    [[nodiscard]] PipelineController *pipeline() const { return m_session.pipeline(); }
    void setPipeline(PipelineController *pipeline);

    // Asks GitHub which merge methods the repository allows (mergeMethods follows).
    Q_INVOKABLE void findMergeMethods();
    Q_INVOKABLE void merge(int number, const QString &expectedHeadSha,
                           const QString &method = QStringLiteral("merge"),
                           bool checksConfirmed = false);
    // The person declined to merge with the checks named.
    Q_INVOKABLE void cancel();

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] int number() const { return m_number; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QStringList checksToConfirm() const { return m_checksToConfirm; }
    [[nodiscard]] QStringList mergeMethods() const { return m_mergeMethods; }

Q_SIGNALS:
    void pipelineChanged();
    void stateChanged();
    void mergeMethodsChanged();

private:
    void finish(const QString &message, bool failed);
    // Clears the "deploys it next" message once the merged version runs, synced and healthy.
    void followDeployment();

    SessionLink m_session; // what it works with, and the controller QML gave
    bool m_busy = false;
    int m_number = 0;
    QString m_message;
    bool m_failed = false;
    QStringList m_checksToConfirm;
    QStringList m_mergeMethods;
    // What the last merge deploys (from its branch promote/<app>/<environment>/<tag>).
    QString m_app, m_environment, m_tag;
};
