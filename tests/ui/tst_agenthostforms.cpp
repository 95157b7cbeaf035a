// The host-information and network-connection forms: every bad input shows the exact
// dr::Validation message under its field (respecting the region's IPv6 setting) and keeps OK
// disabled; only the chosen connection kind's fields are shown and there is never a field for
// the pre-shared key; good input is saved, listed and still there after reopening the database.

#include "FormChecks.h"
#include "UiDriving.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/HostDialog.h"
#include "models/ConnectionTableModel.h"
#include "models/HostTableModel.h"
#include "pages/AgentsPage.h"
#include "pages/ConnectionListPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace dr;
using namespace dr::ui;
using drtest::typeInto;

namespace {

const QStringList kHostFields{QStringLiteral("name"), QStringLiteral("addresses"),
                              QStringLiteral("comment")};
const QStringList kConnectionFields{QStringLiteral("label"),     QStringLiteral("awsAccount"),
                                    QStringLiteral("vpc"),       QStringLiteral("tgwAttachment"),
                                    QStringLiteral("dxGateway"), QStringLiteral("azureIp"),
                                    QStringLiteral("cidr")};

QString repeated(const QString &s, int n)
{
    return s.repeated(n);
}

} // namespace

class TestHostForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.open()); }
    void hostFormRejects_data();
    void hostFormRejects();
    void hostFormAddsThroughPage();
    void connectionFormRejects_data();
    void connectionFormRejects();
    void connectionFormShowsOnlyKindFields();
    void connectionFormAddsThroughPage();

private:
    drtest::FormFixture m_fixture;
    std::unique_ptr<Console> &m_console = m_fixture.console;
    std::unique_ptr<Session> &m_session = m_fixture.session;
};

void TestHostForms::hostFormRejects_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("addresses");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    auto row = [](const char *tag, bool ipv6, const QString &name, const QString &addresses,
                  const QString &comment, const char *field, const QString &message) {
        QTest::newRow(tag) << ipv6 << name << addresses << comment << QString::fromLatin1(field)
                           << message;
    };
    const QString ok = QStringLiteral("new-host01");
    const QString ip = QStringLiteral("10.10.8.1");
    const QString ipv4Only = QStringLiteral(
        "Write four numbers from 0 to 255 separated by dots, for example 10.20.1.15.");

    row("name empty", false, "", ip, "", "name",
        "The host name is empty. Enter the agent host's name.");
    row("name is an ip", false, "10.0.0.5", ip, "", "name",
        "\"10.0.0.5\" is an IP address, not a host name. Enter the host's name here and its "
        "address under IP addresses.");
    row("name 256 bytes", false, repeated("h", 256), ip, "", "name",
        "The host name is 256 bytes long; the limit is 255 bytes. Shorten it.");
    row("name not ascii", false, "サーバ01", ip, "", "name",
        "The host name \"サーバ01\" contains \"サ\"; host names must be ASCII. Use the host's "
        "ASCII name or its IP address.");
    row("name space", false, "my host", ip, "", "name",
        "The host name \"my host\" contains a space or control character. Remove it.");
    row("name bracket", false, "host[1]", ip, "", "name",
        "The host name \"host[1]\" contains \"[\". Host names cannot contain \" / \\ [ ] ; : | = , "
        "+ ? < >.");
    row("name equals", false, "host=1", ip, "", "name",
        "The host name \"host=1\" contains \"=\". Host names cannot contain \" / \\ [ ] ; : | = , "
        "+ ? < >.");
    row("name ip look-alike", false, "10.1.2", ip, "", "name",
        "\"10.1.2\" looks like an IP address but is not a valid one. Write four numbers from 0 to "
        "255 separated by dots (for example 10.0.1.15), or use a host name.");
    row("name duplicate other case", false, "ORD-DB01", ip, "", "name",
        "The host \"ord-db01\" is already in this region's host information. Edit that entry "
        "instead.");
    row("no address", false, ok, "", "", "addresses",
        "No IP address is given. Enter at least one address for the host (separate several with "
        "spaces or commas).");
    row("address out of range", false, ok, "10.0.0.300", "", "addresses",
        "\"10.0.0.300\" is not an IP address. " + ipv4Only);
    row("address semicolon", false, ok, "10.0.0.1;10.0.0.2", "", "addresses",
        "\"10.0.0.1;10.0.0.2\" is not an IP address. " + ipv4Only);
    row("ipv6 while ipv4 only", false, ok, "10.0.0.1 fd00::15", "", "addresses",
        "fd00::15 is an IPv6 address, but this region resolves IPv4 only (+DefaultResolve 0). Use "
        "an IPv4 address or enable IPv6 for the region.");
    row("bad address with ipv6 on", true, ok, "fd00::zz", "", "addresses",
        "\"fd00::zz\" is not an IP address. Write an IPv4 address (four numbers from 0 to 255 "
        "separated by dots, for example 10.20.1.15) or an IPv6 address (for example fd00::15).");
    row("address twice", false, ok, "10.0.0.1, 10.0.0.1", "", "addresses",
        "The address 10.0.0.1 is listed twice. Remove the duplicate.");
    row("ipv6 written two ways", true, ok, "fd00::1,fd00:0:0:0:0:0:0:1", "", "addresses",
        "The addresses fd00::1 and fd00:0:0:0:0:0:0:1 are the same address written two ways. "
        "Remove one of them.");
    row("comment 81 bytes", false, ok, ip, repeated("c", 81), "comment",
        "The comment is 81 bytes long; the limit is 80 bytes. Shorten it.");
    row("comment 81 bytes japanese", false, ok, ip, repeated("備", 27), "comment",
        "The comment is 81 bytes long; the limit is 80 bytes. Shorten it.");
}

