// Host information (jp1hosts2) and execution agents (CSV and ajsagtadd lines): export → import
// round trips, previews of additions and changes, refusals with line and column, @SYSTEM rules,
// and all-or-nothing against the database.
#include "InteropSupport.h"

#include "interop/AgentScript.h"
#include "interop/HostsFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

QString firstError(const ImportPreview &p)
{
    return p.errors.isEmpty() ? QString() : p.errors.first().toString();
}

} // namespace

class TestRegistryImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void hostsRoundTrip();
    void hostsPreviewCounts();
    void hostsErrorsHaveLinesAndColumns_data();
    void hostsErrorsHaveLinesAndColumns();
    void hostsErrorsInLineOrder();
    void hostsRefusedWhenAgentsLoseTheirHost();
    void agentsRoundTrip_data();
    void agentsRoundTrip();
    void agentsPreviewAndApply();
    void agentsErrorsHaveLinesAndColumns_data();
    void agentsErrorsHaveLinesAndColumns();
    void systemAgentRows();
    void shellQuoting();
    void roles();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Console> m_console;
};

void TestRegistryImport::init()
{
    m_console.reset();
    static int counter = 0;
    m_console = drtest::demoConsole(m_dir, QStringLiteral("registry-%1.db").arg(++counter));
    QVERIFY(m_console);
}

void TestRegistryImport::hostsRoundTrip()
{
    for (RegionId region : kAllRegions) {
        const QByteArray file = m_console->exportHosts(region);
        QVERIFY(file.contains("+DefaultResolve 0"));
        const ImportPreview p = m_console->previewHosts(region, file);
        QVERIFY2(p.ok(), qPrintable(firstError(p)));
        QVERIFY(!p.hasChanges());
        QCOMPARE(p.unchanged, m_console->region(region).hosts.entries.size());
        // Read back, the table is the same, comments included.
        const HostsFile::Parsed parsed = HostsFile::parse(QString::fromUtf8(file));
        QVERIFY(parsed.table == m_console->region(region).hosts);
    }
}

void TestRegistryImport::hostsPreviewCounts()
{
    QString text = QString::fromUtf8(m_console->exportHosts(RegionId::Primary));
    text.replace(QStringLiteral("wh-label01 10.10.2.21"), QStringLiteral("wh-label01 10.10.2.22"));
    text.replace(QStringLiteral("fin-print01 10.10.3.21"), QString()); // no agent... see below
    text += QStringLiteral("\n# New print server\nfin-print02 10.10.3.22\n");
    // FIN-PRINT runs on fin-print01: removing it is refused.
    ImportPreview p = m_console->previewHosts(RegionId::Primary, text.toUtf8());
    QCOMPARE(p.errors.size(), 1);
    QCOMPARE(p.errors.first().code, QStringLiteral("host-in-use"));
    QVERIFY(p.errors.first().message.contains(QLatin1String("FIN-PRINT (host fin-print01)")));
    // With the agent moved first, the same file is accepted.
    ExecutionAgent moved =
        *m_console->region(RegionId::Primary).findAgent(QStringLiteral("FIN-PRINT"));
    moved.host = QStringLiteral("10.10.3.22");
    DR_VERIFY_OK(m_console->updateAgent(kCustomer, RegionId::Primary, moved.name, moved));
    p = m_console->previewHosts(RegionId::Primary, text.toUtf8());
    QVERIFY2(p.ok(), qPrintable(firstError(p)));
    QCOMPARE(p.added, QStringList{QStringLiteral("fin-print02")});
    QCOMPARE(p.changed, QStringList{QStringLiteral("wh-label01")});
    QCOMPARE(p.removed, QStringList{QStringLiteral("fin-print01")});
    auto applied = m_console->importHosts(kCustomer, RegionId::Primary, text.toUtf8(),
                                          QStringLiteral("hosts.conf"));
    QVERIFY(applied.ok());
    const HostTable &hosts = m_console->region(RegionId::Primary).hosts;
    QCOMPARE(hosts.find(QStringLiteral("wh-label01"))->addresses,
             QStringList{QStringLiteral("10.10.2.22")});
    QCOMPARE(hosts.find(QStringLiteral("fin-print02"))->comment,
             QStringLiteral("New print server"));
    QVERIFY(!hosts.find(QStringLiteral("fin-print01")));
    QVERIFY(m_console->region(RegionId::Dr).hosts.find(QStringLiteral("wh-label01"))); // per region
}

