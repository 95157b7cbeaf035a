// The execution-agent form: every bad input shows the exact dr::Validation message under its
// field and keeps OK disabled; good input is saved through the facade, shows in the page's table
// and is still there after the database is opened again. @SYSTEM keeps its name and host; a
// refusal by the core on save is shown and the form stays open.

#include "FormChecks.h"
#include "Screenshots.h"
#include "UiDriving.h"
#include "UiLanguage.h"
#include "dialogs/AgentDialog.h"
#include "dialogs/ConcurrencyWindowsEditor.h"
#include "models/AgentTableModel.h"
#include "pages/AgentsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

using namespace dr;
using namespace dr::ui;
using drtest::typeInto;

namespace {

const QStringList kAgentFields{QStringLiteral("name"), QStringLiteral("host"),
                               QStringLiteral("windows"), QStringLiteral("description")};

QString repeated(const QString &s, int n)
{
    return s.repeated(n);
}

// "00:00-08:00=2,08:00-00:00=4" into the editor's rows, through its own buttons and widgets.
void setWindows(QDialog *dialog, const QString &spec)
{
    auto *editor = dialog->findChild<ConcurrencyWindowsEditor *>(QStringLiteral("windowsEditor"));
    QVERIFY(editor);
    static const QRegularExpression re(
        QStringLiteral("^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)=(\\d*)$"));
    const QStringList parts = spec.split(QLatin1Char(','));
    auto *add = editor->findChild<QPushButton *>(QStringLiteral("addWindowButton"));
    while (editor->rowCount() < parts.size())
        QTest::mouseClick(add, Qt::LeftButton);
    for (int i = 0; i < parts.size(); ++i) {
        const auto m = re.match(parts[i]);
        QVERIFY2(m.hasMatch(), qPrintable(parts[i]));
        auto *start = editor->findChild<QComboBox *>(QStringLiteral("windowStart_%1").arg(i));
        auto *end = editor->findChild<QComboBox *>(QStringLiteral("windowEnd_%1").arg(i));
        QVERIFY(start && end);
        start->setCurrentIndex(start->findData(m.captured(1).toInt() * 60 + m.captured(2).toInt()));
        end->setCurrentIndex(end->findData(m.captured(3).toInt() * 60 + m.captured(4).toInt()));
        typeInto(editor->findChild<QLineEdit *>(QStringLiteral("windowLimit_%1").arg(i)),
                 m.captured(5));
    }
}

} // namespace

class TestAgentForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.open()); }
    void agentFormRejects_data();
    void agentFormRejects();
    void agentFormAddsThroughPage();
    void agentFormEditsSystemAgent();
    void agentFormRefusalKeepsDialogOpen();
    void windowRowsKeepTheirHeight_data();
    void windowRowsKeepTheirHeight();

private:
    drtest::FormFixture m_fixture;
    drtest::ScriptedPrompts &m_prompts = m_fixture.prompts;
    std::unique_ptr<Console> &m_console = m_fixture.console;
    std::unique_ptr<Session> &m_session = m_fixture.session;
};

