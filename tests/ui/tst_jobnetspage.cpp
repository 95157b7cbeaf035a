// The Jobnets page: status-class filters and "needs review" show exactly the expected rows;
// change status through the context menu updates the tree and the parent jobnet; disabled
// actions say why; a provider cannot operate units (disabled here, refused by the core).

#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "UiLanguage.h"
#include "dialogs/ChangeStatusDialog.h"
#include "models/UnitTreeModel.h"
#include "pages/JobnetsPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
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
    void classFilterLabels_data();
    void classFilterLabels();
    void needsReviewFilter();
    void followsTheActiveRegion();
    void changeStatusThroughContextMenu();
    void changeStatusOfSeveralJobs();
    void changeStatusDialogDisablesRefusedTargets();
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

void TestJobnetsPage::classFilterLabels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Running"),
                                       QStringLiteral("Waiting"),
                                       QStringLiteral("Normal"),
                                       QStringLiteral("Warning"),
                                       QStringLiteral("Abnormal"),
                                       QStringLiteral("Not scheduled / registered")};
    QTest::newRow("ja") << QStringLiteral("ja")
                        << QStringList{QStringLiteral("実行中"), QStringLiteral("待ち"),
                                       QStringLiteral("正常"),   QStringLiteral("警告"),
                                       QStringLiteral("異常"),   QStringLiteral("未計画・未登録")};
}

// The class of noplan and unregistered names both (it counts and filters both).
void TestJobnetsPage::classFilterLabels()
{
    QFETCH(QString, language);
    QFETCH(QStringList, labels);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    QStringList shownLabels;
    for (StatusClass cls : {StatusClass::Running, StatusClass::Wait, StatusClass::Normal,
                            StatusClass::Warning, StatusClass::Abnormal, StatusClass::None})
        shownLabels << w.jobnetsPage()
                           ->findChild<QCheckBox *>(
                               QStringLiteral("classFilter_%1").arg(statusClassCode(cls)))
                           ->text();
    QCOMPARE(shownLabels, labels);
    // Both statuses of the class are behind that box.
    QCOMPARE(statusClass(UnitStatus::NoPlan), StatusClass::None);
    QCOMPARE(statusClass(UnitStatus::Unregistered), StatusClass::None);
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

// Several jobs selected with Ctrl+click change together: the dialog names them all, one OK
// changes each, their jobnets are recomputed, and each change is audited.
void TestJobnetsPage::changeStatusOfSeveralJobs()
{
    const drtest::UiLanguage english(
        QStringLiteral("en")); // plural forms come from the translation
    QVERIFY(english.ok());
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    failOver(*c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    w.resize(1280, 800);
    w.tabs()->setCurrentWidget(w.jobnetsPage());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    JobnetsPage *page = w.jobnetsPage();
    page->findChild<QCheckBox *>(QStringLiteral("needsReviewFilter"))->setChecked(true);
    const RegionData &d = c->region(RegionId::Dr);
    QList<UnitIndex> unknown;
    for (UnitIndex i = 0; i < d.tree->size(); ++i) {
        if (d.states[std::size_t(i)].status == UnitStatus::Unknown)
            unknown << i;
    }
    QVERIFY(unknown.size() >= 2);
    QTreeView *view = page->view();
    for (int k = 0; k < unknown.size(); ++k) {
        const QModelIndex index = page->model()->indexOf(unknown[k]);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton,
                          k == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          view->visualRect(index).center());
    }
    QList<UnitIndex> selected = page->selectedUnits();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, unknown);
    QVERIFY(page->changeStatusAction()->isEnabled());
    page->changeStatusAction()->trigger();
    ChangeStatusDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<ChangeStatusDialog *>()) != nullptr);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Set the status of %1 jobs:").arg(unknown.size())),
             qPrintable(summary));
    // The first five by path, and how many more.
    for (int k = 0; k < std::min(5, int(unknown.size())); ++k)
        QVERIFY2(summary.contains(d.tree->path(unknown[k])), qPrintable(summary));
    if (unknown.size() > 5)
        QVERIFY2(summary.endsWith(QStringLiteral("... and %1 more").arg(unknown.size() - 5)),
                 qPrintable(summary));
    dialog->findChild<QRadioButton *>(QStringLiteral("target_warning"))->click();
    dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    for (UnitIndex u : std::as_const(unknown)) {
        QTRY_COMPARE(d.states[std::size_t(u)].status, UnitStatus::Warning);
        QVERIFY(!d.states[std::size_t(u)].has(FlagNeedsReview));
        // Reviewed: they leave the "needs review" list; their jobnets show the recomputed status.
        QVERIFY(!page->model()->indexOf(u).isValid());
        const UnitIndex parent = d.tree->unit(u).parent;
        const QModelIndex parentStatus =
            page->model()->indexOf(parent, UnitTreeModel::StatusColumn);
        if (parentStatus.isValid())
            QCOMPARE(parentStatus.data().toString(),
                     statusName(d.states[std::size_t(parent)].status));
    }
    auto entries = c->auditEntries({-1, QStringLiteral("unit.change-status"), -1});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), unknown.size());
}

