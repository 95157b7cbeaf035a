// Every change made through the store is one transaction: Database::transaction rolls back work
// that fails, each repository write that fails half-way leaves the old rows, and a facade action
// whose save fails leaves the file untouched and memory equal to the file (then succeeds once
// the cause is gone). Failures are provoked with SQL triggers, as a full disk or a locked file
// would provoke them in the field.
#include "StateCompare.h"
#include "StoreSupport.h"
#include "TestSupport.h"

#include "store/AgentRepository.h"
#include "store/Database.h"
#include "store/RegionRepository.h"
#include "store/SqlQuery.h"
#include "store/UnitRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::kCustomer;

namespace {

const QString kTriggerText = QStringLiteral("test trigger: refused");

QString failingTrigger(const char *event, const char *table, const char *when)
{
    return QStringLiteral("CREATE TRIGGER test_fail BEFORE %1 ON %2 WHEN %3 BEGIN "
                          "SELECT RAISE(ABORT, '%4'); END")
        .arg(QLatin1String(event), QLatin1String(table), QLatin1String(when), kTriggerText);
}

UnitTree smallTree(int jobs, const QString &prefix)
{
    std::vector<Unit> units;
    Unit net;
    net.name = prefix + QStringLiteral("NET");
    net.type = UnitType::Jobnet;
    units.push_back(net);
    for (int i = 1; i <= jobs; ++i) {
        Unit job;
        job.name = prefix + QString::number(i);
        job.type = UnitType::UnixJob;
        job.parent = 0;
        job.agent = QStringLiteral("AGT");
        units.push_back(job);
    }
    std::vector<Relation> relations;
    for (int i = jobs; i > 1; --i) // deliberately not in index order
        relations.push_back({i - 1, i, RelationKind::Sequence});
    return UnitTree(std::move(units), std::move(relations));
}

std::vector<UnitState> states(int count, UnitStatus status)
{
    std::vector<UnitState> out(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        out[std::size_t(i)].status = status;
        out[std::size_t(i)].execSerial = i + 1;
    }
    return out;
}

QList<ExecutionAgent> agents(const QString &prefix)
{
    QList<ExecutionAgent> list;
    for (int i = 1; i <= 4; ++i) {
        ExecutionAgent a;
        a.name = prefix + QString::number(i);
        a.host = QStringLiteral("10.0.0.%1").arg(i);
        list << a;
    }
    return list;
}

HostTable hosts(const QString &prefix)
{
    HostTable t;
    for (int i = 1; i <= 4; ++i)
        t.entries << HostEntry{
            prefix + QString::number(i), {QStringLiteral("10.0.1.%1").arg(i)}, {}};
    return t;
}

QList<RegionItem> items(const QString &prefix)
{
    QList<RegionItem> list;
    for (int i = 1; i <= 4; ++i)
        list << RegionItem{0, RegionItemKind::Metric, 1000 + i, prefix + QString::number(i)};
    return list;
}

QStringList agentNamesInFile(const QString &path, RegionId region)
{
    storetest::RawDb raw(path, true);
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral("SELECT name FROM agent WHERE region = '%1' ORDER BY position")
               .arg(regionCode(region)));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList agentNames(const RegionData &region)
{
    QStringList names;
    for (const ExecutionAgent &a : region.agents)
        names << a.name;
    return names;
}

} // namespace

class TestStoreTransactions : public QObject
{
    Q_OBJECT
private slots:
    void failedTransactionWritesNothing();
    void repositoryWriteIsAtomic_data();
    void repositoryWriteIsAtomic();
    void facadeSaveFailure();
    void facadeActionIsOneTransaction();
    void mutationRecordsEveryChange_data();
    void mutationRecordsEveryChange();
    void refusedActionKeepsMemory();
};

