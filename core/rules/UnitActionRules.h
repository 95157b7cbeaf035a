#pragma once

#include "model/RegionState.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dr {

// Rerun variants (domain.md §6): the first four apply to root jobnets, the last two to jobs.
enum class RerunFrom : quint8 { Top, Abnormal, AfterAbnormal, WarningOnly, This, ThisOnly };

QString rerunFromCode(RerunFrom from); // "top", "abnormal", "after-abnormal", "warning-only", "this", "this-only"
std::optional<RerunFrom> parseRerunFrom(const QString &code);

// Which operator actions a unit allows in its current state, with a specific reason when not.
class UnitActionRules
{
    Q_DECLARE_TR_FUNCTIONS(UnitActionRules)
public:
    // Targets offered by "change status".
    static QList<UnitStatus> changeTargets();
    static Status canChangeStatus(const RegionData &region, UnitIndex index, UnitStatus target);
    // The targets allowed for this unit now (empty when none).
    static QList<UnitStatus> allowedTargets(const RegionData &region, UnitIndex index);
    static Status canRerun(const RegionData &region, UnitIndex index, RerunFrom from);
    static Status canHold(const RegionData &region, UnitIndex index);
    static Status canReleaseHold(const RegionData &region, UnitIndex index);
    static Status canKill(const RegionData &region, UnitIndex index);

    // Units a root rerun starts from: abnormally ended (Abnormal/AfterAbnormal) or
    // warning-ended (WarningOnly) jobs below the root.
    static std::vector<UnitIndex> rerunTargets(const RegionData &region, UnitIndex root, RerunFrom from);
};

} // namespace dr
