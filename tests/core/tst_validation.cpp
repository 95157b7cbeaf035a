// Field rules for execution agents (domain.md §8): agent name, uniqueness, execution host,
// resolution through host information, description, the whole-agent check and the 1,024-agent
// limit. Every refusal is checked by code and by its exact English message. Concurrency windows,
// host information, units and network connections: tst_validation_windows.cpp,
// tst_validation_hosts.cpp and tst_validation_units.cpp.
#include "ValidationRows.h"

#include "model/Validation.h"

#include <QTest>

using namespace dr;
using vtest::bad;
using vtest::good;

namespace {

const QString kJa = QStringLiteral("あ"); // 3 bytes in UTF-8

QString agentChar(const QString &name, const QString &c)
{
    return QStringLiteral("The agent name \"%1\" contains \"%2\". Agent names cannot contain "
                          "\" ' ` \\ $ : , < >.")
        .arg(name, c);
}

QString hostChar(const QString &host, const QString &c)
{
    return QStringLiteral("The host name \"%1\" contains \"%2\". Host names cannot contain "
                          "\" / \\ [ ] ; : | = , + ? < >.")
        .arg(host, c);
}

QString lookalike(const QString &host)
{
    return QStringLiteral("\"%1\" looks like an IP address but is not a valid one. Write four "
                          "numbers from 0 to 255 separated by dots (for example 10.0.1.15), or "
                          "use a host name.")
        .arg(host);
}

const QString kControlName = QStringLiteral(
    "The agent name contains a control character (such as a tab or line break). Remove it.");
const QString kControlDescription = QStringLiteral(
    "The description contains a line break or other control character. Keep it on one line.");

HostTable demoHosts(bool ipv6)
{
    HostTable t;
    t.entries = {{QStringLiteral("edi-gw01"), {QStringLiteral("10.10.1.11")}, {}},
                 {QStringLiteral("ord-db01"),
                  {QStringLiteral("10.10.1.21"), QStringLiteral("10.10.1.22")},
                  QStringLiteral("two interfaces")}};
    t.ipv6Enabled = ipv6;
    return t;
}

ExecutionAgent makeAgent(const QString &name, const QString &host = QStringLiteral("edi-gw01"))
{
    ExecutionAgent a;
    a.name = name;
    a.host = host;
    return a;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void agentName_data();
    void agentName();
    void agentNameUnique_data();
    void agentNameUnique();
    void executionHost_data();
    void executionHost();
    void executionHostResolves_data();
    void executionHostResolves();
    void agentDescription_data();
    void agentDescription();
    void wholeAgent();
    void agentLimit_data();
    void agentLimit();
};

void TestValidation::agentName_data()
{
    vtest::columns();
    good("plain", QStringLiteral("EDI-GW"));
    good("built-in @SYSTEM", QStringLiteral("@SYSTEM"));
    good("one underscore first", QStringLiteral("_BATCH"));
    good("double underscore inside", QStringLiteral("A__B"));
    good("at sign inside", QStringLiteral("A@B"));
    good("Japanese", QStringLiteral("受注サーバ"));
    good("one character", QStringLiteral("A"));
    good("255 ASCII bytes", QString(255, u'A'));
    good("255 bytes of 3-byte characters", vtest::repeat(kJa, 85));
    good("dots digits dashes", QStringLiteral("agent.01-b_c"));

    bad("empty", QString(), "agent-name-empty",
        QStringLiteral("The agent name is empty. Enter a name of 1 to 255 bytes."));
    bad("256 ASCII bytes", QString(256, u'A'), "agent-name-too-long",
        QStringLiteral(
            "The agent name is 256 bytes long; the limit is 255 bytes (UTF-8). Shorten it."));
    bad("86 Japanese characters = 258 bytes", vtest::repeat(kJa, 86), "agent-name-too-long",
        QStringLiteral(
            "The agent name is 258 bytes long; the limit is 255 bytes (UTF-8). Shorten it."));
    bad("254 ASCII + 1 Japanese = 257 bytes", QString(254, u'A') + kJa, "agent-name-too-long",
        QStringLiteral(
            "The agent name is 257 bytes long; the limit is 255 bytes (UTF-8). Shorten it."));
    bad("__ prefix", QStringLiteral("__RESERVED"), "agent-name-reserved",
        QStringLiteral(
            "The agent name \"__RESERVED\" starts with \"__\", which is reserved. Choose "
            "a name that does not begin with two underscores."));
    bad("only __", QStringLiteral("__"), "agent-name-reserved",
        QStringLiteral("The agent name \"__\" starts with \"__\", which is reserved. Choose a name "
                       "that does not begin with two underscores."));
    bad("__ prefix wins over space", QStringLiteral("__A B"), "agent-name-reserved",
        QStringLiteral("The agent name \"__A B\" starts with \"__\", which is reserved. Choose a "
                       "name that does not begin with two underscores."));
    bad("tab", QStringLiteral("A\tB"), "agent-name-control", kControlName);
    bad("line feed", QStringLiteral("A\nB"), "agent-name-control", kControlName);
    bad("NUL", QStringLiteral("A") + QChar(0) + QStringLiteral("B"), "agent-name-control",
        kControlName);
    bad("DEL", QStringLiteral("A\x7f"), "agent-name-control", kControlName);
    bad("C1 control NEL", QStringLiteral("A") + QChar(0x85), "agent-name-control", kControlName);
    bad("space", QStringLiteral("EDI GW"), "agent-name-space",
        QStringLiteral(
            "The agent name \"EDI GW\" contains a space. Remove it or use \"-\" or \"_\"."));
    bad("leading space", QStringLiteral(" EDI"), "agent-name-space",
        QStringLiteral(
            "The agent name \" EDI\" contains a space. Remove it or use \"-\" or \"_\"."));
    bad("double quote", QStringLiteral("A\"B"), "agent-name-character",
        agentChar(QStringLiteral("A\"B"), QStringLiteral("\"")));
    bad("single quote", QStringLiteral("A'B"), "agent-name-character",
        agentChar(QStringLiteral("A'B"), QStringLiteral("'")));
    bad("backquote", QStringLiteral("A`B"), "agent-name-character",
        agentChar(QStringLiteral("A`B"), QStringLiteral("`")));
    bad("backslash", QStringLiteral("A\\B"), "agent-name-character",
        agentChar(QStringLiteral("A\\B"), QStringLiteral("\\")));
    bad("dollar", QStringLiteral("$HOME"), "agent-name-character",
        agentChar(QStringLiteral("$HOME"), QStringLiteral("$")));
    bad("colon", QStringLiteral("host:22"), "agent-name-character",
        agentChar(QStringLiteral("host:22"), QStringLiteral(":")));
    bad("comma", QStringLiteral("A,B"), "agent-name-character",
        agentChar(QStringLiteral("A,B"), QStringLiteral(",")));
    bad("less than", QStringLiteral("<A"), "agent-name-character",
        agentChar(QStringLiteral("<A"), QStringLiteral("<")));
    bad("greater than", QStringLiteral("A>"), "agent-name-character",
        agentChar(QStringLiteral("A>"), QStringLiteral(">")));
    bad("first forbidden character is named", QStringLiteral("a<b$c"), "agent-name-character",
        agentChar(QStringLiteral("a<b$c"), QStringLiteral("<")));
    bad("@ prefix", QStringLiteral("@AGENT"), "agent-name-at",
        QStringLiteral("The agent name \"@AGENT\" starts with \"@\", which only the built-in "
                       "@SYSTEM agent may use. Remove the \"@\"."));
    bad("@SYSTEM look-alike", QStringLiteral("@SYSTEM2"), "agent-name-at",
        QStringLiteral("The agent name \"@SYSTEM2\" starts with \"@\", which only the built-in "
                       "@SYSTEM agent may use. Remove the \"@\"."));
    bad("only @", QStringLiteral("@"), "agent-name-at",
        QStringLiteral("The agent name \"@\" starts with \"@\", which only the built-in @SYSTEM "
                       "agent may use. Remove the \"@\"."));
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidation::agentName()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::agentName(input));
}

