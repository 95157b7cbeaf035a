// Overdue root jobnets through the facade (domain.md §5, §8): a generation whose start time
// passes while the target's manager is stopped or suppressed is overdue, whether it came due
// before step 2, between steps 2 and 3, or between steps 3 and 4. The customer's choice at step
// 3 covers all of them (and those that come due later), the pre-flight warning counts exactly
// what the release starts, and at the release "skip" gives "Skipped so not exe." while "run"
// starts the generation.

#include "TestSupport.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

const Operator kSim = Operator::system();

qint64 jstAt(int hour, int minute)
{
    return jst::toUtcMs(QDate(2026, 11, 25), hour * 60 + minute);
}

// The root jobnets a step-3 choice applies to now.
QSet<UnitIndex> overdueRoots(const RegionData &r)
{
    QSet<UnitIndex> roots;
    for (UnitIndex root : r.tree->rootJobnets()) {
        if (r.states[std::size_t(root)].has(FlagOverdue))
            roots.insert(root);
    }
    return roots;
}

// The root jobnets among what the scheduler says the release will start.
QSet<UnitIndex> rootsStartingAtRelease(const Console &c, RegionId region)
{
    QSet<UnitIndex> roots;
    for (UnitIndex i : c.pendingAtRelease(region)) {
        if (c.region(region).tree->isRootJobnet(i))
            roots.insert(i);
    }
    return roots;
}

// The count of the pre-flight warning "overdue jobnets that will run immediately at release".
qint64 overdueWarning(const Console &c, RegionId region)
{
    for (const PreflightFinding &f : c.preflight(region).of(Severity::Warning)) {
        if (f.code == QLatin1String("overdue"))
            return f.count;
    }
    return 0;
}

// Root jobnets whose next start (as recorded at `since`) came by `until`: they must be overdue
// now, also those with a generation still running (their next generation is overdue).
QSet<UnitIndex> cameDue(const RegionData &r, const std::vector<UnitState> &since, qint64 until)
{
    QSet<UnitIndex> roots;
    for (UnitIndex root : r.tree->rootJobnets()) {
        const UnitState &s = since[std::size_t(root)];
        const bool registered = s.status != UnitStatus::Unregistered &&
                                s.status != UnitStatus::Holding && !s.has(FlagHold);
        if (registered && s.scheduledMs > 0 && s.scheduledMs <= until)
            roots.insert(root);
    }
    return roots;
}

bool idle(const UnitState &s)
{
    return !isRunningStatus(s.status) && s.status != UnitStatus::Holding;
}

// The root jobnets that started a generation at `at`.
QSet<UnitIndex> startedAt(const RegionData &r, const std::vector<UnitState> &before, qint64 at)
{
    QSet<UnitIndex> roots;
    for (UnitIndex root : r.tree->rootJobnets()) {
        const UnitState &s = r.states[std::size_t(root)];
        if (s.startMs == at && s.execSerial != before[std::size_t(root)].execSerial)
            roots.insert(root);
    }
    return roots;
}

} // namespace

class TestOverdue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void skipCoversJobnetsThatComeDueWhileSuppressed();
    void runStartsEveryOverdueJobnetAtRelease();
    void choiceIsOnlyForSteps3And9();

private:
    // Demo at 10:30, disaster at 10:31, step 1, step 2 at 10:36 (the reproducer of the avalanche).
    std::unique_ptr<Console> failedOver(const QTemporaryDir &dir);
};

std::unique_ptr<Console> TestOverdue::failedOver(const QTemporaryDir &dir)
{
    auto c = drtest::demoConsole(dir);
    if (!c)
        return nullptr;
    const bool ok = c->advanceClock(kSim, 60 * 1000).ok() &&
                    c->declareOutage(kCustomer, RegionId::Primary).ok() &&
                    c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, {}).ok() &&
                    c->advanceClock(kSim, 5 * 60 * 1000).ok() && c->completeStep(kProvider, 2).ok();
    if (!ok || c->clockMs() != jstAt(10, 36))
        return nullptr;
    return c;
}

