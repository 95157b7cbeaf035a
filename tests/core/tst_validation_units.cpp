// Field rules for unit definitions (domain.md §10: name, comment, path, nesting) and network
// connections (§2: AWS account, VPC, Transit Gateway attachment, Direct Connect gateway, Azure
// gateway IP, CIDR blocks, and the whole-connection check). Refusals: code and exact message.
#include "ValidationRows.h"

#include "model/Validation.h"

#include <QTest>

using namespace dr;
using vtest::bad;
using vtest::good;

Q_DECLARE_METATYPE(dr::ConnectionKind)

namespace {

const QString kJa = QStringLiteral("あ");

QString unitChar(const QString &name, const QString &shown)
{
    return QStringLiteral("The unit name \"%1\" contains %2. Unit names cannot contain spaces or "
                          ", : ; / ( ).")
        .arg(name, shown);
}

QString unitTooLong(const QString &name)
{
    return QStringLiteral(
               "The unit name \"%1\" is %2 bytes long; the limit is 30 bytes (a Japanese "
               "character takes 3). Shorten it.")
        .arg(name)
        .arg(name.toUtf8().size());
}

QString aws(const QString &t)
{
    return QStringLiteral("\"%1\" is not an AWS account ID. Enter the 12 digits without hyphens.")
        .arg(t);
}
QString vpc(const QString &t)
{
    return QStringLiteral(
               "\"%1\" is not a VPC ID. It looks like vpc- followed by 8 or 17 lowercase "
               "hexadecimal digits, for example vpc-0a1b2c3d.")
        .arg(t);
}
QString tgw(const QString &t)
{
    return QStringLiteral(
               "\"%1\" is not a Transit Gateway attachment ID. It looks like tgw-attach- "
               "followed by 17 lowercase hexadecimal digits.")
        .arg(t);
}
QString dx(const QString &t)
{
    return QStringLiteral("\"%1\" is not a Direct Connect gateway ID. Copy the ID from the AWS "
                          "console; it looks like 5f294f92-bafb-4011-916d-9b0bec1e7c2a.")
        .arg(t);
}
QString azureNotV4(const QString &t)
{
    return QStringLiteral("\"%1\" is not an IPv4 address. Enter the public IP address of the Azure "
                          "virtual network gateway.")
        .arg(t);
}
QString azurePrivate(const QString &t)
{
    return QStringLiteral(
               "%1 is not a public address. The VPN terminates on the gateway's public IP "
               "address; enter that one.")
        .arg(t);
}
QString cidr(const QString &t)
{
    return QStringLiteral("\"%1\" is not a CIDR block. Write an IPv4 network address and a prefix "
                          "length from 0 to 32, for example 10.20.0.0/16.")
        .arg(t);
}
QString hostBits(const QString &t, const QString &meant)
{
    return QStringLiteral(
               "%1 has host bits set: a CIDR block starts at its network address. Did you "
               "mean %2?")
        .arg(t, meant);
}

// Adds the same "bad" row for a list of inputs that share one message builder.
void badEach(const char *code, QString (*message)(const QString &), const QStringList &inputs)
{
    for (const QString &input : inputs) {
        QString tag = input;
        tag.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        bad(qPrintable(tag.isEmpty() ? QStringLiteral("(empty)") : tag), input, code,
            message(input));
    }
}

NetworkConnection awsConnection()
{
    NetworkConnection c;
    c.kind = ConnectionKind::AwsTransitGateway;
    c.label = QStringLiteral("Production VPC");
    c.awsAccountId = QStringLiteral("304512987766");
    c.vpcId = QStringLiteral("vpc-0a1b2c3d4e5f60718");
    c.tgwAttachmentId = QStringLiteral("tgw-attach-0f1e2d3c4b5a69788");
    c.cidrBlocks = {QStringLiteral("10.10.0.0/16")};
    return c;
}

} // namespace

class TestValidationUnits : public QObject
{
    Q_OBJECT
private slots:
    void unitName_data();
    void unitName();
    void unitComment_data();
    void unitComment();
    void unitPath_data();
    void unitPath();
    void nesting_data();
    void nesting();

    void awsAccountId_data();
    void awsAccountId();
    void vpcId_data();
    void vpcId();
    void tgwAttachmentId_data();
    void tgwAttachmentId();
    void dxGatewayId_data();
    void dxGatewayId();
    void azureGatewayIp_data();
    void azureGatewayIp();
    void cidrBlock_data();
    void cidrBlock();
    void wholeConnection();
};