void TestAgentForms::agentFormRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("windows");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    auto row = [](const char *tag, const QString &name, const QString &host, const QString &windows,
                  const QString &description, const char *field, const QString &message) {
        QTest::newRow(tag) << name << host << windows << description << QString::fromLatin1(field)
                           << message;
    };
    const QString ok = QStringLiteral("NEWAG");
    const QString host = QStringLiteral("edi-gw01");
    const QString forbidden = QStringLiteral("Agent names cannot contain \" ' ` \\ $ : , < >.");

    row("name empty", "", host, "", "", "name",
        "The agent name is empty. Enter a name of 1 to 255 bytes.");
    row("name 256 bytes", repeated("A", 256), host, "", "", "name",
        "The agent name is 256 bytes long; the limit is 255 bytes (UTF-8). Shorten it.");
    row("name 258 bytes japanese", repeated("あ", 86), host, "", "", "name",
        "The agent name is 258 bytes long; the limit is 255 bytes (UTF-8). Shorten it.");
    row("name reserved", "__TMP", host, "", "", "name",
        "The agent name \"__TMP\" starts with \"__\", which is reserved. Choose a name that does "
        "not begin with two underscores.");
    row("name space", "NEW AGENT", host, "", "", "name",
        "The agent name \"NEW AGENT\" contains a space. Remove it or use \"-\" or \"_\".");
    row("name colon", "AG:1", host, "", "", "name",
        "The agent name \"AG:1\" contains \":\". " + forbidden);
    row("name dollar", "AG$1", host, "", "", "name",
        "The agent name \"AG$1\" contains \"$\". " + forbidden);
    row("name comma", "A,B", host, "", "", "name",
        "The agent name \"A,B\" contains \",\". " + forbidden);
    row("name quote", "A'B", host, "", "", "name",
        "The agent name \"A'B\" contains \"'\". " + forbidden);
    row("name at sign", "@AGENT", host, "", "", "name",
        "The agent name \"@AGENT\" starts with \"@\", which only the built-in @SYSTEM agent may "
        "use. Remove the \"@\".");
    row("name duplicate other case", "orderdb", host, "", "", "name",
        "An agent named \"ORDERDB\" already exists in this region (names are compared without "
        "regard to case). Choose another name or edit that agent.");
    row("host empty", ok, "", "", "", "host",
        "The execution host is empty. Enter a host name from the region's host information or an "
        "IP address.");
    row("host unresolved", ok, "unknown-host", "", "", "host",
        "The execution host \"unknown-host\" is not in this region's host information. Add it to "
        "the region's host information first, or enter its IP address.");
    row("host slash", ok, "bad/host", "", "", "host",
        "The host name \"bad/host\" contains \"/\". Host names cannot contain \" / \\ [ ] ; : | = "
        ", + ? < >.");
    row("host ip look-alike", ok, "10.0.0.256", "", "", "host",
        "\"10.0.0.256\" looks like an IP address but is not a valid one. Write four numbers from 0 "
        "to 255 separated by dots (for example 10.0.1.15), or use a host name.");
    row("host ipv6 while ipv4 only", ok, "fd00::1", "", "", "host",
        "The IPv6 address fd00::1 cannot be used: this region resolves IPv4 only (+DefaultResolve "
        "0). Use an IPv4 address or enable IPv6 for the region.");
    row("host not ascii", ok, "ホスト", "", "", "host",
        "The host name \"ホスト\" contains \"ホ\"; host names must be ASCII. Use the host's ASCII "
        "name or its IP address.");
    row("windows overlap", ok, host, "00:00-12:00=3,10:00-00:00=5", "", "windows",
        "The windows 00:00-12:00 and 10:00-00:00 overlap at 10:00. Windows must not overlap; time "
        "that no window covers allows no jobs.");
    row("windows whole day and more", ok, host, "00:00-00:00=5,08:00-09:00=2", "", "windows",
        "The windows 00:00-00:00 and 08:00-09:00 overlap at 08:00. Windows must not overlap; time "
        "that no window covers allows no jobs.");
    row("windows limit too big", ok, host, "00:00-00:00=4294967296", "", "windows",
        "In \"00:00-00:00=4294967296\", the limit must be a number from 0 to 4294967295.");
    row("windows limit empty", ok, host, "00:00-00:00=", "", "windows",
        "\"00:00-00:00=\" has no limit after \"=\". Enter how many jobs may run at once in that "
        "window (0 to 4294967295).");
    row("description 81 bytes", ok, host, "", repeated("d", 81), "description",
        "The description is 81 bytes long; the limit is 80 bytes (a Japanese character takes 3). "
        "Shorten it.");
    row("description 81 bytes japanese", ok, host, "", repeated("説", 27), "description",
        "The description is 81 bytes long; the limit is 80 bytes (a Japanese character takes 3). "
        "Shorten it.");
}

void TestAgentForms::agentFormRejects()
{
    QFETCH(QString, name);
    QFETCH(QString, host);
    QFETCH(QString, windows);
    QFETCH(QString, description);
    QFETCH(QString, field);
    QFETCH(QString, message);

    AgentDialog dialog(*m_session, RegionId::Primary);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    typeInto(dialog.findChild<QComboBox *>(QStringLiteral("hostCombo"))->lineEdit(), host);
    if (!windows.isEmpty())
        setWindows(&dialog, windows);
    if (!description.isEmpty())
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("descriptionEdit")), description);

    const QHash<QString, QString> widgets{{"name", "nameEdit"},
                                          {"host", "hostCombo"},
                                          {"windows", "windowsEditor"},
                                          {"description", "descriptionEdit"}};
    drtest::expectOnlyError(&dialog, kAgentFields, field, message,
                            dialog.findChild<QWidget *>(widgets.value(field)));
    QVERIFY(m_prompts.errors.isEmpty());
}

