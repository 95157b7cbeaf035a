#pragma once

#include "BenchCommon.h"

#include <QApplication>

#include <memory>

// The console at scale, measured from the GUI thread while the harness opens a database the way
// drconsole does, builds the main window, filters the jobnet tree and lets the simulated clock
// tick, after a definition change made through the import dialog (so that the first sync point
// the clock reaches copies the definitions to DR). `guiThreadOnly` does the import and that
// copy on the GUI thread, as the console did before they moved to a worker. Two measures per phase:
// the longest single event the GUI thread handled (timed around QApplication::notify at the
// outermost level: one operation), and the longest gap between the firings of a 2 ms watchdog timer
// (what a user would feel: back-to-back operations add up).
namespace bench {

class GuiStall
{
public:
    // The application the measuring child runs: it also times every event it delivers from the
    // outermost level (one "operation" of the GUI thread: a timer, a posted call, a paint...).
    static std::unique_ptr<QApplication> application(int &argc, char **argv);

    // Prepares a generated and synced database of `units` (child processes) and prints the
    // longest stall of each phase measured by a child.
    static bool report(const QString &workDir, qint64 units, int ticks, bool guiThreadOnly);
    // The child: drives the console on `database`.
    static Measurement run(const QString &database, int ticks, bool guiThreadOnly);
};

} // namespace bench
