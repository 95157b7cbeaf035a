#include "ProviderAdmin.h"

#include "SwitchoverService.h"

namespace dr {

Status ProviderAdmin::checkSuppress(const ConsoleState &st, RegionId region)
{
    if (st.currentRun()) {
        return Error::refused(QStringLiteral("switch-in-progress"),
                              tr("During a switchover, suppression follows the steps: the target "
                                 "starts suppressed and is released at step 5 or 11."));
    }
    const RegionData &r = st.region(region);
    if (!r.runtime.managerRunning) {
        return Error::refused(QStringLiteral("manager-stopped"),
                              tr("The %1 manager is not running.").arg(RegionNames::displayName(region)));
    }
    if (r.runtime.suppressed) {
        return Error::refused(QStringLiteral("already-suppressed"),
                              tr("Job execution is already suppressed in the %1.")
                                  .arg(RegionNames::displayName(region)));
    }
    return {};
}

Status ProviderAdmin::suppress(EngineContext &ctx, RegionId region)
{
    if (auto s = checkSuppress(ctx.state, region); !s)
        return s;
    RegionData &r = ctx.state.region(region);
    r.runtime.suppressed = true;
    ctx.mutation.region(region).runtime = true;
    ctx.mutation.audited(QStringLiteral("suppression.on"),
                         QStringLiteral("%1: job execution suppressed").arg(regionCode(region)));
    return {};
}

Status ProviderAdmin::checkRelease(const ConsoleState &st, const Operator &op, RegionId region)
{
    if (const SwitchoverRun *run = st.currentRun()) {
        const int next = run->nextStep();
        const int releaseStep = next <= 6 ? 5 : 11;
        if (SwitchoverService::targetOf(releaseStep) != region || next > releaseStep) {
            return Error::refused(QStringLiteral("not-suppressed"),
                                  tr("Job execution is not suppressed in the %1.")
                                      .arg(RegionNames::displayName(region)));
        }
        if (next < releaseStep) {
            return Error::refused(QStringLiteral("release-before-report"),
                                  tr("Release is refused until the customer reports recovery work "
                                     "complete (step %1).")
                                      .arg(releaseStep - 1));
        }
        // The release of a switchover is its step 5/11: that step's own refusals apply.
        return SwitchoverService::checkRelease(st, op, releaseStep);
    }
    if (!st.region(region).runtime.suppressed) {
        return Error::refused(QStringLiteral("not-suppressed"),
                              tr("Job execution is not suppressed in the %1.")
                                  .arg(RegionNames::displayName(region)));
    }
    return {};
}

Status ProviderAdmin::release(EngineContext &ctx, const Operator &op, RegionId region)
{
    ConsoleState &st = ctx.state;
    if (auto s = checkRelease(st, op, region); !s)
        return s;
    if (const SwitchoverRun *run = st.currentRun())
        return SwitchoverService::complete(ctx, op, run->nextStep(), {});
    RegionData &r = st.region(region);
    r.runtime.suppressed = false;
    ctx.mutation.region(region).runtime = true;
    if (r.runtime.managerRunning) {
        ctx.scheduler(region).release(st.clockMs);
        ctx.collect(region);
    }
    ctx.mutation.audited(QStringLiteral("suppression.off"),
                         QStringLiteral("%1: job execution suppression released").arg(regionCode(region)));
    return {};
}

Status ProviderAdmin::updateContract(EngineContext &ctx, const Contract &contract)
{
    Contract &c = ctx.state.contract;
    if (contract.customerName.trimmed().isEmpty()) {
        return Error::badInput(QStringLiteral("customer-name"),
                               tr("The customer name is empty. Enter the contracting customer."));
    }
    const QString details =
        QStringLiteral("tier %1 -> %2, edition %3 -> %4, auth linkage %5 -> %6, access %7 -> %8")
            .arg(tierCode(c.primaryTier), tierCode(contract.primaryTier), editionCode(c.drEdition),
                 editionCode(contract.drEdition), c.authLinkage ? QStringLiteral("on") : QStringLiteral("off"),
                 contract.authLinkage ? QStringLiteral("on") : QStringLiteral("off"),
                 accessPathCode(c.accessPath), accessPathCode(contract.accessPath));
    const QDate maintenance = c.maintenanceDate;
    c = contract;
    c.maintenanceDate = maintenance; // the customer changes it, through its own action
    ctx.mutation.contract = true;
    ctx.mutation.audited(QStringLiteral("contract.update"), details);
    return {};
}

Status ProviderAdmin::checkMaintenanceChange(const ConsoleState &state)
{
    if (state.activeRegion() == RegionId::Dr) {
        return Error::refused(QStringLiteral("dr-maintenance"),
                              tr("The maintenance date cannot be changed while operating in the "
                                 "DR environment; this feature is unavailable there. Change it "
                                 "after switching back to the primary environment."));
    }
    return {};
}

Status ProviderAdmin::changeMaintenanceDate(EngineContext &ctx, const QDate &date)
{
    if (auto s = checkMaintenanceChange(ctx.state); !s)
        return s;
    if (!date.isValid()) {
        return Error::badInput(QStringLiteral("date"), tr("Enter a valid date (YYYY-MM-DD)."));
    }
    const QDate before = ctx.state.contract.maintenanceDate;
    ctx.state.contract.maintenanceDate = date;
    ctx.mutation.contract = true;
    ctx.mutation.audited(QStringLiteral("maintenance.date"),
                         QStringLiteral("Maintenance date %1 -> %2")
                             .arg(before.toString(Qt::ISODate), date.toString(Qt::ISODate)));
    return {};
}

} // namespace dr
