// The twelve-step switchover through the facade (domain.md §3): a complete disaster failover and
// failback, a drill, the refusals, and closing/reopening the database after every step.

#include "StateFingerprint.h"
#include "TestSupport.h"
#include "rules/StartModeRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

const Operator kSim = Operator::system();

qint64 minutes(int n)
{
    return n * 60 * 1000LL;
}

int countStatus(const RegionData &r, UnitStatus status)
{
    int n = 0;
    for (const UnitState &s : r.states)
        n += s.status == status;
    return n;
}

// The agents registered in both regions: jobs held on them come back in DR to agents that
// exist there.
const QStringList kSharedAgents{QStringLiteral("EDI-GW"),   QStringLiteral("ORDERDB"),
                                QStringLiteral("WH-BATCH"), QStringLiteral("FIN-APP"),
                                QStringLiteral("OPS-MON"),  QStringLiteral("BACKUP")};

bool hasAbnormalPredecessor(const RegionData &r, const std::vector<UnitState> &states, UnitIndex i)
{
    for (UnitIndex p : r.tree->predecessors(i)) {
        if (statusClass(states[std::size_t(p)].status) == StatusClass::Abnormal)
            return true;
    }
    return false;
}

// Units started (or re-started) after `t`.
int startedAfter(const RegionData &r, qint64 t)
{
    int n = 0;
    for (UnitIndex i = 0; i < r.tree->size(); ++i) {
        if (usesAgent(r.tree->unit(i).type) && r.states[std::size_t(i)].startMs > t)
            ++n;
    }
    return n;
}

} // namespace

class TestSwitchover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disasterFailoverAndFailback();
    void drillRestoresPrimary();
    void refusals();
    void restartAfterEveryStep();
    void restoredRegionStaysSuppressed();
};

