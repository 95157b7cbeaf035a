#pragma once

#include "Language.h"

#include <QString>

#include <optional>
#include <span>

namespace dr {

// The 25 unit statuses of the job scheduler (domain.md §5), in table order.
enum class UnitStatus : quint8 {
    Unregistered,
    NoPlan,
    TimeWait,
    TermWait,
    CondWait,
    Holding,
    ExecWait,
    Queuing,
    Running,
    WarningRunning, // wacont
    AbendRunning,   // abcont
    Monitoring,
    Normal,
    NormalFalse,
    Warning,
    Abnormal,
    InvalidSeq,
    Interrupt,
    Killed,
    Failed,
    Unknown,
    Unexec,
    Bypass,
    ExecDeffer,
    Shutdown,
};
inline constexpr int kStatusCount = 25;

// What a status means for colour, aggregation and review.
enum class StatusClass : quint8 { None, Wait, Running, Normal, Warning, Abnormal };
inline constexpr int kStatusClassCount = 6;

struct StatusInfo
{
    UnitStatus status;
    const char *code;     // the code used by drctl, --json and the database
    const char *english;  // UI name (domain.md §5)
    const char *japanese; // UI name in Japanese (UTF-8)
    StatusClass statusClass;
};

// The one status table.
std::span<const StatusInfo> allStatuses();
const StatusInfo &statusInfo(UnitStatus status);
QString statusCode(UnitStatus status);
QString statusName(UnitStatus status, Language language = uiLanguage());
std::optional<UnitStatus> statusFromCode(QStringView code);
StatusClass statusClass(UnitStatus status);

// Ended: class normal, warning or abnormal.
bool isEndStatus(UnitStatus status);
// Whether a job in this end status ran and ended with an exit code: normal, warning, abnormal
// end, or killed. The other end statuses never give one (failed to start, not executed,
// bypassed, skipped, invalid sequence, interrupted, shutdown, normal end + false of a judgment)
// or cannot know it (unknown end status after a disaster-recovery start).
bool hasExitCode(UnitStatus status);
bool isWaitStatus(UnitStatus status);
bool isRunningStatus(UnitStatus status);

QString statusClassCode(StatusClass statusClass); // "none", "wait", ...
QString statusClassName(StatusClass statusClass, Language language = uiLanguage());
std::optional<StatusClass> statusClassFromCode(QStringView code);

} // namespace dr
