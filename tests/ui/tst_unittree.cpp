// The jobnet tree model: consistent under QAbstractItemModelTester through ticks, filters,
// sorting and resets; a simulation change touches only the rows that changed, with exact
// signal counts; filtered views gain and lose rows as statuses change.

#include "TestSupport.h"
#include "models/UnitTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace dr;
using namespace dr::ui;

namespace {

// Lists every row once, like a fully expanded view would.
int materialize(QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        ++n;
        n += materialize(model, model.index(r, 0, parent));
    }
    return n;
}

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

UnitIndex firstRunningJob(const RegionData &r)
{
    for (UnitIndex i = 0; i < r.tree->size(); ++i) {
        if (usesAgent(r.tree->unit(i).type) &&
            r.states[std::size_t(i)].status == UnitStatus::Running)
            return i;
    }
    return kNoUnit;
}

// What the operator sees in `column` ordered as the column sorts (independent of the model's
// code): names, types and agents as shown, case-insensitively; statuses in the order of the
// status table; times, execution IDs and exit codes by value, empty cells first.
int compareShown(const RegionData &r, int column, UnitIndex a, UnitIndex b)
{
    const UnitState &sa = r.states[std::size_t(a)];
    const UnitState &sb = r.states[std::size_t(b)];
    auto cmp = [](auto x, auto y) {
        return x < y ? -1 : x > y ? 1 : 0;
    };
    auto exit = [&](UnitIndex u, const UnitState &st) {
        const bool shown = isExecutable(r.tree->unit(u).type) && hasExitCode(st.status) &&
                           usesAgent(r.tree->unit(u).type);
        return shown ? qint64(st.exitCode) : std::numeric_limits<qint64>::min();
    };
    auto agent = [&](UnitIndex u) {
        return usesAgent(r.tree->unit(u).type) ? r.tree->effectiveAgent(u) : r.tree->unit(u).agent;
    };
    switch (column) {
    case UnitTreeModel::NameColumn:
        return QString::compare(r.tree->unit(a).name, r.tree->unit(b).name, Qt::CaseInsensitive);
    case UnitTreeModel::TypeColumn:
        return QString::compare(unitTypeName(r.tree->unit(a).type),
                                unitTypeName(r.tree->unit(b).type), Qt::CaseInsensitive);
    case UnitTreeModel::StatusColumn:
        return cmp(int(sa.status), int(sb.status));
    case UnitTreeModel::AgentColumn:
        return QString::compare(agent(a), agent(b), Qt::CaseInsensitive);
    case UnitTreeModel::ExecIdColumn:
        return cmp(sa.execSerial, sb.execSerial);
    case UnitTreeModel::StartColumn:
        return cmp(sa.startMs, sb.startMs);
    case UnitTreeModel::EndColumn:
        return cmp(sa.endMs, sb.endMs);
    case UnitTreeModel::ExitCodeColumn:
        return cmp(exit(a, sa), exit(b, sb));
    }
    return 0;
}

// Every listed parent's rows are in `column` order (ties in definition order); returns the
// number of adjacent pairs whose values differ (so a test can see the order was exercised).
int verifyOrder(UnitTreeModel &model, const RegionData &r, int column, Qt::SortOrder order,
                const QModelIndex &parent = {})
{
    int distinct = 0;
    for (int row = 0; row + 1 < model.rowCount(parent); ++row) {
        const UnitIndex a = model.unitAt(model.index(row, 0, parent));
        const UnitIndex b = model.unitAt(model.index(row + 1, 0, parent));
        int c = compareShown(r, column, a, b);
        if (order == Qt::DescendingOrder)
            c = -c;
        const QString where = QStringLiteral("column %1 %2: %3 before %4")
                                  .arg(column)
                                  .arg(order == Qt::AscendingOrder ? "asc" : "desc",
                                       r.tree->path(a), r.tree->path(b));
        if (c > 0 || (c == 0 && a > b)) {
            qWarning("%s", qPrintable(where));
            return -1;
        }
        distinct += c != 0;
    }
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const int below = verifyOrder(model, r, column, order, model.index(row, 0, parent));
        if (below < 0)
            return -1;
        distinct += below;
    }
    return distinct;
}

} // namespace

class TestUnitTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structureMatchesTheTree();
    void testerThroughChanges();
    void exactSignalsOnAChange();
    void quietTickSendsNothing();
    void filteredRowsComeAndGo();
    void filterShowsMatchesAndTheirAncestors();
    void sortsAnyColumn();
    void everyColumnSortsInOrder_data();
    void everyColumnSortsInOrder();
    void resortsAfterAChange_data();
    void resortsAfterAChange();
    void exitCodeOnlyWhereTheJobEnded_data();
    void exitCodeOnlyWhereTheJobEnded();

