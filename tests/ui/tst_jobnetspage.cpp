// The Jobnets page: status-class filters and "needs review" show exactly the expected rows;
// change status through the context menu updates the tree and the parent jobnet; disabled
// actions say why; a provider cannot operate units (disabled here, refused by the core).

#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "dialogs/ChangeStatusDialog.h"
#include "models/UnitTreeModel.h"
#include "pages/JobnetsPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace dr;
using namespace dr::ui;

namespace {

QSet<UnitIndex> shown(UnitTreeModel &model, const QModelIndex &parent = {})
{
    QSet<UnitIndex> units;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        units.insert(model.unitAt(i));
        units.unite(shown(model, i));
    }
    return units;
}

// The units matching, plus every ancestor of one.
QSet<UnitIndex> withAncestors(const RegionData &r, const std::function<bool(UnitIndex)> &match)
{
    QSet<UnitIndex> units;
    for (UnitIndex i = 0; i < r.tree->size(); ++i) {
        if (!isExecutable(r.tree->unit(i).type) || !match(i))
            continue;
        for (UnitIndex a = i; a != kNoUnit; a = r.tree->unit(a).parent)
            units.insert(a);
    }
    return units;
}

void onlyClass(JobnetsPage &page, StatusClass keep)
{
    for (StatusClass c : {StatusClass::Running, StatusClass::Wait, StatusClass::Normal,
                          StatusClass::Warning, StatusClass::Abnormal, StatusClass::None}) {
        auto *box =
            page.findChild<QCheckBox *>(QStringLiteral("classFilter_%1").arg(statusClassCode(c)));
        box->setChecked(c == keep);
    }
}

// Fails over to DR with the given operator signed in (the DR units then need review).
void failOver(Console &c)
{
    QVERIFY(c.declareOutage(drtest::kCustomer, RegionId::Primary).ok());
    QVERIFY(c.startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}).ok());
    QVERIFY(c.completeStep(drtest::kProvider, 2).ok());
}

} // namespace

class TestJobnetsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classFilterShowsExactlyThoseRows_data();
    void classFilterShowsExactlyThoseRows();
    void needsReviewFilter();
    void followsTheActiveRegion();
    void changeStatusThroughContextMenu();
    void disabledActionsExplain();
    void providerCannotOperateUnits();
};

void TestJobnetsPage::classFilterShowsExactlyThoseRows_data()
{
    QTest::addColumn<int>("statusClass");
    for (StatusClass c : {StatusClass::Running, StatusClass::Wait, StatusClass::Normal,
                          StatusClass::Warning, StatusClass::Abnormal, StatusClass::None})
        QTest::newRow(qPrintable(statusClassCode(c))) << int(c);
}

void TestJobnetsPage::classFilterShowsExactlyThoseRows()
{
    QFETCH(int, statusClass);
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    JobnetsPage *page = w.jobnetsPage();
    onlyClass(*page, StatusClass(statusClass));
    const RegionData &p = c->region(RegionId::Primary);
    const QSet<UnitIndex> expected = withAncestors(p, [&](UnitIndex i) {
        return int(dr::statusClass(p.states[std::size_t(i)].status)) == statusClass;
    });
    QCOMPARE(shown(*page->model()), expected);
    QVERIFY(!expected.isEmpty());
}

void TestJobnetsPage::needsReviewFilter()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    failOver(*c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    JobnetsPage *page = w.jobnetsPage();
    QCOMPARE(page->region(), RegionId::Dr); // opens on the active region
    page->findChild<QCheckBox *>(QStringLiteral("needsReviewFilter"))->setChecked(true);
    const RegionData &d = c->region(RegionId::Dr);
    const QSet<UnitIndex> expected = withAncestors(
        d, [&](UnitIndex i) { return d.states[std::size_t(i)].has(FlagNeedsReview); });
    QCOMPARE(shown(*page->model()), expected);
    int unknown = 0;
    for (UnitIndex u : expected)
        unknown += d.states[std::size_t(u)].status == UnitStatus::Unknown;
    QVERIFY(unknown >= 2);
    // Text filter on top of it.
    auto *text = page->findChild<QLineEdit *>(QStringLiteral("textFilter"));
    QTest::keyClicks(text, QStringLiteral("LOGISTICS"));
    QTRY_VERIFY(shown(*page->model()).size() < expected.size());
    for (UnitIndex u : shown(*page->model()))
        QVERIFY(d.tree->path(u).startsWith(QLatin1String("/LOGISTICS")));
}

