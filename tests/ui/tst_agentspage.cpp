// The agents page: the region comparison lists the demo's differences and the copy buttons
// fix them; removal asks first; a provider sees every change disabled and the core refuses too.

#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "UiDriving.h"
#include "models/AgentTableModel.h"
#include "models/ConnectionTableModel.h"
#include "models/HostTableModel.h"
#include "models/RegionCompareModel.h"
#include "pages/AgentListPanel.h"
#include "pages/AgentsPage.h"
#include "pages/ConnectionListPanel.h"
#include "pages/HostListPanel.h"
#include "pages/RegionComparePanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QtTest>

using namespace dr;
using namespace dr::ui;
using State = RegionDifference::State;
using Kind = RegionDifference::Kind;

namespace {

QSet<QString> rowsOf(const QAbstractItemModel *model)
{
    QSet<QString> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, 0);
        rows.insert(QStringLiteral("%1 %2 %3")
                        .arg(i.data(RegionCompareModel::KindRole).toInt() == int(Kind::Agent)
                                 ? "agent"
                                 : "host",
                             i.data(RegionCompareModel::NameRole).toString())
                        .arg(i.data(RegionCompareModel::StateRole).toInt()));
    }
    return rows;
}

QString row(Kind kind, const char *name, State state)
{
    return QStringLiteral("%1 %2 %3")
        .arg(kind == Kind::Agent ? "agent" : "host", QString::fromLatin1(name))
        .arg(int(state));
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

} // namespace

class TestAgentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void compareListsTheDemoDifferences();
    void copyMissingAgentsFromPrimary();
    void copyOneAgentToTheOtherRegion();
    void removeAsksFirst();
    void systemAgentCannotBeRemoved();
    void providerSeesChangesDisabled();
    void ipv6SettingFollowsTheRegion();
    void regionSelectorAndEmbedding();

private:
    QTableView *compareTable() { return child<QTableView>(m_page.get(), "compareTable"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<drtest::ScriptedPrompts> m_prompts;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AgentsPage> m_page;
};

void TestAgentsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_prompts = std::make_unique<drtest::ScriptedPrompts>();
    m_console = drtest::demoConsole(*m_dir);
    QVERIFY(m_console);
    m_session = std::make_unique<Session>(*m_console);
    m_session->setOperator(drtest::kCustomer);
    m_page = std::make_unique<AgentsPage>(*m_session);
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAgentsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_console.reset();
    m_prompts.reset();
    m_dir.reset();
}

void TestAgentsPage::compareListsTheDemoDifferences()
{
    m_page->tabs()->setCurrentWidget(m_page->comparePanel());
    QTableView *table = compareTable();
    QVERIFY(table);
    const QSet<QString> expected{row(Kind::Agent, "WH-LABEL", State::MissingInDr),
                                 row(Kind::Agent, "FIN-PRINT", State::MissingInDr),
                                 row(Kind::Agent, "DWH-ETL", State::MissingInDr),
                                 row(Kind::Agent, "CARRIER-IF", State::MissingInDr),
                                 row(Kind::Agent, "ORDERDB", State::Different),
                                 row(Kind::Host, "dr-jump01", State::MissingInPrimary)};
    QCOMPARE(rowsOf(table->model()), expected);
    // What differs is spelled out, not only coloured.
    const int orderdb =
        drtest::findRow(table->model(), RegionCompareModel::NameColumn, QStringLiteral("ORDERDB"));
    QCOMPARE(table->model()->index(orderdb, RegionCompareModel::StateColumn).data().toString(),
             QStringLiteral("Different: concurrency windows"));
    QCOMPARE(table->model()->index(orderdb, RegionCompareModel::PrimaryColumn).data().toString(),
             QStringLiteral("ord-db01; 00:00-00:00=4; Effective"));
    QCOMPARE(table->model()->index(orderdb, RegionCompareModel::DrColumn).data().toString(),
             QStringLiteral("ord-db01; 00:00-00:00=2; Effective"));
    QCOMPARE(m_page->tabs()->tabText(m_page->tabs()->indexOf(m_page->comparePanel())),
             QStringLiteral("Compare regions (6)"));

    // Strict mode adds the per-region descriptions and addresses.
    drtest::clickCheckBox(child<QCheckBox>(m_page.get(), "compareStrictCheck"));
    QTRY_VERIFY(table->model()->rowCount() > 6);
    QVERIFY(rowsOf(table->model()).contains(row(Kind::Agent, "EDI-GW", State::Different)));
    QVERIFY(rowsOf(table->model()).contains(row(Kind::Host, "ord-db01", State::Different)));
    drtest::clickCheckBox(child<QCheckBox>(m_page.get(), "compareStrictCheck"));
    QTRY_COMPARE(rowsOf(table->model()), expected);
}

