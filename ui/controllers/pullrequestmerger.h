#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class PipelineController;

// Merges an open promotion pull request from the pipeline view (one opened earlier, from the
// command line, or by a colleague): GitHub's merge with the head that was listed (a pull
// request that moved since is refused), then the local copy is fast-forwarded so that what is
// declared follows. Off the GUI thread; one merge at a time.
class PullRequestMerger : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PipelineController *pipeline MEMBER m_pipeline NOTIFY pipelineChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(int number READ number NOTIFY stateChanged) // the one being (or last) merged
    Q_PROPERTY(QString message READ message NOTIFY stateChanged) // what happened, for a person
    Q_PROPERTY(bool failed READ failed NOTIFY stateChanged)

public:
    explicit PullRequestMerger(QObject *parent = nullptr);
    ~PullRequestMerger() override;

    Q_INVOKABLE void merge(int number, const QString &expectedHeadSha);

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] int number() const { return m_number; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool failed() const { return m_failed; }

Q_SIGNALS:
    void pipelineChanged();
    void stateChanged();

private:
    void finish(const QString &message, bool failed);

    QPointer<PipelineController> m_pipeline;
    bool m_busy = false;
    int m_number = 0;
    QString m_message;
    bool m_failed = false;
};