// Opened before a failover, the page moves to the DR region at the switch (its "needs review"
// units are there); an operator's pick afterwards stays until the next switch.
void TestJobnetsPage::followsTheActiveRegion()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    JobnetsPage *page = w.jobnetsPage();
    auto *selector = page->findChild<QComboBox *>(QStringLiteral("regionSelector"));
    QCOMPARE(page->region(), RegionId::Primary);
    page->findChild<QCheckBox *>(QStringLiteral("needsReviewFilter"))->setChecked(true);
    QCOMPARE(page->model()->matchingUnits(), 0);
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 10 * 60 * 1000));
    QCOMPARE(page->region(), RegionId::Primary);

    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    QCOMPARE(page->region(), RegionId::Primary); // step 1 does not move operation yet
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
    QCOMPARE(page->region(), RegionId::Dr);
    QCOMPARE(selector->currentData().toInt(), int(RegionId::Dr));
    QVERIFY(page->model()->matchingUnits() > 0);
    const RegionData &d = c->region(RegionId::Dr);
    QCOMPARE(shown(*page->model()), withAncestors(d, [&](UnitIndex i) {
                 return d.states[std::size_t(i)].has(FlagNeedsReview);
             }));

    // The operator looks at the primary; the work in DR goes on without taking the view away.
    selector->setCurrentIndex(selector->findData(int(RegionId::Primary)));
    QCOMPARE(page->region(), RegionId::Primary);
    DR_VERIFY_OK(c->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 3));
    DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 4, {QString(), true, {}}));
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 5));
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 10 * 60 * 1000));
    DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 6));
    QCOMPARE(page->region(), RegionId::Primary);

    // Back on DR by choice; the failback's switch moves the page to the primary again.
    selector->setCurrentIndex(selector->findData(int(RegionId::Dr)));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failback, SwitchMode::Drill, {}));
    QCOMPARE(page->region(), RegionId::Dr);
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 8));
    QCOMPARE(page->region(), RegionId::Primary);
}

void TestJobnetsPage::changeStatusThroughContextMenu()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    failOver(*c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    w.show();
    JobnetsPage *page = w.jobnetsPage();
    const RegionData &d = c->region(RegionId::Dr);
    UnitIndex job = kNoUnit;
    for (UnitIndex i = 0; i < d.tree->size() && job == kNoUnit; ++i) {
        if (d.states[std::size_t(i)].status == UnitStatus::Unknown)
            job = i;
    }
    QVERIFY(job != kNoUnit);
    const UnitIndex parent = d.tree->unit(job).parent;
    const UnitStatus parentBefore = d.states[std::size_t(parent)].status;
    QVERIFY(page->selectUnit(job));
    QVERIFY(page->changeStatusAction()->isEnabled());

    // Open the real context menu and pick "Change status..." from it.
    bool menuSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        menuSeen = menu->actions().contains(page->changeStatusAction()) &&
                   menu->actions().contains(page->killAction());
        menu->close();
        page->changeStatusAction()->trigger();
    });
    const QRect rect = page->view()->visualRect(page->model()->indexOf(job));
    Q_EMIT page->view()->customContextMenuRequested(rect.center());
    QVERIFY(menuSeen);
    ChangeStatusDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<ChangeStatusDialog *>()) != nullptr);
    // Only what the core allows is offered: an unknown job may become normal, not stay unknown.
    auto *normal = dialog->findChild<QRadioButton *>(QStringLiteral("target_normal"));
    QVERIFY(normal->isEnabled());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    normal->click();
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_COMPARE(d.states[std::size_t(job)].status, UnitStatus::Normal);
    QVERIFY(!d.states[std::size_t(job)].has(FlagNeedsReview));
    const QModelIndex status = page->model()->indexOf(job, UnitTreeModel::StatusColumn);
    QCOMPARE(status.data().toString(), statusName(UnitStatus::Normal));
    // The parent jobnet was recomputed and the tree shows it.
    const QModelIndex parentStatus = page->model()->indexOf(parent, UnitTreeModel::StatusColumn);
    QCOMPARE(parentStatus.data().toString(), statusName(d.states[std::size_t(parent)].status));
    if (parentBefore == UnitStatus::AbendRunning)
        QVERIFY(d.states[std::size_t(parent)].status != UnitStatus::AbendRunning ||
                UnitActionRules::rerunTargets(d, d.tree->rootJobnetOf(job), RerunFrom::Abnormal)
                        .size() > 0);
    auto entries = c->auditEntries({-1, QStringLiteral("change-status"), -1});
    QVERIFY(entries.ok() && entries->size() == 1);
    QVERIFY(entries->first().details.contains(d.tree->path(job)));
}