void TestSwitchover::disasterFailoverAndFailback()
{
    QTemporaryDir dir;
    // From 10:00 the agents both regions know are on Hold, so that at 10:30 jobs wait in "Now
    // queuing" (handed to the manager, not yet to an agent) besides those running.
    auto c = drtest::demoConsole(dir, QStringLiteral("demo.db"), drtest::demoNowMs() - minutes(30));
    QVERIFY(c);
    const RegionData &primary = c->region(RegionId::Primary);
    const RegionData &dr = c->region(RegionId::Dr);
    for (const QString &name : kSharedAgents) {
        ExecutionAgent held = *primary.findAgent(name);
        held.restriction = TransferRestriction::Hold;
        DR_VERIFY_OK(c->updateAgent(kCustomer, RegionId::Primary, name, held));
    }
    DR_VERIFY_OK(c->advanceClock(kSim, minutes(30)));
    // One queued job's predecessor is then set to "Ended abnormally" by the operator: at the DR
    // start that job cannot be resubmitted and ends "Not executed + Ended".
    UnitIndex afterAbnormal = kNoUnit;
    for (UnitIndex i = 0; i < primary.tree->size() && afterAbnormal == kNoUnit; ++i) {
        if (primary.states[std::size_t(i)].status != UnitStatus::Queuing)
            continue;
        for (UnitIndex p : primary.tree->predecessors(i)) {
            if (usesAgent(primary.tree->unit(p).type) &&
                primary.states[std::size_t(p)].status == UnitStatus::Normal) {
                DR_VERIFY_OK(
                    c->changeStatus(kCustomer, RegionId::Primary, p, UnitStatus::Abnormal));
                afterAbnormal = i;
                break;
            }
        }
    }
    QVERIFY2(afterAbnormal != kNoUnit, "a queued job after a job that ended normally");
    DR_VERIFY_OK(c->syncNow(kCustomer));
    QVERIFY(primary.runtime.active && primary.runtime.managerRunning && !primary.runtime.suppressed);
    QVERIFY(!dr.runtime.active && !dr.runtime.managerRunning);
    QCOMPARE(dr.runtime.syncAtMs, drtest::demoNowMs());
    QCOMPARE(dr.tree, primary.tree); // one shared copy of identical definitions

    // A regional outage 50 s after the last sync point.
    DR_VERIFY_OK(c->advanceClock(kSim, 50 * 1000));
    const qint64 changedSinceSync = qint64(c->state().pendingSync.size());
    const qint64 outageAt = c->clockMs();
    DR_VERIFY_OK(c->declareOutage(kCustomer, RegionId::Primary));
    QVERIFY(!primary.runtime.available && !primary.runtime.managerRunning);
    QCOMPARE(c->syncBlocker().isEmpty(), false);

    // Step 1 (customer).
    DR_VERIFY_OK(c->advanceClock(kSim, minutes(2)));
    const qint64 step1At = c->clockMs();
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, QStringLiteral("Tokyo outage")));
    QCOMPARE(c->currentRun()->nextStep(), 2);
    QCOMPARE(stepInfo(2).role, Role::Provider);

    // Step 2 (provider): DR starts from the sync point, suppressed.
    const std::vector<UnitState> copy = dr.states;
    int runningInCopy = 0, queuedInCopy = 0;
    for (UnitIndex i = 0; i < dr.tree->size(); ++i) {
        if (!usesAgent(dr.tree->unit(i).type))
            continue;
        runningInCopy += isRunningStatus(copy[std::size_t(i)].status);
        queuedInCopy += copy[std::size_t(i)].status == UnitStatus::Queuing ||
                        copy[std::size_t(i)].status == UnitStatus::ExecWait;
    }
    QVERIFY2(runningInCopy >= 2, "the demo must have jobs in flight at 10:30");
    DR_VERIFY_OK(c->advanceClock(kSim, minutes(8)));
    DR_VERIFY_OK(c->completeStep(kProvider, 2, {QStringLiteral("DR manager started")}));
    std::vector<UnitIndex> resubmitted;
    int unexecAtStart = 0;
    QVERIFY(dr.runtime.active && dr.runtime.managerRunning && dr.runtime.suppressed);
    QCOMPARE(dr.runtime.startMode.value(), StartMode::Disaster);
    QVERIFY(!primary.runtime.active && !primary.runtime.managerRunning);
    QCOMPARE(c->activeRegion(), RegionId::Dr);
    QVERIFY(dr.items.isEmpty()); // not carried over
    for (UnitIndex i = 0; i < dr.tree->size(); ++i) {
        if (!usesAgent(dr.tree->unit(i).type))
            continue;
        const UnitStatus before = copy[std::size_t(i)].status;
        const UnitState &now = dr.states[std::size_t(i)];
        if (isRunningStatus(before)) {
            QCOMPARE(now.status, UnitStatus::Unknown);
            QVERIFY(now.has(FlagNeedsReview));
        } else if (before == UnitStatus::Queuing || before == UnitStatus::ExecWait) {
            // Back to "Wait for prev. to end", resubmitted after release; "Not executed +
            // Ended" when a predecessor ended abnormally.
            if (hasAbnormalPredecessor(dr, copy, i)) {
                QCOMPARE(statusCode(now.status), statusCode(UnitStatus::Unexec));
                ++unexecAtStart;
            } else {
                QCOMPARE(statusCode(now.status), statusCode(UnitStatus::TermWait));
                QVERIFY(now.has(FlagResubmit));
                QVERIFY(!now.has(FlagNeedsReview));
                resubmitted.push_back(i);
            }
        } else {
            QCOMPARE(now.status, before);
        }
    }
    QCOMPARE(countStatus(dr, UnitStatus::Unknown), runningInCopy);
    const QJsonObject step2 = c->currentRun()->step(2)->details;
    QCOMPARE(step2.value(QStringLiteral("dataLossMs")).toInteger(), outageAt - drtest::demoNowMs());
    QCOMPARE(step2.value(QStringLiteral("unitsAffected")).toInteger(), changedSinceSync);
    QCOMPARE(step2.value(QStringLiteral("drStart")).toObject().value(QStringLiteral("changedByRule"))
                 .toObject().value(QStringLiteral("running-unknown")).toInt(),
             runningInCopy);
    QVERIFY2(queuedInCopy >= 2, "jobs must be queued at the sync point");
    QCOMPARE(qsizetype(resubmitted.size()) + unexecAtStart, qsizetype(queuedInCopy));
    QVERIFY(!resubmitted.empty());
    QCOMPARE(statusCode(dr.states[std::size_t(afterAbnormal)].status),
             statusCode(UnitStatus::Unexec));
    const QJsonObject byRule = step2.value(QStringLiteral("drStart"))
                                   .toObject()
                                   .value(QStringLiteral("changedByRule"))
                                   .toObject();
    QCOMPARE(byRule.value(QStringLiteral("queued-resubmit")).toInt(), int(resubmitted.size()));
    QCOMPARE(byRule.value(QStringLiteral("queued-unexec")).toInt(), unexecAtStart);

    // Nothing runs before step 5, however far the clock goes.
    const std::vector<UnitState> afterStart = dr.states;
    const qint64 suppressedSince = c->clockMs();
    DR_VERIFY_OK(c->advanceClock(kSim, minutes(6 * 60)));
    QCOMPARE(startedAfter(dr, suppressedSince), 0);
    for (std::size_t i = 0; i < dr.states.size(); ++i)
        QCOMPARE(dr.states[i].status, afterStart[i].status);

    // Step 3, then step 4 is refused while agents are missing.
    DR_VERIFY_OK(c->completeStep(kCustomer, 3));
    DR_VERIFY_REFUSED(c->release(kProvider, RegionId::Dr), "release-before-report");
    DR_VERIFY_REFUSED(c->completeStep(kCustomer, 4, {QString(), true, {}}), "preflight-errors");
    QVERIFY(c->preflight(RegionId::Dr).hasErrors());
    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    QVERIFY(!c->preflight(RegionId::Dr).hasErrors());
    // Warnings (unknown units, overdue jobnets) need an acknowledgement.
    QVERIFY(c->preflight(RegionId::Dr).count(Severity::Warning) > 0);
    DR_VERIFY_REFUSED(c->completeStep(kCustomer, 4), "preflight-warnings");
    DR_VERIFY_OK(c->completeStep(kCustomer, 4, {QStringLiteral("reviewed"), true, {}}));
    QVERIFY(c->currentRun()->step(4)->details.value(QStringLiteral("warningsAcknowledged")).toBool());

    // Step 5 (provider) releases suppression: work starts at once.
    const qint64 releaseAt = c->clockMs();
    DR_VERIFY_OK(c->completeStep(kProvider, 5));
    QVERIFY(!dr.runtime.suppressed);
    QVERIFY(startedAfter(dr, releaseAt - 1) > 0);
    for (UnitIndex i : resubmitted) // resubmitted: handed to their agents again
        QVERIFY2(dr.states[std::size_t(i)].status != UnitStatus::TermWait,
                 qPrintable(dr.tree->path(i)));
    QVERIFY(c->currentRun()->step(5)->details.value(QStringLiteral("startedCount")).toInt() > 0);
    DR_VERIFY_OK(c->advanceClock(kSim, minutes(30)));

    // Step 6: RTO and RPO figures.
    DR_VERIFY_OK(c->completeStep(kCustomer, 6));
    const QJsonObject figures = c->currentRun()->step(6)->details.value(QStringLiteral("figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("rtoMs")).toInteger(), c->clockMs() - step1At);
    QCOMPARE(figures.value(QStringLiteral("dataLossMs")).toInteger(), 50 * 1000);
    QCOMPARE(figures.value(QStringLiteral("steps")).toArray().size(), 6);
    // The next step is the failback's, but no failback was requested yet.
    QCOMPARE(c->currentRun()->phase(), Phase::Failback);
    QCOMPARE(c->currentRun()->reachedPhase(), Phase::Failover);
    QVERIFY(c->currentRun()->failoverCompleted());

    // Failback: the primary must be back first.
    DR_VERIFY_REFUSED(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Disaster, {}), "primary-unavailable");
    DR_VERIFY_OK(c->restoreRegion(kCustomer, RegionId::Primary));
    QVERIFY(primary.runtime.available && !primary.runtime.managerRunning);
    DR_VERIFY_REFUSED(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Drill, {}), "mode-mismatch");
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Disaster, {}));
    const std::vector<UnitState> drAtFailback = dr.states;
    DR_VERIFY_OK(c->completeStep(kProvider, 8));
    QVERIFY(primary.runtime.active && primary.runtime.managerRunning && primary.runtime.suppressed);
    QVERIFY(!dr.runtime.active && !dr.runtime.managerRunning);
    QCOMPARE(primary.tree, dr.tree);
    for (std::size_t i = 0; i < drAtFailback.size(); ++i) {
        if (!usesAgent(primary.tree->unit(UnitIndex(i)).type))
            continue;
        const UnitStatus before = drAtFailback[i].status;
        if (isRunningStatus(before))
            QCOMPARE(primary.states[i].status, UnitStatus::Unknown);
        else if (isEndStatus(before))
            QCOMPARE(primary.states[i].status, before); // the DR data came back
    }
    DR_VERIFY_OK(c->completeStep(kCustomer, 9, {QString(), false, true}));
    DR_VERIFY_OK(c->completeStep(kCustomer, 10, {QString(), true, {}}));
    DR_VERIFY_OK(c->completeStep(kProvider, 11));
    QVERIFY(!primary.runtime.suppressed);
    DR_VERIFY_OK(c->completeStep(kCustomer, 12));
    QVERIFY(c->currentRun() == nullptr);
    QVERIFY(c->state().runs.last().completed);
    QVERIFY(c->state().runs.last().facts.contains(QStringLiteral("failbackMs")));

    // Normal operation resumes: the primary syncs to DR again.
    DR_VERIFY_OK(c->advanceClock(kSim, minutes(2)));
    QVERIFY(dr.runtime.syncAtMs > releaseAt);
    QCOMPARE(dr.tree, primary.tree);

    auto verification = c->verifyAudit();
    QVERIFY(verification.ok());
    QVERIFY2(verification->ok, qPrintable(verification->message));
    auto entries = c->auditEntries({c->state().runs.last().id, QStringLiteral("switch.step"), -1});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 12);
}