void TestAgentForms::agentFormAddsThroughPage()
{
    ExecutionAgent expected;
    expected.name = QStringLiteral("NEW-STANDBY");
    expected.host = QStringLiteral("dr-jump01");
    // Above INT_MAX: the limit field must take the whole quint32 range.
    expected.windows = {{0, 8 * 60, 2}, {8 * 60, 0, 4000000000u}};
    expected.restriction = TransferRestriction::Hold;
    expected.description = QStringLiteral("予備エージェント (DR)");
    {
        AgentsPage page(*m_session);
        page.setRegion(RegionId::Dr);
        page.resize(1200, 760);
        page.show();
        QPointer<AgentDialog> dialog = drtest::openFromPage<AgentDialog>(page, "addAgentButton");
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("nameError"))->text().isEmpty());
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), expected.name);
        typeInto(dialog->findChild<QComboBox *>(QStringLiteral("hostCombo"))->lineEdit(),
                 expected.host);
        setWindows(dialog, QStringLiteral("00:00-08:00=2,08:00-00:00=4000000000"));
        auto *restriction = dialog->findChild<QComboBox *>(QStringLiteral("restrictionCombo"));
        restriction->setCurrentIndex(restriction->findData(int(TransferRestriction::Hold)));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("restrictionHelp"))->text(),
                 AgentDialog::restrictionHelp(TransferRestriction::Hold));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")),
                 expected.description);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("descriptionBytes"))
                    ->text()
                    .startsWith(QStringLiteral("29 of 80 bytes")));
        for (const QString &f : kAgentFields)
            QVERIFY(dialog->findChild<QLabel *>(f + QStringLiteral("Error"))->text().isEmpty());
        // Tab walks the form top to bottom, through the window rows added after the rest.
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setFocus();
        QStringList visited;
        for (int i = 0; i < 16 && QApplication::focusWidget(); ++i) {
            visited << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QStringList expectedOrder{"nameEdit",      "hostCombo",        "windowStart_0",
                                        "windowEnd_0",   "windowLimit_0",    "removeWindow_0",
                                        "windowStart_1", "windowEnd_1",      "windowLimit_1",
                                        "removeWindow_1", "addWindowButton", "restrictionCombo",
                                        "descriptionEdit"};
        QCOMPARE(visited.mid(0, expectedOrder.size()), expectedOrder);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // accepted and closed

        const ExecutionAgent *saved = m_console->region(RegionId::Dr).findAgent(expected.name);
        QVERIFY(saved);
        QCOMPARE(*saved, expected);
        auto *table = page.findChild<QTableView *>(QStringLiteral("agentTable"));
        const int row = drtest::findRow(table->model(), AgentTableModel::NameColumn, expected.name);
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, AgentTableModel::WindowsColumn).data().toString(),
                 QStringLiteral("00:00-08:00=2,08:00-00:00=4000000000"));
        QCOMPARE(table->model()->index(row, AgentTableModel::RestrictionColumn).data().toString(),
                 QStringLiteral("Hold"));
        QVERIFY(table->selectionModel()->isRowSelected(row, {})); // the new agent is selected
        QVERIFY(m_prompts.errors.isEmpty());
    }
    QVERIFY(m_fixture.reopen());
    const ExecutionAgent *reloaded = m_console->region(RegionId::Dr).findAgent(expected.name);
    QVERIFY(reloaded);
    QCOMPARE(*reloaded, expected);
}

