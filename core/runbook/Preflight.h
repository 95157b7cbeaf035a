#pragma once

#include "model/Contract.h"
#include "model/RegionState.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dr {

enum class Severity : quint8 { Error, Warning, Info };
QString severityCode(Severity severity); // "error", "warning", "info"

struct PreflightFinding
{
    Severity severity = Severity::Error;
    QString code;        // "agent-missing", "host-unresolved", ...
    QString message;     // translated, says what to fix
    QString subject;     // the agent, host or region concerned (for "fix" links)
    qint64 count = 0;    // units concerned
    QStringList samples; // a few unit paths
    // What the message is made of (names, region and restriction codes, UTC milliseconds),
    // kept with the step so that a report can say it again in its reader's language.
    QStringList args;
};

struct PreflightResult
{
    RegionId region = RegionId::Dr;
    QList<PreflightFinding> findings;

    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
    QList<PreflightFinding> of(Severity severity) const;
    QJsonObject toJson() const;
};

// The pre-flight check of domain.md §8 for the region that would become active: one linear pass
// over its units plus its agents, hosts and connections.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
public:
    struct DataLoss
    {
        qint64 syncPointMs = 0; // the copy the target starts from
        qint64 outageMs = 0;    // when the source became unavailable (0: no outage)
        qint64 unitsAffected = 0;
    };

    // `startingAtRelease`: what releasing the target's suppression would start now
    // (Scheduler::pendingAtRelease); its root jobnets are the overdue ones counted.
    static PreflightResult run(const RegionData &target, const Contract &contract,
                               const DataLoss &loss,
                               const std::vector<UnitIndex> &startingAtRelease);
    // The message of a finding in the UI language, from its code, arguments and count.
    static QString message(const QString &code, const QStringList &args, qint64 count);
    // "N errors", "N warnings", "N notes" of a result, in the UI language (one plural each).
    static QStringList countTexts(const PreflightResult &result);
    // The same for a finding stored with a step (PreflightResult::toJson()); findings recorded
    // without arguments keep the text they were recorded with.
    static QString message(const QJsonObject &stored);

private:
    static void add(PreflightResult &result, Severity severity, const QString &code,
                    const QString &subject, qint64 count, const QStringList &samples,
                    const QStringList &args);
};

} // namespace dr