void TestSwitchover::drillRestoresPrimary()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const RegionData &primary = c->region(RegionId::Primary);
    const RegionData &dr = c->region(RegionId::Dr);
    DR_VERIFY_REFUSED(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, {}), "no-outage");
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, QStringLiteral("Annual drill")));
    DR_VERIFY_OK(c->completeStep(kProvider, 2));
    QVERIFY(!primary.runtime.managerRunning && primary.runtime.available);
    // The primary's data as of the drill's start.
    const auto definitions = primary.tree;
    const std::vector<UnitState> before = primary.states;
    const QList<ExecutionAgent> agents = primary.agents;
    const HostTable hosts = primary.hosts;

    // Work in DR that must not come back: agents, executions, status changes.
    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    ExecutionAgent extra = primary.agents.at(1);
    extra.name = QStringLiteral("DR-ONLY");
    DR_VERIFY_OK(c->addAgent(kCustomer, RegionId::Dr, extra));
    DR_VERIFY_OK(c->completeStep(kCustomer, 3));
    DR_VERIFY_OK(c->completeStep(kCustomer, 4, {QString(), true, {}}));
    DR_VERIFY_OK(c->completeStep(kProvider, 5));
    DR_VERIFY_OK(c->advanceClock(kSim, minutes(90)));
    UnitIndex changed = kNoUnit;
    for (UnitIndex i = 0; i < dr.tree->size() && changed == kNoUnit; ++i) {
        if (dr.states[std::size_t(i)].status == UnitStatus::Unknown)
            changed = i;
    }
    QVERIFY(changed != kNoUnit);
    DR_VERIFY_OK(c->changeStatus(kCustomer, RegionId::Dr, changed, UnitStatus::Normal));
    DR_VERIFY_OK(c->completeStep(kCustomer, 6));

    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Drill, {}));
    QVERIFY(c->currentRun()->step(7)->details.value(QStringLiteral("notCarriedOver")).toArray().size() == 4);
    DR_VERIFY_OK(c->completeStep(kProvider, 8));
    QVERIFY(!c->currentRun()->step(8)->details.value(QStringLiteral("reverseSync")).toBool());
    // The primary restarted from its own pre-drill data (with the disaster-recovery start).
    QCOMPARE(primary.tree, definitions);
    std::vector<UnitState> expected = before;
    StartModeRules::apply(StartMode::Disaster, *definitions, expected);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(primary.states[i].status, expected[i].status);
        QCOMPARE(primary.states[i].execSerial, before[i].execSerial);
    }
    QCOMPARE(primary.agents, agents);
    QCOMPARE(primary.hosts, hosts);
    QVERIFY(primary.findAgent(QStringLiteral("DR-ONLY")) == nullptr);
    QVERIFY(dr.findAgent(QStringLiteral("DR-ONLY")) != nullptr); // DR keeps its own registrations
    DR_VERIFY_OK(c->completeStep(kCustomer, 9));
    DR_VERIFY_OK(c->completeStep(kCustomer, 10, {QString(), true, {}}));
    DR_VERIFY_OK(c->completeStep(kProvider, 11));
    DR_VERIFY_OK(c->completeStep(kCustomer, 12));
    QCOMPARE(primary.agents, agents);
    QCOMPARE(primary.hosts, hosts);
    QVERIFY(primary.tree->sameDefinitions(*definitions));
}

