#pragma once

#include <QString>

namespace dr::ui {

// One line of the region comparison: an execution agent or host entry that one region has and
// the other lacks, or that both have with different settings.
struct RegionDifference
{
    enum class Kind
    {
        Agent,
        Host
    };
    enum class State
    {
        MissingInDr,
        MissingInPrimary,
        Different
    };

    Kind kind = Kind::Agent;
    QString name;
    State state = State::Different;
    QString primaryValue; // empty when missing there
    QString drValue;
    QString details; // which fields differ, for State::Different

    friend bool operator==(const RegionDifference &, const RegionDifference &) = default;
};

} // namespace dr::ui
