#pragma once

#include "sessionlink.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class PipelineController;

// "12 commits, 3 pull requests ahead": what promoting an app from one environment to the next
// would ship, for a matrix cell's or an edge's tooltip. Asked only while `active` (a tooltip
// is shown), from one finder shared by every badge, which caches by revision pair — so a
// matrix of hundreds of cells asks the source host only for the pairs someone looks at.
class ReleaseChangesBadge : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        PipelineController *controller READ controller WRITE setController NOTIFY inputsChanged)
    Q_PROPERTY(QString app MEMBER m_app NOTIFY inputsChanged)
    // The environment whose build would be promoted, and the one it would go to.
    Q_PROPERTY(QString fromEnvironment MEMBER m_from NOTIFY inputsChanged)
    Q_PROPERTY(QString toEnvironment MEMBER m_to NOTIFY inputsChanged)
    Q_PROPERTY(bool active MEMBER m_active NOTIFY inputsChanged)
    // The headline, or empty while unknown (not asked yet, or being asked).
    Q_PROPERTY(QString headline READ headline NOTIFY headlineChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY headlineChanged)

public:
    explicit ReleaseChangesBadge(QObject *parent = nullptr);

    [[nodiscard]] PipelineController *controller() const { return m_session.pipeline(); }
    void setController(PipelineController *controller);
    [[nodiscard]] QString headline() const { return m_headline; }
    [[nodiscard]] bool loading() const { return m_loading; }

Q_SIGNALS:
    void inputsChanged();
    void headlineChanged();

private:
    void ask();

    SessionLink m_session; // what it works with, and the controller QML gave
    QString m_app;
    QString m_from;
    QString m_to;
    bool m_active = false;
    QString m_headline;
    QString m_askedFor; // the versions the headline answers
    bool m_loading = false;
    quint64 m_generation = 0;
    // Waiting for the demo's services to listen before asking (never the registry its
    // repository names).
    QMetaObject::Connection m_waitingForEndpoints;
};
