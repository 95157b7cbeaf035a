// Why a disaster-recovery start left units to review is said for what the start began from:
// the sync point at a failover (step 2); at a failback (step 8) the DR environment's data
// copied back (disaster) or the primary's own data from the drill's start (drill), never a
// sync point (domain.md §3, §9).

#include "rules/StartModeRules.h"
#include "runbook/SwitchoverReport.h"

#include <QTest>

using namespace dr;

namespace {

// A step-`step` start that made 2 units Unknown and kept 1 that had ended abnormally.
StepRecord switchStep(int step, bool reverseSync)
{
    StepRecord record;
    record.step = step;
    const QJsonObject byRule{{StartModeRules::ruleCode(StartRule::RunningUnknown), 2}};
    record.details.insert(
        QStringLiteral("drStart"),
        QJsonObject{{QStringLiteral("changedByRule"), byRule}, {QStringLiteral("review"), 3}});
    if (step == 8)
        record.details.insert(QStringLiteral("reverseSync"), reverseSync);
    return record;
}

} // namespace

class TestReviewBreakdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void failoverNamesTheSyncPoint();
    void failbackNamesWhatWasCopied();
};

void TestReviewBreakdown::failoverNamesTheSyncPoint()
{
    const QString text = SwitchoverReport::reviewBreakdown(switchStep(2, false));
    QVERIFY2(text.contains(QLatin1String("1 had already ended abnormally before the sync point")),
             qPrintable(text));
}

void TestReviewBreakdown::failbackNamesWhatWasCopied()
{
    const QString disaster = SwitchoverReport::reviewBreakdown(switchStep(8, true));
    QVERIFY2(!disaster.contains(QLatin1String("sync point")), qPrintable(disaster));
    QVERIFY2(disaster.contains(QLatin1String("DR environment's data was copied back")),
             qPrintable(disaster));
    const QString drill = SwitchoverReport::reviewBreakdown(switchStep(8, false));
    QVERIFY2(!drill.contains(QLatin1String("sync point")), qPrintable(drill));
    QVERIFY2(drill.contains(QLatin1String("before the drill started")), qPrintable(drill));
}

QTEST_GUILESS_MAIN(TestReviewBreakdown)
#include "tst_reviewbreakdown.moc"