void TestRegistryImport::hostsErrorsHaveLinesAndColumns_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("first");
    QTest::newRow("bad address") << QByteArray(
                                        "+DefaultResolve 0\nok 10.0.0.1\nbad 10.0.0.2 10.0.0.300\n")
                                 << QStringLiteral("3:14");
    QTest::newRow("ipv6 not enabled")
        << QByteArray("# v6\nhost6 fe80::1\n") << QStringLiteral("2:7");
    QTest::newRow("no address") << QByteArray("lonely\n") << QStringLiteral("1:7");
    QTest::newRow("bad name") << QByteArray("\n\n  bad/name 10.0.0.1\n") << QStringLiteral("3:3");
    QTest::newRow("duplicate") << QByteArray("a 10.0.0.1\nA 10.0.0.2\n") << QStringLiteral("2:1");
    QTest::newRow("resolve value") << QByteArray("+DefaultResolve 2\n") << QStringLiteral("1:17");
    QTest::newRow("unknown setting")
        << QByteArray("x 10.0.0.1\n+Other 1\n") << QStringLiteral("2:1");
    QTest::newRow("encoding") << QByteArray("a 10.0.0.1\n# \xff\xfe\n") << QStringLiteral("2:3");
    // A host error on line 1 comes before a setting error on line 2, though found after it.
    QTest::newRow("in line order")
        << QByteArray("bad 10.0.0.300\n+Other 1\n,\n") << QStringLiteral("1:5");
}

