// What an operator reads when a host information or agent file is wrong as a file, not as one
// entry of the form: a host or a setting given twice in the file, a comment after an entry, a
// file that would take the region past its agent limit, and an ajsagtadd line without -s.
#include "InteropSupport.h"
#include "IssuePositions.h"

#include "interop/HostsFile.h"
#include "model/Validation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::positions;

class TestRegistryFileChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void hostsFileErrors_data();
    void hostsFileErrors();
    void hostListedTwiceNamesTheFirstLine();
    void defaultResolveTwiceNamesTheFirstLine();
    void commentAfterAnEntry();
    void agentLimitSaidOnce();
    void hostLimitSaidOnce();
    void agentLimitCountsOnlyNewAgents();
    void omittedHostIsExplained();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Console> m_console;
};

void TestRegistryFileChecks::init()
{
    m_console.reset();
    static int counter = 0;
    m_console = drtest::demoConsole(m_dir, QStringLiteral("checks-%1.db").arg(++counter));
    QVERIFY(m_console);
}

void TestRegistryFileChecks::hostsFileErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errors"); // every error, line:column:code
    QTest::newRow("host twice") << QStringLiteral("host1 10.0.0.1\nhost1 10.0.0.2\n")
                                << QStringLiteral("2:1:host-name-duplicate");
    QTest::newRow("host twice, other case")
        << QStringLiteral("# a\nHost1 10.0.0.1\n\nhost1 10.0.0.2 10.0.0.300\n")
        << QStringLiteral("4:1:host-name-duplicate 4:16:ip-invalid");
    QTest::newRow("resolve twice") << QStringLiteral("+DefaultResolve 0\nh 10.0.0.1\n"
                                                     "+DefaultResolve 1\n")
                                   << QStringLiteral("3:1:default-resolve-twice");
    QTest::newRow("resolve twice, same value")
        << QStringLiteral("+DefaultResolve 1\n+defaultresolve 1\n")
        << QStringLiteral("2:1:default-resolve-twice");
    QTest::newRow("comment after a host")
        << QStringLiteral("h2 10.0.0.2 # trailing\n") << QStringLiteral("1:13:comment-after-entry");
    QTest::newRow("comment after a host, bad address too")
        << QStringLiteral("h3 10.0.0.300 #x\n")
        << QStringLiteral("1:4:ip-invalid 1:15:comment-after-entry");
    QTest::newRow("comment after a setting") << QStringLiteral("+DefaultResolve 0 # IPv4 only\n")
                                             << QStringLiteral("1:19:comment-after-entry");
    QTest::newRow("comment line is fine")
        << QStringLiteral("  # remark\nh 10.0.0.1\n") << QString();
}

void TestRegistryFileChecks::hostsFileErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, errors);
    const HostsFile::Parsed parsed = HostsFile::parse(file);
    QCOMPARE(positions(parsed.errors), errors);
}

void TestRegistryFileChecks::hostListedTwiceNamesTheFirstLine()
{
    // The region has no host1: the file lists it twice, and that is what the message says.
    QVERIFY(!m_console->region(RegionId::Dr).hosts.find(QStringLiteral("host1")));
    const ImportPreview p =
        m_console->previewHosts(RegionId::Dr, "host1 10.0.0.1\nhost1 10.0.0.2\n");
    QCOMPARE(p.errors.size(), 1);
    const QString message = p.errors.first().toString();
    QVERIFY2(message.startsWith(QLatin1String("2:1: ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("\"host1\" is already listed on line 1")),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("region")), qPrintable(message));
}