private:
    // A demo database whose first agent jobs are each in one status of the table, with exit
    // code 7, written to the file directly (no operation reaches every status).
    void makeEveryStatusConsole();

    QTemporaryDir m_everyStatusDir;
    std::unique_ptr<Console> m_everyStatus;
    QHash<int, UnitIndex> m_jobInStatus; // by UnitStatus
};

void TestUnitTree::structureMatchesTheTree()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    UnitTreeModel model(*c, RegionId::Primary);
    QCOMPARE(model.rowCount(), 4); // SALES, LOGISTICS, FINANCE, OPS
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("SALES"));
    QCOMPARE(materialize(model), int(c->region(RegionId::Primary).tree->size()));
    const UnitIndex job =
        c->findUnit(RegionId::Primary, QStringLiteral("/SALES/ORDER_AM/ORDER_LOAD"));
    const QModelIndex index = model.indexOf(job, UnitTreeModel::StatusColumn);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(UnitTreeModel::PathRole).toString(),
             QStringLiteral("/SALES/ORDER_AM/ORDER_LOAD"));
    QCOMPARE(index.data().toString(),
             statusName(c->region(RegionId::Primary).states[std::size_t(job)].status));
    QCOMPARE(index.parent().data().toString(), QStringLiteral("ORDER_AM"));
    QVERIFY(index.data(Qt::DecorationRole).isValid()); // an icon, not colour alone
    QVERIFY(index.data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(0, UnitTreeModel::StatusColumn).data().toString(),
             QStringLiteral("\u2014")); // a group
}

void TestUnitTree::testerThroughChanges()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    UnitTreeModel model(*c, RegionId::Primary);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    materialize(model);
    for (int i = 0; i < 8; ++i)
        DR_VERIFY_OK(c->advanceClock(Operator::system(), 10 * 60 * 1000));
    UnitFilter running;
    for (StatusClass cls : {StatusClass::Wait, StatusClass::Normal, StatusClass::Warning,
                            StatusClass::Abnormal, StatusClass::None})
        running.setClassShown(cls, false);
    model.setFilter(running);
    materialize(model);
    for (int i = 0; i < 8; ++i) {
        DR_VERIFY_OK(c->advanceClock(Operator::system(), 15 * 60 * 1000));
        materialize(model);
    }
    model.sort(UnitTreeModel::StartColumn, Qt::DescendingOrder);
    materialize(model);
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 30 * 60 * 1000));
    model.setFilter(UnitFilter());
    model.setRegion(RegionId::Dr);
    QCOMPARE(materialize(model), int(c->region(RegionId::Dr).tree->size()));
}

void TestUnitTree::exactSignalsOnAChange()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    UnitTreeModel model(*c, RegionId::Primary);
    materialize(model);
    const RegionData &p = c->region(RegionId::Primary);
    const UnitIndex job = firstRunningJob(p);
    QVERIFY(job != kNoUnit);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy facade(c.get(), &Console::unitsChanged);
    DR_VERIFY_OK(c->kill(drtest::kCustomer, RegionId::Primary, job));
    QCOMPARE(facade.count(), 1);
    const auto units = facade.first().at(1).value<std::vector<UnitIndex>>();
    QVERIFY(units.size() >= 2); // the job and its jobnet at least
    // One dataChanged per run of adjacent changed rows under one parent, nothing else.
    std::vector<std::pair<UnitIndex, int>> rows;
    for (UnitIndex u : units)
        rows.emplace_back(p.tree->unit(u).parent, model.indexOf(u).row());
    std::sort(rows.begin(), rows.end());
    int runs = 0;
    for (std::size_t k = 0; k < rows.size(); ++k)
        runs += k == 0 || rows[k].first != rows[k - 1].first ||
                rows[k].second != rows[k - 1].second + 1;
    QCOMPARE(changed.count(), runs);
    QCOMPARE(inserted.count() + removed.count() + reset.count() + layout.count(), 0);
    QSet<UnitIndex> signalled;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        QCOMPARE(from.parent(), to.parent());
        QCOMPARE(from.column(), 0);
        QCOMPARE(to.column(), UnitTreeModel::ColumnCount - 1);
        for (int r = from.row(); r <= to.row(); ++r)
            signalled.insert(model.unitAt(model.index(r, 0, from.parent())));
    }
    QCOMPARE(signalled, QSet<UnitIndex>(units.begin(), units.end()));
    QVERIFY(signalled.contains(job));
    QVERIFY(signalled.contains(p.tree->unit(job).parent));
    QCOMPARE(model.indexOf(job, UnitTreeModel::StatusColumn).data().toString(),
             statusName(UnitStatus::Killed));
}