void TestAgentsPage::copyMissingAgentsFromPrimary()
{
    QAbstractItemModelTester tester(m_page->comparePanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_page->tabs()->setCurrentWidget(m_page->comparePanel());
    auto *copy = child<QPushButton>(m_page.get(), "copyMissingButton");
    QVERIFY(copy->isEnabled());
    QVERIFY(copy->toolTip().contains(QStringLiteral("WH-LABEL")));
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_COMPARE(rowsOf(compareTable()->model()),
                 (QSet<QString>{row(Kind::Agent, "ORDERDB", State::Different),
                                row(Kind::Host, "dr-jump01", State::MissingInPrimary)}));
    QVERIFY(m_prompts->errors.isEmpty());
    for (const char *name : {"WH-LABEL", "FIN-PRINT", "DWH-ETL", "CARRIER-IF"}) {
        const ExecutionAgent *dr =
            m_console->region(RegionId::Dr).findAgent(QString::fromLatin1(name));
        QVERIFY2(dr, name);
        QCOMPARE(*dr, *m_console->region(RegionId::Primary).findAgent(QString::fromLatin1(name)));
    }
    // Nothing left to copy: the button says so instead of failing.
    QVERIFY(!copy->isEnabled());
    QCOMPARE(copy->toolTip(),
             QStringLiteral("The DR environment already has every agent of the primary."));
}

void TestAgentsPage::copyOneAgentToTheOtherRegion()
{
    m_page->tabs()->setCurrentWidget(m_page->comparePanel());
    QTableView *table = compareTable();
    auto *toDr = child<QPushButton>(m_page.get(), "copyToDrButton");
    auto *toPrimary = child<QPushButton>(m_page.get(), "copyToPrimaryButton");
    QVERIFY(!toDr->isEnabled()); // nothing selected yet

    // A host row cannot be copied.
    drtest::clickRow(table, drtest::findRow(table->model(), RegionCompareModel::NameColumn,
                                            QStringLiteral("dr-jump01")));
    QVERIFY(!toDr->isEnabled() && !toPrimary->isEnabled());
    QVERIFY(toDr->toolTip().contains(QStringLiteral("Only execution agents")));

    // A missing agent goes one way only.
    drtest::clickRow(table, drtest::findRow(table->model(), RegionCompareModel::NameColumn,
                                            QStringLiteral("WH-LABEL")));
    QVERIFY(toDr->isEnabled());
    QVERIFY(!toPrimary->isEnabled());

    const int orderdb =
        drtest::findRow(table->model(), RegionCompareModel::NameColumn, QStringLiteral("ORDERDB"));
    drtest::clickRow(table, orderdb);
    QVERIFY(toDr->isEnabled() && toPrimary->isEnabled());

    // Declining the confirmation changes nothing.
    m_prompts->confirmAnswer = false;
    QTest::mouseClick(toDr, Qt::LeftButton);
    QCOMPARE(m_prompts->confirmations.size(), 1);
    QVERIFY(m_prompts->confirmations.first().contains(
        QStringLiteral("Overwrite the agent ORDERDB in the DR environment")));
    QCOMPARE(
        m_console->region(RegionId::Dr).findAgent(QStringLiteral("ORDERDB"))->windows.first().limit,
        2u);

    m_prompts->confirmAnswer = true;
    QTest::mouseClick(toDr, Qt::LeftButton);
    QTRY_COMPARE(
        drtest::findRow(table->model(), RegionCompareModel::NameColumn, QStringLiteral("ORDERDB")),
        -1);
    QCOMPARE(*m_console->region(RegionId::Dr).findAgent(QStringLiteral("ORDERDB")),
             *m_console->region(RegionId::Primary).findAgent(QStringLiteral("ORDERDB")));
    QCOMPARE(table->model()->rowCount(), 5);
    QVERIFY(m_prompts->errors.isEmpty());
}

void TestAgentsPage::removeAsksFirst()
{
    QTableView *table = child<QTableView>(m_page.get(), "agentTable");
    auto *remove = child<QPushButton>(m_page.get(), "removeAgentButton");
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(), QStringLiteral("Select an agent first."));
    drtest::clickRow(table, drtest::findRow(table->model(), AgentTableModel::NameColumn,
                                            QStringLiteral("BACKUP")));
    QVERIFY(remove->isEnabled());

    m_prompts->confirmAnswer = false;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_prompts->confirmations.size(), 1);
    QVERIFY(m_prompts->confirmations.first().contains(QStringLiteral("BACKUP")));
    QVERIFY(m_console->region(RegionId::Primary).findAgent(QStringLiteral("BACKUP")));
    QVERIFY(drtest::findRow(table->model(), AgentTableModel::NameColumn,
                            QStringLiteral("BACKUP")) >= 0);

    m_prompts->confirmAnswer = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_prompts->confirmations.size(), 2);
    QTRY_COMPARE(
        drtest::findRow(table->model(), AgentTableModel::NameColumn, QStringLiteral("BACKUP")), -1);
    QVERIFY(!m_console->region(RegionId::Primary).findAgent(QStringLiteral("BACKUP")));

    // A host still used by an agent: the core refuses and the operator is told why.
    QTableView *hosts = child<QTableView>(m_page.get(), "hostTable");
    drtest::clickRow(hosts, drtest::findRow(hosts->model(), HostTableModel::NameColumn,
                                            QStringLiteral("ord-db01")));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "removeHostButton"), Qt::LeftButton);
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY(m_prompts->errors.first().contains(QStringLiteral("ORDERDB")));
    QVERIFY(m_console->region(RegionId::Primary).hosts.find(QStringLiteral("ord-db01")));
}

