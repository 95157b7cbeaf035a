// Pictures of the agents page and its dialogs, in English and Japanese, at the default and a
// small window size, saved under DR_BINARY_DIR/screenshots for a person to look at. The checks
// here are the layout problems a picture shows: truncated buttons, fields squeezed to nothing.

#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "UiDriving.h"
#include "UiLanguage.h"
#include "dialogs/AgentDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/HostDialog.h"
#include "model/Language.h"
#include "pages/AgentListPanel.h"
#include "pages/AgentsPage.h"
#include "pages/ConnectionListPanel.h"
#include "pages/RegionComparePanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace dr;
using namespace dr::ui;
using drtest::typeInto;

class TestAgentScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void page_data();
    void page();
    void dialogs_data();
    void dialogs();

private:
    void shoot(QWidget *widget, const QString &name);
    // Every push button shows its whole text.
    static void verifyButtonsReadable(QWidget *root);
    // Every column of `table` is within the view (no hidden part to the right), each row is as
    // high as its wrapped texts need, and columns fitted to their contents are wide enough.
    static void verifyTableShowsAll(QTableView *table);
    // A field's example (placeholder) that does not fit the field is in its tooltip.
    static void verifyPlaceholdersReadable(QWidget *root);
    // The dialog speaks the UI language, Qt's own buttons included.
    static void verifyLanguage(QDialog *dialog, const drtest::UiLanguage &language);

    QTemporaryDir m_dir;
    drtest::ScriptedPrompts m_prompts;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<Session> m_session;
};

void TestAgentScreens::initTestCase()
{
    m_console = drtest::demoConsole(m_dir);
    QVERIFY(m_console);
    m_session = std::make_unique<Session>(*m_console);
    m_session->setOperator(drtest::kCustomer);
    // Japanese data, as customers write it, so the pictures show how it fits.
    ExecutionAgent a{QStringLiteral("JP-PRINT"),
                     QStringLiteral("fin-print01"),
                     {{8 * 60, 20 * 60, 3}},
                     TransferRestriction::Hold,
                     QStringLiteral("帳票印刷サーバ（災対環境待機）")};
    DR_VERIFY_OK(m_console->addAgent(drtest::kCustomer, RegionId::Dr, a));
}

void TestAgentScreens::cleanupTestCase()
{
    setUiLanguage(Language::English);
}

void TestAgentScreens::verifyTableShowsAll(QTableView *table)
{
    QCoreApplication::processEvents();
    auto *view = static_cast<QAbstractItemView *>(table); // the public size hints
    QHeaderView *header = table->horizontalHeader();
    int total = 0;
    for (int c = 0; c < header->count(); ++c)
        total += header->sectionSize(c);
    QVERIFY2(total <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1: columns take %2 px of %3")
                            .arg(table->objectName())
                            .arg(total)
                            .arg(table->viewport()->width())));
    for (int c = 0; c < header->count(); ++c) {
        if (header->sectionResizeMode(c) == QHeaderView::ResizeToContents)
            QVERIFY2(header->sectionSize(c) >= view->sizeHintForColumn(c),
                     qPrintable(QString::number(c)));
    }
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        QVERIFY2(table->rowHeight(r) >= view->sizeHintForRow(r),
                 qPrintable(QStringLiteral("%1 row %2: %3 px, needs %4")
                                .arg(table->objectName())
                                .arg(r)
                                .arg(table->rowHeight(r))
                                .arg(view->sizeHintForRow(r))));
        for (int c = 0; c < header->count(); ++c) {
            const QModelIndex index = table->model()->index(r, c);
            const QString text = index.data().toString();
            if (text.isEmpty())
                continue;
            QCOMPARE(index.data(Qt::ToolTipRole).toString().isEmpty(), false);
            int room = header->sectionSize(c) -
                       2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
            if (!index.data(Qt::DecorationRole).isNull())
                room -= table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
            // Wrapping breaks lines between words, so no word may be wider than its column;
            // without wrapping, no line.
            const QStringList pieces =
                table->wordWrap()
                    ? text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                    : text.split(QLatin1Char('\n'));
            for (const QString &word : pieces) {
                QVERIFY2(table->fontMetrics().horizontalAdvance(word) <= room,
                         qPrintable(QStringLiteral("%1 row %2 column %3: \"%4\" does not fit %5 px")
                                        .arg(table->objectName())
                                        .arg(r)
                                        .arg(c)
                                        .arg(word)
                                        .arg(room)));
            }
        }
    }
}

void TestAgentScreens::verifyPlaceholdersReadable(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isVisible() || edit->placeholderText().isEmpty())
            continue;
        const int room = edit->width() - 12; // frame and text margins
        if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) <= room)
            continue;
        QVERIFY2(edit->toolTip().contains(edit->placeholderText()),
                 qPrintable(QStringLiteral("%1: \"%2\" is cut and not in the tooltip")
                                .arg(edit->objectName(), edit->placeholderText())));
    }
}

void TestAgentScreens::verifyLanguage(QDialog *dialog, const drtest::UiLanguage &language)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QPushButton *dismiss = box->button(QDialogButtonBox::Cancel);
    if (!dismiss)
        dismiss = box->button(QDialogButtonBox::Close);
    QVERIFY(dismiss);
    const QString expected =
        box->button(QDialogButtonBox::Cancel) ? drtest::qtCancel() : drtest::qtClose();
    QCOMPARE(dismiss->text(), expected);
    const bool english =
        dismiss->text() == QLatin1String("Cancel") || dismiss->text() == QLatin1String("Close");
    QCOMPARE(english, !language.japanese());
    // The title is the console's own text: Japanese in Japanese.
    const bool ascii = std::all_of(dialog->windowTitle().cbegin(), dialog->windowTitle().cend(),
                                   [](QChar c) { return c.unicode() < 0x80; });
    QVERIFY2(ascii == !language.japanese(), qPrintable(dialog->windowTitle()));
}

