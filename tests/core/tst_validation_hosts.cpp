// Field rules for host information (domain.md §8, jp1hosts2): host name, IP address list
// (duplicates including equivalent IPv6 spellings, IPv6 only when the region enables it), comment,
// the whole-entry check and the 10,000-entry limit. Refusals are checked by code and exact message.
#include "ValidationRows.h"

#include "model/Validation.h"

#include <QTest>

using namespace dr;
using vtest::bad;
using vtest::good;

namespace {

const QString kJa = QStringLiteral("あ");

QString hostChar(const QString &host, const QString &c)
{
    return QStringLiteral("The host name \"%1\" contains \"%2\". Host names cannot contain "
                          "\" / \\ [ ] ; : | = , + ? < >.")
        .arg(host, c);
}

QString isIp(const QString &name)
{
    return QStringLiteral(
               "\"%1\" is an IP address, not a host name. Enter the host's name here and "
               "its address under IP addresses.")
        .arg(name);
}

QString invalidV4Only(const QString &address)
{
    return QStringLiteral("\"%1\" is not an IP address. Write four numbers from 0 to 255 separated "
                          "by dots, for example 10.20.1.15.")
        .arg(address);
}

QString invalidWithV6(const QString &address)
{
    return QStringLiteral("\"%1\" is not an IP address. Write an IPv4 address (four numbers from 0 "
                          "to 255 separated by dots, for example 10.20.1.15) or an IPv6 address "
                          "(for example fd00::15).")
        .arg(address);
}

QString v6Disabled(const QString &address)
{
    return QStringLiteral("%1 is an IPv6 address, but this region resolves IPv4 only "
                          "(+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.")
        .arg(address);
}

HostTable table(int entries = 2, bool ipv6 = false)
{
    HostTable t;
    t.ipv6Enabled = ipv6;
    if (entries >= 1)
        t.entries.append({QStringLiteral("edi-gw01"), {QStringLiteral("10.10.1.11")}, {}});
    if (entries >= 2)
        t.entries.append({QStringLiteral("ord-db01"), {QStringLiteral("10.10.1.21")}, {}});
    for (int i = 2; i < entries; ++i) {
        t.entries.append(
            {QStringLiteral("h%1").arg(i),
             {QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255)},
             {}});
    }
    return t;
}

} // namespace

class TestValidationHosts : public QObject
{
    Q_OBJECT
private slots:
    void hostName_data();
    void hostName();
    void addresses_data();
    void addresses();
    void hostComment_data();
    void hostComment();
    void wholeEntry();
    void hostLimit_data();
    void hostLimit();
};

void TestValidationHosts::hostName_data()
{
    vtest::columns();
    good("short", QStringLiteral("edi-gw01"));
    good("FQDN", QStringLiteral("edi-gw01.sakura.example"));
    good("255 bytes", QString(255, u'n'));
    good("letters after digits", QStringLiteral("10-10-1-11.internal"));

    bad("empty", QString(), "host-name-empty",
        QStringLiteral("The host name is empty. Enter the agent host's name."));
    bad("IPv4 address", QStringLiteral("10.10.1.11"), "host-name-is-ip",
        isIp(QStringLiteral("10.10.1.11")));
    bad("IPv6 address", QStringLiteral("fd00::1"), "host-name-is-ip",
        isIp(QStringLiteral("fd00::1")));
    bad("256 bytes", QString(256, u'n'), "host-too-long",
        QStringLiteral("The host name is 256 bytes long; the limit is 255 bytes. Shorten it."));
    bad("Japanese", QStringLiteral("倉庫01"), "host-not-ascii",
        QStringLiteral(
            "The host name \"倉庫01\" contains \"倉\"; host names must be ASCII. Use the "
            "host's ASCII name or its IP address."));
    bad("space", QStringLiteral("edi gw01"), "host-space",
        QStringLiteral(
            "The host name \"edi gw01\" contains a space or control character. Remove it."));
    bad("line feed", QStringLiteral("edi\ngw01"), "host-space",
        QStringLiteral(
            "The host name \"edi gw01\" contains a space or control character. Remove it."));
    bad("slash", QStringLiteral("edi/gw01"), "host-character",
        hostChar(QStringLiteral("edi/gw01"), QStringLiteral("/")));
    bad("equals", QStringLiteral("a=b"), "host-character",
        hostChar(QStringLiteral("a=b"), QStringLiteral("=")));
    bad("pipe", QStringLiteral("a|b"), "host-character",
        hostChar(QStringLiteral("a|b"), QStringLiteral("|")));
    bad("question mark", QStringLiteral("a?"), "host-character",
        hostChar(QStringLiteral("a?"), QStringLiteral("?")));
    bad("plus", QStringLiteral("a+b"), "host-character",
        hostChar(QStringLiteral("a+b"), QStringLiteral("+")));
    bad("IP look-alike", QStringLiteral("10.10.1.256"), "host-ip-lookalike",
        QStringLiteral(
            "\"10.10.1.256\" looks like an IP address but is not a valid one. Write four "
            "numbers from 0 to 255 separated by dots (for example 10.0.1.15), or use a "
            "host name."));
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationHosts::hostName()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::hostName(input));
}