void TestValidation::agentNameUnique_data()
{
    QTest::addColumn<QString>("replacing");
    vtest::columns();
    auto dup = [](const char *existing) {
        return QStringLiteral("An agent named \"%1\" already exists in this region (names are "
                              "compared without regard to case). Choose another name or edit "
                              "that agent.")
            .arg(QLatin1String(existing));
    };
    auto row = [](const char *name, const QString &replacing, const QString &input,
                  const char *code, const QString &message) {
        QTest::newRow(name) << replacing << input << QString::fromLatin1(code) << message;
    };
    row("new name", {}, QStringLiteral("WH-BATCH"), "", {});
    row("rename to a free name", QStringLiteral("EDI-GW"), QStringLiteral("EDI-GW2"), "", {});
    row("keep own name", QStringLiteral("EDI-GW"), QStringLiteral("EDI-GW"), "", {});
    row("change own case", QStringLiteral("EDI-GW"), QStringLiteral("edi-gw"), "", {});
    row("same name", {}, QStringLiteral("EDI-GW"), "agent-name-duplicate", dup("EDI-GW"));
    row("other case", {}, QStringLiteral("edi-gw"), "agent-name-duplicate", dup("EDI-GW"));
    row("mixed case", {}, QStringLiteral("OrderDb"), "agent-name-duplicate", dup("ORDERDB"));
    row("system agent lower case", {}, QStringLiteral("@system"), "agent-name-duplicate",
        dup("@SYSTEM"));
    row("rename onto another agent", QStringLiteral("EDI-GW"), QStringLiteral("orderdb"),
        "agent-name-duplicate", dup("ORDERDB"));
    row("replacing compares case-insensitively too", QStringLiteral("edi-gw"),
        QStringLiteral("ORDERDB"), "agent-name-duplicate", dup("ORDERDB"));
}