void TestRegistryFileChecks::defaultResolveTwiceNamesTheFirstLine()
{
    const HostsFile::Parsed parsed =
        HostsFile::parse(QStringLiteral("+DefaultResolve 0\n+DefaultResolve 1\nh fe80::1\n"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errors.first().line, 2);
    QVERIFY2(parsed.errors.first().message.contains(QLatin1String("given twice")) &&
                 parsed.errors.first().message.contains(QLatin1String("line 1")),
             qPrintable(parsed.errors.first().message));
    // The first one counts for the rest of the file: IPv6 stays off.
    QCOMPARE(parsed.errors.last().code, QStringLiteral("ip-v6-disabled"));
}

void TestRegistryFileChecks::commentAfterAnEntry()
{
    const HostsFile::Parsed parsed = HostsFile::parse(QStringLiteral("h2 10.0.0.2 # trailing\n"));
    QCOMPARE(parsed.errors.size(), 1);
    const QString message = parsed.errors.first().message;
    QVERIFY2(!message.contains(QLatin1String("IP address")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("line of its own")) &&
                 message.contains(QLatin1String("\"# trailing\"")),
             qPrintable(message));
}

void TestRegistryFileChecks::agentLimitSaidOnce()
{
    const int have = int(m_console->region(RegionId::Primary).agents.size());
    const int adding = Validation::kMaxAgentsPerRegion - have + 3; // three too many
    QByteArray csv = "name,host,limits,restriction,description\n";
    for (int i = 0; i < adding; ++i)
        csv +=
            QStringLiteral("BULK%1,10.20.%2.%3,,,\n").arg(i).arg(i / 200).arg(i % 200 + 1).toUtf8();
    const QByteArray before = drtest::databaseDump(*m_console);
    const ImportPreview p = m_console->previewAgents(RegionId::Primary, csv);
    QVERIFY2(p.errors.size() == 1, qPrintable(formatIssues(p.errors)));
    const ParseIssue &e = p.errors.first();
    QCOMPARE(e.code, QStringLiteral("agent-limit"));
    // Line 1 is the header: the first agent past the limit is on line 2 + (1024 - have).
    QCOMPARE(e.line, 2 + Validation::kMaxAgentsPerRegion - have);
    QCOMPARE(e.column, 1);
    QVERIFY2(e.message.contains(QStringLiteral("would bring the Primary environment to %1 agents")
                                    .arg(Validation::kMaxAgentsPerRegion + 3)) &&
                 e.message.contains(QLatin1String("the limit is 1024")) &&
                 e.message.contains(QLatin1String("at least 3 new agent")),
             qPrintable(e.message));
    auto result = m_console->importAgents(drtest::kCustomer, RegionId::Primary, csv,
                                          QStringLiteral("bulk.csv"));
    QVERIFY(!result.ok());
    DR_COMPARE_DUMPS(drtest::databaseDump(*m_console), before);
}

// A jp1hosts2 file replaces the region's table: over the limit it is the file that lists too
// many, said once, at the first host past the limit.
void TestRegistryFileChecks::hostLimitSaidOnce()
{
    const int hosts = Validation::kMaxHostsPerRegion + 3;
    QString file;
    for (int i = 0; i < hosts; ++i)
        file += QStringLiteral("h%1 10.%2.%3.%4\n")
                    .arg(i)
                    .arg(i / 40000)
                    .arg(i / 200 % 200)
                    .arg(i % 200 + 1);
    const HostsFile::Parsed parsed = HostsFile::parse(file);
    QVERIFY2(parsed.errors.size() == 1, qPrintable(formatIssues(parsed.errors)));
    const ParseIssue &e = parsed.errors.first();
    QCOMPARE(e.code, QStringLiteral("host-limit"));
    QCOMPARE(e.line, Validation::kMaxHostsPerRegion + 1);
    QVERIFY2(
        e.message.contains(QStringLiteral("lists %1 hosts").arg(hosts)) &&
            e.message.contains(QStringLiteral("at most %1").arg(Validation::kMaxHostsPerRegion)) &&
            e.message.contains(QLatin1String("at least 3 host")),
        qPrintable(e.message));
}

void TestRegistryFileChecks::agentLimitCountsOnlyNewAgents()
{
    // Up to the limit exactly, with agents the region has listed again: accepted.
    const RegionData &r = m_console->region(RegionId::Primary);
    const int have = int(r.agents.size());
    QByteArray csv = "name,host,limits,restriction,description\n";
    for (const ExecutionAgent &a : r.agents) {
        if (!a.isSystem())
            csv += (a.name + QLatin1Char(',') + a.host + QStringLiteral(",,,\n")).toUtf8();
    }
    for (int i = 0; i < Validation::kMaxAgentsPerRegion - have; ++i)
        csv +=
            QStringLiteral("BULK%1,10.20.%2.%3,,,\n").arg(i).arg(i / 200).arg(i % 200 + 1).toUtf8();
    const ImportPreview p = m_console->previewAgents(RegionId::Primary, csv);
    QVERIFY2(p.ok(), qPrintable(formatIssues(p.errors)));
    QCOMPARE(int(p.added.size()), Validation::kMaxAgentsPerRegion - have);
}

void TestRegistryFileChecks::omittedHostIsExplained()
{
    const ImportPreview p = m_console->previewAgents(RegionId::Primary, "ajsagtadd -a NOHOST\n");
    QCOMPARE(positions(p.errors), QStringLiteral("1:14:host-unresolved"));
    const QString message = p.errors.first().message;
    QVERIFY2(message.contains(QLatin1String("\"NOHOST\" is not in this region's host information")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("-s was left out, so the host is the agent name")),
             qPrintable(message));
    // With -s given, the host is the one written and nothing is said about -s.
    const ImportPreview given =
        m_console->previewAgents(RegionId::Primary, "ajsagtadd -a NOHOST -s nowhere01\n");
    QCOMPARE(positions(given.errors), QStringLiteral("1:24:host-unresolved"));
    QVERIFY(!given.errors.first().message.contains(QLatin1String("-s")));
}

QTEST_GUILESS_MAIN(TestRegistryFileChecks)
#include "tst_registry_file_checks.moc"
