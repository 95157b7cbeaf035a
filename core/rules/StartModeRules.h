#pragma once

#include "model/StartMode.h"
#include "model/UnitState.h"
#include "model/UnitTree.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>
#include <span>
#include <vector>

namespace dr {

// Which line of the start-mode table decided a unit's new status.
enum class StartRule : quint8 {
    EndUnchanged,        // end statuses are kept
    WaitUnchanged,       // not yet queued: kept, nothing starts until release
    QueuedResubmit,      // execwait/queuing → termwait, resubmitted after release
    QueuedUnexec,        // execwait/queuing after an abnormal predecessor → unexec
    RunningUnknown,      // was on an agent, outcome unknowable → unknown (review)
    MonitoringUnknown,   // event job was monitoring → unknown (review)
    RunningKept,         // hot: running jobs keep running
    RunningKilled,       // warm: running jobs → kill
    QueuedFailed,        // warm: execwait/queuing → fail
    Dropped,             // cold: every generation dropped → unregistered
    JobnetRecomputed,    // jobnets: from their children (§7)
};
inline constexpr int kStartRuleCount = 11;

// What a start mode does with one status on one kind of unit.
struct StartRuleOutcome
{
    StartRule rule;
    std::optional<UnitStatus> next; // none: unchanged (or, for jobnets, recomputed)
    bool review = false;            // the operator must check it (needs-review marker)
};

// One line of the rule table: for a start mode, the statuses it covers (listed one by one, or by
// status class) on the kinds of unit it covers, the new status (none: unchanged, or for jobnets
// recomputed from their children), its rule and whether the operator must review the unit. A
// queued job whose predecessor ended abnormally takes the "after an abnormal predecessor"
// outcome instead, when the row has one.
struct StartRuleRow
{
    StartMode mode;
    quint32 statuses; // bit (1 << status) per status listed
    quint8 classes;   // bit (1 << class) per status class covered
    quint8 targets;   // bit (1 << target) per kind of unit covered
    StartRule rule;
    std::optional<UnitStatus> next;
    bool review = false;
    std::optional<StartRule> afterAbnormalRule = std::nullopt;
    std::optional<UnitStatus> afterAbnormalNext = std::nullopt;
};

struct StatusChange
{
    UnitIndex unit;
    UnitStatus from;
    UnitStatus to;
    StartRule rule;
};

struct StartModeResult
{
    std::vector<StatusChange> changes;      // every unit whose status changed
    QMap<StartRule, qint64> changedByRule;  // how many units each rule changed
    qint64 reviewCount = 0;                 // units marked for review
    std::vector<UnitIndex> touched;         // every unit whose state (status or flags) changed
};

// The start-mode rule table of domain.md §5, as data in one place (table()), and its
// application to a region's statuses. Everything else (the summaries, the rule reference dialog)
// reads the table through row()/outcome().
class StartModeRules
{
    Q_DECLARE_TR_FUNCTIONS(StartModeRules)
public:
    enum class Target { Job, EventJob, Jobnet };
    static constexpr int kTargetCount = 3;

    // The table itself: every (mode, status, target) is covered by exactly one row.
    static std::span<const StartRuleRow> table();
    static bool covers(const StartRuleRow &row, StartMode mode, UnitStatus status, Target target);
    // The row that covers a combination (looked up in the table).
    static const StartRuleRow &row(StartMode mode, UnitStatus status, Target target);
    static StartRuleOutcome outcome(StartMode mode, UnitStatus status, Target target);
    static StartModeResult apply(StartMode mode, const UnitTree &tree, std::vector<UnitState> &states);

    static QString ruleCode(StartRule rule);   // "queued-resubmit", ...
    static QString ruleText(StartRule rule);   // translated explanation for summaries and dialogs
    static Target targetOf(UnitType type);
};

} // namespace dr