void TestOverdue::skipCoversJobnetsThatComeDueWhileSuppressed()
{
    QTemporaryDir dir;
    auto c = failedOver(dir);
    QVERIFY(c);
    const RegionData &dr = c->region(RegionId::Dr);
    const UnitIndex returns = c->findUnit(RegionId::Dr, QStringLiteral("/LOGISTICS/RETURNS"));
    const UnitIndex orderPm = c->findUnit(RegionId::Dr, QStringLiteral("/SALES/ORDER_PM"));
    const UnitIndex handoff =
        c->findUnit(RegionId::Dr, QStringLiteral("/LOGISTICS/CARRIER_HANDOFF"));
    QVERIFY(returns != kNoUnit && orderPm != kNoUnit && handoff != kNoUnit);
    const std::vector<UnitState> atStep2 = dr.states;
    const QSet<UnitIndex> overdueAtStart = overdueRoots(dr);

    // Between steps 2 and 3: RETURNS (11:00) and ORDER_PM (12:00) come due while suppressed.
    DR_VERIFY_OK(c->setClock(kSim, jstAt(12, 10)));
    QSet<UnitIndex> expected = cameDue(dr, atStep2, c->clockMs()) | overdueAtStart;
    QVERIFY(expected.contains(returns) && expected.contains(orderPm));
    QVERIFY(!expected.contains(handoff)); // 13:30
    QCOMPARE(overdueRoots(dr), expected);
    // The warning counts what the release would start: every waiting overdue jobnet (and one
    // whose running generation would end at the release).
    const QSet<UnitIndex> starting = rootsStartingAtRelease(*c, RegionId::Dr);
    QCOMPARE(overdueWarning(*c, RegionId::Dr), qint64(starting.size()));
    QVERIFY(starting.contains(returns) && starting.contains(orderPm));
    for (UnitIndex root : expected) {
        if (idle(dr.states[std::size_t(root)]))
            QVERIFY(starting.contains(root));
    }
    QVERIFY((starting - expected).isEmpty());

    // Step 3: skip every overdue jobnet; nothing overdue is left to run at release.
    DR_VERIFY_OK(c->completeStep(kCustomer, 3, {QString(), false, true}));
    const QJsonObject step3 = c->currentRun()->step(3)->details;
    QCOMPARE(step3.value(QStringLiteral("overdueSkip")).toInteger(), qint64(expected.size()));
    QCOMPARE(step3.value(QStringLiteral("overdueRun")).toInteger(), qint64(0));
    QCOMPARE(overdueWarning(*c, RegionId::Dr), qint64(0));
    QVERIFY(rootsStartingAtRelease(*c, RegionId::Dr).isEmpty());

    // The choice survives a restart, and jobnets that come due before the release follow it:
    // CARRIER_HANDOFF (13:30) between steps 3 and 4.
    const QString path = c->databasePath();
    c.reset();
    c = drtest::openConsole(path);
    QVERIFY(c);
    const RegionData &dr2 = c->region(RegionId::Dr);
    const std::vector<UnitState> atStep3 = dr2.states;
    DR_VERIFY_OK(c->setClock(kSim, jstAt(13, 40)));
    const QSet<UnitIndex> later = cameDue(dr2, atStep3, c->clockMs());
    QVERIFY(later.contains(handoff));
    expected |= later;
    QCOMPARE(overdueRoots(dr2), expected);
    for (UnitIndex root : expected)
        QVERIFY(dr2.states[std::size_t(root)].has(FlagSkipOverdue));
    QCOMPARE(overdueWarning(*c, RegionId::Dr), qint64(0));

    // One jobnet is chosen to run after all: exactly it is counted and started.
    DR_VERIFY_OK(c->setOverdueChoice(kCustomer, handoff, false));
    QCOMPARE(overdueWarning(*c, RegionId::Dr), qint64(1));
    QCOMPARE(rootsStartingAtRelease(*c, RegionId::Dr), QSet<UnitIndex>{handoff});

    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(c->completeStep(kCustomer, 4, {QString(), true, {}}));
    const qint64 releaseAt = c->clockMs();
    const std::vector<UnitState> atRelease = dr2.states;
    DR_VERIFY_OK(c->completeStep(kProvider, 5));
    QCOMPARE(startedAt(dr2, atRelease, releaseAt), QSet<UnitIndex>{handoff});
    for (UnitIndex root : expected) {
        const UnitState &s = dr2.states[std::size_t(root)];
        QVERIFY(!s.has(FlagOverdue) && !s.has(FlagSkipOverdue));
        if (root == handoff)
            continue;
        QVERIFY(s.scheduledMs > releaseAt); // the skipped generation is passed over
        if (idle(atRelease[std::size_t(root)]))
            QCOMPARE(statusCode(s.status), statusCode(UnitStatus::ExecDeffer));
    }
    QVERIFY(!dr2.runtime.skipOverdue); // the choice ends with the release
}

