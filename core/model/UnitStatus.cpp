#include "UnitStatus.h"

#include <array>

namespace dr {

namespace {

using enum UnitStatus;
using C = StatusClass;

constexpr std::array<StatusInfo, kStatusCount> kStatuses{{
    {Unregistered, "unregistered", "Not registered", "未登録", C::None},
    {NoPlan, "noplan", "Not sched. to exe.", "未計画", C::None},
    {TimeWait, "timewait", "Wait for start time", "開始時刻待ち", C::Wait},
    {TermWait, "termwait", "Wait for prev. to end", "先行終了待ち", C::Wait},
    {CondWait, "condwait", "Wait for start cond.", "起動条件待ち", C::Wait},
    {Holding, "holding", "Being held", "保留中", C::Wait},
    {ExecWait, "execwait", "Waiting to execute", "実行待ち", C::Wait},
    {Queuing, "queuing", "Now queuing", "キューイング", C::Wait},
    {Running, "running", "Now running", "実行中", C::Running},
    {WarningRunning, "wacont", "Running + Warning", "警告検出実行中", C::Running},
    {AbendRunning, "abcont", "Running + Abend", "異常検出実行中", C::Running},
    {Monitoring, "monitoring", "Now monitoring", "監視中", C::Running},
    {Normal, "normal", "Ended normally", "正常終了", C::Normal},
    {NormalFalse, "normalfalse", "Normal end + False", "正常終了-偽", C::Normal},
    {Warning, "warning", "Ended with warning", "警告検出終了", C::Warning},
    {Abnormal, "abnormal", "Ended abnormally", "異常検出終了", C::Abnormal},
    {InvalidSeq, "invalidseq", "Invalid exe. seq.", "順序不正", C::Abnormal},
    {Interrupt, "interrupt", "Interrupted", "中断", C::Abnormal},
    {Killed, "kill", "Killed", "強制終了", C::Abnormal},
    {Failed, "fail", "Failed to start", "起動失敗", C::Abnormal},
    {Unknown, "unknown", "Unknown end status", "終了状態不明", C::Abnormal},
    {Unexec, "unexec", "Not executed + Ended", "未実行終了", C::Normal},
    {Bypass, "bypass", "Bypassed", "計画未実行", C::Normal},
    {ExecDeffer, "execdeffer", "Skipped so not exe.", "繰り越し未実行", C::Abnormal},
    {Shutdown, "shutdown", "Shutdown", "閉塞", C::Abnormal},
}};

struct ClassInfo
{
    StatusClass statusClass;
    const char *code;
    const char *english;
    const char *japanese;
};

constexpr std::array<ClassInfo, kStatusClassCount> kClasses{{
    // "none" holds both noplan (未計画) and unregistered (未登録): the label names both.
    {C::None, "none", "Not scheduled / registered", "未計画・未登録"},
    {C::Wait, "wait", "Waiting", "待ち"},
    {C::Running, "running", "Running", "実行中"},
    {C::Normal, "normal", "Normal", "正常"},
    {C::Warning, "warning", "Warning", "警告"},
    {C::Abnormal, "abnormal", "Abnormal", "異常"},
}};

} // namespace

std::span<const StatusInfo> allStatuses()
{
    return kStatuses;
}

const StatusInfo &statusInfo(UnitStatus status)
{
    return kStatuses[static_cast<std::size_t>(status)];
}

QString statusCode(UnitStatus status)
{
    return QString::fromLatin1(statusInfo(status).code);
}

QString statusName(UnitStatus status, Language language)
{
    const StatusInfo &info = statusInfo(status);
    return language == Language::Japanese ? QString::fromUtf8(info.japanese)
                                          : QString::fromLatin1(info.english);
}

std::optional<UnitStatus> statusFromCode(QStringView code)
{
    for (const StatusInfo &info : kStatuses) {
        if (code == QLatin1String(info.code))
            return info.status;
    }
    return std::nullopt;
}

StatusClass statusClass(UnitStatus status)
{
    return statusInfo(status).statusClass;
}

bool isEndStatus(UnitStatus status)
{
    const StatusClass c = statusClass(status);
    return c == StatusClass::Normal || c == StatusClass::Warning || c == StatusClass::Abnormal;
}

bool hasExitCode(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Normal:
    case UnitStatus::Warning:
    case UnitStatus::Abnormal:
    case UnitStatus::Killed:
        return true;
    default:
        return false;
    }
}

bool isWaitStatus(UnitStatus status)
{
    return statusClass(status) == StatusClass::Wait;
}

bool isRunningStatus(UnitStatus status)
{
    return statusClass(status) == StatusClass::Running;
}

QString statusClassCode(StatusClass statusClass)
{
    return QString::fromLatin1(kClasses[static_cast<std::size_t>(statusClass)].code);
}

QString statusClassName(StatusClass statusClass, Language language)
{
    const ClassInfo &info = kClasses[static_cast<std::size_t>(statusClass)];
    return language == Language::Japanese ? QString::fromUtf8(info.japanese)
                                          : QString::fromLatin1(info.english);
}

std::optional<StatusClass> statusClassFromCode(QStringView code)
{
    for (const ClassInfo &info : kClasses) {
        if (code == QLatin1String(info.code))
            return info.statusClass;
    }
    return std::nullopt;
}

} // namespace dr