void TestAgentsPage::systemAgentCannotBeRemoved()
{
    QTableView *table = child<QTableView>(m_page.get(), "agentTable");
    drtest::clickRow(table, drtest::findRow(table->model(), AgentTableModel::NameColumn,
                                            QStringLiteral("@SYSTEM (built-in)")));
    auto *remove = child<QPushButton>(m_page.get(), "removeAgentButton");
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(),
             QStringLiteral("@SYSTEM is the built-in default agent; it cannot be removed."));
    QVERIFY(child<QPushButton>(m_page.get(), "editAgentButton")->isEnabled());
    // Forced through the facade, the core refuses as well.
    DR_VERIFY_REFUSED(
        m_console->removeAgent(drtest::kCustomer, RegionId::Primary, QStringLiteral("@SYSTEM")),
        "agent-system");
}

void TestAgentsPage::providerSeesChangesDisabled()
{
    QTableView *table = child<QTableView>(m_page.get(), "agentTable");
    drtest::clickRow(table, drtest::findRow(table->model(), AgentTableModel::NameColumn,
                                            QStringLiteral("BACKUP")));
    m_session->setOperator(drtest::kProvider);
    for (const char *name :
         {"addAgentButton", "editAgentButton", "removeAgentButton", "addHostButton",
          "editHostButton", "removeHostButton", "ipv6Check", "addConnectionButton",
          "editConnectionButton", "removeConnectionButton", "copyMissingButton", "copyToDrButton",
          "copyToPrimaryButton"}) {
        auto *button = child<QAbstractButton>(m_page.get(), name);
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("customer")),
                 qPrintable(button->toolTip()));
        QVERIFY2(button->toolTip().contains(QStringLiteral("pat")), qPrintable(button->toolTip()));
    }
    // The core refuses the same actions when called directly.
    const Operator provider = drtest::kProvider;
    const ExecutionAgent a{QStringLiteral("P1"),
                           QStringLiteral("bkp01"),
                           {{0, 0, 1}},
                           TransferRestriction::Effective,
                           {}};
    for (const Status &s :
         {m_console->addAgent(provider, RegionId::Primary, a),
          m_console->updateAgent(provider, RegionId::Primary, QStringLiteral("BACKUP"), a),
          m_console->removeAgent(provider, RegionId::Primary, QStringLiteral("BACKUP")),
          m_console->copyAgents(provider, RegionId::Primary, RegionId::Dr, true),
          m_console->addHost(provider, RegionId::Primary,
                             {QStringLiteral("p1"), {QStringLiteral("10.0.0.1")}, {}}),
          m_console->removeHost(provider, RegionId::Primary, QStringLiteral("bkp01")),
          m_console->setIpv6Enabled(provider, RegionId::Primary, true),
          m_console->removeConnection(provider, RegionId::Primary, 1)}) {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Refused);
    }
    NetworkConnection c = m_console->region(RegionId::Primary).connections.first();
    const auto saved = m_console->saveConnection(provider, c);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Refused);
    QVERIFY(m_console->region(RegionId::Primary).findAgent(QStringLiteral("BACKUP")));

    // Back to the customer: enabled again.
    m_session->setOperator(drtest::kCustomer);
    QVERIFY(child<QPushButton>(m_page.get(), "removeAgentButton")->isEnabled());
    QVERIFY(child<QPushButton>(m_page.get(), "addHostButton")->isEnabled());
    QCOMPARE(child<QPushButton>(m_page.get(), "addHostButton")->toolTip(),
             QStringLiteral("Add a host name and its IP addresses"));
}

