#include "Switchover.h"

#include <array>

namespace dr {

namespace {
constexpr std::array<StepInfo, 12> kSteps{{
    {1, Phase::Failover, Role::Customer},
    {2, Phase::Failover, Role::Provider},
    {3, Phase::Failover, Role::Customer},
    {4, Phase::Failover, Role::Customer},
    {5, Phase::Failover, Role::Provider},
    {6, Phase::Failover, Role::Customer},
    {7, Phase::Failback, Role::Customer},
    {8, Phase::Failback, Role::Provider},
    {9, Phase::Failback, Role::Customer},
    {10, Phase::Failback, Role::Customer},
    {11, Phase::Failback, Role::Provider},
    {12, Phase::Failback, Role::Customer},
}};
} // namespace

std::span<const StepInfo> allSteps()
{
    return kSteps;
}

const StepInfo &stepInfo(int number)
{
    return kSteps[std::size_t(qBound(1, number, 12) - 1)];
}

const char *SwitchoverNames::stepTitleSource(int number)
{
    // The English source text, marked for translation here and translated by stepTitle().
    static constexpr std::array<const char *, 12> kTitles{{
        QT_TRANSLATE_NOOP("SwitchoverNames", "Request the switch to the DR environment"),
        QT_TRANSLATE_NOOP("SwitchoverNames", "Switch completed (DR manager started, suppressed)"),
        QT_TRANSLATE_NOOP("SwitchoverNames",
                          "Customer recovery work (agents, host information, jobnet statuses)"),
        QT_TRANSLATE_NOOP("SwitchoverNames", "Report recovery work completed"),
        QT_TRANSLATE_NOOP("SwitchoverNames", "Release job execution suppression"),
        QT_TRANSLATE_NOOP("SwitchoverNames", "Start using the DR environment"),
        QT_TRANSLATE_NOOP("SwitchoverNames", "Request the switch back to the primary environment"),
        QT_TRANSLATE_NOOP("SwitchoverNames",
                          "Switch-back completed (primary manager started, suppressed)"),
        QT_TRANSLATE_NOOP("SwitchoverNames",
                          "Customer recovery work (agents, host information, jobnet statuses)"),
        QT_TRANSLATE_NOOP("SwitchoverNames", "Report recovery work completed"),
        QT_TRANSLATE_NOOP("SwitchoverNames", "Release job execution suppression"),
        QT_TRANSLATE_NOOP("SwitchoverNames", "Start using the primary environment"),
    }};
    return number >= 1 && number <= 12 ? kTitles[std::size_t(number - 1)] : "";
}

QString SwitchoverNames::stepTitle(int number)
{
    const char *source = stepTitleSource(number);
    return *source ? tr(source) : QString();
}

QString SwitchoverNames::phaseName(Phase phase)
{
    return phase == Phase::Failover ? tr("Failover") : tr("Failback");
}

QString SwitchoverNames::modeName(SwitchMode mode)
{
    return mode == SwitchMode::Disaster ? tr("Disaster") : tr("Drill");
}

QStringList SwitchoverNames::notCarriedOver()
{
    return {tr("Logs downloadable from the service portal"), tr("Metrics (usage information)"),
            tr("Route information"), tr("Maintenance information")};
}

QString switchModeCode(SwitchMode mode)
{
    return mode == SwitchMode::Disaster ? QStringLiteral("disaster") : QStringLiteral("drill");
}

std::optional<SwitchMode> switchModeFromCode(const QString &code)
{
    if (code == QLatin1String("disaster"))
        return SwitchMode::Disaster;
    if (code == QLatin1String("drill"))
        return SwitchMode::Drill;
    return std::nullopt;
}

QString phaseCode(Phase phase)
{
    return phase == Phase::Failover ? QStringLiteral("failover") : QStringLiteral("failback");
}

const StepRecord *SwitchoverRun::step(int number) const
{
    for (const StepRecord &r : steps) {
        if (r.step == number)
            return &r;
    }
    return nullptr;
}

} // namespace dr