void TestValidation::agentNameUnique()
{
    QFETCH(QString, replacing);
    QFETCH(QString, input);
    const QList<ExecutionAgent> existing{ExecutionAgent::systemAgent(QStringLiteral("mgr")),
                                         makeAgent(QStringLiteral("EDI-GW")),
                                         makeAgent(QStringLiteral("ORDERDB"))};
    DR_CHECK_STATUS(Validation::agentNameUnique(input, existing, replacing));
}

void TestValidation::executionHost_data()
{
    vtest::columns();
    good("short name", QStringLiteral("edi-gw01"));
    good("FQDN", QStringLiteral("ord-db01.sakura.example"));
    good("underscore", QStringLiteral("wh_batch01"));
    good("IPv4", QStringLiteral("10.10.1.11"));
    good("IPv4 broadcast", QStringLiteral("255.255.255.255"));
    good("IPv6 compressed", QStringLiteral("fd00::1"));
    good("IPv6 loopback", QStringLiteral("::1"));
    good("IPv6 full upper case", QStringLiteral("FD00:0:0:0:0:0:0:1"));
    good("IPv6 with IPv4 tail", QStringLiteral("2001:db8::10.1.2.3"));
    good("255 bytes", QString(255, u'h'));
    good("digits and a letter", QStringLiteral("1.2.3.a"));

    bad("empty", QString(), "host-empty",
        QStringLiteral("The execution host is empty. Enter a host name from the region's host "
                       "information or an IP address."));
    bad("256 bytes", QString(256, u'h'), "host-too-long",
        QStringLiteral("The host name is 256 bytes long; the limit is 255 bytes. Shorten it."));
    bad("accented letter", QStringLiteral("hôst01"), "host-not-ascii",
        QStringLiteral("The host name \"hôst01\" contains \"ô\"; host names must be ASCII. Use the "
                       "host's ASCII name or its IP address."));
    bad("Japanese", QStringLiteral("受注db"), "host-not-ascii",
        QStringLiteral(
            "The host name \"受注db\" contains \"受\"; host names must be ASCII. Use the "
            "host's ASCII name or its IP address."));
    bad("space", QStringLiteral("edi gw01"), "host-space",
        QStringLiteral(
            "The host name \"edi gw01\" contains a space or control character. Remove it."));
    bad("tab", QStringLiteral("edi\tgw01"), "host-space",
        QStringLiteral(
            "The host name \"edi gw01\" contains a space or control character. Remove it."));
    bad("DEL is a control character", QStringLiteral("edi\x7f"), "host-space",
        QStringLiteral(
            "The host name \"edi\x7f\" contains a space or control character. Remove it."));
    const char *forbidden[] = {"\"", "/", "\\", "[", "]", ";", ":",
                               "|",  "=", ",",  "+", "?", "<", ">"};
    for (const char *c : forbidden) {
        const QString host = QStringLiteral("a%1b").arg(QLatin1String(c));
        bad(qPrintable(QStringLiteral("forbidden %1").arg(QLatin1String(c))), host,
            "host-character", hostChar(host, QLatin1String(c)));
    }
    bad("bracketed IPv6", QStringLiteral("[fd00::1]"), "host-character",
        hostChar(QStringLiteral("[fd00::1]"), QStringLiteral("[")));
    bad("IPv6 with zone", QStringLiteral("fe80::1%eth0"), "host-character",
        hostChar(QStringLiteral("fe80::1%eth0"), QStringLiteral(":")));
    bad("IPv6 group with a sign", QStringLiteral("::+1"), "host-character",
        hostChar(QStringLiteral("::+1"), QStringLiteral(":")));
    bad("IPv6 group with a space", QStringLiteral("1:: 2"), "host-space",
        QStringLiteral(
            "The host name \"1:: 2\" contains a space or control character. Remove it."));
    bad("octet 256", QStringLiteral("10.0.0.256"), "host-ip-lookalike",
        lookalike(QStringLiteral("10.0.0.256")));
    bad("three octets", QStringLiteral("1.2.3"), "host-ip-lookalike",
        lookalike(QStringLiteral("1.2.3")));
    bad("five octets", QStringLiteral("1.2.3.4.5"), "host-ip-lookalike",
        lookalike(QStringLiteral("1.2.3.4.5")));
    bad("leading zero", QStringLiteral("010.0.0.1"), "host-ip-lookalike",
        lookalike(QStringLiteral("010.0.0.1")));
    bad("empty octet", QStringLiteral("10..0.1"), "host-ip-lookalike",
        lookalike(QStringLiteral("10..0.1")));
    bad("only digits", QStringLiteral("1234"), "host-ip-lookalike",
        lookalike(QStringLiteral("1234")));
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidation::executionHost()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::executionHost(input));
}

