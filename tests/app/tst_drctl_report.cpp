// drctl switch report: HTML and PDF (through drreport) of a switchover run, and its refusals.

#include "TestSupport.h"

#include <QFile>
#include <QProcess>

using namespace dr;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run drctl(const QString &db, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DRCTL_PATH), QStringList{QStringLiteral("--db"), db} + args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestDrctlReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlAndPdf();
    void refusals();
};

void TestDrctlReport::htmlAndPdf()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    {
        auto c = drtest::demoConsole(dir);
        QVERIFY(c);
        DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));
        DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, QStringLiteral("Tokyo down")));
        DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
        DR_VERIFY_OK(c->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
        DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 3));
        DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 4, {QString(), true, {}}));
        DR_VERIFY_OK(c->completeStep(drtest::kProvider, 5));
        DR_VERIFY_OK(c->advanceClock(Operator::system(), 45 * 60 * 1000));
        DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 6));
    }
    const QString html = dir.filePath(QStringLiteral("r.html"));
    Run r = drctl(db, {QStringLiteral("switch"), QStringLiteral("report"), QStringLiteral("--format"),
                       QStringLiteral("html"), QStringLiteral("--output"), html});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (int step = 1; step <= 12; ++step)
        QVERIFY(text.contains(QStringLiteral("<tr><td>%1</td>").arg(step)));
    QVERIFY(text.contains(QLatin1String("Failover time, step 1 to step 6 (RTO)")));
    QVERIFY(text.contains(QLatin1String("45 min")));
    QVERIFY(text.contains(QLatin1String("Data-loss window (RPO)")));
    QVERIFY(text.contains(QLatin1String("Tokyo down")));
    QVERIFY(text.contains(QLatin1String("Pre-flight check at step 4")));
    QVERIFY(text.contains(QLatin1String("switch.step")));

    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    r = drctl(db, {QStringLiteral("--json"), QStringLiteral("switch"), QStringLiteral("report"), QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--output"), pdf, QStringLiteral("--run"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("\"format\":\"pdf\"")) || r.out.contains(QLatin1String("\"format\": \"pdf\"")));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
    QVERIFY(pdfFile.size() > 5000);
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
    Run r = drctl(db, {QStringLiteral("switch"), QStringLiteral("report"), QStringLiteral("--format"),
                       QStringLiteral("html"), QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 3); // no switchover yet
    QVERIFY(r.err.contains(QLatin1String("no switchover")));
    QVERIFY(!QFile::exists(out));
    r = drctl(db, {QStringLiteral("switch"), QStringLiteral("report"), QStringLiteral("--format"),
                   QStringLiteral("doc"), QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 4); // a value present but invalid
    r = drctl(db, {QStringLiteral("switch"), QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html"),
                   QStringLiteral("--output"), out, QStringLiteral("--run"), QStringLiteral("99")});
    QCOMPARE(r.exitCode, 4); // no such run
    QVERIFY(r.err.contains(QLatin1String("99")));
}

QTEST_GUILESS_MAIN(TestDrctlReport)
#include "tst_drctl_report.moc"
