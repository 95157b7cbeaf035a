#include "Console.h"

#include "Mutation.h"
#include "engine/JapanTime.h"
#include "engine/Scheduler.h"
#include "engine/Simulation.h"
#include "interop/DemoEnvironment.h"
#include "rules/AgentRegistry.h"
#include "runbook/ProviderAdmin.h"
#include "runbook/SwitchoverReport.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/StateStore.h"

#include <QDateTime>
#include <QThread>

#include <thread>

namespace dr {

Console::Console(std::unique_ptr<Database> db) : m_db(std::move(db))
{
    rebuildSchedulers();
}

Console::~Console() = default;

Result<std::unique_ptr<Console>> Console::open(const QString &path, const LoadProgress &progress)
{
    // A current-schema file: the integrity check (a read of every page, about a second at a
    // million units) runs on a second thread while this one loads through a read-only
    // connection. Nothing is opened for writing until both succeeded, so a damaged file is
    // still refused untouched. Anything else (new, empty, older schema, refused) takes the
    // sequential path, which checks first and reports exactly as before.
    if (progress)
        progress(0, tr("Checking the database file"));
    const Database::Companions companions(path); // a refused file keeps no new -wal/-shm
    auto probe = Database::probe(path);
    if (probe && probe->exists && !probe->empty && probe->version == Schema::currentVersion()) {
        Status integrity;
        std::thread check([&integrity, path] { integrity = Database::verifyIntegrity(path); });
        ConsoleState state;
        Result<bool> loaded = false;
        {
            auto reader = Database::openReadOnly(path);
            loaded =
                reader ? StateStore(**reader).load(state, progress) : Result<bool>(reader.error());
        }
        check.join();
        if (!integrity || !loaded) {
            companions.removeNew();
            return !integrity ? integrity.error() : loaded.error();
        }
        auto db = Database::open(path, {}, false);
        if (!db)
            return db.error();
        std::unique_ptr<Console> console(new Console(std::move(*db)));
        console->m_state = std::move(state);
        console->m_initialized = *loaded;
        if (progress)
            progress(950, tr("Preparing the simulated managers"));
        console->rebuildSchedulers();
        return console;
    }
    auto db = Database::open(path, progress);
    if (!db) {
        companions.removeNew();
        return db.error();
    }
    std::unique_ptr<Console> console(new Console(std::move(*db)));
    if (auto s = console->load(progress); !s)
        return s.error();
    return console;
}

void Console::handOver(QThread *target)
{
    m_db->moveToThread(target);
    moveToThread(target);
}

bool Console::onWorker() const
{
    return QThread::currentThread() == m_work.worker;
}

Status Console::refuseWhileBusy(bool database) const
{
    if (!isBusy() || onWorker() || (database && !m_work.changes))
        return {};
    return Error::refused(QStringLiteral("busy"),
                          tr("The console is still busy with a long operation; try again when it "
                             "has finished."));
}

void Console::beginWork(QThread *worker, Work work)
{
    Q_ASSERT(!isBusy() && worker);
    m_work.worker = worker;
    m_work.owner = QThread::currentThread();
    m_work.changes = work == Work::Change;
    if (m_work.changes) {
        // The views keep reading what they showed; the worker changes the state itself.
        m_work.copy = std::make_unique<const ConsoleState>(m_state);
        m_db->moveToThread(worker);
    }
}

void Console::workDone()
{
    if (m_work.changes)
        m_db->moveToThread(m_work.owner);
}

void Console::endWork()
{
    Q_ASSERT(!onWorker());
    const bool reload = m_work.heldReload;
    std::vector<Mutation> held = std::move(m_work.held);
    m_work = {};
    if (reload)
        signalReload();
    for (const Mutation &m : held)
        signal(m);
}

QString Console::databasePath() const
{
    return m_db->path();
}

void Console::rebuildSchedulers()
{
    for (RegionId id : kAllRegions) {
        auto &scheduler = m_schedulers[std::size_t(regionIndex(id))];
        scheduler = std::make_unique<Scheduler>(
            m_state.region(id), Scheduler::Context{&m_state.execSerial, m_state.seed});
        scheduler->rebuild(m_state.clockMs);
    }
}

Status Console::load(const LoadProgress &progress)
{
    StateStore store(*m_db);
    auto loaded = store.load(m_state, progress);
    if (!loaded)
        return loaded.error();
    m_initialized = *loaded;
    if (progress)
        progress(950, tr("Preparing the simulated managers"));
    rebuildSchedulers();
    return {};
}

Status Console::initialize(const SeedOptions &options)
{
    if (m_initialized) {
        return Error::refused(QStringLiteral("initialized"),
                              tr("The database already holds an environment. Use a new file, or "
                                 "initialise again with --force."));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 today = jst::toUtcMs(jst::date(now), 0);
    const qint64 start = options.clockMs
                             ? options.clockMs
                             : (options.demo ? today - jst::kDayMs : now / 60000 * 60000);
    ConsoleState st;
    if (options.demo) {
        auto demo = DemoEnvironment::demo(start);
        if (!demo)
            return demo.error();
        st = std::move(*demo);
    } else {
        st = DemoEnvironment::empty(start);
    }
    st.seed = options.seed;
    m_state = std::move(st);
    rebuildSchedulers();
    AuditEntry entry;
    entry.action = QStringLiteral("environment.initialize");
    entry.details = options.demo ? QStringLiteral("Demo environment (%1) created; %2 units")
                                       .arg(m_state.contract.customerName)
                                       .arg(m_state.region(RegionId::Primary).tree->size())
                                 : QStringLiteral("Empty environment created");
    StateStore store(*m_db);
    if (auto s = store.saveAll(m_state, Operator::system(), {entry}); !s) {
        (void)load();
        return s;
    }
    m_initialized = true;
    if (options.demo) {
        const qint64 until = options.warmUpUntilMs
                                 ? options.warmUpUntilMs
                                 : today + 10 * 60 * jst::kMinuteMs + 30 * jst::kMinuteMs;
        if (until > m_state.clockMs) {
            if (auto s = perform(
                    Operator::system(),
                    [until](EngineContext &ctx) { return Simulation::advance(ctx, until); });
                !s)
                return s;
        }
    }
    Q_EMIT unitsReset(RegionId::Primary);
    Q_EMIT unitsReset(RegionId::Dr);
    return {};
}

Status Console::perform(const Operator &op, const std::function<Status(EngineContext &)> &action)
{
    if (!m_initialized) {
        return Error::refused(QStringLiteral("not-initialized"),
                              tr("The database holds no environment yet; initialise it first "
                                 "(drctl init --demo)."));
    }
    if (auto s = Permissions::signedIn(op); !s)
        return s;
    if (auto s = refuseWhileBusy(); !s)
        return s;
    if (auto s = followOtherWriters(); !s)
        return s;
    Mutation mutation;
    EngineContext ctx{m_state, {m_schedulers[0].get(), m_schedulers[1].get()}, mutation};
    const qint64 serialBefore = m_state.execSerial;
    const qint64 runBefore = m_state.currentRun() ? m_state.currentRun()->id : 0;
    const Status result = action(ctx);
    // Everything done while a switchover runs belongs to it (agent and host work, overdue
    // choices, suppression, the clock, syncs...), so that its report and its audit query show
    // the whole story. The run started by this action (step 1) or finished by it (step 12)
    // counts too.
    if (const qint64 runId = m_state.currentRun() ? m_state.currentRun()->id : runBefore;
        runId != 0) {
        for (AuditEntry &entry : mutation.audit) {
            if (entry.runId == 0)
                entry.runId = runId;
        }
    }
    // Any action that starts a generation (a release, a restart) moves the execution-ID counter.
    if (m_state.execSerial != serialBefore)
        mutation.settings = true;
    if (auto s = result; !s) {
        // Actions check before they change anything; if one failed half-way, whatever it had
        // changed in memory is dropped: the file decides.
        if (!mutation.isEmpty() || m_state.execSerial != serialBefore)
            reloadFromFile();
        return s;
    }
    if (auto s = commit(op, mutation); !s)
        return s;
    signal(mutation);
    return {};
}

// Another program (a second console, drctl) may write the same file. Acting on memory older
// than the file would overwrite its work: reload, show the file as it is, and let the operator
// decide again (their choice may no longer make sense).
Status Console::followOtherWriters()
{
    StateStore store(*m_db);
    auto changed = store.changedElsewhere(m_state);
    if (!changed)
        return changed.error();
    if (!*changed)
        return {};
    reloadFromFile();
    return StateStore::changedElsewhereError();
}

void Console::reloadFromFile()
{
    (void)load();
    signalReload();
}

Status Console::commit(const Operator &op, Mutation &mutation)
{
    StateStore store(*m_db);
    if (auto s = store.commit(m_state, mutation, op); !s) {
        // The transaction rolled back: bring memory back to what the file holds.
        const Error error = s.error();
        reloadFromFile();
        if (error.code == StateStore::kChangedElsewhere)
            return error;
        return Error::database(
            tr("The change was not saved, and nothing was changed: %1").arg(error.message));
    }
    return {};
}

void Console::signalReload()
{
    if (isBusy()) {
        m_work.heldReload = true;
        m_work.held.clear(); // whatever they said is superseded
        return;
    }
    Q_EMIT reloaded();
    Q_EMIT unitsReset(RegionId::Primary);
    Q_EMIT unitsReset(RegionId::Dr);
}

void Console::signal(const Mutation &m)
{
    if (isBusy()) {
        m_work.held.push_back(m);
        return;
    }
    if (m.clockMoved)
        Q_EMIT clockChanged(m_state.clockMs);
    if (m.contract)
        Q_EMIT contractChanged();
    for (RegionId id : kAllRegions) {
        const Mutation::PerRegion &r = m.regions[std::size_t(regionIndex(id))];
        if (r.tree || r.allStates || r.copyFrom || r.statesReset) {
            Q_EMIT unitsReset(id);
        } else if (!r.states.empty()) {
            std::vector<UnitIndex> changed = r.states;
            std::sort(changed.begin(), changed.end());
            changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
            Q_EMIT unitsChanged(id, changed);
        }
        if (r.runtime || r.items || r.copyFrom)
            Q_EMIT regionChanged(id);
        if (r.agents)
            Q_EMIT agentsChanged(id);
        if (r.hosts)
            Q_EMIT hostsChanged(id);
        if (r.connections)
            Q_EMIT connectionsChanged(id);
    }
    if (!m.runs.isEmpty() || !m.newSteps.isEmpty())
        Q_EMIT switchoverChanged();
    if (!m.audit.isEmpty())
        Q_EMIT auditAppended();
}

// ---- reads -------------------------------------------------------------------------------------

UnitIndex Console::findUnit(RegionId region, const QString &path) const
{
    return view().region(region).tree->find(path);
}

PreflightResult Console::preflight(RegionId target) const
{
    return SwitchoverService::preflight(view(), target);
}

std::vector<UnitIndex> Console::pendingAtRelease(RegionId region) const
{
    // The schedulers are the worker's while it changes the state; views ask again when the
    // held signals arrive.
    if (m_work.changes && !onWorker())
        return {};
    return m_schedulers[std::size_t(regionIndex(region))]->pendingAtRelease(view().clockMs);
}

Result<QList<AuditEntry>> Console::auditEntries(const AuditLog::Filter &filter) const
{
    if (auto s = refuseWhileBusy(true); !s)
        return s.error();
    return AuditLog(*m_db).entries(filter);
}

Result<AuditVerification> Console::verifyAudit() const
{
    if (auto s = refuseWhileBusy(true); !s)
        return s.error();
    return AuditLog(*m_db).verify();
}

Result<QString> Console::switchoverReport(qint64 runId) const
{
    if (runId == 0) {
        auto run = SwitchoverReport::defaultRun(view());
        if (!run)
            return run.error();
        runId = *run;
    }
    AuditLog::Filter filter;
    filter.runId = runId;
    auto audit = auditEntries(filter);
    if (!audit)
        return audit.error();
    return SwitchoverReport::html(view(), runId, *audit);
}

Result<DrillLoss> Console::drillLoss() const
{
    const SwitchoverRun *run = view().currentRun();
    if (!run || run->mode != SwitchMode::Drill)
        return DrillLoss{};
    AuditLog::Filter filter;
    filter.runId = run->id;
    auto audit = auditEntries(filter);
    if (!audit)
        return audit.error();
    return DrillLoss::compute(view(), *run, *audit);
}

QString Console::syncBlocker() const
{
    return Simulation::syncBlocker(view());
}

Status Console::checkPermission(const Operator &op, Action action) const
{
    return Permissions::check(op, action);
}

Status Console::checkAgentRemoval(const Operator &op, RegionId region, const QString &name) const
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return AgentRegistry::canRemoveAgent(view().region(region), name);
}

Status Console::checkSuppress(const Operator &op, RegionId region) const
{
    if (auto s = Permissions::check(op, Action::SuppressionChange); !s)
        return s;
    return ProviderAdmin::checkSuppress(view(), region);
}

Status Console::checkRelease(const Operator &op, RegionId region) const
{
    if (auto s = Permissions::check(op, Action::SuppressionChange); !s)
        return s;
    return ProviderAdmin::checkRelease(view(), op, region);
}

Status Console::checkMaintenanceChange(const Operator &op) const
{
    if (auto s = Permissions::check(op, Action::MaintenanceChange); !s)
        return s;
    return ProviderAdmin::checkMaintenanceChange(view());
}

Status Console::checkStep(const Operator &op, int step) const
{
    return SwitchoverService::checkStep(view(), op, step);
}

Status Console::requireRegionOperable(RegionId region) const
{
    const RegionData &r = view().region(region);
    if (region != view().activeRegion()) {
        return Error::refused(QStringLiteral("standby-region"),
                              tr("The %1 is the standby region; jobnets and jobs are operated in "
                                 "the active region (%2) only.")
                                  .arg(RegionNames::displayName(region),
                                       RegionNames::displayName(view().activeRegion())));
    }
    if (!r.runtime.available || !r.runtime.managerRunning) {
        return Error::refused(QStringLiteral("manager-stopped"),
                              tr("The manager of the %1 is stopped; its units cannot be operated.")
                                  .arg(RegionNames::displayName(region)));
    }
    return {};
}

Status Console::checkUnitAction(const Operator &op, RegionId region) const
{
    if (auto s = Permissions::check(op, Action::UnitOperation); !s)
        return s;
    return requireRegionOperable(region);
}

} // namespace dr
