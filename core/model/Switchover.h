#pragma once

#include "Role.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace dr {

// disaster: the source region is unavailable. drill: training or verification without one.
enum class SwitchMode : quint8
{
    Disaster,
    Drill
};
enum class Phase : quint8
{
    Failover,
    Failback
};

// One of the twelve steps of domain.md §3.
struct StepInfo
{
    int number;
    Phase phase;
    Role role;
};

std::span<const StepInfo> allSteps();
const StepInfo &stepInfo(int number); // 1..12

class SwitchoverNames
{
    Q_DECLARE_TR_FUNCTIONS(SwitchoverNames)
public:
    static QString stepTitle(int number);
    // The untranslated (English) title, for what is stored: audit details are part of the hash
    // chain and must read the same whatever language the writer used.
    static const char *stepTitleSource(int number);
    static QString phaseName(Phase phase);
    static QString modeName(SwitchMode mode);
    // Not carried over by a switch in either direction.
    static QStringList notCarriedOver();
};

QString switchModeCode(SwitchMode mode); // "disaster" / "drill"
std::optional<SwitchMode> switchModeFromCode(const QString &code);
QString phaseCode(Phase phase); // "failover" / "failback"

// A completed step: who, when, and what the core recorded with it.
struct StepRecord
{
    int step = 0;
    QString operatorName;
    Role role = Role::Customer;
    qint64 atMs = 0;
    QString note;
    QJsonObject details; // step-specific facts (DR-start summary, pre-flight result, ...)
};

// One switchover: failover (steps 1-6) and its failback (7-12).
struct SwitchoverRun
{
    qint64 id = 0;
    SwitchMode mode = SwitchMode::Disaster;
    bool completed = false;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QJsonObject facts; // run-wide facts: sync points, outage time, overdue choices, ...
    QList<StepRecord> steps;

    int lastCompletedStep() const { return steps.isEmpty() ? 0 : steps.constLast().step; }
    const StepRecord *step(int number) const;
    // The next step to complete, or 0 when the run is complete.
    int nextStep() const
    {
        return completed || lastCompletedStep() >= 12 ? 0 : lastCompletedStep() + 1;
    }
    // The phase of the next step: failback as soon as the failover is complete (step 6).
    Phase phase() const { return lastCompletedStep() >= 6 ? Phase::Failback : Phase::Failover; }
    // The phase the run is in: failback only once it was requested (step 7). After step 6 the
    // run is a completed failover with no failback pending.
    Phase reachedPhase() const
    {
        return lastCompletedStep() >= 7 ? Phase::Failback : Phase::Failover;
    }
    bool failoverCompleted() const { return lastCompletedStep() >= 6; }
};

} // namespace dr
