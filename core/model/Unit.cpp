#include "Unit.h"

namespace dr {

const UnitDetails &Unit::detailsOrEmpty() const
{
    static const UnitDetails empty;
    return details ? *details : empty;
}

QString Unit::typeCode() const
{
    if (type == UnitType::Other && details)
        return details->typeCode;
    return unitTypeCode(type);
}

bool sameDefinition(const Unit &a, const Unit &b)
{
    return a.name == b.name && a.agent == b.agent && a.parent == b.parent &&
           a.simDurationSec == b.simDurationSec && a.simExitCode == b.simExitCode &&
           a.type == b.type && a.simOutcome == b.simOutcome &&
           a.detailsOrEmpty() == b.detailsOrEmpty();
}

} // namespace dr
