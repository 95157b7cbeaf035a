#pragma once

#include "Console.h"

#include <QCoreApplication>

namespace dr::ctl {

// Words of the readable (non-JSON) output that several commands share, so that "running",
// a time or a step reads the same everywhere and is translated once.
class TextFormat
{
    Q_DECLARE_TR_FUNCTIONS(TextFormat)
public:
    static QString time(qint64 utcMs); // Japan time, "-" when unset
    static QString yesNo(bool value);
    static QString manager(const RegionRuntime &runtime);
    static QString suppression(const RegionRuntime &runtime);
    static QString availability(const RegionRuntime &runtime);
    static QString operation(const RegionRuntime &runtime); // active / standby
    static QString step(int number);                        // "step 3 (Customer recovery work ...)"
    // "Next: step 3 (...) by the customer." or that the run is complete.
    static QString nextStep(const SwitchoverRun &run);
    static QString severity(Severity severity);
};

} // namespace dr::ctl