void TestSwitchover::refusals()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    // Nobody signed in: nothing is allowed, whatever the role.
    const Operator nobody{QString(), Role::Customer};
    DR_VERIFY_REFUSED(c->startSwitch(nobody, Phase::Failover, SwitchMode::Drill, {}), "no-operator");
    DR_VERIFY_REFUSED(c->checkPermission(nobody, Action::UnitOperation), "no-operator");
    DR_VERIFY_REFUSED(c->syncNow(Operator{QStringLiteral("  "), Role::Provider}), "no-operator");
    QVERIFY(c->currentRun() == nullptr);
    // Order and role.
    DR_VERIFY_REFUSED(c->completeStep(kProvider, 2), "no-switchover");
    DR_VERIFY_REFUSED(c->startSwitch(kProvider, Phase::Failover, SwitchMode::Drill, {}), "step-role");
    DR_VERIFY_REFUSED(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Drill, {}), "no-switchover");
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    auto wrongRole = c->completeStep(kCustomer, 2);
    QCOMPARE(wrongRole.error().code, QStringLiteral("step-role"));
    QVERIFY(wrongRole.error().message.contains(QLatin1String("provider")));
    DR_VERIFY_REFUSED(c->completeStep(kCustomer, 3), "step-order");
    DR_VERIFY_REFUSED(c->completeStep(kProvider, 5), "step-order");
    DR_VERIFY_REFUSED(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, {}), "switch-in-progress");
    DR_VERIFY_REFUSED(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Drill, {}), "failover-not-complete");
    DR_VERIFY_OK(c->completeStep(kProvider, 2));
    // Operating the standby region is refused; so is changing the maintenance date in DR.
    const UnitIndex any = c->region(RegionId::Primary).tree->rootJobnets().front();
    DR_VERIFY_REFUSED(c->hold(kCustomer, RegionId::Primary, any), "standby-region");
    DR_VERIFY_REFUSED(c->changeMaintenanceDate(kCustomer, QDate(2027, 1, 10)), "dr-maintenance");
    DR_VERIFY_REFUSED(c->suppress(kProvider, RegionId::Dr), "switch-in-progress");
    DR_VERIFY_REFUSED(c->release(kCustomer, RegionId::Dr), "role");
    // Step 4 with pre-flight errors (the demo's DR lacks four agents).
    DR_VERIFY_OK(c->completeStep(kCustomer, 3));
    auto errors = c->completeStep(kCustomer, 4, {QString(), true, {}});
    QCOMPARE(errors.error().code, QStringLiteral("preflight-errors"));
    QVERIFY(errors.error().message.contains(QLatin1String("CARRIER-IF")));
    QCOMPARE(c->currentRun()->nextStep(), 4); // nothing recorded

    // Authentication linkage blocks step 1.
    QTemporaryDir dir2;
    auto linked = drtest::demoConsole(dir2);
    QVERIFY(linked);
    Contract contract = linked->state().contract;
    contract.authLinkage = true;
    DR_VERIFY_REFUSED(linked->updateContract(kCustomer, contract), "role");
    DR_VERIFY_OK(linked->updateContract(kProvider, contract));
    auto blocked = linked->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, {});
    QCOMPARE(blocked.error().code, QStringLiteral("auth-linkage"));
    QVERIFY(blocked.error().message.contains(QLatin1String("authentication")));
    QVERIFY(linked->currentRun() == nullptr);
    DR_VERIFY_OK(linked->changeMaintenanceDate(kCustomer, QDate(2027, 1, 10))); // allowed in primary
}