void TestUnitTree::quietTickSendsNothing()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    UnitTreeModel model(*c, RegionId::Dr); // the standby region does not change between syncs
    materialize(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 20 * 1000)); // no sync point in 20 s
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestUnitTree::filteredRowsComeAndGo()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    UnitTreeModel model(*c, RegionId::Primary);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    UnitFilter abnormal;
    for (StatusClass cls : {StatusClass::Wait, StatusClass::Normal, StatusClass::Warning,
                            StatusClass::Running, StatusClass::None})
        abnormal.setClassShown(cls, false);
    model.setFilter(abnormal);
    materialize(model);
    const RegionData &p = c->region(RegionId::Primary);
    // A running job with a running sibling: killing it leaves its jobnet running (abcont), so
    // the job is the one unit that enters the filter.
    UnitIndex job = kNoUnit;
    for (UnitIndex i = 0; i < p.tree->size() && job == kNoUnit; ++i) {
        if (!usesAgent(p.tree->unit(i).type) ||
            p.states[std::size_t(i)].status != UnitStatus::Running)
            continue;
        for (UnitIndex sibling : p.tree->children(p.tree->unit(i).parent)) {
            if (sibling != i &&
                statusClass(p.states[std::size_t(sibling)].status) == StatusClass::Running)
                job = i;
        }
    }
    QVERIFY(job != kNoUnit);
    const UnitIndex jobnet = p.tree->unit(job).parent;
    QVERIFY(!model.indexOf(job).isValid());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    DR_VERIFY_OK(c->kill(drtest::kCustomer, RegionId::Primary, job)); // killed: class abnormal
    QVERIFY(model.indexOf(job).isValid());
    QCOMPARE(p.states[std::size_t(jobnet)].status, UnitStatus::AbendRunning);
    // One insertion: the topmost unit that became visible (the job comes with it).
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    DR_VERIFY_OK(c->changeStatus(drtest::kCustomer, RegionId::Primary, job, UnitStatus::Normal));
    QVERIFY(!model.indexOf(job).isValid());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(shown(model), shown(model)); // still consistent to walk
}

void TestUnitTree::filterShowsMatchesAndTheirAncestors()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    UnitTreeModel model(*c, RegionId::Primary);
    UnitFilter text;
    text.setText(QStringLiteral("order_load"));
    model.setFilter(text);
    QSet<UnitIndex> expected;
    const RegionData &p = c->region(RegionId::Primary);
    for (const char *path : {"/SALES", "/SALES/ORDER_AM", "/SALES/ORDER_PM", "/SALES/ORDER_EVE",
                             "/SALES/ORDER_AM/ORDER_LOAD", "/SALES/ORDER_PM/ORDER_LOAD",
                             "/SALES/ORDER_EVE/ORDER_LOAD"})
        expected.insert(p.tree->find(QString::fromLatin1(path)));
    QCOMPARE(shown(model), expected);
    QCOMPARE(model.matchingUnits(), 3);
    // By agent and by path fragment.
    text.setText(QStringLiteral("CARRIER-IF"));
    model.setFilter(text);
    QCOMPARE(model.matchingUnits(), 8);
    text.setText(QStringLiteral("FINANCE/GL_"));
    model.setFilter(text);
    QVERIFY(model.matchingUnits() >= 6);
    for (UnitIndex u : shown(model))
        QVERIFY(p.tree->path(u).startsWith(QLatin1String("/FINANCE")));
}

void TestUnitTree::sortsAnyColumn()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    UnitTreeModel model(*c, RegionId::Primary);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex sales = model.index(0, 0);
    for (int column = 0; column < UnitTreeModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            const QModelIndex parent = model.indexOf(model.unitAt(sales));
            QStringList values;
            for (int r = 0; r < model.rowCount(parent); ++r)
                values << model.index(r, column, parent)
                              .data(column == UnitTreeModel::NameColumn ? Qt::DisplayRole
                                                                        : Qt::DisplayRole)
                              .toString();
            QCOMPARE(values.size(), 6);
        }
    }
    model.sort(UnitTreeModel::NameColumn, Qt::DescendingOrder);
    const QModelIndex parent = model.indexOf(model.unitAt(sales));
    QCOMPARE(model.index(0, 0, parent).data().toString(), QStringLiteral("SALES_REPORT"));
    model.sort(UnitTreeModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, 0, model.indexOf(model.unitAt(sales))).data().toString(),
             QStringLiteral("ADHOC_REINDEX"));
}

void TestUnitTree::everyColumnSortsInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < UnitTreeModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "asc" : "desc")
                << column << int(order);
        }
    }
}