void TestValidationHosts::addresses_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<bool>("ipv6");
    vtest::columns();
    auto row = [](const char *name, const QStringList &list, bool ipv6, const char *code,
                  const QString &message) {
        if (*code)
            ++vtest::badRows();
        QTest::newRow(name) << list << ipv6 << QString() << QString::fromLatin1(code) << message;
    };
    vtest::badRows() = 0;
    row("one IPv4", {QStringLiteral("10.20.1.11")}, false, "", {});
    row("two IPv4", {QStringLiteral("10.20.1.21"), QStringLiteral("10.20.1.22")}, false, "", {});
    row("IPv4 and IPv6 with IPv6 on", {QStringLiteral("10.20.1.21"), QStringLiteral("fd00::21")},
        true, "", {});
    row("IPv6 unspecified with IPv6 on", {QStringLiteral("::")}, true, "", {});
    row("different IPv6 with IPv6 on", {QStringLiteral("fd00::1"), QStringLiteral("fd00::2")}, true,
        "", {});

    row("empty list", {}, false, "ip-none",
        QStringLiteral("No IP address is given. Enter at least one address for the host (separate "
                       "several with spaces or commas)."));
    row("same IPv4 twice", {QStringLiteral("10.20.1.21"), QStringLiteral("10.20.1.21")}, false,
        "ip-duplicate",
        QStringLiteral("The address 10.20.1.21 is listed twice. Remove the duplicate."));
    row("duplicate after others",
        {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.1")}, false,
        "ip-duplicate",
        QStringLiteral("The address 10.0.0.1 is listed twice. Remove the duplicate."));
    row("same IPv6 twice", {QStringLiteral("fd00::1"), QStringLiteral("fd00::1")}, true,
        "ip-duplicate",
        QStringLiteral("The address fd00::1 is listed twice. Remove the duplicate."));
    row("IPv6 compressed and full",
        {QStringLiteral("fd00::1"), QStringLiteral("FD00:0:0:0:0:0:0:1")}, true, "ip-duplicate",
        QStringLiteral("The addresses fd00::1 and FD00:0:0:0:0:0:0:1 are the same address written "
                       "two ways. Remove one of them."));
    row("IPv6 leading zeros", {QStringLiteral("fd00:0000::0001"), QStringLiteral("fd00::1")}, true,
        "ip-duplicate",
        QStringLiteral("The addresses fd00:0000::0001 and fd00::1 are the same address written two "
                       "ways. Remove one of them."));
    row("IPv4-mapped dotted and hex",
        {QStringLiteral("::ffff:10.0.0.1"), QStringLiteral("::ffff:a00:1")}, true, "ip-duplicate",
        QStringLiteral(
            "The addresses ::ffff:10.0.0.1 and ::ffff:a00:1 are the same address written "
            "two ways. Remove one of them."));
    row("IPv6 with IPv6 off", {QStringLiteral("fd00::1")}, false, "ip-v6-disabled",
        v6Disabled(QStringLiteral("fd00::1")));
    row("IPv6 after IPv4 with IPv6 off", {QStringLiteral("10.0.0.1"), QStringLiteral("::1")}, false,
        "ip-v6-disabled", v6Disabled(QStringLiteral("::1")));
    row("octet 256", {QStringLiteral("10.0.0.256")}, false, "ip-invalid",
        invalidV4Only(QStringLiteral("10.0.0.256")));
    row("host name", {QStringLiteral("edi-gw01")}, false, "ip-invalid",
        invalidV4Only(QStringLiteral("edi-gw01")));
    row("empty element", {QString()}, false, "ip-invalid", invalidV4Only(QString()));
    row("three octets", {QStringLiteral("1.2.3")}, false, "ip-invalid",
        invalidV4Only(QStringLiteral("1.2.3")));
    row("leading zero", {QStringLiteral("10.0.0.01")}, false, "ip-invalid",
        invalidV4Only(QStringLiteral("10.0.0.01")));
    row("trailing space", {QStringLiteral("10.0.0.1 ")}, false, "ip-invalid",
        invalidV4Only(QStringLiteral("10.0.0.1 ")));
    row("CIDR", {QStringLiteral("10.0.0.0/8")}, false, "ip-invalid",
        invalidV4Only(QStringLiteral("10.0.0.0/8")));
    row("two :: with IPv6 on", {QStringLiteral("fd00::1::2")}, true, "ip-invalid",
        invalidWithV6(QStringLiteral("fd00::1::2")));
    row("nine groups with IPv6 on", {QStringLiteral("1:2:3:4:5:6:7:8:9")}, true, "ip-invalid",
        invalidWithV6(QStringLiteral("1:2:3:4:5:6:7:8:9")));
    row("signed group with IPv6 on", {QStringLiteral("::+1")}, true, "ip-invalid",
        invalidWithV6(QStringLiteral("::+1")));
    row("five-digit group with IPv6 on", {QStringLiteral("fd00::12345")}, true, "ip-invalid",
        invalidWithV6(QStringLiteral("fd00::12345")));
    row("bad IPv4 tail with IPv6 on", {QStringLiteral("::ffff:10.0.0.256")}, true, "ip-invalid",
        invalidWithV6(QStringLiteral("::ffff:10.0.0.256")));
    row("invalid before a duplicate",
        {QStringLiteral("10.0.0.1"), QStringLiteral("x"), QStringLiteral("10.0.0.1")}, false,
        "ip-invalid", invalidV4Only(QStringLiteral("x")));
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationHosts::addresses()
{
    QFETCH(QStringList, list);
    QFETCH(bool, ipv6);
    DR_CHECK_STATUS(Validation::hostAddresses(list, ipv6));
    // A single address gives the same verdict through ipAddress().
    if (list.size() == 1) {
        QFETCH(QString, code);
        QCOMPARE(Validation::ipAddress(list.first(), ipv6).ok(), code.isEmpty());
    }
}

void TestValidationHosts::hostComment_data()
{
    vtest::columns();
    auto tooLong = [](int bytes) {
        return QStringLiteral("The comment is %1 bytes long; the limit is 80 bytes. Shorten it.")
            .arg(bytes);
    };
    const QString control = QStringLiteral(
        "The comment contains a line break or other control character. Keep it on one line.");
    good("empty", QString());
    good("80 bytes", QString(80, u'c'));
    good("26 Japanese + 2 = 80 bytes", vtest::repeat(kJa, 26) + QStringLiteral("ab"));
    good("hash and quotes", QStringLiteral("# EDI \"gateway\" ='x'"));

    bad("81 bytes", QString(81, u'c'), "host-comment-too-long", tooLong(81));
    bad("27 Japanese = 81 bytes", vtest::repeat(kJa, 27), "host-comment-too-long", tooLong(81));
    bad("79 + one Japanese = 82 bytes", QString(79, u'c') + kJa, "host-comment-too-long",
        tooLong(82));
    bad("1000 bytes", QString(1000, u'c'), "host-comment-too-long", tooLong(1000));
    bad("line feed", QStringLiteral("a\nb"), "host-comment-control", control);
    bad("carriage return", QStringLiteral("a\r"), "host-comment-control", control);
    bad("tab", QStringLiteral("\tindented"), "host-comment-control", control);
    bad("vertical tab", QStringLiteral("a\vb"), "host-comment-control", control);
    bad("form feed", QStringLiteral("a\fb"), "host-comment-control", control);
    bad("DEL", QStringLiteral("\x7f"), "host-comment-control", control);
    bad("C1 control", QStringLiteral("a") + QChar(0x9b), "host-comment-control", control);
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationHosts::hostComment()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::hostComment(input));
}