void TestSwitchover::restartAfterEveryStep()
{
    // The same actions on two consoles: one reopened from its file after every action, one
    // never closed. Each reopen restores exactly what was in memory, and both end identical.
    QTemporaryDir dir, twinDir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    std::unique_ptr<Console> c = drtest::demoConsole(dir);
    std::unique_ptr<Console> twin = drtest::demoConsole(twinDir);
    QVERIFY(c && twin);
    using Action = std::function<Status(Console &)>;
    const UnitIndex firstRoot = c->region(RegionId::Dr).tree->rootJobnets().front();
    const QList<Action> actions{
        [](Console &x) { return x.declareOutage(kCustomer, RegionId::Primary); },
        [](Console &x) { return x.startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, {}); },
        [](Console &x) { return x.completeStep(kProvider, 2); },
        [](Console &x) { return x.advanceClock(kSim, minutes(45)); },
        [firstRoot](Console &x) {
            (void)x.setOverdueChoice(kCustomer, firstRoot, true);
            return x.copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true);
        },
        [](Console &x) { return x.completeStep(kCustomer, 3); },
        [](Console &x) { return x.completeStep(kCustomer, 4, {QString(), true, {}}); },
        [](Console &x) { return x.completeStep(kProvider, 5); },
        [](Console &x) { return x.advanceClock(kSim, minutes(20)); },
        [](Console &x) { return x.completeStep(kCustomer, 6); },
        [](Console &x) { return x.restoreRegion(kCustomer, RegionId::Primary); },
        [](Console &x) { return x.startSwitch(kCustomer, Phase::Failback, SwitchMode::Disaster, {}); },
        [](Console &x) { return x.completeStep(kProvider, 8); },
        [](Console &x) { return x.completeStep(kCustomer, 9, {QString(), true, {}}); },
        [](Console &x) { return x.completeStep(kCustomer, 10, {QString(), true, {}}); },
        [](Console &x) { return x.completeStep(kProvider, 11); },
        [](Console &x) { return x.advanceClock(kSim, minutes(7)); },
        [](Console &x) { return x.completeStep(kCustomer, 12); },
        [](Console &x) { return x.advanceClock(kSim, minutes(5)); },
    };
    for (int k = 0; k < actions.size(); ++k) {
        DR_VERIFY_OK(actions[k](*c));
        DR_VERIFY_OK(actions[k](*twin));
        QStringList before = drtest::fingerprint(c->state());
        before.prepend(QStringLiteral("after action %1").arg(k + 1));
        c.reset();
        c = drtest::openConsole(path);
        QVERIFY(c);
        QStringList after = drtest::fingerprint(c->state());
        after.prepend(QStringLiteral("after action %1").arg(k + 1));
        QCOMPARE(after, before);
        QStringList twinParts = drtest::fingerprint(twin->state());
        twinParts.prepend(QStringLiteral("after action %1").arg(k + 1));
        QCOMPARE(after, twinParts);
    }
}