void TestValidation::executionHostResolves_data()
{
    QTest::addColumn<bool>("ipv6");
    vtest::columns();
    auto row = [](const char *name, bool ipv6, const QString &host, const char *code) {
        QString message;
        if (qstrcmp(code, "host-unresolved") == 0) {
            message = QStringLiteral("The execution host \"%1\" is not in this region's host "
                                     "information. Add it to the region's host information "
                                     "first, or enter its IP address.")
                          .arg(host);
        } else if (qstrcmp(code, "host-ipv6-disabled") == 0) {
            message = QStringLiteral("The IPv6 address %1 cannot be used: this region resolves "
                                     "IPv4 only (+DefaultResolve 0). Use an IPv4 address or enable "
                                     "IPv6 for the region.")
                          .arg(host);
            ++vtest::badRows();
        }
        if (qstrcmp(code, "host-unresolved") == 0)
            ++vtest::badRows();
        QTest::newRow(name) << ipv6 << host << QString::fromLatin1(code) << message;
    };
    vtest::badRows() = 0;
    row("listed", false, QStringLiteral("edi-gw01"), "");
    row("listed, other case", false, QStringLiteral("EDI-GW01"), "");
    row("second entry", false, QStringLiteral("ord-db01"), "");
    row("literal IPv4 not listed", false, QStringLiteral("10.99.1.1"), "");
    row("literal IPv6 with IPv6 on", true, QStringLiteral("fd00::1"), "");
    row("IPv4-mapped IPv6 with IPv6 on", true, QStringLiteral("::ffff:10.0.0.1"), "");
    row("unknown name", false, QStringLiteral("wh-label01"), "host-unresolved");
    row("unknown name, IPv6 on", true, QStringLiteral("wh-label01"), "host-unresolved");
    row("prefix of a listed name", false, QStringLiteral("edi-gw0"), "host-unresolved");
    row("longer than a listed name", false, QStringLiteral("edi-gw011"), "host-unresolved");
    row("underscore for dash", false, QStringLiteral("edi_gw01"), "host-unresolved");
    row("FQDN of a short name", false, QStringLiteral("edi-gw01.sakura.example"),
        "host-unresolved");
    row("trailing dot", false, QStringLiteral("edi-gw01."), "host-unresolved");
    row("IPv6 with IPv6 off", false, QStringLiteral("fd00::1"), "host-ipv6-disabled");
    row("IPv6 loopback with IPv6 off", false, QStringLiteral("::1"), "host-ipv6-disabled");
    row("IPv4-mapped IPv6 with IPv6 off", false, QStringLiteral("::ffff:10.0.0.1"),
        "host-ipv6-disabled");
    row("documentation IPv6 with IPv6 off", false, QStringLiteral("2001:db8::1"),
        "host-ipv6-disabled");
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidation::executionHostResolves()
{
    QFETCH(bool, ipv6);
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::executionHostResolves(input, demoHosts(ipv6)));
}