void TestAgentForms::agentFormEditsSystemAgent()
{
    const ExecutionAgent before =
        *m_console->region(RegionId::Primary).findAgent(QStringLiteral("@SYSTEM"));
    {
        AgentDialog dialog(*m_session, RegionId::Primary, QStringLiteral("@SYSTEM"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isReadOnly());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("hostCombo"))->isEnabled());
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        // Its manager host is not in the customer's host information, and that is fine.
        QVERIFY(ok->isEnabled());
        setWindows(&dialog, QStringLiteral("00:00-00:00=8"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("descriptionEdit")),
                 QStringLiteral("Manager host"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const ExecutionAgent *after =
        m_console->region(RegionId::Primary).findAgent(QStringLiteral("@SYSTEM"));
    QCOMPARE(after->host, before.host);
    QCOMPARE(after->windows, (QList<ConcurrencyWindow>{{0, 0, 8}}));
    QCOMPARE(after->description, QStringLiteral("Manager host"));
}

void TestAgentForms::agentFormRefusalKeepsDialogOpen()
{
    m_prompts.errors.clear();
    AgentDialog dialog(*m_session, RegionId::Primary);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("LATE"));
    typeInto(dialog.findChild<QComboBox *>(QStringLiteral("hostCombo"))->lineEdit(),
             QStringLiteral("10.10.9.9"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    // The operator changes while the form is open: the core refuses on save.
    m_session->setOperator(drtest::kProvider);
    QTest::mouseClick(ok, Qt::LeftButton);
    m_session->setOperator(drtest::kCustomer);
    QCOMPARE(m_prompts.errors.size(), 1);
    QVERIFY2(m_prompts.errors.first().contains(QStringLiteral("customer")),
             qPrintable(m_prompts.errors.first()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!m_console->region(RegionId::Primary).findAgent(QStringLiteral("LATE")));
    // Once allowed again, the same dialog saves.
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QVERIFY(m_console->region(RegionId::Primary).findAgent(QStringLiteral("LATE")));
    m_prompts.errors.clear();
}

void TestAgentForms::windowRowsKeepTheirHeight_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

// Rows and messages added to an open form make room for themselves: after several windows and
// a message under every field, each box of the windows editor is at least as high as it needs
// to show its text.
void TestAgentForms::windowRowsKeepTheirHeight()
{
    QFETCH(QString, language);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    AgentDialog d(*m_session, RegionId::Dr);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *editor = d.findChild<ConcurrencyWindowsEditor *>(QStringLiteral("windowsEditor"));
    QVERIFY(editor);
    typeInto(d.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("WH LABEL"));
    typeInto(d.findChild<QComboBox *>(QStringLiteral("hostCombo"))->lineEdit(),
             QStringLiteral("no-such-host"));
    typeInto(
        d.findChild<QLineEdit *>(QStringLiteral("descriptionEdit")),
        QStringLiteral("出荷ラベル印刷サーバ（災対環境の待機系、夜間バッチ専用、週末は停止）"));
    auto *add = editor->findChild<QPushButton *>(QStringLiteral("addWindowButton"));
    for (int i = 0; i < 4; ++i)
        QTest::mouseClick(add, Qt::LeftButton); // each new row overlaps the one before
    QCOMPARE(editor->rowCount(), 5);
    for (const char *field : {"nameError", "hostError", "windowsError", "descriptionError"})
        QVERIFY2(d.findChild<QLabel *>(QString::fromLatin1(field))->isVisible(), field);
    QVERIFY(!d.okButton()->isEnabled());

    QList<QWidget *> boxes;
    for (QComboBox *combo : editor->findChildren<QComboBox *>())
        boxes << combo;
    for (QLineEdit *edit : editor->findChildren<QLineEdit *>())
        boxes << edit;
    QCOMPARE(boxes.size(), 5 * 3);
    auto squeezed = [&boxes] {
        QStringList found;
        for (QWidget *w : std::as_const(boxes)) {
            if (w->height() < w->minimumSizeHint().height())
                found << QStringLiteral("%1: %2 px of %3")
                             .arg(w->objectName())
                             .arg(w->height())
                             .arg(w->minimumSizeHint().height());
        }
        return found.join(QLatin1String(", "));
    };
    // The layout settles on the next passes of the event loop.
    QTRY_COMPARE(squeezed(), QString());
    drtest::saveScreenshot(&d, QStringLiteral("agent-dialog-windows_%1").arg(language));
    // Fixing the windows gives the room back to the rest; nothing is squeezed either.
    for (int row = editor->rowCount() - 1; row > 0; --row)
        editor->removeRow(row);
    boxes = {editor->startCombo(0), editor->endCombo(0), editor->limitEdit(0)};
    QTRY_COMPARE(squeezed(), QString());
    QVERIFY(!d.findChild<QLabel *>(QStringLiteral("windowsError"))->isVisible());
}

QTEST_MAIN(TestAgentForms)
#include "tst_agentforms.moc"