void TestRegistryImport::hostsErrorsHaveLinesAndColumns()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, first);
    const QByteArray before = drtest::databaseDump(*m_console);
    const ImportPreview p = m_console->previewHosts(RegionId::Dr, file);
    QVERIFY(!p.ok());
    QVERIFY2(firstError(p).startsWith(first + QLatin1Char(':')), qPrintable(firstError(p)));
    auto result = m_console->importHosts(kCustomer, RegionId::Dr, file, QStringLiteral("bad.conf"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    DR_COMPARE_DUMPS(drtest::databaseDump(*m_console), before);
}

void TestRegistryImport::hostsErrorsInLineOrder()
{
    const HostsFile::Parsed parsed = HostsFile::parse(
        QStringLiteral("a 10.0.0.999\n+DefaultResolve 7\nb\n,\nc 10.0.0.1 fe80::1\n+Other\n"));
    QStringList at;
    for (const ParseIssue &e : parsed.errors)
        at << QStringLiteral("%1:%2").arg(e.line).arg(e.column);
    QCOMPARE(at,
             (QStringList{QStringLiteral("1:3"), QStringLiteral("2:17"), QStringLiteral("3:2"),
                          QStringLiteral("4:1"), QStringLiteral("5:12"), QStringLiteral("6:1")}));
}

void TestRegistryImport::hostsRefusedWhenAgentsLoseTheirHost()
{
    const QByteArray before = drtest::databaseDump(*m_console);
    auto result = m_console->importHosts(kCustomer, RegionId::Primary, "+DefaultResolve 0\n",
                                         QStringLiteral("empty.conf"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("host-in-use"));
    for (const char *agent : {"EDI-GW", "ORDERDB", "CARRIER-IF"})
        QVERIFY2(result.error().message.contains(QLatin1String(agent)), agent);
    DR_COMPARE_DUMPS(drtest::databaseDump(*m_console), before);
}

void TestRegistryImport::agentsRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(AgentFileFormat::Csv);
    QTest::newRow("ajsagtadd") << int(AgentFileFormat::Ajsagtadd);
}

void TestRegistryImport::agentsRoundTrip()
{
    QFETCH(int, format);
    // A description that needs quoting in both formats.
    ExecutionAgent edi = *m_console->region(RegionId::Primary).findAgent(QStringLiteral("EDI-GW"));
    edi.description = QStringLiteral("EDI \"gateway\", $HOME `x` \\ 受信");
    edi.windows = {{0, 8 * 60, 2}, {8 * 60, 0, 6}};
    edi.restriction = TransferRestriction::Hold;
    DR_VERIFY_OK(m_console->updateAgent(kCustomer, RegionId::Primary, edi.name, edi));
    const QByteArray file = m_console->exportAgents(RegionId::Primary, AgentFileFormat(format));
    const ImportPreview p = m_console->previewAgents(RegionId::Primary, file);
    QVERIFY2(p.ok(), qPrintable(firstError(p)));
    QCOMPARE(p.format, format == int(AgentFileFormat::Csv) ? QStringLiteral("csv")
                                                           : QStringLiteral("ajsagtadd"));
    QVERIFY(!p.hasChanges());
    const qsizetype all = m_console->region(RegionId::Primary).agents.size();
    // The script leaves @SYSTEM as a comment (it exists on every manager).
    QCOMPARE(p.unchanged, format == int(AgentFileFormat::Csv) ? all : all - 1);
    // Into the other region, the file adds what DR lacks (where DR's hosts resolve).
    const ImportPreview dr = m_console->previewAgents(RegionId::Dr, file);
    QVERIFY(!dr.added.isEmpty() || !dr.errors.isEmpty());
}

void TestRegistryImport::agentsPreviewAndApply()
{
    const QByteArray file =
        "# agents for the new print server\n"
        "ajsagtadd -a PRINT2 -s 10.10.3.22 -c 00:00-12:00=1,12:00-00:00=2 -t h "
        "-d \"second printer\"\n"
        "ajsagtadd -a ORDERDB -s ord-db01 -c 00:00-00:00=8 -t e -d 'Order database "
        "batch server'\n"
        "ajsagtadd -a WH-BATCH -s wh-batch01 -c 00:00-00:00=2 -t e -d \"Warehouse "
        "batch server\"\n";
    const ImportPreview p = m_console->previewAgents(RegionId::Primary, file);
    QVERIFY2(p.ok(), qPrintable(firstError(p)));
    QCOMPARE(p.added, QStringList{QStringLiteral("PRINT2")});
    QCOMPARE(p.changed, QStringList{QStringLiteral("ORDERDB")});
    QCOMPARE(p.unchanged, 1);
    const qsizetype before = m_console->region(RegionId::Primary).agents.size();
    auto applied =
        m_console->importAgents(kCustomer, RegionId::Primary, file, QStringLiteral("agents.sh"));
    QVERIFY(applied.ok());
    const RegionData &r = m_console->region(RegionId::Primary);
    QCOMPARE(r.agents.size(), before + 1); // nothing removed
    QCOMPARE(r.findAgent(QStringLiteral("ORDERDB"))->windows.first().limit, 8u);
    const ExecutionAgent *print2 = r.findAgent(QStringLiteral("PRINT2"));
    QVERIFY(print2);
    QCOMPARE(print2->restriction, TransferRestriction::Hold);
    QCOMPARE(print2->description, QStringLiteral("second printer"));
    QCOMPARE(print2->windows.size(), 2);
}

void TestRegistryImport::agentsErrorsHaveLinesAndColumns_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("code");
    QTest::newRow("csv host does not resolve")
        << QByteArray("name,host,limits,restriction,description\nNEW,nowhere01,,,\n")
        << QStringLiteral("2:5") << QStringLiteral("host-unresolved");
    QTest::newRow("csv bad window")
        << QByteArray("name,host,limits,restriction,description\nNEW,10.0.0.9,00:15-01:00=1,,\n")
        << QStringLiteral("2:14") << QStringLiteral("windows-step");
    QTest::newRow("csv restriction")
        << QByteArray("name,host,limits,restriction,description\nNEW,10.0.0.9,,sometimes,\n")
        << QStringLiteral("2:15") << QStringLiteral("restriction");
    QTest::newRow("csv listed twice")
        << QByteArray("name,host,limits,restriction,description\nA1,10.0.0.9,,,\na1,10.0.0.9,,,\n")
        << QStringLiteral("3:1") << QStringLiteral("agent-name-duplicate");
    QTest::newRow("script host") << QByteArray("ajsagtadd -a NEW -s nowhere01\n")
                                 << QStringLiteral("1:21") << QStringLiteral("host-unresolved");
    QTest::newRow("script -t") << QByteArray("\najsagtadd -a NEW -s 10.0.0.9 -t x\n")
                               << QStringLiteral("2:33") << QStringLiteral("restriction");
    QTest::newRow("script option") << QByteArray("ajsagtadd -a NEW -z 1\n")
                                   << QStringLiteral("1:18") << QStringLiteral("option");
    QTest::newRow("script group") << QByteArray("ajsagtadd -g GROUP\n") << QStringLiteral("1:11")
                                  << QStringLiteral("agent-group");
    QTest::newRow("script no name") << QByteArray("ajsagtadd -s 10.0.0.9\n")
                                    << QStringLiteral("1:1") << QStringLiteral("option-missing");
    QTest::newRow("script quote") << QByteArray("ajsagtadd -a NEW -d \"open\n")
                                  << QStringLiteral("1:21") << QStringLiteral("quote");
    QTest::newRow("script other command")
        << QByteArray("ajsagtadd -a A -s 10.0.0.9\nrm -rf /\n") << QStringLiteral("2:1")
        << QStringLiteral("expected-ajsagtadd");
    QTest::newRow("script bad name")
        << QByteArray("ajsagtadd -a 'BAD NAME' -s 10.0.0.9\n") << QStringLiteral("1:14")
        << QStringLiteral("agent-name-space");
}