void TestValidation::agentDescription_data()
{
    vtest::columns();
    auto tooLong = [](int bytes) {
        return QStringLiteral("The description is %1 bytes long; the limit is 80 bytes (a Japanese "
                              "character takes 3). Shorten it.")
            .arg(bytes);
    };
    good("empty", QString());
    good("80 ASCII bytes", QString(80, u'd'));
    good("26 Japanese + 2 ASCII = 80 bytes", vtest::repeat(kJa, 26) + QStringLiteral("ab"));
    good("Japanese text", QStringLiteral("受注データベース (待機系)"));
    good("punctuation", QStringLiteral("EDI gateway (Windows) - DR standby, \"primary\" <x>"));

    bad("81 ASCII bytes", QString(81, u'd'), "description-too-long", tooLong(81));
    bad("27 Japanese = 81 bytes", vtest::repeat(kJa, 27), "description-too-long", tooLong(81));
    bad("26 Japanese + 3 ASCII = 81 bytes", vtest::repeat(kJa, 26) + QStringLiteral("abc"),
        "description-too-long", tooLong(81));
    bad("21 emoji = 84 bytes", vtest::repeat(QStringLiteral("😀"), 21), "description-too-long",
        tooLong(84));
    bad("200 bytes", QString(200, u'd'), "description-too-long", tooLong(200));
    bad("length is checked first", QString(80, u'd') + QLatin1Char('\n'), "description-too-long",
        tooLong(81));
    bad("line feed", QStringLiteral("line1\nline2"), "description-control", kControlDescription);
    bad("carriage return", QStringLiteral("a\rb"), "description-control", kControlDescription);
    bad("tab", QStringLiteral("a\tb"), "description-control", kControlDescription);
    bad("escape sequence", QStringLiteral("\x1b[31mred"), "description-control",
        kControlDescription);
    bad("SOH", QStringLiteral("\x01"), "description-control", kControlDescription);
    bad("DEL", QStringLiteral("a\x7f"), "description-control", kControlDescription);
    bad("C1 control NEL", QStringLiteral("a") + QChar(0x85), "description-control",
        kControlDescription);
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidation::agentDescription()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::agentDescription(input));
}

