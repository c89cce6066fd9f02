#include "settingswriter.h"

#include <QCoreApplication>
#include <QSettings>
#include <QThreadPool>

namespace {

QThreadPool *writerPool()
{
    // One thread: the changes are written in the order they were asked.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        // Before QCoreApplication goes (and with it the settings' organisation and name).
        qAddPostRoutine([] { writerPool()->waitForDone(); });
        return p;
    }();
    return pool;
}

} // namespace

void SettingsWriter::write(std::function<void(QSettings &)> change)
{
    writerPool()->start([change = std::move(change)] {
        QSettings settings;
        change(settings);
        settings.sync();
    });
}

void SettingsWriter::waitForWrites()
{
    writerPool()->waitForDone();
}
