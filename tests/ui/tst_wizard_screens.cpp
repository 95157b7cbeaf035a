// Screenshots of every page of the switchover wizard, in English and Japanese, at its default
// size, with realistic figures: Tokyo goes down at 10:31, the DR environment takes over at
// 13:00 (so jobnets due in between are overdue), and each step takes the time it would. Also
// the wrong-role banner, pre-flight errors with their fixes, the three recovery tabs and a
// drill's warnings. Saved to <build>/screenshots for review.

#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "WizardDriver.h"
#include "wizard/OverdueTable.h"
#include "wizard/PreflightPage.h"
#include "wizard/RecoveryPage.h"

#include <QCheckBox>
#include <QTabWidget>
#include <QTranslator>

using namespace dr;
using namespace dr::ui;

namespace {

qint64 at(int hh, int mm)
{
    return jst::toUtcMs(QDate(2026, 11, 25), hh * 60 + mm);
}

// When each step is completed in the disaster run.
qint64 stepTime(int step)
{
    static const int times[] = {0,       10 * 60 + 40, 13 * 60,     13 * 60 + 40, 13 * 60 + 50,
                                14 * 60, 14 * 60 + 30, 16 * 60,     16 * 60 + 20, 16 * 60 + 50,
                                17 * 60, 17 * 60 + 10, 17 * 60 + 30};
    return at(times[step] / 60, times[step] % 60);
}

class UiLanguage
{
public:
    explicit UiLanguage(const QString &code)
    {
        if (m_translator.load(QStringLiteral(":/i18n/drconsole_%1.qm").arg(code)))
            QCoreApplication::installTranslator(&m_translator);
        setUiLanguage(languageFromLocaleName(code));
    }
    ~UiLanguage()
    {
        setUiLanguage(dr::Language::English);
        QCoreApplication::removeTranslator(&m_translator);
    }

private:
    QTranslator m_translator;
};

// Lets the pages' coalesced refreshes land before the picture.
void shoot(QWidget *widget, const QString &name, const QString &language)
{
    QTest::qWait(150);
    drtest::saveScreenshot(widget, QStringLiteral("wizard-%1-%2").arg(name, language));
}

QString stepName(int step)
{
    return QStringLiteral("step%1").arg(step, 2, 10, QLatin1Char('0'));
}

void signInFor(MainWindow &w, int step)
{
    w.setOperator(stepInfo(step).role == Role::Provider ? drtest::kProvider : drtest::kCustomer);
}

} // namespace

class TestWizardScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disasterRun_data();
    void disasterRun();
    void drillWarnings_data();
    void drillWarnings();
};

void TestWizardScreens::disasterRun_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestWizardScreens::disasterRun()
{
    QFETCH(QString, language);
    const UiLanguage ui(language);
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    // 40 s after the 10:31 sync point: that much data is lost.
    DR_VERIFY_OK(c->advanceClock(Operator::system(), at(10, 31) + 40 * 1000 - c->clockMs()));
    DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
    QVERIFY(wizard);
    for (int step = 1; step <= 12; ++step) {
        DR_VERIFY_OK(c->advanceClock(Operator::system(), stepTime(step) - c->clockMs()));
        if (step == 7)
            DR_VERIFY_OK(c->restoreRegion(drtest::kCustomer, RegionId::Primary));
        if (step == 2) { // still signed in as the customer: who must act, and Next disabled
            shoot(wizard, stepName(2) + QStringLiteral("-wrong-role"), language);
            // Lists in running text use the language's separator.
            const QString notCarried = drtest::labelText(wizard->stepPage(2), "notCarriedOver");
            QVERIFY2(notCarried.contains(language == QLatin1String("ja") ? QStringLiteral("、")
                                                                         : QStringLiteral(", ")),
                     qPrintable(notCarried));
        }
        signInFor(w, step);
        auto *recovery = qobject_cast<RecoveryPage *>(wizard->stepPage(step));
        if (recovery) { // the page, once per tab
            const QStringList tabs{QStringLiteral("agents"), QStringLiteral("review"),
                                   QStringLiteral("overdue")};
            for (int tab = 0; tab < tabs.size(); ++tab) {
                recovery->tabs()->setCurrentIndex(tab);
                shoot(wizard, stepName(step) + QLatin1Char('-') + tabs[tab], language);
            }
            recovery->tabs()->setCurrentIndex(0);
        }
        if (auto *pf = qobject_cast<PreflightPage *>(wizard->stepPage(step))) {
            if (step == 4) {
                // The agents were not prepared at step 3: errors, each with its fix.
                QTRY_VERIFY(pf->findChild<QWidget *>(QStringLiteral("fix_agent-missing")) !=
                            nullptr);
                shoot(wizard, stepName(4) + QStringLiteral("-errors"), language);
                DR_VERIFY_OK(
                    c->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
            }
            QTRY_VERIFY(pf->findChild<QWidget *>(QStringLiteral("fix_agent-missing")) == nullptr);
            if (!pf->acknowledge()->isHidden())
                pf->acknowledge()->setChecked(true);
        }
        if (!recovery)
            shoot(wizard, stepName(step), language);
        QVERIFY2(
            drtest::completeStep(wizard),
            qPrintable(
                QStringLiteral("step %1: %2").arg(step).arg(wizard->stepPage(step)->lastError())));
    }
    shoot(wizard, QStringLiteral("summary"), language);
}

void TestWizardScreens::drillWarnings_data()
{
    disasterRun_data();
}

void TestWizardScreens::drillWarnings()
{
    QFETCH(QString, language);
    const UiLanguage ui(language);
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromRunbook(w);
    QVERIFY(wizard);
    for (int step = 1; step <= 8; ++step) {
        DR_VERIFY_OK(c->advanceClock(Operator::system(), 20 * 60 * 1000));
        signInFor(w, step);
        if (step == 3) {
            // Work in DR that will stay behind: agents copied, a host added, a status set, hours
            // of runs.
            DR_VERIFY_OK(c->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
            const RegionData &dr = c->region(RegionId::Dr);
            for (UnitIndex i = 0; i < dr.tree->size(); ++i) {
                if (dr.states[std::size_t(i)].status == UnitStatus::Unknown) {
                    DR_VERIFY_OK(
                        c->changeStatus(drtest::kCustomer, RegionId::Dr, i, UnitStatus::Normal));
                    break;
                }
            }
            DR_VERIFY_OK(c->addHost(
                drtest::kCustomer, RegionId::Dr,
                HostEntry{QStringLiteral("osaka-print01"), {QStringLiteral("10.20.1.15")}, {}}));
        }
        if (step == 6)
            DR_VERIFY_OK(c->advanceClock(Operator::system(), 3 * 60 * 60 * 1000));
        if (auto *pf = qobject_cast<PreflightPage *>(wizard->stepPage(step));
            pf && !pf->acknowledge()->isHidden())
            pf->acknowledge()->setChecked(true);
        if (step == 1 || step == 7 || step == 8)
            shoot(wizard, stepName(step) + QStringLiteral("-drill"), language);
        if (step < 8)
            QVERIFY2(drtest::completeStep(wizard), qPrintable(wizard->stepPage(step)->lastError()));
    }
}

QTEST_MAIN(TestWizardScreens)
#include "tst_wizard_screens.moc"