void TestValidationHosts::wholeEntry()
{
    const HostTable t = table();
    const HostEntry okEntry{QStringLiteral("wh-batch01"),
                            {QStringLiteral("10.10.2.11")},
                            QStringLiteral("Warehouse batch")};
    QCOMPARE(vtest::describe(Validation::hostEntry(okEntry, t)), QStringList());

    // Every field bad: one error per field.
    const HostEntry all{QStringLiteral("10.10.2.11"), {}, QStringLiteral("a\nb")};
    QCOMPARE(vtest::describe(Validation::hostEntry(all, t)),
             (QStringList{QStringLiteral("HostName:host-name-is-ip"),
                          QStringLiteral("HostAddresses:ip-none"),
                          QStringLiteral("HostComment:host-comment-control")}));

    // A name already in the table (case-insensitively) is refused when adding...
    const HostEntry dup{QStringLiteral("EDI-GW01"), {QStringLiteral("10.10.1.12")}, {}};
    const auto errors = Validation::hostEntry(dup, t);
    QCOMPARE(vtest::describe(errors), QStringList{QStringLiteral("HostName:host-name-duplicate")});
    QCOMPARE(errors.first().error.message,
             QStringLiteral("The host \"edi-gw01\" is already in this region's host information. "
                            "Edit that entry instead."));
    // ... accepted when editing that very entry ...
    QCOMPARE(vtest::describe(Validation::hostEntry(dup, t, QStringLiteral("edi-gw01"))),
             QStringList());
    // ... and refused when renaming another entry onto it.
    QCOMPARE(vtest::describe(Validation::hostEntry(dup, t, QStringLiteral("ord-db01"))),
             QStringList{QStringLiteral("HostName:host-name-duplicate")});

    // IPv6 addresses follow the table's resolve setting.
    const HostEntry v6{QStringLiteral("v6host"), {QStringLiteral("fd00::5")}, {}};
    QCOMPARE(vtest::describe(Validation::hostEntry(v6, t)),
             QStringList{QStringLiteral("HostAddresses:ip-v6-disabled")});
    QCOMPARE(vtest::describe(Validation::hostEntry(v6, table(2, true))), QStringList());
}