void TestAgentScreens::shoot(QWidget *widget, const QString &name)
{
    const QString path = drtest::saveScreenshot(widget, name);
    QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
}

void TestAgentScreens::verifyButtonsReadable(QWidget *root)
{
    for (QPushButton *b : root->findChildren<QPushButton *>()) {
        if (!b->isVisible())
            continue;
        const int needed = b->fontMetrics().horizontalAdvance(b->text().remove(QLatin1Char('&')));
        QVERIFY2(b->width() >= needed, qPrintable(QStringLiteral("%1 \"%2\" is %3 px, needs %4")
                                                      .arg(b->objectName(), b->text())
                                                      .arg(b->width())
                                                      .arg(needed)));
    }
}

void TestAgentScreens::page_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "ja"}) {
        QTest::addRow("%s 1200x760", language) << QString::fromLatin1(language) << QSize(1200, 760);
        QTest::addRow("%s 900x600", language) << QString::fromLatin1(language) << QSize(900, 600);
    }
}

void TestAgentScreens::page()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    AgentsPage page(*m_session);
    page.setRegion(RegionId::Dr);
    page.resize(size);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString suffix =
        QStringLiteral("%1_%2x%3").arg(language).arg(size.width()).arg(size.height());

    auto *agents = page.findChild<QTableView *>(QStringLiteral("agentTable"));
    drtest::clickRow(agents, 1);
    verifyButtonsReadable(&page);
    // The page is in the UI language: its tab names come from the translation.
    QCOMPARE(page.tabs()->tabText(page.tabs()->indexOf(page.connectionPanel())) ==
                 QLatin1String("Network connections"),
             !ui.japanese());
    QVERIFY(agents->height() >= 120);
    QVERIFY(page.findChild<QTableView *>(QStringLiteral("hostTable"))->height() >= 100);
    shoot(&page, QStringLiteral("agents-page_") + suffix);

    page.tabs()->setCurrentWidget(page.comparePanel());
    auto *compare = page.findChild<QTableView *>(QStringLiteral("compareTable"));
    drtest::clickRow(compare, 0);
    verifyButtonsReadable(&page);
    verifyTableShowsAll(compare);
    QVERIFY(compare->height() >= 150);
    shoot(&page, QStringLiteral("agents-compare_") + suffix);

    page.tabs()->setCurrentWidget(page.connectionPanel());
    verifyButtonsReadable(&page);
    verifyTableShowsAll(page.findChild<QTableView *>(QStringLiteral("connectionTable")));
    shoot(&page, QStringLiteral("agents-connections_") + suffix);
}

void TestAgentScreens::dialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestAgentScreens::dialogs()
{
    QFETCH(QString, language);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    auto check = [this, &language, &ui](QDialog *dialog, const char *name) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        verifyButtonsReadable(dialog);
        verifyPlaceholdersReadable(dialog);
        verifyLanguage(dialog, ui);
        shoot(dialog, QStringLiteral("%1_%2").arg(QString::fromLatin1(name), language));
    };
    {
        AgentDialog d(*m_session, RegionId::Dr);
        d.show();
        typeInto(d.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("WH LABEL"));
        typeInto(d.findChild<QComboBox *>(QStringLiteral("hostCombo"))->lineEdit(),
                 QStringLiteral("wh-label02"));
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("addWindowButton")),
                          Qt::LeftButton);
        typeInto(d.findChild<QLineEdit *>(QStringLiteral("descriptionEdit")),
                 QStringLiteral("出荷ラベル印刷サーバ（災対環境の待機系、夜間バッチ専用）"));
        d.adjustSize();
        check(&d, "agent-dialog-errors");
    }
    {
        AgentDialog d(*m_session, RegionId::Dr, QStringLiteral("JP-PRINT"));
        check(&d, "agent-dialog-edit");
    }
    {
        AgentDialog d(*m_session, RegionId::Primary, QStringLiteral("@SYSTEM"));
        check(&d, "agent-dialog-system");
    }
    {
        HostDialog d(*m_session, RegionId::Dr);
        d.show();
        typeInto(d.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                 QStringLiteral("wh-label02"));
        typeInto(d.findChild<QLineEdit *>(QStringLiteral("addressesEdit")),
                 QStringLiteral("10.20.2.22, fd00::22"));
        typeInto(d.findChild<QLineEdit *>(QStringLiteral("commentEdit")),
                 QStringLiteral("出荷ラベル（予備）"));
        d.adjustSize();
        check(&d, "host-dialog-errors");
    }
    {
        ConnectionDialog d(*m_session, RegionId::Dr,
                           m_console->region(RegionId::Dr).connections.first());
        check(&d, "connection-dialog-aws");
    }
    {
        ConnectionDialog d(*m_session, RegionId::Dr);
        auto *kind = d.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(ConnectionKind::AzureVpn)));
        d.show();
        typeInto(d.findChild<QLineEdit *>(QStringLiteral("labelEdit")),
                 QStringLiteral("Azure VPN 大阪"));
        typeInto(d.findChild<QLineEdit *>(QStringLiteral("azureIpEdit")),
                 QStringLiteral("10.1.2.3"));
        d.adjustSize();
        check(&d, "connection-dialog-azure");
    }
}

QTEST_MAIN(TestAgentScreens)
#include "tst_agentscreens.moc"
