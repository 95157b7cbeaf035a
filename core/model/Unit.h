#pragma once

#include "UnitType.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace dr {

// Units are addressed by their index in a region's UnitTree; parents always precede children.
using UnitIndex = qint32;
inline constexpr UnitIndex kNoUnit = -1;

// How a simulated job ends. Default: decided by a deterministic seeded draw.
enum class SimOutcome : quint8 { Default, Normal, Warning, Abnormal, False };

// ar=(f=FROM,t=TO[,seq|con]): TO starts after FROM.
enum class RelationKind : quint8 { Sequence, Conditional };

struct Relation
{
    UnitIndex from = kNoUnit;
    UnitIndex to = kNoUnit;
    RelationKind kind = RelationKind::Sequence;

    friend bool operator==(const Relation &, const Relation &) = default;
};

// One numbered schedule rule of a root jobnet: sd= (start date), st= (start time), cy= (cycle).
enum class CycleUnit : quint8 { None, Day, Week, Month, Year };

struct ScheduleRule
{
    int number = 1;
    QDate startDate;      // invalid: from the first day the jobnet is registered
    int startMinute = 0;  // minutes after 00:00, Japan time
    int cycleCount = 0;   // cy=(n,unit); 0 with CycleUnit::None runs once
    CycleUnit cycleUnit = CycleUnit::None;

    friend bool operator==(const ScheduleRule &, const ScheduleRule &) = default;
};

// A definition parameter the console keeps exactly as written (so an export can write it back).
struct UnitParameter
{
    QString key;
    QString value; // raw text between '=' and ';', quotes and escapes included

    friend bool operator==(const UnitParameter &, const UnitParameter &) = default;
};

// The less frequently present parts of a definition, kept out of Unit so that a million-unit
// tree stays compact. Shared and immutable once built.
struct UnitDetails
{
    QString comment;       // cm=
    QString script;        // sc=
    QString user;          // un=
    QString typeCode;      // ty= as written when the type is not known to the console
    QString permission;    // unit=NAME,PERMISSION,OWNER,RESOURCE-GROUP;
    QString owner;
    QString resourceGroup;
    QList<ScheduleRule> schedule;
    QList<UnitParameter> otherParameters; // every parameter not interpreted above, in file order

    friend bool operator==(const UnitDetails &, const UnitDetails &) = default;
};

// A unit definition: job group, jobnet, job, ... (domain.md §11).
struct Unit
{
    QString name;
    QString agent; // ex= for jobs and event jobs, rh= for remote jobnets; empty means @SYSTEM
    std::shared_ptr<const UnitDetails> details;
    UnitIndex parent = kNoUnit;
    qint32 simDurationSec = 0; // 0: a deterministic default derived from the unit's path
    qint16 simExitCode = 0;
    UnitType type = UnitType::Jobnet;
    SimOutcome simOutcome = SimOutcome::Default;

    const UnitDetails &detailsOrEmpty() const;
    QString comment() const { return details ? details->comment : QString(); }
    QString typeCode() const; // the ty= code as written, also for unknown types
};

bool sameDefinition(const Unit &a, const Unit &b);

} // namespace dr