// A suppressed active manager that goes down and comes back restarts suppressed: an outage and
// restore must not be a way around the provider's release (step 5/11, or the admin action).
void TestSwitchover::restoredRegionStaysSuppressed()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir, QStringLiteral("demo.db"));
    QVERIFY(c);
    const RegionData &primary = c->region(RegionId::Primary);
    const RegionData &dr = c->region(RegionId::Dr);

    // Outside a switchover: the provider suppressed the primary, then the primary went down.
    DR_VERIFY_OK(c->suppress(kProvider, RegionId::Primary));
    DR_VERIFY_OK(c->declareOutage(kCustomer, RegionId::Primary));
    DR_VERIFY_OK(c->restoreRegion(kCustomer, RegionId::Primary));
    QVERIFY(primary.runtime.managerRunning);
    QVERIFY(primary.runtime.suppressed);
    DR_VERIFY_OK(c->release(kProvider, RegionId::Primary));
    QVERIFY(!primary.runtime.suppressed);

    // During a failover, at step 3: DR runs suppressed, goes down and comes back.
    DR_VERIFY_OK(c->declareOutage(kCustomer, RegionId::Primary));
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(c->completeStep(kProvider, 2));
    QVERIFY(dr.runtime.active && dr.runtime.suppressed);
    DR_VERIFY_OK(c->declareOutage(kCustomer, RegionId::Dr));
    DR_VERIFY_OK(c->restoreRegion(kCustomer, RegionId::Dr));
    QVERIFY(dr.runtime.managerRunning);
    QVERIFY(dr.runtime.suppressed);
    QCOMPARE(c->currentRun()->nextStep(), 3);
    const qint64 restoredAt = c->clockMs();
    DR_VERIFY_OK(c->advanceClock(kSim, minutes(120)));
    QCOMPARE(startedAfter(dr, restoredAt), 0);
    // The release is still the provider's step 5, refused before the customer's step 4.
    QVERIFY(!c->release(kProvider, RegionId::Dr));
}

QTEST_GUILESS_MAIN(TestSwitchover)
#include "tst_switchover.moc"