void TestRegistryImport::agentsErrorsHaveLinesAndColumns()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, first);
    QFETCH(QString, code);
    const QByteArray before = drtest::databaseDump(*m_console);
    const ImportPreview p = m_console->previewAgents(RegionId::Primary, file);
    QVERIFY(!p.ok());
    QVERIFY2(firstError(p).startsWith(first + QLatin1Char(':')), qPrintable(firstError(p)));
    QCOMPARE(p.errors.first().code, code);
    auto result = m_console->importAgents(kCustomer, RegionId::Primary, file, QStringLiteral("x"));
    QVERIFY(!result.ok());
    DR_COMPARE_DUMPS(drtest::databaseDump(*m_console), before);
}

void TestRegistryImport::systemAgentRows()
{
    const ExecutionAgent system = *m_console->region(RegionId::Primary).findAgent(kSystemAgent);
    // Limits, restriction and description of @SYSTEM can be imported; its host cannot change.
    const QByteArray ok = "ajsagtadd -a @SYSTEM -c 00:00-00:00=9 -t e -d \"manager\"\n";
    const ImportPreview p = m_console->previewAgents(RegionId::Primary, ok);
    QVERIFY2(p.ok(), qPrintable(firstError(p)));
    QCOMPARE(p.changed, QStringList{kSystemAgent});
    DR_VERIFY_OK(m_console->importAgents(kCustomer, RegionId::Primary, ok, QStringLiteral("s")));
    const ExecutionAgent *after = m_console->region(RegionId::Primary).findAgent(kSystemAgent);
    QCOMPARE(after->host, system.host);
    QCOMPARE(after->windows.first().limit, 9u);
    QCOMPARE(after->description, QStringLiteral("manager"));
    const QByteArray moved = "name,host,limits,restriction,description\n@SYSTEM,elsewhere,,,\n";
    const ImportPreview refused = m_console->previewAgents(RegionId::Primary, moved);
    QCOMPARE(refused.errors.size(), 1);
    QCOMPARE(refused.errors.first().code, QStringLiteral("agent-system"));
    QCOMPARE(refused.errors.first().toString().left(4), QStringLiteral("2:9:"));
}

void TestRegistryImport::shellQuoting()
{
    for (const QString &text :
         {QStringLiteral("plain"), QStringLiteral("two words"),
          QStringLiteral("q\"uote $x `y` back\\slash"), QStringLiteral("it's"), QString()}) {
        const QString line = QStringLiteral("ajsagtadd -a A -s 10.0.0.1 -d %1\n")
                                 .arg(AgentScript::shellWord(text, true));
        const AgentRows rows = AgentScript::read(line);
        QVERIFY2(rows.errors.isEmpty(), qPrintable(formatIssues(rows.errors)));
        QCOMPARE(rows.rows.first().agent.description, text);
    }
    QCOMPARE(AgentScript::shellWord(QStringLiteral("AGENT-1")), QStringLiteral("AGENT-1"));
    QVERIFY(AgentScript::looksLikeScript(
        QStringLiteral("#!/bin/sh\n\n/opt/jp1ajs2/bin/ajsagtadd -a X\n")));
    QVERIFY(!AgentScript::looksLikeScript(
        QStringLiteral("name,host,limits,restriction,description\n")));
    // -s left out: the agent name is the host name, as ajsagtadd takes it.
    QCOMPARE(AgentScript::read(QStringLiteral("ajsagtadd -a ord-db01")).rows.first().agent.host,
             QStringLiteral("ord-db01"));
}

void TestRegistryImport::roles()
{
    const QByteArray hosts = m_console->exportHosts(RegionId::Primary);
    const QByteArray agents = m_console->exportAgents(RegionId::Primary, AgentFileFormat::Csv);
    const QByteArray before = drtest::databaseDump(*m_console);
    auto h = m_console->importHosts(kProvider, RegionId::Primary, hosts, QStringLiteral("h"));
    auto a = m_console->importAgents(kProvider, RegionId::Primary, agents, QStringLiteral("a"));
    QVERIFY(!h.ok() && !a.ok());
    QCOMPARE(h.error().kind, ErrorKind::Refused);
    QCOMPARE(a.error().kind, ErrorKind::Refused);
    DR_COMPARE_DUMPS(drtest::databaseDump(*m_console), before);
}

QTEST_GUILESS_MAIN(TestRegistryImport)
#include "tst_registry_import.moc"
