#include "Operations.h"

#include "Floors.h"

#include "Console.h"
#include "models/UnitTreeModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace bench {

namespace {

const dr::Operator kCustomer{QStringLiteral("bench"), dr::Role::Customer};
const dr::Operator kProvider{QStringLiteral("bench-provider"), dr::Role::Provider};

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

Measurement failed(const QString &what)
{
    Measurement m;
    m.error = what;
    return m;
}

// Opens an existing database outside the timed part.
std::unique_ptr<dr::Console> open(const QString &path, QString &error)
{
    auto console = dr::Console::open(path);
    if (!console) {
        error = console.error().message;
        return nullptr;
    }
    return std::move(*console);
}

Measurement generate(const ChildArgs &a)
{
    auto console = dr::Console::open(a.database);
    if (!console)
        return failed(console.error().message);
    dr::Console::SeedOptions seed;
    seed.demo = false;
    seed.clockMs = benchNowMs();
    if (auto s = (*console)->initialize(seed); !s)
        return failed(s.error().message);
    QElapsedTimer t;
    t.start();
    auto summary = (*console)->generateEnvironment(kCustomer, {a.units, a.seed});
    Measurement m;
    m.seconds = seconds(t);
    if (!summary)
        return failed(summary.error().message);
    m.partSeconds = double(summary->saveMs) / 1000.0;
    return m;
}

Measurement timed(const ChildArgs &a, const std::function<QString(dr::Console &)> &work)
{
    QString error;
    auto console = open(a.database, error);
    if (!console)
        return failed(error);
    QElapsedTimer t;
    t.start();
    const QString problem = work(*console);
    Measurement m;
    m.seconds = seconds(t);
    if (!problem.isEmpty())
        return failed(problem);
    return m;
}

QString statusOf(const dr::Status &s)
{
    return s ? QString() : s.error().message;
}

Measurement load(const ChildArgs &a)
{
    QElapsedTimer t;
    t.start();
    auto console = dr::Console::open(a.database);
    Measurement m;
    m.seconds = seconds(t);
    if (!console)
        return failed(console.error().message);
    if ((*console)->region(dr::RegionId::Primary).tree->size() != a.units)
        return failed(QStringLiteral("unexpected unit count"));
    return m;
}

// A status filter as an operator would set it while reviewing: what ended abnormally or runs.
dr::ui::UnitFilter statusFilter()
{
    dr::ui::UnitFilter f;
    for (dr::StatusClass c : {dr::StatusClass::None, dr::StatusClass::Wait, dr::StatusClass::Normal,
                              dr::StatusClass::Warning})
        f.setClassShown(c, false);
    return f;
}

// Waits until a (possibly asynchronous) filter has been applied.
void settle(dr::ui::UnitTreeModel &model)
{
    while (model.isFiltering())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

Measurement model(const ChildArgs &a)
{
    return timed(a, [](dr::Console &console) {
        dr::ui::UnitTreeModel model(console, dr::RegionId::Primary);
        settle(model);
        model.setFilter(statusFilter());
        settle(model);
        return model.rowCount() > 0 && model.matchingUnits() > 0 ? QString()
                                                                 : QStringLiteral("no rows");
    });
}

Measurement textFilter(const ChildArgs &a)
{
    QString error;
    auto console = open(a.database, error);
    if (!console)
        return failed(error);
    dr::ui::UnitTreeModel model(*console, dr::RegionId::Primary);
    settle(model);
    dr::ui::UnitFilter f;
    f.setText(QStringLiteral("order_daily_0"));
    QElapsedTimer t;
    t.start();
    model.setFilter(f);
    settle(model);
    Measurement m;
    m.seconds = seconds(t);
    if (model.matchingUnits() == 0)
        return failed(QStringLiteral("the text filter matched nothing"));
    return m;
}

// The first definition change after a sync: one new jobnet merged into the primary. While the
// regions share definition rows, this commit also writes DR's own copy of the old tree.
Measurement redefine(const ChildArgs &a)
{
    return timed(a, [](dr::Console &c) {
        dr::DefinitionImportRequest request;
        request.bytes = QByteArrayLiteral("unit=/BENCH_ADDED,,bench,;\n{\n  ty=g;\n"
                                          "  unit=NET,,bench,;\n  {\n    ty=n;\n"
                                          "    unit=JOB,,bench,;\n    {\n      ty=j;\n"
                                          "      sc=\"/bin/true\";\n    }\n  }\n}\n");
        request.mode = dr::DefinitionImportMode::Merge;
        request.source = QStringLiteral("drbench");
        auto r = c.importDefinitions(kCustomer, request);
        return r ? QString() : r.error().message;
    });
}

} // namespace

Measurement runOperation(const ChildArgs &a)
{
    const QString &op = a.operation;
    if (op == QLatin1String("generate"))
        return generate(a);
    if (op == QLatin1String("load"))
        return load(a);
    if (op == QLatin1String("sync"))
        return timed(a, [](dr::Console &c) { return statusOf(c.syncNow(kCustomer)); });
    if (op == QLatin1String("prepare-dr")) {
        return timed(a, [](dr::Console &c) {
            if (auto s = c.declareOutage(kCustomer, dr::RegionId::Primary); !s)
                return s.error().message;
            return statusOf(c.startSwitch(kCustomer, dr::Phase::Failover, dr::SwitchMode::Disaster,
                                          QStringLiteral("drbench")));
        });
    }
    if (op == QLatin1String("dr-start"))
        return timed(a, [](dr::Console &c) { return statusOf(c.completeStep(kProvider, 2)); });
    if (op == QLatin1String("preflight")) {
        return timed(a, [](dr::Console &c) {
            const dr::PreflightResult r = c.preflight(c.preflightTarget());
            return r.findings.isEmpty() ? QStringLiteral("no findings") : QString();
        });
    }
    if (op == QLatin1String("model"))
        return model(a);
    if (op == QLatin1String("text"))
        return textFilter(a);
    if (op == QLatin1String("floor-save"))
        return Floors::save(a.database, a.units, a.seed);
    if (op == QLatin1String("floor-load"))
        return Floors::load(a.database);
    if (op == QLatin1String("floor-sync"))
        return Floors::sync(a.database);
    if (op == QLatin1String("full-copy"))
        return Floors::fullCopy(a.database);
    if (op == QLatin1String("redefine"))
        return redefine(a);
    return failed(QStringLiteral("unknown operation ") + op);
}

} // namespace bench