void TestStoreTransactions::failedTransactionWritesNothing()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("tx.db")));
    QVERIFY2(db, qPrintable(db.error().message));
    Database &d = **db;
    auto count = [&d](const char *key) {
        SqlQuery q(d.connection(), QStringLiteral("SELECT count(*) FROM setting WHERE key = ?"));
        auto v = q.bind(0, QLatin1String(key)).scalar();
        return v ? v->toInt() : -1;
    };
    auto write = [&d](const char *key) {
        SqlQuery q(d.connection(),
                   QStringLiteral("INSERT INTO setting (key, value) VALUES (?, 'x')"));
        return q.bind(0, QLatin1String(key)).exec();
    };
    const QByteArray before = storetest::dump(d.connection());

    // Work that writes, then fails: its error comes back and nothing is written.
    bool inside = false;
    int seenInside = -1;
    Status s = d.transaction([&]() -> Status {
        if (auto w = write("a"); !w)
            return w;
        inside = d.inTransaction();
        seenInside = count("a");
        return Error::badInput(QStringLiteral("test-failure"), QStringLiteral("stop here"));
    });
    QVERIFY(inside);
    QCOMPARE(seenInside, 1);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("test-failure"));
    QCOMPARE(s.error().message, QStringLiteral("stop here"));
    QVERIFY(!d.inTransaction());
    QCOMPARE(count("a"), 0);

    // A nested failure propagated by the outer work rolls back the outer writes as well.
    s = d.transaction([&]() -> Status {
        if (auto w = write("outer"); !w)
            return w;
        return d.transaction([&]() -> Status {
            if (auto w = write("inner"); !w)
                return w;
            return Error::database(QStringLiteral("inner failed"));
        });
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("inner failed"));
    QCOMPARE(count("outer"), 0);
    QCOMPARE(count("inner"), 0);

    // A statement the database refuses (duplicate key) rolls back what came before it.
    s = d.transaction([&]() -> Status {
        if (auto w = write("dup"); !w)
            return w;
        return write("dup");
    });
    QVERIFY(!s.ok());
    QCOMPARE(int(s.error().kind), int(ErrorKind::Database));
    QCOMPARE(count("dup"), 0);
    DR_COMPARE_DUMPS(storetest::dump(d.connection()), before);

    // And the connection is usable afterwards: a good transaction commits.
    DR_VERIFY_OK(d.transaction([&]() -> Status { return write("b"); }));
    QCOMPARE(count("b"), 1);
}

void TestStoreTransactions::repositoryWriteIsAtomic_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("trigger");
    QTest::newRow("unit definitions")
        << QStringLiteral("tree") << failingTrigger("INSERT", "unit", "NEW.idx = 3");
    QTest::newRow("unit relations")
        << QStringLiteral("tree") << failingTrigger("INSERT", "unit_relation", "NEW.from_idx = 2");
    QTest::newRow("unit statuses, whole region")
        << QStringLiteral("states") << failingTrigger("INSERT", "unit_state", "NEW.idx = 3");
    QTest::newRow("unit statuses, changed rows")
        << QStringLiteral("update") << failingTrigger("UPDATE", "unit_state", "NEW.idx = 3");
    QTest::newRow("region copy") << QStringLiteral("copy")
                                 << failingTrigger("INSERT", "unit_state",
                                                   "NEW.region = 'dr' AND NEW.idx = 3");
    QTest::newRow("agents") << QStringLiteral("agents")
                            << failingTrigger("INSERT", "agent", "NEW.name = 'B3'");
    QTest::newRow("host information")
        << QStringLiteral("hosts") << failingTrigger("INSERT", "host", "NEW.name = 'b3'");
    QTest::newRow("region items") << QStringLiteral("items")
                                  << failingTrigger("INSERT", "region_item", "NEW.text = 'B3'");
}

