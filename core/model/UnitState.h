#pragma once

#include "UnitStatus.h"

#include <QString>

namespace dr {

// Markers the engine and the operator set on a unit's current generation.
enum UnitFlag : quint8 {
    FlagHold = 0x01,        // held: will not start until released
    FlagNeedsReview = 0x02, // the disaster-recovery start marked it for operator review
    FlagOverdue = 0x04,     // root jobnet whose start time passed while no manager ran or while
                            // job execution was suppressed: it starts at release unless skipped
    FlagSkipOverdue = 0x08, // the operator chose "skip" for the overdue generation
    FlagResubmit = 0x10,    // queued when the copy was taken; resubmitted after release
    FlagSatisfied = 0x20,   // abnormal, but a rerun "from the job after it" treats it as ended normally
};

// The status of one unit's current generation in one region (compact: a million of these
// per region stay in memory).
struct UnitState
{
    qint64 startMs = 0;     // UTC milliseconds; 0: not started
    qint64 endMs = 0;       // UTC milliseconds; 0: not ended
    qint64 scheduledMs = 0; // root jobnets: next scheduled start; jobs: when queued
    qint32 execSerial = 0;  // execution ID number (@A1...), 0: no generation
    qint32 exitCode = 0;
    UnitStatus status = UnitStatus::Unregistered;
    quint8 flags = 0;

    bool has(UnitFlag flag) const { return (flags & flag) != 0; }
    void set(UnitFlag flag, bool on = true)
    {
        flags = on ? quint8(flags | flag) : quint8(flags & ~flag);
    }
    friend bool operator==(const UnitState &, const UnitState &) = default;
};

// "@A123": the scheduler's execution ID for generation serial 123 (letters roll over every
// 9,999 generations: @A9999 is followed by @B1).
QString formatExecId(qint32 serial);

} // namespace dr
