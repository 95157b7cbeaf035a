#include "TextFormat.h"

#include "engine/JapanTime.h"

namespace dr::ctl {

QString TextFormat::time(qint64 utcMs)
{
    return utcMs == 0 ? QStringLiteral("-") : jst::format(utcMs);
}

QString TextFormat::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString TextFormat::manager(const RegionRuntime &runtime)
{
    // The GUI shows this by colour (blue running, grey stopped); the words carry it here.
    return runtime.managerRunning ? tr("running") : tr("stopped");
}

QString TextFormat::suppression(const RegionRuntime &runtime)
{
    return runtime.suppressed ? tr("suppressed (no job starts)") : tr("not suppressed");
}

QString TextFormat::availability(const RegionRuntime &runtime)
{
    return runtime.available ? tr("available")
                             : tr("unavailable since %1").arg(time(runtime.downSinceMs));
}

QString TextFormat::operation(const RegionRuntime &runtime)
{
    return runtime.active ? tr("active") : tr("standby");
}

QString TextFormat::step(int number)
{
    return tr("step %1 (%2)").arg(number).arg(SwitchoverNames::stepTitle(number));
}

QString TextFormat::nextStep(const SwitchoverRun &run)
{
    const int next = run.nextStep();
    if (next == 0)
        return tr("The switchover is complete.");
    return tr("Next: %1, by the %2.")
        .arg(step(next), RoleNames::displayName(stepInfo(next).role).toLower());
}

QString TextFormat::severity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("ERROR");
    case Severity::Warning:
        return tr("WARNING");
    case Severity::Info:
        return tr("INFO");
    }
    return {};
}

} // namespace dr::ctl