// The dialog offers only what the core allows for every selected job and disables the rest,
// saying why: a jobnet connector cannot be set to Failed to start or Bypassed.
void TestJobnetsPage::changeStatusDialogDisablesRefusedTargets()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    w.show();
    JobnetsPage *page = w.jobnetsPage();
    const RegionData &p = c->region(RegionId::Primary);
    const UnitIndex job =
        c->findUnit(RegionId::Primary, QStringLiteral("/OPS/DB_BACKUP/BK_VERIFY"));
    const UnitIndex connector =
        c->findUnit(RegionId::Primary, QStringLiteral("/OPS/DWH_NIGHTLY/TO_REPORT"));
    const UnitIndex judgment =
        c->findUnit(RegionId::Primary, QStringLiteral("/LOGISTICS/INV_RECON/CHECK_DIFF"));
    QVERIFY(job != kNoUnit && connector != kNoUnit && judgment != kNoUnit);
    QVERIFY(isEndStatus(p.states[std::size_t(job)].status));
    QVERIFY(isEndStatus(p.states[std::size_t(connector)].status));

    QVERIFY(page->selectUnit(job));
    QVERIFY(page->selectUnit(connector));
    page->view()->selectionModel()->select(page->model()->indexOf(job),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(page->selectedUnits().size(), 2);
    QVERIFY(page->changeStatusAction()->isEnabled());
    page->changeStatusAction()->trigger();
    ChangeStatusDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<ChangeStatusDialog *>()) != nullptr);
    auto target = [dialog](const char *code) {
        return dialog->findChild<QRadioButton *>(QStringLiteral("target_") + QLatin1String(code));
    };
    QCOMPARE(p.states[std::size_t(job)].status, UnitStatus::Normal);
    for (const char *code : {"warning", "abnormal"}) {
        QVERIFY2(target(code)->isEnabled(), code);
        QVERIFY2(target(code)->toolTip().isEmpty(), code);
    }
    // Both already ended normally: setting that again is refused too.
    QVERIFY(!target("normal")->isEnabled());
    QVERIFY2(target("normal")->toolTip().contains(QLatin1String("already")),
             qPrintable(target("normal")->toolTip()));
    for (const char *code : {"fail", "bypass"}) {
        QVERIFY2(!target(code)->isEnabled(), code);
        QVERIFY2(target(code)->toolTip().contains(QLatin1String("jobnet connector")),
                 qPrintable(target(code)->toolTip()));
    }
    dialog->reject();
    QTRY_VERIFY(!w.findChild<ChangeStatusDialog *>());

    // A judgment job alone: nothing to offer, and the action says why.
    QVERIFY(page->selectUnit(judgment));
    QVERIFY(!page->changeStatusAction()->isEnabled());
    QVERIFY2(page->changeStatusAction()->toolTip().contains(QLatin1String("judgment job")),
             qPrintable(page->changeStatusAction()->toolTip()));
    // Forced anyway, the dialog disables every target.
    ChangeStatusDialog forced(p, {judgment});
    for (UnitStatus t : UnitActionRules::changeTargets()) {
        auto *b = forced.findChild<QRadioButton *>(QStringLiteral("target_") + statusCode(t));
        QVERIFY(!b->isEnabled());
        QVERIFY(b->toolTip().contains(QLatin1String("judgment job")));
    }
    QVERIFY(!forced.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
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
