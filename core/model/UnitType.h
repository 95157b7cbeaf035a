#pragma once

#include "Language.h"

#include <QString>

#include <span>

namespace dr {

// What a unit type does in the simulation; many ty= codes share a kind.
enum class UnitKind : quint8 {
    Group,          // job group, manager job group, planning group: containers, no status
    Jobnet,         // jobnet, remote jobnet, manager jobnet: status aggregated from children
    Job,            // runs on an execution agent
    EventJob,       // waits for an event on an agent ("Now monitoring")
    OrJob,          // starts when any predecessor ended
    JudgmentJob,    // evaluates a condition on the manager (never a status change target)
    Connector,      // jobnet connector: links to another root jobnet
    StartCondition, // .CONDITION unit: not executed itself
    Other           // a ty= code this console does not know; kept as written
};

// The ty= codes of JP1/AJS3 unit definitions (domain.md §11). Recovery variants run only when a
// predecessor ends abnormally.
enum class UnitType : quint8 {
    JobGroup, ManagerJobGroup, PlanningGroup,
    Jobnet, RecoveryJobnet, RemoteJobnet, RecoveryRemoteJobnet, ManagerJobnet,
    UnixJob, RecoveryUnixJob, PcJob, RecoveryPcJob, QueueJob, RecoveryQueueJob,
    CustomUnixJob, RecoveryCustomUnixJob, CustomPcJob, RecoveryCustomPcJob,
    FlexibleJob, RecoveryFlexibleJob, HttpJob, RecoveryHttpJob,
    EventSendJob, RecoveryEventSendJob, MailSendJob, RecoveryMailSendJob,
    MqSendJob, RecoveryMqSendJob, MsmqSendJob, RecoveryMsmqSendJob,
    StatusReportJob, RecoveryStatusReportJob,
    LocalPowerJob, RecoveryLocalPowerJob, RemotePowerJob, RecoveryRemotePowerJob,
    EventWaitJob, RecoveryEventWaitJob, FileWaitJob, RecoveryFileWaitJob,
    MailWaitJob, RecoveryMailWaitJob, MqWaitJob, RecoveryMqWaitJob,
    MsmqWaitJob, RecoveryMsmqWaitJob, LogFileWaitJob, RecoveryLogFileWaitJob,
    EventLogWaitJob, RecoveryEventLogWaitJob, IntervalWaitJob, RecoveryIntervalWaitJob,
    JudgmentJob, RecoveryJudgmentJob, OrJob, RecoveryOrJob,
    JobnetConnector, StartCondition,
    Other,
};

struct UnitTypeInfo
{
    UnitType type;
    const char *code; // ty= value
    UnitKind kind;
    bool recovery;
    const char *english;
    const char *japanese;
};

std::span<const UnitTypeInfo> allUnitTypes();
const UnitTypeInfo &unitTypeInfo(UnitType type);
// Unknown codes give UnitType::Other; the caller keeps the code as written.
UnitType unitTypeFromCode(QStringView code);
QString unitTypeCode(UnitType type);
QString unitTypeName(UnitType type, Language language = uiLanguage());
UnitKind unitKind(UnitType type);
bool isRecoveryType(UnitType type);

// A unit that gets a status and takes part in scheduling (not groups, not start conditions,
// not unknown types).
bool isExecutable(UnitType type);
// Runs on an execution agent (jobs and event jobs), so its ex= must exist in the active region.
bool usesAgent(UnitType type);

} // namespace dr