void TestHostForms::hostFormRejects()
{
    QFETCH(bool, ipv6);
    QFETCH(QString, name);
    QFETCH(QString, addresses);
    QFETCH(QString, comment);
    QFETCH(QString, field);
    QFETCH(QString, message);

    DR_VERIFY_OK(m_console->setIpv6Enabled(m_session->op(), RegionId::Primary, ipv6));
    HostDialog dialog(*m_session, RegionId::Primary);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("addressesEdit")), addresses);
    if (!comment.isEmpty())
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("commentEdit")), comment);
    drtest::expectOnlyError(&dialog, kHostFields, field, message,
                            dialog.findChild<QWidget *>(field + QStringLiteral("Edit")));
    DR_VERIFY_OK(m_console->setIpv6Enabled(m_session->op(), RegionId::Primary, false));
}

void TestHostForms::hostFormAddsThroughPage()
{
    const HostEntry expected{QStringLiteral("dr-batch02"),
                             {QStringLiteral("10.20.7.1"), QStringLiteral("10.20.7.2")},
                             QStringLiteral("予備バッチサーバ")};
    {
        AgentsPage page(*m_session);
        page.setRegion(RegionId::Dr);
        page.show();
        QPointer<HostDialog> dialog = drtest::openFromPage<HostDialog>(page, "addHostButton");
        QVERIFY(dialog);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), expected.name);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("addressesEdit")),
                 QStringLiteral("10.20.7.1, 10.20.7.2"));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("commentEdit")), expected.comment);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("commentBytes"))
                    ->text()
                    .startsWith(QStringLiteral("24 of 80")));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        auto *table = page.findChild<QTableView *>(QStringLiteral("hostTable"));
        const int row = drtest::findRow(table->model(), HostTableModel::NameColumn, expected.name);
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, HostTableModel::AddressesColumn).data().toString(),
                 QStringLiteral("10.20.7.1, 10.20.7.2"));
    }
    QVERIFY(m_fixture.reopen());
    const HostEntry *saved = m_console->region(RegionId::Dr).hosts.find(expected.name);
    QVERIFY(saved);
    QCOMPARE(*saved, expected);
}

// ---- connections -----------------------------------------------------------------------------