void TestOverdue::runStartsEveryOverdueJobnetAtRelease()
{
    QTemporaryDir dir;
    auto c = failedOver(dir);
    QVERIFY(c);
    const RegionData &dr = c->region(RegionId::Dr);
    const std::vector<UnitState> atStep2 = dr.states;
    QSet<UnitIndex> expected = overdueRoots(dr);
    DR_VERIFY_OK(c->setClock(kSim, jstAt(12, 10)));
    expected |= cameDue(dr, atStep2, c->clockMs());
    QVERIFY(expected.size() >= 2);
    DR_VERIFY_OK(c->completeStep(kCustomer, 3, {QString(), false, false}));
    QCOMPARE(c->currentRun()->step(3)->details.value(QStringLiteral("overdueRun")).toInteger(),
             qint64(expected.size()));

    // More come due between steps 3 and 4; the warning follows them.
    const std::vector<UnitState> atStep3 = dr.states;
    DR_VERIFY_OK(c->setClock(kSim, jstAt(13, 40)));
    expected |= cameDue(dr, atStep3, c->clockMs());
    QCOMPARE(overdueRoots(dr), expected);
    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    const QSet<UnitIndex> starting = rootsStartingAtRelease(*c, RegionId::Dr);
    QCOMPARE(overdueWarning(*c, RegionId::Dr), qint64(starting.size()));
    QVERIFY((starting - expected).isEmpty());
    const std::vector<UnitIndex> announced = c->pendingAtRelease(RegionId::Dr);

    DR_VERIFY_OK(c->completeStep(kCustomer, 4, {QString(), true, {}}));
    const qint64 releaseAt = c->clockMs();
    const std::vector<UnitState> atRelease = dr.states;
    DR_VERIFY_OK(c->completeStep(kProvider, 5));
    // The release started exactly what the pre-flight announced: every waiting overdue jobnet,
    // and the jobs with them.
    QCOMPARE(startedAt(dr, atRelease, releaseAt), starting);
    QCOMPARE(c->currentRun()->step(5)->details.value(QStringLiteral("startedCount")).toInteger(),
             qint64(announced.size()));
    for (UnitIndex root : expected) {
        const UnitState &s = dr.states[std::size_t(root)];
        QVERIFY(!s.has(FlagOverdue));
        if (idle(atRelease[std::size_t(root)]))
            QVERIFY(starting.contains(root));
        else if (!starting.contains(root))
            QVERIFY(s.scheduledMs <= releaseAt); // follows its running generation
    }
}

void TestOverdue::choiceIsOnlyForSteps3And9()
{
    QTemporaryDir dir;
    auto c = failedOver(dir);
    QVERIFY(c);
    DR_VERIFY_OK(c->completeStep(kCustomer, 3));
    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    auto refused = c->completeStep(kCustomer, 4, {QString(), true, true});
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(ErrorKind::Usage));
    QVERIFY2(refused.error().message.contains(QLatin1String("step 3 or step 9")),
             qPrintable(refused.error().message));
    QCOMPARE(c->currentRun()->nextStep(), 4); // nothing recorded
}

QTEST_GUILESS_MAIN(TestOverdue)
#include "tst_overdue.moc"
