// Agent changes in the active region take effect on queued jobs at once (domain.md §8): a job
// waiting in "Now queuing" on a Hold agent starts the moment the agent becomes Effective
// (through an update or an import), and one whose agent is removed fails to start then, not at
// the scheduler's next event. The statuses are saved and signalled with the change.

#include "TestSupport.h"

#include <QTest>

using namespace dr;
using drtest::kCustomer;

namespace {

const Operator kSim = Operator::system();

qint64 jstAt(int hour, int minute)
{
    return jst::toUtcMs(QDate(2026, 11, 25), hour * 60 + minute);
}

// A job queued on each agent that has one, with whether the agent has room for it now.
struct Queued
{
    UnitIndex job = kNoUnit;
    QString agent;
    bool room = false;
};

QList<Queued> queuedJobs(const Console &c)
{
    const RegionData &r = c.region(RegionId::Primary);
    QMap<QString, Queued> byAgent;
    QMap<QString, int> running;
    for (UnitIndex i = 0; i < r.tree->size(); ++i) {
        if (!usesAgent(r.tree->unit(i).type))
            continue;
        const QString agent = r.tree->effectiveAgent(i).toUpper();
        const UnitStatus status = r.states[std::size_t(i)].status;
        if (isRunningStatus(status))
            running[agent] += 1;
        else if (status == UnitStatus::Queuing && !byAgent.contains(agent))
            byAgent.insert(agent, {i, agent, false});
    }
    QList<Queued> list;
    for (Queued q : std::as_const(byAgent)) {
        const ExecutionAgent *a = r.findAgent(q.agent);
        q.agent = a ? a->name : q.agent;
        q.room = a && quint32(running.value(q.agent.toUpper())) <
                          a->limitAt(jst::minuteOfDay(c.clockMs()));
        list << q;
    }
    return list;
}

} // namespace

class TestAgentDispatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void effectiveAgentTakesQueuedJobAtOnce();
    void importedRestrictionTakesEffectAtOnce();
    void removedAgentFailsQueuedJobAtOnce();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Console> m_console;
    QList<Queued> m_queued;
    std::vector<UnitIndex> m_signalled;
};

// The demo from 10:00 with every agent but @SYSTEM on Hold: at 10:37 (between the scheduler's
// 30-minute dispatch rounds) jobs wait in "Now queuing" on several agents.
void TestAgentDispatch::init()
{
    m_console.reset();
    m_queued.clear();
    m_signalled.clear();
    const QString name = QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()));
    m_console = drtest::demoConsole(m_dir, name, jstAt(10, 0));
    QVERIFY(m_console);
    for (ExecutionAgent a : m_console->region(RegionId::Primary).agents) {
        if (a.isSystem())
            continue;
        const QString old = a.name;
        a.restriction = TransferRestriction::Hold;
        DR_VERIFY_OK(m_console->updateAgent(kCustomer, RegionId::Primary, old, a));
    }
    DR_VERIFY_OK(m_console->advanceClock(kSim, 37 * 60 * 1000));
    QVERIFY(m_console->clockMs() % (30 * 60 * 1000) != 0);
    m_queued = queuedJobs(*m_console);
    QVERIFY2(m_queued.size() >= 2, "the demo must queue jobs on held agents");
    connect(m_console.get(), &Console::unitsChanged, this,
            [this](RegionId region, const std::vector<UnitIndex> &units) {
                if (region == RegionId::Primary)
                    m_signalled.insert(m_signalled.end(), units.begin(), units.end());
            });
}

void TestAgentDispatch::effectiveAgentTakesQueuedJobAtOnce()
{
    const auto it =
        std::find_if(m_queued.cbegin(), m_queued.cend(), [](const Queued &q) { return q.room; });
    QVERIFY2(it != m_queued.cend(), "an agent with room for its queued job");
    const Queued q = *it;
    const qint64 now = m_console->clockMs();
    ExecutionAgent agent = *m_console->region(RegionId::Primary).findAgent(q.agent);
    agent.restriction = TransferRestriction::Effective;
    DR_VERIFY_OK(m_console->updateAgent(kCustomer, RegionId::Primary, agent.name, agent));
    QCOMPARE(m_console->clockMs(), now); // no time passed
    const UnitState &s = m_console->region(RegionId::Primary).states[std::size_t(q.job)];
    QVERIFY2(isRunningStatus(s.status), qPrintable(statusCode(s.status)));
    QCOMPARE(s.startMs, now);
    QVERIFY(std::find(m_signalled.begin(), m_signalled.end(), q.job) != m_signalled.end());

    // Saved with the change.
    const QString path = m_console->databasePath();
    m_console.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    const UnitState &saved = reopened->region(RegionId::Primary).states[std::size_t(q.job)];
    QCOMPARE(statusCode(saved.status), statusCode(s.status));
    QCOMPARE(saved.startMs, now);
}

void TestAgentDispatch::importedRestrictionTakesEffectAtOnce()
{
    const auto it =
        std::find_if(m_queued.cbegin(), m_queued.cend(), [](const Queued &q) { return q.room; });
    QVERIFY(it != m_queued.cend());
    const Queued q = *it;
    const qint64 now = m_console->clockMs();
    // The exported table with this one agent Effective again.
    QList<QByteArray> lines =
        m_console->exportAgents(RegionId::Primary, AgentFileFormat::Csv).split('\n');
    bool found = false;
    for (QByteArray &line : lines) {
        if (line.startsWith(q.agent.toUtf8() + ',')) {
            QVERIFY(line.contains(",hold,"));
            line.replace(",hold,", ",effective,");
            found = true;
        }
    }
    QVERIFY(found);
    auto imported = m_console->importAgents(kCustomer, RegionId::Primary, lines.join('\n'),
                                            QStringLiteral("agents.csv"));
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    const UnitState &s = m_console->region(RegionId::Primary).states[std::size_t(q.job)];
    QVERIFY2(isRunningStatus(s.status), qPrintable(statusCode(s.status)));
    QCOMPARE(s.startMs, now);
    QVERIFY(std::find(m_signalled.begin(), m_signalled.end(), q.job) != m_signalled.end());
}

void TestAgentDispatch::removedAgentFailsQueuedJobAtOnce()
{
    const Queued q = m_queued.first();
    const qint64 now = m_console->clockMs();
    DR_VERIFY_OK(m_console->removeAgent(kCustomer, RegionId::Primary, q.agent));
    const UnitState &s = m_console->region(RegionId::Primary).states[std::size_t(q.job)];
    QCOMPARE(statusCode(s.status), statusCode(UnitStatus::Failed));
    QCOMPARE(s.endMs, now);
    QVERIFY(std::find(m_signalled.begin(), m_signalled.end(), q.job) != m_signalled.end());

    const QString path = m_console->databasePath();
    m_console.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    QCOMPARE(statusCode(reopened->region(RegionId::Primary).states[std::size_t(q.job)].status),
             statusCode(UnitStatus::Failed));
}

QTEST_GUILESS_MAIN(TestAgentDispatch)
#include "tst_agentdispatch.moc"