void TestStoreTransactions::repositoryWriteIsAtomic()
{
    QFETCH(QString, what);
    QFETCH(QString, trigger);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("repo.db")));
    QVERIFY2(db, qPrintable(db.error().message));
    Database &d = **db;
    UnitRepository units(d);
    AgentRepository agentRepo(d);
    RegionRepository regions(d);
    const UnitTree treeA = smallTree(5, QStringLiteral("A")),
                   treeB = smallTree(8, QStringLiteral("B"));

    // Version A is saved; version B is the write that fails half-way.
    std::function<Status()> saveB;
    if (what == QLatin1String("tree")) {
        DR_VERIFY_OK(units.saveTree(RegionId::Primary, treeA));
        saveB = [&] {
            return units.saveTree(RegionId::Primary, treeB);
        };
    } else if (what == QLatin1String("states")) {
        DR_VERIFY_OK(units.saveStates(RegionId::Primary, states(6, UnitStatus::Normal)));
        saveB = [&] {
            return units.saveStates(RegionId::Primary, states(9, UnitStatus::Running));
        };
    } else if (what == QLatin1String("update")) {
        DR_VERIFY_OK(units.saveStates(RegionId::Primary, states(6, UnitStatus::Normal)));
        saveB = [&] {
            const std::vector<UnitIndex> changed{1, 2, 3, 4};
            return units.updateStates(RegionId::Primary, states(6, UnitStatus::Killed), changed);
        };
    } else if (what == QLatin1String("copy")) {
        DR_VERIFY_OK(units.saveStates(RegionId::Primary, states(6, UnitStatus::Running)));
        DR_VERIFY_OK(units.saveStates(RegionId::Dr, states(6, UnitStatus::Normal)));
        saveB = [&] {
            return units.copyRegion(RegionId::Primary, RegionId::Dr, false);
        };
    } else if (what == QLatin1String("agents")) {
        DR_VERIFY_OK(agentRepo.saveAgents(RegionId::Primary, agents(QStringLiteral("A"))));
        saveB = [&] {
            return agentRepo.saveAgents(RegionId::Primary, agents(QStringLiteral("B")));
        };
    } else if (what == QLatin1String("hosts")) {
        DR_VERIFY_OK(agentRepo.saveHosts(RegionId::Primary, hosts(QStringLiteral("a"))));
        saveB = [&] {
            HostTable b = hosts(QStringLiteral("b"));
            b.ipv6Enabled = true;
            return agentRepo.saveHosts(RegionId::Primary, b);
        };
    } else {
        DR_VERIFY_OK(regions.replaceItems(RegionId::Primary, items(QStringLiteral("A"))));
        saveB = [&] {
            return regions.replaceItems(RegionId::Primary, items(QStringLiteral("B")));
        };
    }
    const QByteArray before = storetest::dump(d.connection());

    QCOMPARE(SqlQuery::run(d.connection(), trigger).ok(), true);
    const Status failed = saveB();
    QVERIFY2(!failed.ok(), "the trigger did not stop the write");
    QCOMPARE(int(failed.error().kind), int(ErrorKind::Database));
    QVERIFY2(failed.error().message.contains(kTriggerText), qPrintable(failed.error().message));
    QVERIFY(!d.inTransaction());
    DR_VERIFY_OK(SqlQuery::run(d.connection(), QStringLiteral("DROP TRIGGER test_fail")));
    DR_COMPARE_DUMPS(storetest::dump(d.connection()), before);

    // Nothing else stood in the way: without the trigger the same write goes through.
    DR_VERIFY_OK(saveB());
    QVERIFY(storetest::dump(d.connection()) != before);
    if (what == QLatin1String("tree")) {
        auto loaded = units.loadTree(RegionId::Primary);
        QVERIFY(loaded);
        QVERIFY((*loaded)->sameDefinitions(treeB));
    }
}

void TestStoreTransactions::facadeSaveFailure()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    const QString path = console->databasePath();
    QSignalSpy reloaded(console.get(), &Console::reloaded);
    const ConsoleState before = console->state();
    const QByteArray dumpBefore = storetest::dumpFile(path);
    const auto auditBefore = console->auditEntries();
    QVERIFY(auditBefore);

    ExecutionAgent agent;
    agent.name = QStringLiteral("NEW-AGENT");
    agent.host = QStringLiteral("edi-gw01");
    {
        storetest::RawDb raw(path);
        QCOMPARE(raw.exec(failingTrigger("INSERT", "agent", "1")), QString());
    }
    const Status s = console->addAgent(kCustomer, RegionId::Primary, agent);
    QVERIFY2(!s.ok(), "the save did not fail");
    QCOMPARE(int(s.error().kind), int(ErrorKind::Database));
    QCOMPARE(s.error().code, QStringLiteral("database"));
    QVERIFY2(s.error().message.contains(QStringLiteral("not saved")),
             qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(kTriggerText), qPrintable(s.error().message));
    QCOMPARE(reloaded.count(), 1);

    // Memory holds what the file holds: no new agent, nothing else changed, no audit entry.
    QVERIFY(!console->region(RegionId::Primary).findAgent(agent.name));
    QCOMPARE(agentNames(console->region(RegionId::Primary)),
             agentNamesInFile(path, RegionId::Primary));
    DR_COMPARE_STATES(console->state(), before);
    {
        auto second = drtest::openConsole(path);
        QVERIFY(second);
        DR_COMPARE_STATES(second->state(), console->state());
    }
    const auto auditAfter = console->auditEntries();
    QVERIFY(auditAfter);
    QCOMPARE(auditAfter->size(), auditBefore->size());
    {
        storetest::RawDb raw(path);
        QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER test_fail")), QString());
    }
    DR_COMPARE_DUMPS(storetest::dumpFile(path), dumpBefore);

    // Once the cause is gone the same call succeeds and reaches the file.
    DR_VERIFY_OK(console->addAgent(kCustomer, RegionId::Primary, agent));
    QVERIFY(console->region(RegionId::Primary).findAgent(agent.name));
    QVERIFY(agentNamesInFile(path, RegionId::Primary).contains(agent.name));
    QCOMPARE(agentNames(console->region(RegionId::Primary)),
             agentNamesInFile(path, RegionId::Primary));
    const auto auditDone = console->auditEntries();
    QVERIFY(auditDone);
    QCOMPARE(auditDone->size(), auditBefore->size() + 1);
    QVERIFY2(auditDone->last().details.contains(agent.name), qPrintable(auditDone->last().details));
}