void TestValidationHosts::hostLimit_data()
{
    QTest::addColumn<int>("entries");
    QTest::addColumn<bool>("editing");
    QTest::addColumn<QStringList>("expected");
    const QStringList limit{QStringLiteral("HostName:host-limit")};
    QTest::newRow("9,999 entries: add") << 9999 << false << QStringList();
    QTest::newRow("10,000 entries: add") << 10000 << false << limit;
    QTest::newRow("10,000 entries: edit") << 10000 << true << QStringList();
}

void TestValidationHosts::hostLimit()
{
    QFETCH(int, entries);
    QFETCH(bool, editing);
    QFETCH(QStringList, expected);
    QCOMPARE(Validation::kMaxHostsPerRegion, 10000);
    const HostTable t = table(entries);
    QCOMPARE(t.entries.size(), qsizetype(entries));
    const HostEntry entry{editing ? QStringLiteral("h7") : QStringLiteral("new-host"),
                          {QStringLiteral("10.99.0.1")},
                          {}};
    const auto errors = Validation::hostEntry(entry, t, editing ? QStringLiteral("h7") : QString());
    QCOMPARE(vtest::describe(errors), expected);
    if (!expected.isEmpty()) {
        QCOMPARE(errors.first().error.message,
                 QStringLiteral("This region already has 10000 host entries, the most allowed. "
                                "Remove an entry first."));
    }
}

QTEST_GUILESS_MAIN(TestValidationHosts)
#include "tst_validation_hosts.moc"
