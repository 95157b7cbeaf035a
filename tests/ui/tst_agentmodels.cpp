// Every model of the agents page under QAbstractItemModelTester (fatal) while agents, hosts
// and connections are added, edited, renamed, removed and copied, and while a region switch
// replaces a whole list. Edits must arrive as row changes, not resets: every step checks the
// exact signals of each model.

#include "ModelSignals.h"
#include "TestSupport.h"
#include "models/AgentTableModel.h"
#include "models/ConnectionTableModel.h"
#include "models/HostTableModel.h"
#include "models/RegionCompareModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace dr;
using namespace dr::ui;

class TestAgentModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsStayConsistentWhileDataChanges();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Console> m_console;
};

void TestAgentModels::initTestCase()
{
    m_console = drtest::demoConsole(m_dir);
    QVERIFY(m_console);
}

void TestAgentModels::modelsStayConsistentWhileDataChanges()
{
    const auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
    AgentTableModel agentSource(*m_console, RegionId::Primary);
    HostTableModel hostSource(*m_console, RegionId::Primary);
    ConnectionTableModel connectionSource(*m_console, RegionId::Primary);
    RegionCompareModel compareSource(*m_console);
    QAbstractItemModelTester agents(&agentSource, fatal);
    QAbstractItemModelTester hosts(&hostSource, fatal);
    QAbstractItemModelTester connections(&connectionSource, fatal);
    QAbstractItemModelTester compare(&compareSource, fatal);
    // The sorted views the page puts over them.
    QSortFilterProxyModel agentView, hostView;
    agentView.setSourceModel(&agentSource);
    agentView.sort(AgentTableModel::NameColumn);
    hostView.setSourceModel(&hostSource);
    hostView.setFilterFixedString(QStringLiteral("10.10"));
    QAbstractItemModelTester agentViewTester(&agentView, fatal);
    QAbstractItemModelTester hostViewTester(&hostView, fatal);

    const Operator op = drtest::kCustomer;
    AgentTableModel *agentModel = &agentSource;
    const int agentRows = agentModel->rowCount();
    QCOMPARE(agentRows, 11); // @SYSTEM and the ten demo agents
    QVERIFY(agentModel->index(agentModel->rowOf(QStringLiteral("@SYSTEM")), 0)
                .data(AgentTableModel::BuiltInRole)
                .toBool());
    QCOMPARE(agentModel->index(agentModel->rowOf(QStringLiteral("@SYSTEM")), 0).data().toString(),
             QStringLiteral("@SYSTEM (built-in)"));

    // Edits keep rows (dataChanged), additions insert, removals remove: no reset needed.
    drtest::ModelSignals agentSignals(agentModel), hostSignals(&hostSource),
        connectionSignals(&connectionSource), compareSignals(&compareSource);
    auto step = [&](const char *what, const QString &agents, const QString &hosts,
                    const QString &connections, const QString &comparison) {
        const QString got = QStringLiteral("agents %1 | hosts %2 | connections %3 | compare %4")
                                .arg(agentSignals.take(), hostSignals.take(),
                                     connectionSignals.take(), compareSignals.take());
        const QString want = QStringLiteral("agents %1 | hosts %2 | connections %3 | compare %4")
                                 .arg(agents, hosts, connections, comparison);
        QVERIFY2(
            got == want,
            qPrintable(
                QStringLiteral("%1:\n got %2\nwant %3").arg(QString::fromLatin1(what), got, want)));
    };
    const QString none = QStringLiteral("+0 -0 ~0 r0 l0");
    ExecutionAgent a{QStringLiteral("EXTRA"),
                     QStringLiteral("bkp01"),
                     {{0, 0, 1}},
                     TransferRestriction::Effective,
                     {}};
    DR_VERIFY_OK(m_console->addAgent(op, RegionId::Primary, a));
    QCOMPARE(agentModel->rowCount(), agentRows + 1);
    // A new agent is missing in DR: one row more in the comparison.
    step("add agent", QStringLiteral("+1 -0 ~0 r0 l0"), none, none,
         QStringLiteral("+1 -0 ~0 r0 l0"));
    a.restriction = TransferRestriction::Blockade;
    DR_VERIFY_OK(m_console->updateAgent(op, RegionId::Primary, a.name, a));
    QCOMPARE(agentModel->index(agentModel->rowOf(a.name), AgentTableModel::RestrictionColumn)
                 .data()
                 .toString(),
             QStringLiteral("Blockade"));
    step("edit agent", QStringLiteral("+0 -0 ~1 r0 l0"), none, none,
         QStringLiteral("+0 -0 ~1 r0 l0"));
    a.name = QStringLiteral("EXTRA2"); // a rename is a removal and an insertion
    DR_VERIFY_OK(m_console->updateAgent(op, RegionId::Primary, QStringLiteral("EXTRA"), a));
    QCOMPARE(agentModel->rowOf(QStringLiteral("EXTRA")), -1);
    QVERIFY(agentModel->rowOf(QStringLiteral("EXTRA2")) >= 0);
    step("rename agent", QStringLiteral("+1 -1 ~0 r0 l0"), none, none,
         QStringLiteral("+1 -1 ~0 r0 l0"));
    DR_VERIFY_OK(m_console->removeAgent(op, RegionId::Primary, QStringLiteral("BACKUP")));
    // BACKUP is registered in DR too: now it is missing in the primary.
    step("remove BACKUP", QStringLiteral("+0 -1 ~0 r0 l0"), none, none,
         QStringLiteral("+1 -0 ~0 r0 l0"));
    DR_VERIFY_OK(m_console->removeAgent(op, RegionId::Primary, QStringLiteral("EXTRA2")));
    step("remove EXTRA2", QStringLiteral("+0 -1 ~0 r0 l0"), none, none,
         QStringLiteral("+0 -1 ~0 r0 l0"));
    QCOMPARE(agentModel->rowCount(), agentRows - 1);

    // Copies change the other region and the comparison.
    const int differences = compareSource.rowCount();
    DR_VERIFY_OK(m_console->copyAgents(op, RegionId::Primary, RegionId::Dr, true));
    // The four agents missing in DR are adjacent rows: one removal of four rows.
    step("copy missing", none, none, none, QStringLiteral("+0 -1 ~0 r0 l0"));
    QCOMPARE(compareSource.rowCount(), differences - 4);
    DR_VERIFY_OK(m_console->copyAgents(op, RegionId::Primary, RegionId::Dr, false,
                                       {QStringLiteral("ORDERDB")}));
    step("copy ORDERDB", none, none, none, QStringLiteral("+0 -1 ~0 r0 l0"));

    // Hosts: add, edit, remove, and the resolve setting. Agents hear of every host change
    // (whether their host resolves), as one dataChanged over the host column.
    const QString hostColumn = QStringLiteral("+0 -0 ~1 r0 l0");
    HostTableModel *hostModel = &hostSource;
    const int hostRows = hostModel->rowCount();
    DR_VERIFY_OK(m_console->addHost(op, RegionId::Primary,
                                    {QStringLiteral("h1"), {QStringLiteral("10.1.1.1")}, {}}));
    step("add host", hostColumn, QStringLiteral("+1 -0 ~0 r0 l0"), none,
         QStringLiteral("+1 -0 ~0 r0 l0"));
    DR_VERIFY_OK(m_console->updateHost(
        op, RegionId::Primary, QStringLiteral("h1"),
        {QStringLiteral("h1"), {QStringLiteral("10.1.1.2")}, QStringLiteral("c")}));
    QCOMPARE(
        hostModel->index(hostModel->rowOf(QStringLiteral("H1")), HostTableModel::AddressesColumn)
            .data()
            .toString(),
        QStringLiteral("10.1.1.2"));
    step("edit host", hostColumn, QStringLiteral("+0 -0 ~1 r0 l0"), none,
         QStringLiteral("+0 -0 ~1 r0 l0"));
    DR_VERIFY_OK(m_console->setIpv6Enabled(op, RegionId::Primary, true));
    step("allow IPv6", hostColumn, none, none, none);
    DR_VERIFY_OK(m_console->addHost(op, RegionId::Primary,
                                    {QStringLiteral("h6"), {QStringLiteral("fd00::6")}, {}}));
    step("add IPv6 host", hostColumn, QStringLiteral("+1 -0 ~0 r0 l0"), none,
         QStringLiteral("+1 -0 ~0 r0 l0"));
    DR_VERIFY_OK(m_console->removeHost(op, RegionId::Primary, QStringLiteral("h1")));
    DR_VERIFY_OK(m_console->removeHost(op, RegionId::Primary, QStringLiteral("h6")));
    step("remove two hosts", QStringLiteral("+0 -0 ~2 r0 l0"), QStringLiteral("+0 -2 ~0 r0 l0"),
         none, QStringLiteral("+0 -2 ~0 r0 l0"));
    DR_VERIFY_OK(m_console->removeHost(op, RegionId::Primary, QStringLiteral("bkp01")));
    step("remove bkp01", hostColumn, QStringLiteral("+0 -1 ~0 r0 l0"), none,
         QStringLiteral("+1 -0 ~0 r0 l0"));
    QCOMPARE(hostModel->rowCount(), hostRows - 1);

    // Connections: add, edit, remove.
    ConnectionTableModel *connectionModel = &connectionSource;
    QCOMPARE(connectionModel->rowCount(), 1);
    NetworkConnection c;
    c.region = RegionId::Primary;
    c.kind = ConnectionKind::OnPremisesDirectConnect;
    c.label = QStringLiteral("Head office");
    c.dxGatewayId = QStringLiteral("5f294f92-bafb-4011-916d-9b0bec1e7c2a");
    c.cidrBlocks = {QStringLiteral("192.168.0.0/16")};
    auto saved = m_console->saveConnection(op, c);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(connectionModel->rowCount(), 2);
    step("add connection", none, none, QStringLiteral("+1 -0 ~0 r0 l0"), none);
    c = *saved;
    c.enabled = false;
    QVERIFY(m_console->saveConnection(op, c).ok());
    QCOMPARE(connectionModel
                 ->index(connectionModel->rowOfId(c.id), ConnectionTableModel::InServiceColumn)
                 .data()
                 .toString(),
             QStringLiteral("No"));
    step("edit connection", none, none, QStringLiteral("+0 -0 ~1 r0 l0"), none);
    DR_VERIFY_OK(m_console->removeConnection(op, RegionId::Primary, c.id));
    QCOMPARE(connectionModel->rowCount(), 1);
    step("remove connection", none, none, QStringLiteral("+0 -1 ~0 r0 l0"), none);

    // Another region replaces every list: a reset, still consistent.
    agentSource.setRegion(RegionId::Dr);
    hostSource.setRegion(RegionId::Dr);
    connectionSource.setRegion(RegionId::Dr);
    QCOMPARE(agentModel->rowCount(), m_console->region(RegionId::Dr).agents.size());
    QCOMPARE(hostModel->rowCount(), m_console->region(RegionId::Dr).hosts.entries.size());
    QCOMPARE(connectionModel->rowCount(), m_console->region(RegionId::Dr).connections.size());
    step("another region", QStringLiteral("+0 -0 ~0 r1 l0"), QStringLiteral("+0 -0 ~0 r1 l0"),
         QStringLiteral("+0 -0 ~0 r1 l0"), none);
    compareSource.setStrict(true);
    QVERIFY(compareSource.rowCount() > 2); // descriptions and addresses differ per region
    compareSource.setStrict(false);
    // ORDERDB is equal again; BACKUP and the hosts bkp01 and dr-jump01 are now DR-only.
    QCOMPARE(compareSource.rowCount(), 3);
}

QTEST_MAIN(TestAgentModels)
#include "tst_agentmodels.moc"