// One action touches many tables (statuses, clock, sync points, region runtime, audit); if the
// last write fails, none of the others stays.
void TestStoreTransactions::facadeActionIsOneTransaction()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    const QString path = console->databasePath();
    const ConsoleState before = console->state();
    const QByteArray dumpBefore = storetest::dumpFile(path);
    {
        storetest::RawDb raw(path);
        QCOMPARE(raw.exec(failingTrigger("INSERT", "audit_log", "1")), QString());
    }
    const Status s = console->advanceClock(kCustomer, 45 * 60 * 1000);
    QVERIFY2(!s.ok(), "the save did not fail");
    QCOMPARE(int(s.error().kind), int(ErrorKind::Database));
    QCOMPARE(console->clockMs(), before.clockMs);
    DR_COMPARE_STATES(console->state(), before);
    {
        storetest::RawDb raw(path);
        QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER test_fail")), QString());
    }
    DR_COMPARE_DUMPS(storetest::dumpFile(path), dumpBefore);

    DR_VERIFY_OK(console->advanceClock(kCustomer, 45 * 60 * 1000));
    QCOMPARE(console->clockMs(), before.clockMs + 45 * 60 * 1000);
    const QByteArray dumpAfter = storetest::dumpFile(path);
    QVERIFY(dumpAfter != dumpBefore);
    QVERIFY(dumpAfter.contains("table|sync_point|"));
    const auto verified = console->verifyAudit();
    QVERIFY(verified);
    QVERIFY2(verified->ok, qPrintable(verified->message));
}

// A failed action reloads memory from the file whenever it had recorded any change: every field
// of a Mutation counts.
void TestStoreTransactions::mutationRecordsEveryChange_data()
{
    QTest::addColumn<int>("field");
    const char *names[] = {"states", "allStates", "statesReset", "tree", "runtime", "agents",
                           "hosts", "connections", "items", "copyFrom", "copyDefinitions",
                           "contract", "settings", "runs", "newSteps", "syncPoints", "audit",
                           "clockMoved"};
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void TestStoreTransactions::mutationRecordsEveryChange()
{
    QFETCH(int, field);
    Mutation m;
    QVERIFY(m.isEmpty());
    Mutation::PerRegion &dr = m.region(RegionId::Dr);
    switch (field) {
    case 0: dr.states.push_back(3); break;
    case 1: dr.allStates = true; break;
    case 2: dr.statesReset = true; break;
    case 3: dr.tree = true; break;
    case 4: dr.runtime = true; break;
    case 5: dr.agents = true; break;
    case 6: dr.hosts = true; break;
    case 7: dr.connections = true; break;
    case 8: dr.items = true; break;
    case 9: dr.copyFrom = RegionId::Primary; break;
    case 10: dr.copyDefinitions = true; break;
    case 11: m.contract = true; break;
    case 12: m.settings = true; break;
    case 13: m.runs.insert(1); break;
    case 14: m.newSteps.append({1, StepRecord{}}); break;
    case 15: m.syncPoints.append({1, 0, 0, false}); break;
    case 16: m.audited(QStringLiteral("agent.add"), QStringLiteral("x")); break;
    case 17: m.clockMoved = true; break;
    }
    QVERIFY(!m.isEmpty());
}

// An action the core refuses before changing anything does not reload the file.
void TestStoreTransactions::refusedActionKeepsMemory()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    QSignalSpy reloaded(console.get(), &Console::reloaded);
    const ConsoleState before = console->state();
    ExecutionAgent agent;
    agent.name = QStringLiteral("BAD NAME");
    agent.host = QStringLiteral("edi-gw01");
    QVERIFY(!console->addAgent(kCustomer, RegionId::Primary, agent).ok());
    QCOMPARE(reloaded.count(), 0);
    DR_COMPARE_STATES(console->state(), before);
}

QTEST_GUILESS_MAIN(TestStoreTransactions)
#include "tst_store_transactions.moc"