void TestValidation::wholeAgent()
{
    const HostTable hosts = demoHosts(false);
    const QList<ExecutionAgent> existing{ExecutionAgent::systemAgent(QStringLiteral("mgr")),
                                         makeAgent(QStringLiteral("EDI-GW"))};
    // A good agent: no errors.
    QCOMPARE(
        vtest::describe(Validation::agent(
            makeAgent(QStringLiteral("ORDERDB"), QStringLiteral("ord-db01")), existing, hosts)),
        QStringList());

    // Every field bad: one error per field, in form order.
    ExecutionAgent all = makeAgent(QStringLiteral("__X"), QStringLiteral("bad host"));
    all.windows = {ConcurrencyWindow{0, 600, 1}, ConcurrencyWindow{540, 660, 1}};
    all.description = QString(81, u'x');
    QCOMPARE(vtest::describe(Validation::agent(all, existing, hosts)),
             (QStringList{QStringLiteral("AgentName:agent-name-reserved"),
                          QStringLiteral("AgentHost:host-space"),
                          QStringLiteral("AgentWindows:windows-overlap"),
                          QStringLiteral("AgentDescription:description-too-long")}));

    // A valid host that does not resolve, a duplicate name, no windows at all.
    ExecutionAgent some = makeAgent(QStringLiteral("edi-gw"), QStringLiteral("wh-label01"));
    some.windows.clear();
    QCOMPARE(vtest::describe(Validation::agent(some, existing, hosts)),
             (QStringList{QStringLiteral("AgentName:agent-name-duplicate"),
                          QStringLiteral("AgentHost:host-unresolved"),
                          QStringLiteral("AgentWindows:windows-empty")}));

    // Editing an agent: its own name is not a duplicate; an IPv6 host needs IPv6 enabled.
    ExecutionAgent edited = makeAgent(QStringLiteral("edi-gw"), QStringLiteral("fd00::11"));
    QCOMPARE(vtest::describe(Validation::agent(edited, existing, hosts, QStringLiteral("EDI-GW"))),
             QStringList{QStringLiteral("AgentHost:host-ipv6-disabled")});
    QCOMPARE(vtest::describe(
                 Validation::agent(edited, existing, demoHosts(true), QStringLiteral("EDI-GW"))),
             QStringList());
}

void TestValidation::agentLimit_data()
{
    QTest::addColumn<int>("existingCount");
    QTest::addColumn<bool>("editing");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    const QStringList limit{QStringLiteral("AgentName:agent-limit")};
    QTest::newRow("1,023 existing: add") << 1023 << false << none;
    QTest::newRow("1,024 existing: add") << 1024 << false << limit;
    QTest::newRow("1,025 existing (imported): add") << 1025 << false << limit;
    QTest::newRow("1,024 existing: edit") << 1024 << true << none;
}

void TestValidation::agentLimit()
{
    QFETCH(int, existingCount);
    QFETCH(bool, editing);
    QFETCH(QStringList, expected);
    QCOMPARE(Validation::kMaxAgentsPerRegion, 1024);
    QList<ExecutionAgent> existing;
    for (int i = 0; i < existingCount; ++i)
        existing.append(makeAgent(QStringLiteral("AGT%1").arg(i)));
    const ExecutionAgent candidate =
        makeAgent(editing ? QStringLiteral("AGT7") : QStringLiteral("NEW"));
    const auto errors = Validation::agent(candidate, existing, demoHosts(false),
                                          editing ? QStringLiteral("AGT7") : QString());
    QCOMPARE(vtest::describe(errors), expected);
    if (!expected.isEmpty()) {
        QCOMPARE(errors.first().error.message,
                 QStringLiteral("This region already has %1 agents, the most allowed. Remove an "
                                "agent you no longer use first.")
                     .arg(existingCount));
    }
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
