#pragma once

#include "model/UnitTree.h"

namespace dr {

// Deterministic simulated attributes for units that do not give their own: the same database
// and timeline always produce the same durations and outcomes.
namespace sim {

qint64 durationMs(const UnitTree &tree, UnitIndex index, quint32 seed);
// `startMs` varies the draw between runs, so a rerun does not repeat a random failure.
SimOutcome outcome(const UnitTree &tree, UnitIndex index, qint64 startMs, quint32 seed);
int exitCode(const Unit &unit, SimOutcome outcome);

} // namespace sim
} // namespace dr
