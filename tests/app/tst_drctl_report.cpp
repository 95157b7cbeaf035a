// drctl switch report: HTML and PDF (through drreport) of a switchover run, and its refusals.

#include "DrctlRun.h"
#include "PdfFacts.h"
#include "TestSupport.h"
#include "model/AuditAction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>

using namespace dr;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The report test reads drctl's output as text.
Run drctl(const QString &db, const QStringList &args)
{
    const drtest::DrctlRun r =
        drtest::runDrctl(QStringList{QStringLiteral("--db"), db} + args, {}, 120000);
    return {r.exitCode, r.outText(), r.errText()};
}

// The report's timeline row of a step names who did it (or "pending").
bool rowShowsActor(const QString &html, int step, const QString &actor)
{
    const QRegularExpression re(QStringLiteral("<tr><td>%1</td>(?:<td>[^<]*</td>){3}<td>%2</td>")
                                    .arg(step)
                                    .arg(QRegularExpression::escape(actor)));
    return re.match(html).hasMatch();
}

// A failover to step 6 with 45 minutes between the request and the start of use, and a lot of
// host work at step 3 (a long audit section).
bool failOver(Console &c, int hosts)
{
    if (!c.declareOutage(drtest::kCustomer, RegionId::Primary) ||
        !c.startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster,
                       QStringLiteral("Tokyo down")) ||
        !c.completeStep(drtest::kProvider, 2) ||
        !c.copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true))
        return false;
    for (int i = 0; i < hosts; ++i) {
        const HostEntry host{QStringLiteral("osaka-host%1").arg(i, 3, 10, QLatin1Char('0')),
                             {QStringLiteral("10.30.%1.%2").arg(i / 200).arg(i % 200 + 1)},
                             {}};
        if (!c.addHost(drtest::kCustomer, RegionId::Dr, host))
            return false;
    }
    return c.completeStep(drtest::kCustomer, 3) &&
           c.completeStep(drtest::kCustomer, 4, {QString(), true, {}}) &&
           c.completeStep(drtest::kProvider, 5) &&
           c.advanceClock(Operator::system(), 45 * 60 * 1000) &&
           c.completeStep(drtest::kCustomer, 6);
}

} // namespace

class TestDrctlReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlAndPdf();
    void japanese();
    void drillFailbackListsWhatStaysBehind();
    void refusals();
    void unwritableOutput_data();
    void unwritableOutput();
    void printerSpeaksTheLanguageAndKeepsQtQuiet();
};