// Sorting orders every level of the tree by what the column shows, in both directions.
void TestUnitTree::everyColumnSortsInOrder()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    UnitTreeModel model(*c, RegionId::Primary);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(column, Qt::SortOrder(order));
    const int distinct =
        verifyOrder(model, c->region(RegionId::Primary), column, Qt::SortOrder(order));
    QVERIFY2(distinct >= 0, "rows out of order (see the warning above)");
    QVERIFY2(distinct >= 10,
             qPrintable(QString::number(distinct))); // the column has values to order
    QCOMPARE(materialize(model), int(c->region(RegionId::Primary).tree->size()));
}

void TestUnitTree::resortsAfterAChange_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column : {int(UnitTreeModel::NameColumn), int(UnitTreeModel::StatusColumn),
                       int(UnitTreeModel::EndColumn), int(UnitTreeModel::ExitCodeColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "asc" : "desc")
                << column << int(order);
        }
    }
}

// A view sorted by a column that a status change alters (status, end, exit code) moves the
// changed rows to their new place: one layout change, the selection (a persistent index) kept.
void TestUnitTree::resortsAfterAChange()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const RegionData &p = c->region(RegionId::Primary);
    UnitTreeModel model(*c, RegionId::Primary);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(column, Qt::SortOrder(order));
    materialize(model);
    const UnitIndex job = firstRunningJob(p);
    QVERIFY(job != kNoUnit);
    const QPersistentModelIndex selected = model.indexOf(job);
    const int rowBefore = selected.row();
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    DR_VERIFY_OK(c->kill(drtest::kCustomer, RegionId::Primary, job)); // status, end and exit change
    QCOMPARE(verifyOrder(model, p, column, Qt::SortOrder(order)) >= 0, true);
    QVERIFY(selected.isValid());
    QCOMPARE(model.unitAt(selected), job);
    QCOMPARE(selected.row(), model.indexOf(job).row());
    QCOMPARE(reset.count(), 0);
    // Moved rows come with exactly one layout change; a change that keeps the order, none.
    if (column == UnitTreeModel::NameColumn)
        QCOMPARE(layout.count(), 0);
    else if (selected.row() != rowBefore)
        QCOMPARE(layout.count(), 1);
    else
        QVERIFY(layout.count() <= 1);
}

void TestUnitTree::makeEveryStatusConsole()
{
    auto c = drtest::demoConsole(m_everyStatusDir);
    QVERIFY(c);
    const RegionData &p = c->region(RegionId::Primary);
    const QString path = c->databasePath();
    std::vector<UnitIndex> jobs;
    for (UnitIndex i = 0; i < p.tree->size() && int(jobs.size()) < kStatusCount; ++i) {
        if (isExecutable(p.tree->unit(i).type) && usesAgent(p.tree->unit(i).type))
            jobs.push_back(i);
    }
    QCOMPARE(int(jobs.size()), kStatusCount);
    c.reset();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("every"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("UPDATE unit_state SET status = ?, exit_code = 7, "
                                         "flags = 0 WHERE region = 'primary' AND idx = ?")));
        for (const StatusInfo &info : allStatuses()) {
            const UnitIndex job = jobs[std::size_t(info.status)];
            q.addBindValue(statusCode(info.status));
            q.addBindValue(job);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            m_jobInStatus.insert(int(info.status), job);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("every"));
    m_everyStatus = drtest::openConsole(path);
    QVERIFY(m_everyStatus);
}

void TestUnitTree::exitCodeOnlyWhereTheJobEnded_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("shown");
    // Only a job that ran and ended has an exit code; an end status without one must not read
    // as a successful 0.
    const QList<UnitStatus> withCode{UnitStatus::Normal, UnitStatus::Warning, UnitStatus::Abnormal,
                                     UnitStatus::Killed};
    for (const StatusInfo &info : allStatuses())
        QTest::newRow(info.code) << int(info.status) << withCode.contains(info.status);
}

void TestUnitTree::exitCodeOnlyWhereTheJobEnded()
{
    QFETCH(int, code);
    QFETCH(bool, shown);
    const auto status = UnitStatus(code);
    if (!m_everyStatus)
        makeEveryStatusConsole();
    QVERIFY(m_everyStatus);
    UnitTreeModel model(*m_everyStatus, RegionId::Primary);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const UnitIndex job = m_jobInStatus.value(int(status), kNoUnit);
    QVERIFY(job != kNoUnit);
    QCOMPARE(m_everyStatus->region(RegionId::Primary).states[std::size_t(job)].status, status);
    const QModelIndex exit = model.indexOf(job, UnitTreeModel::ExitCodeColumn);
    QVERIFY(exit.isValid());
    QCOMPARE(model.index(exit.row(), UnitTreeModel::StatusColumn, exit.parent()).data().toString(),
             statusName(status));
    if (shown)
        QCOMPARE(exit.data(), QVariant(7));
    else
        QVERIFY2(!exit.data().isValid(), qPrintable(exit.data().toString()));
}

QTEST_MAIN(TestUnitTree)
#include "tst_unittree.moc"