void TestValidationUnits::unitName_data()
{
    vtest::columns();
    good("plain", QStringLiteral("ORDER_AM"));
    good("30 bytes", QString(30, u'U'));
    good("10 Japanese = 30 bytes", vtest::repeat(kJa, 10));
    good("Japanese", QStringLiteral("受注処理"));
    good("other punctuation", QStringLiteral("A-B.C@D_E#F"));

    bad("empty", QString(), "unit-name-empty",
        QStringLiteral("The unit name is empty. Enter 1 to 30 bytes."));
    bad("31 bytes", QString(31, u'U'), "unit-name-too-long", unitTooLong(QString(31, u'U')));
    bad("11 Japanese = 33 bytes", vtest::repeat(kJa, 11), "unit-name-too-long",
        unitTooLong(vtest::repeat(kJa, 11)));
    bad("28 ASCII + 1 Japanese = 31 bytes", QString(28, u'U') + kJa, "unit-name-too-long",
        unitTooLong(QString(28, u'U') + kJa));
    const QString control =
        QStringLiteral("The unit name contains a control character. Remove it.");
    bad("tab", QStringLiteral("A\tB"), "unit-name-control", control);
    bad("line feed", QStringLiteral("A\n"), "unit-name-control", control);
    bad("DEL", QStringLiteral("A\x7f"), "unit-name-control", control);
    bad("space", QStringLiteral("ORDER AM"), "unit-name-character",
        unitChar(QStringLiteral("ORDER AM"), QStringLiteral("a space")));
    for (const char *c : {",", ":", ";", "/", "(", ")"}) {
        const QString name = QStringLiteral("A%1B").arg(QLatin1String(c));
        bad(qPrintable(QStringLiteral("forbidden %1").arg(QLatin1String(c))), name,
            "unit-name-character", unitChar(name, QStringLiteral("\"%1\"").arg(QLatin1String(c))));
    }
    bad("full path is not a name", QStringLiteral("/SALES/ORDER_AM"), "unit-name-character",
        unitChar(QStringLiteral("/SALES/ORDER_AM"), QStringLiteral("\"/\"")));
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::unitName()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::unitName(input));
}

void TestValidationUnits::unitComment_data()
{
    vtest::columns();
    auto tooLong = [](int bytes) {
        return QStringLiteral("The comment is %1 bytes long; the limit is 80 bytes (a Japanese "
                              "character takes 3). Shorten it.")
            .arg(bytes);
    };
    good("empty", QString());
    good("80 bytes", QString(80, u'c'));
    good("26 Japanese + 2 = 80 bytes", vtest::repeat(kJa, 26) + QStringLiteral("ab"));
    good("20 emoji = 80 bytes", vtest::repeat(QStringLiteral("😀"), 20));
    for (int extra : {1, 2, 3, 10, 100, 920}) {
        const int bytes = 80 + extra;
        bad(qPrintable(QStringLiteral("%1 ASCII bytes").arg(bytes)), QString(bytes, u'c'),
            "unit-comment-too-long", tooLong(bytes));
    }
    bad("27 Japanese = 81 bytes", vtest::repeat(kJa, 27), "unit-comment-too-long", tooLong(81));
    bad("26 Japanese + 3 = 81 bytes", vtest::repeat(kJa, 26) + QStringLiteral("abc"),
        "unit-comment-too-long", tooLong(81));
    bad("21 emoji = 84 bytes", vtest::repeat(QStringLiteral("😀"), 21), "unit-comment-too-long",
        tooLong(84));
    bad("79 + one Japanese = 82 bytes", QString(79, u'c') + kJa, "unit-comment-too-long",
        tooLong(82));
    const QString oneLine = QStringLiteral("The comment contains a line break or other control "
                                           "character. Keep it on one line.");
    bad("line break", QStringLiteral("nightly\nload"), "unit-comment-control", oneLine);
    bad("tab", QStringLiteral("a\tb"), "unit-comment-control", oneLine);
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::unitComment()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::unitComment(input));
}