void TestHostForms::connectionFormRejects_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    auto row = [](const char *tag, int kind, const char *field, const QString &value,
                  const QString &message) {
        QTest::newRow(tag) << kind << QString::fromLatin1(field) << value << message;
    };
    const int aws = int(ConnectionKind::AwsTransitGateway);
    const int onPrem = int(ConnectionKind::OnPremisesDirectConnect);
    const int azure = int(ConnectionKind::AzureVpn);

    row("label empty", aws, "label", "",
        "The connection name is empty. Enter a name that operators will recognise.");
    row("label blank", azure, "label", "   ",
        "The connection name is empty. Enter a name that operators will recognise.");
    row("account short", aws, "awsAccount", "12345",
        "\"12345\" is not an AWS account ID. Enter the 12 digits without hyphens.");
    row("account hyphens", aws, "awsAccount", "3045-1298-7766",
        "\"3045-1298-7766\" is not an AWS account ID. Enter the 12 digits without hyphens.");
    row("vpc short", aws, "vpc", "vpc-123",
        "\"vpc-123\" is not a VPC ID. It looks like vpc- followed by 8 or 17 lowercase hexadecimal "
        "digits, for example vpc-0a1b2c3d.");
    row("vpc uppercase", aws, "vpc", "vpc-0A1B2C3D",
        "\"vpc-0A1B2C3D\" is not a VPC ID. It looks like vpc- followed by 8 or 17 lowercase "
        "hexadecimal digits, for example vpc-0a1b2c3d.");
    row("attachment short", aws, "tgwAttachment", "tgw-attach-123",
        "\"tgw-attach-123\" is not a Transit Gateway attachment ID. It looks like tgw-attach- "
        "followed by 17 lowercase hexadecimal digits.");
    row("cidr host bits", aws, "cidr", "10.20.1.0/16",
        "10.20.1.0/16 has host bits set: a CIDR block starts at its network address. Did you mean "
        "10.20.0.0/16?");
    row("cidr none", onPrem, "cidr", "",
        "No CIDR block is given. Enter the address ranges of the customer network, for example "
        "10.20.0.0/16.");
    row("cidr no prefix", onPrem, "cidr", "10.20.0.0",
        "\"10.20.0.0\" is not a CIDR block. Write an IPv4 network address and a prefix length from "
        "0 to 32, for example 10.20.0.0/16.");
    row("dx gateway", onPrem, "dxGateway", "abc",
        "\"abc\" is not a Direct Connect gateway ID. Copy the ID from the AWS console; it looks "
        "like 5f294f92-bafb-4011-916d-9b0bec1e7c2a.");
    row("azure ip private", azure, "azureIp", "10.1.2.3",
        "10.1.2.3 is not a public address. The VPN terminates on the gateway's public IP address; "
        "enter that one.");
    row("azure ip not an ip", azure, "azureIp", "gateway",
        "\"gateway\" is not an IPv4 address. Enter the public IP address of the Azure virtual "
        "network gateway.");
}

void TestHostForms::connectionFormRejects()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);

    ConnectionDialog dialog(*m_session, RegionId::Dr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kindCombo = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kindCombo->setCurrentIndex(kindCombo->findData(kind));
    // Valid values for every field of the kind, then the one under test.
    QHash<QString, QString> values{{"label", "Test connection"},
                                   {"awsAccount", "304512987766"},
                                   {"vpc", "vpc-0a1b2c3d"},
                                   {"tgwAttachment", "tgw-attach-0123456789abcdef0"},
                                   {"dxGateway", "5f294f92-bafb-4011-916d-9b0bec1e7c2a"},
                                   {"azureIp", "20.48.1.10"},
                                   {"cidr", "172.16.0.0/16"}};
    values[field] = value;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto *edit = dialog.findChild<QLineEdit *>(it.key() + QStringLiteral("Edit"));
        QVERIFY(edit);
        if (edit->isVisibleTo(&dialog))
            typeInto(edit, it.value());
    }
    drtest::expectOnlyError(&dialog, kConnectionFields, field, message,
                            dialog.findChild<QWidget *>(field + QStringLiteral("Edit")));
}