void TestJobnetsPage::disabledActionsExplain()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    JobnetsPage *page = w.jobnetsPage();
    const UnitIndex ended =
        c->findUnit(RegionId::Primary, QStringLiteral("/OPS/DB_BACKUP/BK_VERIFY"));
    QVERIFY(page->selectUnit(ended));
    QVERIFY(!page->killAction()->isEnabled());
    QVERIFY(
        page->killAction()->toolTip().contains(QLatin1String("only running units can be killed")));
    QVERIFY(!page->holdAction()->isEnabled());
    QVERIFY(page->rerunAction(RerunFrom::ThisOnly)->isEnabled());
    QVERIFY(!page->rerunAction(RerunFrom::Top)->isEnabled());
    QVERIFY(
        page->rerunAction(RerunFrom::Top)->toolTip().contains(QLatin1String("not a root jobnet")));
    // Suppressed region: actions stay possible and say that nothing starts until release.
    failOver(*c);
    page->setRegion(RegionId::Dr);
    const UnitIndex root = c->findUnit(RegionId::Dr, QStringLiteral("/OPS/DB_BACKUP"));
    QVERIFY(page->selectUnit(root));
    QVERIFY(page->rerunAction(RerunFrom::Top)->isEnabled());
    QVERIFY(page->rerunAction(RerunFrom::Top)
                ->toolTip()
                .contains(QLatin1String("jobs will not start until release")));
    // The standby primary cannot be operated.
    page->setRegion(RegionId::Primary);
    QVERIFY(page->selectUnit(c->findUnit(RegionId::Primary, QStringLiteral("/OPS/DB_BACKUP"))));
    QVERIFY(!page->rerunAction(RerunFrom::Top)->isEnabled());
    QVERIFY(page->rerunAction(RerunFrom::Top)->toolTip().contains(QLatin1String("standby region")));
}

void TestJobnetsPage::providerCannotOperateUnits()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kProvider);
    JobnetsPage *page = w.jobnetsPage();
    const UnitIndex job =
        c->findUnit(RegionId::Primary, QStringLiteral("/OPS/DB_BACKUP/BK_VERIFY"));
    QVERIFY(page->selectUnit(job));
    for (QAction *a : {page->changeStatusAction(), page->rerunAction(RerunFrom::ThisOnly)}) {
        QVERIFY(!a->isEnabled());
        QVERIFY2(a->toolTip().contains(QLatin1String("customer")), qPrintable(a->toolTip()));
    }
    DR_VERIFY_REFUSED(
        c->rerun(drtest::kProvider, RegionId::Primary, job, RerunFrom::ThisOnly, false), "role");
    w.setOperator(drtest::kCustomer);
    QVERIFY(page->rerunAction(RerunFrom::ThisOnly)->isEnabled());
}

QTEST_MAIN(TestJobnetsPage)
#include "tst_jobnetspage.moc"