void TestAgentsPage::ipv6SettingFollowsTheRegion()
{
    auto *ipv6 = child<QCheckBox>(m_page.get(), "ipv6Check");
    QVERIFY(!ipv6->isChecked());
    drtest::clickCheckBox(ipv6);
    QVERIFY(m_console->region(RegionId::Primary).hosts.ipv6Enabled);
    QVERIFY(!m_console->region(RegionId::Dr).hosts.ipv6Enabled);
    DR_VERIFY_OK(m_console->addHost(drtest::kCustomer, RegionId::Primary,
                                    {QStringLiteral("v6host"), {QStringLiteral("fd00::15")}, {}}));
    // Switching back is refused while an IPv6 address is listed; the box shows the truth.
    drtest::clickCheckBox(ipv6);
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY(m_prompts->errors.first().contains(QStringLiteral("fd00::15")));
    QVERIFY(ipv6->isChecked());
    QVERIFY(m_console->region(RegionId::Primary).hosts.ipv6Enabled);
    m_page->setRegion(RegionId::Dr);
    QVERIFY(!ipv6->isChecked());
}

void TestAgentsPage::regionSelectorAndEmbedding()
{
    auto *combo = child<QComboBox>(m_page.get(), "regionCombo");
    QSignalSpy regionSpy(m_page.get(), &AgentsPage::regionChanged);
    combo->setCurrentIndex(combo->findData(int(RegionId::Dr)));
    QCOMPARE(m_page->region(), RegionId::Dr);
    QCOMPARE(regionSpy.size(), 1);
    QTableView *table = child<QTableView>(m_page.get(), "agentTable");
    QCOMPARE(table->model()->rowCount(), m_console->region(RegionId::Dr).agents.size());
    QCOMPARE(
        drtest::findRow(table->model(), AgentTableModel::NameColumn, QStringLiteral("WH-LABEL")),
        -1);
    QVERIFY(drtest::findRow(child<QTableView>(m_page.get(), "hostTable")->model(),
                            HostTableModel::NameColumn, QStringLiteral("dr-jump01")) >= 0);
    QVERIFY(child<QWidget>(m_page.get(), "regionLabel")
                ->property("text")
                .toString()
                .contains(QStringLiteral("DR environment")));

    // Embedded for one region: no selector, setRegion still works.
    m_page->setRegionSelectorVisible(false);
    QVERIFY(!combo->isVisible());
    QVERIFY(!m_page->isRegionSelectorVisible());
    m_page->setRegion(RegionId::Primary);
    QCOMPARE(combo->currentData().toInt(), int(RegionId::Primary));
    QCOMPARE(table->model()->rowCount(), m_console->region(RegionId::Primary).agents.size());
    // Still usable at a small window size.
    m_page->resize(900, 600);
    QTRY_VERIFY(table->isVisible() && table->height() > 80);
}

QTEST_MAIN(TestAgentsPage)
#include "tst_agentspage.moc"
