#pragma once

#include <functional>

class QSettings;

// Writes to the application's settings (QSettings) on a thread of their own, one change after
// the other in the order asked: QSettings writes a file, locks and syncs it to disk (fdatasync,
// twice), which on a busy disk held the window still for 100–200 ms when a repository opened.
// Whatever reads the settings a change touches first waits for the changes asked before
// (waitForWrites); the application waits for them all when it ends.
class SettingsWriter
{
public:
    // Applies change to a QSettings on the writer's thread. What it captures must be copies.
    static void write(std::function<void(QSettings &)> change);
    // Blocks until every change asked so far is on disk.
    static void waitForWrites();
};
