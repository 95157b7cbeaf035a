// The printed switchover report reads well on A4: durations, clock times and short headers stay
// on one line in their columns, and no table row is split across two pages.

#include "TestSupport.h"
#include "UiLanguage.h"
#include "engine/JapanTime.h"
#include "report/ReportPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace dr;
using dr::ui::ReportPages;
using dr::ui::ReportPrinter;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

constexpr int kResolution = 300; // as ReportPrinter::writePdf prints

QString lineText(const QTextBlock &block, int i)
{
    const QTextLine line = block.layout()->lineAt(i);
    return block.text().mid(line.textStart(), line.textLength()).trimmed();
}

// A failover whose steps took 10 min and 1 h (the widest durations), with host work at step 3
// so that the audit section runs over several pages.
std::unique_ptr<Console> reportedRun(const QTemporaryDir &dir)
{
    auto c = drtest::demoConsole(dir);
    if (!c || !c->declareOutage(kCustomer, RegionId::Primary) ||
        !c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, QStringLiteral("down")) ||
        !c->advanceClock(Operator::system(), 10 * 60 * 1000) || !c->completeStep(kProvider, 2) ||
        !c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true))
        return nullptr;
    for (int i = 0; i < 80; ++i) {
        const HostEntry host{
            QStringLiteral("osaka-host%1").arg(i), {QStringLiteral("10.40.0.%1").arg(i + 1)}, {}};
        if (!c->addHost(kCustomer, RegionId::Dr, host))
            return nullptr;
    }
    if (!c->advanceClock(Operator::system(), 60 * 60 * 1000) || !c->completeStep(kCustomer, 3) ||
        !c->completeStep(kCustomer, 4, {QString(), true, {}}) || !c->completeStep(kProvider, 5) ||
        !c->completeStep(kCustomer, 6))
        return nullptr;
    return c;
}

} // namespace

class TestReportPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout_data();
    void layout();
};

void TestReportPrinter::layout_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestReportPrinter::layout()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    auto c = reportedRun(dir);
    QVERIFY(c);
    drtest::UiLanguage ui(language);
    auto html = c->switchoverReport(c->state().runs.last().id);
    DR_VERIFY_OK(html);
    const QString hour = jst::formatDuration(60 * 60 * 1000);
    const QString tenMinutes = jst::formatDuration(10 * 60 * 1000);
    // Durations in the timeline keep their spaces unbreakable.
    QString unbrokenHour = hour;
    unbrokenHour.replace(QLatin1Char(' '), QChar(0x00a0));
    QVERIFY(html->contains(QStringLiteral("<td>%1</td>").arg(unbrokenHour)));

    // The timeline's durations, as the report shows them.
    QStringList stepDurations;
    qint64 previous = c->state().runs.last().startedAtMs;
    for (const StepRecord &step : c->state().runs.last().steps) {
        stepDurations
            << jst::formatDuration(step.atMs - previous).replace(QLatin1Char(' '), QChar(0x00a0));
        previous = step.atMs;
    }
    QVERIFY(stepDurations.contains(unbrokenHour));

    QPdfWriter writer(dir.filePath(QStringLiteral("layout.pdf")));
    writer.setResolution(kResolution);
    writer.setPageLayout(ReportPrinter::pageLayout());
    QTextDocument document;
    const QList<ReportPages::Slice> pages =
        ReportPrinter::layOut(document, *html, &writer, kResolution);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));

    // Whole words in narrow columns: a duration, the step number header, the clock time.
    static const QRegularExpression clock(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\u00a0JST$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$"));
    int durations = 0, clocks = 0, numberHeaders = 0;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (!QTextCursor(b).currentTable())
            continue;
        const QString text = b.text();
        if (stepDurations.contains(text)) {
            ++durations;
            QVERIFY2(b.layout()->lineCount() == 1, qPrintable(text));
        } else if (text == QCoreApplication::translate("SwitchoverReport", "No.") ||
                   text == QLatin1String("#")) {
            ++numberHeaders;
            QVERIFY2(b.layout()->lineCount() == 1, qPrintable(text));
        } else if (text.endsWith(QStringLiteral("\u00a0JST"))) {
            ++clocks;
            for (int i = 0; i < b.layout()->lineCount(); ++i) {
                const QString line = lineText(b, i);
                QVERIFY2(line == text || clock.match(line).hasMatch() ||
                             date.match(line).hasMatch(),
                         qPrintable(line));
            }
        }
    }
    QVERIFY(durations >= 6); // the six steps done
    QVERIFY2(clocks >= 6 + 80, qPrintable(QString::number(clocks)));
    QCOMPARE(numberHeaders, 2);
    QVERIFY(stepDurations.contains(QString(tenMinutes).replace(QLatin1Char(' '), QChar(0x00a0))));

    // Every table row lies whole on one page, and the pages follow each other.
    const qreal pageHeight = ReportPrinter::pageLayout().paintRectPixels(kResolution).height();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QVERIFY(pages.at(i).bottom - pages.at(i).top <= pageHeight);
        if (i > 0)
            QVERIFY(pages.at(i).top <= pages.at(i - 1).bottom);
    }
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    int rows = 0;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r, ++rows) {
            qreal top = 1e12, bottom = -1;
            for (int col = 0; col < table->columns(); ++col) {
                const QTextTableCell cell = table->cellAt(r, col);
                top = std::min(top,
                               layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(
                    bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            const bool whole = std::any_of(pages.cbegin(), pages.cend(), [&](const auto &page) {
                return page.top <= top && bottom <= page.bottom;
            });
            QVERIFY2(
                whole,
                qPrintable(QStringLiteral("table row %1 at %2-%3").arg(r).arg(top).arg(bottom)));
        }
    }
    QVERIFY(rows > 100);
}

QTEST_MAIN(TestReportPrinter)
#include "tst_reportprinter.moc"