void TestHostForms::connectionFormShowsOnlyKindFields()
{
    ConnectionDialog dialog(*m_session, RegionId::Dr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto visible = [&dialog](const char *name) {
        auto *w = dialog.findChild<QWidget *>(QString::fromLatin1(name));
        return w && w->isVisible();
    };
    kind->setCurrentIndex(kind->findData(int(ConnectionKind::AwsTransitGateway)));
    QVERIFY(visible("awsAccountEdit") && visible("vpcEdit") && visible("tgwAttachmentEdit"));
    QVERIFY(!visible("dxGatewayEdit") && !visible("azureIpEdit") && !visible("preSharedKeyCheck"));
    kind->setCurrentIndex(kind->findData(int(ConnectionKind::OnPremisesDirectConnect)));
    QVERIFY(visible("dxGatewayEdit") && !visible("awsAccountEdit") && !visible("azureIpEdit"));
    kind->setCurrentIndex(kind->findData(int(ConnectionKind::AzureVpn)));
    QVERIFY(visible("azureIpEdit") && visible("preSharedKeyCheck") && visible("preSharedKeyNote"));
    QVERIFY(!visible("awsAccountEdit") && !visible("dxGatewayEdit"));
    // The key itself is never asked for: no password-style field anywhere in the form.
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QVERIFY(visible("cidrEdit"));
}

void TestHostForms::connectionFormAddsThroughPage()
{
    NetworkConnection expected;
    expected.region = RegionId::Dr;
    expected.kind = ConnectionKind::AzureVpn;
    expected.label = QStringLiteral("Sakura Azure VPN (DR)");
    expected.azureGatewayIp = QStringLiteral("20.48.1.10");
    expected.preSharedKeyConfigured = true;
    expected.cidrBlocks = {QStringLiteral("172.16.0.0/16"), QStringLiteral("172.17.0.0/16")};
    qint64 id = 0;
    {
        AgentsPage page(*m_session);
        page.setRegion(RegionId::Dr);
        page.show();
        page.tabs()->setCurrentWidget(page.connectionPanel());
        QPointer<ConnectionDialog> dialog =
            drtest::openFromPage<ConnectionDialog>(page, "addConnectionButton");
        QVERIFY(dialog);
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(ConnectionKind::AzureVpn)));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), expected.label);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("azureIpEdit")),
                 expected.azureGatewayIp);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit")),
                 QStringLiteral("172.16.0.0/16 172.17.0.0/16"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("configuredNote"));
        QVERIFY(note->text().contains(QStringLiteral("pre-shared key is not configured")));
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("preSharedKeyCheck")),
                          Qt::LeftButton);
        QVERIFY(note->text().contains(QStringLiteral("counts as configured")));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());

        auto *table = page.findChild<QTableView *>(QStringLiteral("connectionTable"));
        const int row =
            drtest::findRow(table->model(), ConnectionTableModel::NameColumn, expected.label);
        QVERIFY(row >= 0);
        QCOMPARE(
            table->model()->index(row, ConnectionTableModel::PreSharedKeyColumn).data().toString(),
            QStringLiteral("Yes"));
        QCOMPARE(
            table->model()->index(row, ConnectionTableModel::ConfiguredColumn).data().toString(),
            QStringLiteral("Yes"));
        id = table->model()->index(row, 0).data(ConnectionTableModel::IdRole).toLongLong();
        QVERIFY(id > 0);
    }
    QVERIFY(m_fixture.reopen());
    expected.id = id;
    const auto &list = m_console->region(RegionId::Dr).connections;
    const auto it = std::find_if(list.begin(), list.end(),
                                 [id](const NetworkConnection &c) { return c.id == id; });
    QVERIFY(it != list.end());
    QCOMPARE(*it, expected);
}

QTEST_MAIN(TestHostForms)
#include "tst_agenthostforms.moc"