void TestDrctlReport::htmlAndPdf()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    qint64 runId = 0;
    {
        auto c = drtest::demoConsole(dir);
        QVERIFY(c);
        QVERIFY(failOver(*c, 120));
        runId = c->state().runs.last().id;
        // The run's audit query has the agent copy of step 3, not only the steps.
        auto entries = c->auditEntries({runId, QStringLiteral("agent.copy"), -1});
        DR_VERIFY_OK(entries);
        QCOMPARE(entries->size(), qsizetype(1));
    }
    const QString html = dir.filePath(QStringLiteral("r.html"));
    Run r =
        drctl(db, {QStringLiteral("switch"), QStringLiteral("report"), QStringLiteral("--format"),
                   QStringLiteral("html"), QStringLiteral("--output"), html});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = QString::fromUtf8(drtest::readFile(html));
    for (int step = 1; step <= 12; ++step) {
        const Role role = stepInfo(step).role;
        const QString actor = step > 6                 ? QStringLiteral("pending")
                              : role == Role::Provider ? QStringLiteral("pat")
                                                       : QStringLiteral("alice");
        QVERIFY2(rowShowsActor(text, step, actor), qPrintable(QString::number(step)));
    }
    QVERIFY(text.contains(
        QStringLiteral(
            "<td>Failover time, step 1 to step 6 (RTO)</td><td><span class='figure'>%1</span>")
            .arg(jst::formatDuration(45 * 60 * 1000))));
    QVERIFY(text.contains(QLatin1String("Data-loss window (RPO)")));
    QVERIFY(text.contains(QLatin1String("Tokyo down")));
    QVERIFY(text.contains(QLatin1String("Pre-flight check at step 4")));
    QVERIFY(text.contains(AuditActions::displayName(QStringLiteral("switch.step")))); // readable
    QVERIFY(text.contains(
        AuditActions::displayName(QStringLiteral("agent.copy")))); // work between steps
    QVERIFY(text.contains(QLatin1String("osaka-host119")));
    QVERIFY(text.contains(QLatin1String("<table width='100%'")));

    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    r = drctl(db, {QStringLiteral("--json"), QStringLiteral("switch"), QStringLiteral("report"),
                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
                   pdf, QStringLiteral("--run"), QString::number(runId)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("\"format\":\"pdf\"")) ||
            r.out.contains(QLatin1String("\"format\": \"pdf\"")));
    const QByteArray bytes = drtest::readFile(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    // A4, and readable: 130 audit rows at a body size of about 10 pt need several pages (at the
    // old 3.5 pt everything fitted on one).
    const QSizeF page = drtest::pdfPageSize(bytes);
    QVERIFY2(qAbs(page.width() - 595.3) < 1.5 && qAbs(page.height() - 841.9) < 1.5,
             qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
    const int pages = drtest::pdfPageCount(bytes);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    // Latin text is set in a Latin font (a CJK font first lost the digits of the text layer).
    QVERIFY(drtest::pdfHasFont(bytes, "DejaVuSans"));
    QVERIFY(!drtest::pdfHasFont(bytes, "NotoSansCJK"));
}

void TestDrctlReport::japanese()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    QJsonObject finding;
    {
        auto c = drtest::demoConsole(dir); // the steps are recorded in English
        QVERIFY(c);
        QVERIFY(failOver(*c, 0));
        const QJsonArray warnings = c->state()
                                        .runs.last()
                                        .step(4)
                                        ->details.value(QStringLiteral("preflight"))
                                        .toObject()
                                        .value(QStringLiteral("warnings"))
                                        .toArray();
        QVERIFY(!warnings.isEmpty());
        finding = warnings.first().toObject();
    }
    const QString html = dir.filePath(QStringLiteral("r.html"));
    Run r = drctl(db, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("switch"),
                       QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html"),
                       QStringLiteral("--output"), html});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = QString::fromUtf8(drtest::readFile(html));
    // Said again in Japanese from the finding's code and arguments, not in the recorded English.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/drconsole_ja.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString message = Preflight::message(finding);
    const QString duration = jst::formatDuration(45 * 60 * 1000);
    const QString copied = AuditActions::displayName(QStringLiteral("agent.copy"));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(message != finding.value(QStringLiteral("message")).toString());
    QVERIFY(text.contains(message.toHtmlEscaped()));
    QVERIFY(!text.contains(finding.value(QStringLiteral("message")).toString().toHtmlEscaped()));
    QCOMPARE(duration, QStringLiteral("45分00秒"));
    QVERIFY(text.contains(duration));
    QVERIFY(text.contains(copied));
    QVERIFY(text.contains(QLatin1String("'Noto Sans CJK JP', 'DejaVu Sans'")));

    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    r = drctl(db, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("switch"),
                   QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("--output"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray bytes = drtest::readFile(pdf);
    QVERIFY(drtest::pdfHasFont(bytes, "NotoSansCJK")); // the Japanese text is there to render
    QVERIFY(drtest::pdfPageCount(bytes) >= 1);
}

void TestDrctlReport::drillFailbackListsWhatStaysBehind()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    {
        auto c = drtest::demoConsole(dir);
        QVERIFY(c);
        DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill, {}));
        DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
        DR_VERIFY_OK(c->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
        DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 3));
        DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 4, {QString(), true, {}}));
        DR_VERIFY_OK(c->completeStep(drtest::kProvider, 5));
        DR_VERIFY_OK(c->advanceClock(Operator::system(), 60 * 60 * 1000));
        DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 6));
    }
    Run r =
        drctl(db, {QStringLiteral("switch"), QStringLiteral("start"), QStringLiteral("failback"),
                   QStringLiteral("--mode"), QStringLiteral("drill"), QStringLiteral("--as"),
                   QStringLiteral("customer:alice")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QLatin1String("Not carried back to the primary environment:")));
    QVERIFY(r.out.contains(QLatin1String("CARRIER-IF")));
    QVERIFY(
        r.out.contains(QRegularExpression(QStringLiteral("\\b1 jobnet generation started|"
                                                         "\\b\\d+ jobnet generations started"))));
    QVERIFY(!r.out.contains(QLatin1String("(s)")));

    // The same as JSON, from a fresh copy of the database at step 6.
    QTemporaryDir dir2;
    const QString db2 = dir2.filePath(QStringLiteral("demo.db"));
    {
        auto c = drtest::demoConsole(dir2);
        QVERIFY(c);
        DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill, {}));
        DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
        DR_VERIFY_OK(c->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
        DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 3));
        DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 4, {QString(), true, {}}));
        DR_VERIFY_OK(c->completeStep(drtest::kProvider, 5));
        DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 6));
    }
    r = drctl(db2, {QStringLiteral("--json"), QStringLiteral("switch"), QStringLiteral("start"),
                    QStringLiteral("failback"), QStringLiteral("--mode"), QStringLiteral("drill"),
                    QStringLiteral("--as"), QStringLiteral("customer:alice")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject loss = QJsonDocument::fromJson(r.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("drillLoss"))
                                 .toObject();
    QVERIFY(loss.value(QStringLiteral("applies")).toBool());
    QVERIFY(
        loss.value(QStringLiteral("agentsAdded")).toArray().contains(QStringLiteral("CARRIER-IF")));
}

void TestDrctlReport::refusals()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    {
        auto c = drtest::demoConsole(dir);
        QVERIFY(c);
    }
    const QString out = dir.filePath(QStringLiteral("r.html"));
    Run r =
        drctl(db, {QStringLiteral("switch"), QStringLiteral("report"), QStringLiteral("--format"),
                   QStringLiteral("html"), QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 3); // no switchover yet
    QVERIFY(r.err.contains(QLatin1String("no switchover")));
    QVERIFY(!QFile::exists(out));
    r = drctl(db, {QStringLiteral("switch"), QStringLiteral("report"), QStringLiteral("--format"),
                   QStringLiteral("doc"), QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 4); // a value present but invalid
    r = drctl(db, {QStringLiteral("switch"), QStringLiteral("report"), QStringLiteral("--format"),
                   QStringLiteral("html"), QStringLiteral("--output"), out, QStringLiteral("--run"),
                   QStringLiteral("99")});
    QCOMPARE(r.exitCode, 4); // no such run
    QVERIFY(r.err.contains(QLatin1String("99")));
}

void TestDrctlReport::unwritableOutput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("why");
    for (const char *format : {"html", "pdf"}) {
        QTest::addRow("%s en", format) << QString::fromLatin1(format) << QStringLiteral("en")
                                       << QStringLiteral("does not exist");
        QTest::addRow("%s ja", format) << QString::fromLatin1(format) << QStringLiteral("ja")
                                       << QStringLiteral("存在しません");
    }
}

// An --output in a missing folder is bad input (exit 4, like "export ... --output"), said
// in the chosen language with the path and what to do, and nothing is written; Qt's own
// diagnostics never reach the message.
void TestDrctlReport::unwritableOutput()
{
    QFETCH(QString, format);
    QFETCH(QString, lang);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    {
        auto c = drtest::demoConsole(dir);
        QVERIFY(c);
        QVERIFY(failOver(*c, 0));
    }
    const QString out = dir.filePath(QStringLiteral("missing/report.") + format);
    const Run r = drctl(db, {QStringLiteral("--lang"), lang, QStringLiteral("switch"),
                             QStringLiteral("report"), QStringLiteral("--format"), format,
                             QStringLiteral("--output"), out});
    QVERIFY2(r.exitCode == 4, qPrintable(r.err));
    QVERIFY2(r.err.contains(out), qPrintable(r.err));
    QVERIFY2(r.err.contains(dir.filePath(QStringLiteral("missing"))), qPrintable(r.err));
    QVERIFY2(r.err.contains(why), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("--output")));
    for (const char *qt : {"QPainter", "QStandardPaths", "XDG_RUNTIME_DIR"})
        QVERIFY2(!r.err.contains(QLatin1String(qt)), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

// drreport, which drctl runs for PDF, speaks the language it is given and writes nothing but
// its own message to stderr, even where Qt has something to say (no XDG_RUNTIME_DIR, a painter
// that cannot begin on an unwritable file).
void TestDrctlReport::printerSpeaksTheLanguageAndKeepsQtQuiet()
{
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    {
        QFile f(html);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><body><p>Report</p></body></html>");
    }
    const QString pdf = dir.filePath(QStringLiteral("missing/r.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DRREPORT_PATH),
            {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--html"), html,
             QStringLiteral("--pdf"), pdf});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 4);
    QVERIFY2(err.contains(QStringLiteral("PDF を \"%1\" に書き込めませんでした").arg(pdf)),
             qPrintable(err));
    const QStringList lines = err.trimmed().split(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("drreport: ")), qPrintable(err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestDrctlReport)
#include "tst_drctl_report.moc"
