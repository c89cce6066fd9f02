#pragma once

#include "pipeline.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <utility>

class QTimer;

namespace Promenade::Demo {

class DemoWorld;

// Watches the demo repository's origin for pushes, as Argo CD polls its repositories: every
// interval it reads the pipeline at the origin's main and, when the commit moved, hands it to
// the DemoWorld (which then syncs what changed).
class DemoOriginPoller : public QObject
{
    Q_OBJECT

public:
    using ReadOrigin = std::function<Result<std::pair<Pipeline, QString>>()>;

    DemoOriginPoller(DemoWorld &world, ReadOrigin readOrigin, const QString &revision,
                     QObject *parent = nullptr);

    void setInterval(int milliseconds);
    // Starts polling (nothing happens without a way to read the origin).
    void start();
    // Reads the origin now.
    void check();
    [[nodiscard]] const QString &revision() const { return m_revision; }

private:
    DemoWorld &m_world;
    ReadOrigin m_readOrigin;
    QString m_revision;
    QTimer *m_timer = nullptr;
};

} // namespace Promenade::Demo