void TestValidationUnits::unitPath_data()
{
    vtest::columns();
    auto tooLong = [](int bytes) {
        return QStringLiteral(
                   "The full path of this unit is %1 bytes long; the limit is 930 bytes. "
                   "Use shorter names or fewer levels.")
            .arg(bytes);
    };
    // 30 levels of 30-byte names: "/" + 30 bytes each = 930 bytes, exactly the limit.
    const QString level = QLatin1Char('/') + QString(30, u'N');
    good("30 levels of 30 bytes = 930", level.repeated(30));
    good("short", QStringLiteral("/SALES/ORDER_AM/PRE_CHECK"));
    good("929 bytes", QLatin1Char('/') + QString(928, u'p'));
    good("30 levels of 10 Japanese characters = 930",
         (QLatin1Char('/') + vtest::repeat(kJa, 10)).repeated(30));
    for (int bytes : {931, 932, 940, 1000, 2000, 4096}) {
        bad(qPrintable(QStringLiteral("%1 ASCII bytes").arg(bytes)),
            QLatin1Char('/') + QString(bytes - 1, u'p'), "unit-path-too-long", tooLong(bytes));
    }
    bad("30 levels + one character", level.repeated(30) + QLatin1Char('x'), "unit-path-too-long",
        tooLong(931));
    bad("31 levels", level.repeated(31), "unit-path-too-long", tooLong(961));
    bad("Japanese: 310 characters + slash = 931", QLatin1Char('/') + vtest::repeat(kJa, 310),
        "unit-path-too-long", tooLong(931));
    bad("31 levels of 10 Japanese characters = 961",
        (QLatin1Char('/') + vtest::repeat(kJa, 10)).repeated(31), "unit-path-too-long",
        tooLong(961));
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::unitPath()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::unitPath(input));
}

void TestValidationUnits::nesting_data()
{
    QTest::addColumn<int>("depth");
    vtest::columns();
    for (int depth : {1, 2, 29, 30})
        QTest::newRow(qPrintable(QStringLiteral("depth %1").arg(depth)))
            << depth << QString() << QString() << QString();
    for (int depth : {31, 32, 33, 40, 50, 64, 100, 1000, 10000, 1 << 30}) {
        ++vtest::badRows();
        QTest::newRow(qPrintable(QStringLiteral("depth %1").arg(depth)))
            << depth << QString() << QStringLiteral("unit-nesting")
            << QStringLiteral(
                   "Units are nested %1 levels deep; the limit is 30 levels. Flatten the "
                   "structure.")
                   .arg(depth);
    }
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::nesting()
{
    QFETCH(int, depth);
    QCOMPARE(Validation::kMaxNesting, 30);
    DR_CHECK_STATUS(Validation::nestingDepth(depth));
}

void TestValidationUnits::awsAccountId_data()
{
    vtest::columns();
    good("12 digits", QStringLiteral("304512987766"));
    good("leading zeros", QStringLiteral("000000000001"));
    badEach("aws-account", aws,
            {QString(), QStringLiteral("30451298776"), QStringLiteral("3045129877660"),
             QStringLiteral("3045-1298-7766"), QStringLiteral("30451298776a"),
             QStringLiteral(" 304512987766"), QStringLiteral("304512987766 "),
             QStringLiteral("304512987766\n"), QStringLiteral("３０４５１２９８７７６６"),
             QStringLiteral("-30451298776"), QStringLiteral("+30451298776"),
             QStringLiteral("arn:aws:iam::304512987766")});
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::awsAccountId()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::awsAccountId(input));
}

void TestValidationUnits::vpcId_data()
{
    vtest::columns();
    good("8 hex", QStringLiteral("vpc-0a1b2c3d"));
    good("17 hex", QStringLiteral("vpc-0a1b2c3d4e5f60718"));
    badEach("vpc-id", vpc,
            {QString(), QStringLiteral("vpc-"), QStringLiteral("vpc-0a1b2c3"),
             QStringLiteral("vpc-0a1b2c3d4"), QStringLiteral("vpc-0a1b2c3d4e5f6071"),
             QStringLiteral("vpc-0a1b2c3d4e5f607181"), QStringLiteral("VPC-0a1b2c3d"),
             QStringLiteral("vpc-0A1B2C3D"), QStringLiteral("vpc-0a1b2c3g"),
             QStringLiteral("vpc_0a1b2c3d"), QStringLiteral(" vpc-0a1b2c3d"),
             QStringLiteral("vpc-0a1b2c3d\n"), QStringLiteral("subnet-0a1b2c3d")});
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::vpcId()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::vpcId(input));
}

void TestValidationUnits::tgwAttachmentId_data()
{
    vtest::columns();
    good("17 hex", QStringLiteral("tgw-attach-0f1e2d3c4b5a69788"));
    badEach(
        "tgw-attachment", tgw,
        {QString(), QStringLiteral("tgw-attach-"), QStringLiteral("tgw-attach-0f1e2d3c4b5a6978"),
         QStringLiteral("tgw-attach-0f1e2d3c4b5a697880"),
         QStringLiteral("tgw-attach-0F1E2D3C4B5A69788"), QStringLiteral("tgw-0f1e2d3c4b5a69788"),
         QStringLiteral("tgw-attach-0f1e2d3c4b5a6978g"),
         QStringLiteral("tgw-attach-0f1e2d3c4b5a69788\n"), QStringLiteral("vpc-0a1b2c3d"),
         QStringLiteral("tgw-attach-0f1e2d3c"), QStringLiteral("TGW-ATTACH-0f1e2d3c4b5a69788"),
         QStringLiteral("tgw-attach-0f1e2d3c4b5a69788 ")});
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::tgwAttachmentId()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::tgwAttachmentId(input));
}

void TestValidationUnits::dxGatewayId_data()
{
    vtest::columns();
    good("UUID", QStringLiteral("5f294f92-bafb-4011-916d-9b0bec1e7c2a"));
    badEach("dx-gateway", dx,
            {QString(), QStringLiteral("5f294f92-bafb-4011-916d-9b0bec1e7c2"),
             QStringLiteral("5f294f92-bafb-4011-916d-9b0bec1e7c2aa"),
             QStringLiteral("5F294F92-BAFB-4011-916D-9B0BEC1E7C2A"),
             QStringLiteral("5f294f92bafb4011916d9b0bec1e7c2a"),
             QStringLiteral("{5f294f92-bafb-4011-916d-9b0bec1e7c2a}"),
             QStringLiteral("dxgw-5f294f92-bafb-4011-916d-9b0bec1e7c2a"),
             QStringLiteral("5f294f92-bafb-4011-916d-9b0bec1e7c2a\n"),
             QStringLiteral("5f294f92-bafb-4011-916d-9b0bec1e7c2g"),
             QStringLiteral(" 5f294f92-bafb-4011-916d-9b0bec1e7c2a"),
             QStringLiteral("5f294f92-bafb-4011-916d9b0bec1e7c2a-")});
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::dxGatewayId()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::dxGatewayId(input));
}

void TestValidationUnits::azureGatewayIp_data()
{
    vtest::columns();
    for (const char *ip :
         {"20.43.1.10", "52.140.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
          "100.128.0.1", "192.169.0.1", "9.255.255.255", "11.0.0.0", "223.255.255.254"})
        good(ip, QLatin1String(ip));
    badEach("azure-ip", azureNotV4,
            {QString(), QStringLiteral("fd00::1"), QStringLiteral("2001:db8::1"),
             QStringLiteral("gateway.example"), QStringLiteral("20.1.2.300"),
             QStringLiteral("20.1.2"), QStringLiteral("20.1.2.3/32")});
    badEach(
        "azure-ip-private", azurePrivate,
        {QStringLiteral("10.1.2.3"), QStringLiteral("172.16.0.1"), QStringLiteral("172.31.255.255"),
         QStringLiteral("192.168.1.1"), QStringLiteral("127.0.0.1"), QStringLiteral("169.254.1.1"),
         QStringLiteral("100.64.0.1"), QStringLiteral("100.127.255.255"), QStringLiteral("0.0.0.0"),
         QStringLiteral("224.0.0.1"), QStringLiteral("239.255.255.250"),
         QStringLiteral("240.0.0.1"), QStringLiteral("255.255.255.255"),
         QStringLiteral("192.0.2.10"), QStringLiteral("198.51.100.7"), QStringLiteral("203.0.113.200"),
         QStringLiteral("198.18.0.1"), QStringLiteral("198.19.255.254"), QStringLiteral("192.0.0.9")});
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::azureGatewayIp()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::azureGatewayIp(input));
}

void TestValidationUnits::cidrBlock_data()
{
    vtest::columns();
    for (const char *block : {"10.20.0.0/16", "0.0.0.0/0", "10.20.0.1/32", "192.168.1.0/24",
                              "10.20.0.0/31", "172.16.0.0/12"})
        good(block, QLatin1String(block));
    badEach("cidr", cidr,
            {QString(), QStringLiteral("10.0.0.0"), QStringLiteral("10.0.0.0/"),
             QStringLiteral("10.0.0.0/33"), QStringLiteral("10.0.0.0/-1"),
             QStringLiteral("10.0.0/8"), QStringLiteral("fd00::/8"), QStringLiteral("/8"),
             QStringLiteral("10.0.0.0/ 8"), QStringLiteral("10.0.0.0/+8"),
             QStringLiteral("10.0.0.0/8 "), QStringLiteral("10.0.0.0/008"),
             QStringLiteral("10.0.0.0/8/8"), QStringLiteral("10.0.0.256/8")});
    bad("host bits /16", QStringLiteral("10.20.1.0/16"), "cidr-host-bits",
        hostBits(QStringLiteral("10.20.1.0/16"), QStringLiteral("10.20.0.0/16")));
    bad("host bits /31", QStringLiteral("10.20.0.1/31"), "cidr-host-bits",
        hostBits(QStringLiteral("10.20.0.1/31"), QStringLiteral("10.20.0.0/31")));
    bad("host bits /24", QStringLiteral("192.168.1.77/24"), "cidr-host-bits",
        hostBits(QStringLiteral("192.168.1.77/24"), QStringLiteral("192.168.1.0/24")));
    bad("host bits /0", QStringLiteral("1.2.3.4/0"), "cidr-host-bits",
        hostBits(QStringLiteral("1.2.3.4/0"), QStringLiteral("0.0.0.0/0")));
    bad("host bits /12", QStringLiteral("172.20.0.0/12"), "cidr-host-bits",
        hostBits(QStringLiteral("172.20.0.0/12"), QStringLiteral("172.16.0.0/12")));
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationUnits::cidrBlock()
{
    QFETCH(QString, input);
    DR_CHECK_STATUS(Validation::cidrBlock(input));
}

void TestValidationUnits::wholeConnection()
{
    QCOMPARE(vtest::describe(Validation::connection(awsConnection())), QStringList());

    NetworkConnection all = awsConnection();
    all.label = QStringLiteral("   ");
    all.awsAccountId = QStringLiteral("1234");
    all.vpcId = QStringLiteral("vpc-x");
    all.tgwAttachmentId = QStringLiteral("tgw-attach-x");
    all.cidrBlocks = {QStringLiteral("10.0.0.1/8"), QStringLiteral("bad")};
    // One error per bad field; of several bad CIDR blocks only the first is reported.
    QCOMPARE(
        vtest::describe(Validation::connection(all)),
        (QStringList{QStringLiteral("ConnectionLabel:connection-label"),
                     QStringLiteral("AwsAccountId:aws-account"), QStringLiteral("VpcId:vpc-id"),
                     QStringLiteral("TgwAttachmentId:tgw-attachment"),
                     QStringLiteral("CidrBlocks:cidr-host-bits")}));

    NetworkConnection noCidr = awsConnection();
    noCidr.cidrBlocks.clear();
    const auto errors = Validation::connection(noCidr);
    QCOMPARE(vtest::describe(errors), QStringList{QStringLiteral("CidrBlocks:cidr-none")});
    QCOMPARE(errors.first().error.message,
             QStringLiteral("No CIDR block is given. Enter the address ranges of the customer "
                            "network, for example 10.20.0.0/16."));

    // Only the fields of the connection's kind are checked.
    NetworkConnection onprem = all;
    onprem.kind = ConnectionKind::OnPremisesDirectConnect;
    onprem.label = QStringLiteral("Osaka DC");
    onprem.cidrBlocks = {QStringLiteral("192.168.0.0/16")};
    onprem.dxGatewayId = QStringLiteral("not-a-uuid");
    QCOMPARE(vtest::describe(Validation::connection(onprem)),
             QStringList{QStringLiteral("DxGatewayId:dx-gateway")});
    onprem.dxGatewayId = QStringLiteral("5f294f92-bafb-4011-916d-9b0bec1e7c2a");
    QCOMPARE(vtest::describe(Validation::connection(onprem)), QStringList());

    NetworkConnection azure = onprem;
    azure.kind = ConnectionKind::AzureVpn;
    azure.dxGatewayId.clear();
    azure.azureGatewayIp = QStringLiteral("192.168.10.1");
    QCOMPARE(vtest::describe(Validation::connection(azure)),
             QStringList{QStringLiteral("AzureGatewayIp:azure-ip-private")});
    azure.azureGatewayIp = QStringLiteral("20.43.1.10");
    QCOMPARE(vtest::describe(Validation::connection(azure)), QStringList());
}

QTEST_GUILESS_MAIN(TestValidationUnits)
#include "tst_validation_units.moc"
