#include "Console.h"

#include "Mutation.h"
#include "engine/JapanTime.h"
#include "engine/Scheduler.h"
#include "engine/Simulation.h"
#include "engine/UnitOperations.h"
#include "interop/DemoEnvironment.h"
#include "model/Validation.h"
#include "rules/AgentRegistry.h"
#include "runbook/OverdueJobnets.h"
#include "runbook/ProviderAdmin.h"
#include "runbook/SwitchoverReport.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/StateStore.h"

#include <QDateTime>
#include <QElapsedTimer>

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
            loaded = reader ? StateStore(**reader).load(state, progress) : Result<bool>(reader.error());
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

QString Console::databasePath() const
{
    return m_db->path();
}

void Console::rebuildSchedulers()
{
    for (RegionId id : kAllRegions) {
        auto &scheduler = m_schedulers[std::size_t(regionIndex(id))];
        scheduler = std::make_unique<Scheduler>(m_state.region(id),
                                                Scheduler::Context{&m_state.execSerial, m_state.seed});
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
    const qint64 start = options.clockMs ? options.clockMs
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
        const qint64 until = options.warmUpUntilMs ? options.warmUpUntilMs : today + 10 * 60 * jst::kMinuteMs + 30 * jst::kMinuteMs;
        if (until > m_state.clockMs) {
            if (auto s = perform(Operator::system(), [until](EngineContext &ctx) {
                    return Simulation::advance(ctx, until);
                });
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
        if (!mutation.isEmpty() || m_state.execSerial != serialBefore) {
            (void)load();
            Q_EMIT reloaded();
            Q_EMIT unitsReset(RegionId::Primary);
            Q_EMIT unitsReset(RegionId::Dr);
        }
        return s;
    }
    if (auto s = commit(op, mutation); !s)
        return s;
    signal(mutation);
    return {};
}

Status Console::commit(const Operator &op, Mutation &mutation)
{
    StateStore store(*m_db);
    if (auto s = store.commit(m_state, mutation, op); !s) {
        // The transaction rolled back: bring memory back to what the file holds.
        const Error error = s.error();
        (void)load();
        Q_EMIT reloaded();
        Q_EMIT unitsReset(RegionId::Primary);
        Q_EMIT unitsReset(RegionId::Dr);
        return Error::database(tr("The change was not saved, and nothing was changed: %1")
                                   .arg(error.message));
    }
    return {};
}

void Console::signal(const Mutation &m)
{
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

// ---- reads ---------------------------------------------------------------------------------------

UnitIndex Console::findUnit(RegionId region, const QString &path) const
{
    return m_state.region(region).tree->find(path);
}

PreflightResult Console::preflight(RegionId target) const
{
    return SwitchoverService::preflight(m_state, target);
}

std::vector<UnitIndex> Console::pendingAtRelease(RegionId region) const
{
    return m_schedulers[std::size_t(regionIndex(region))]->pendingAtRelease(m_state.clockMs);
}

Result<QList<AuditEntry>> Console::auditEntries(const AuditLog::Filter &filter) const
{
    return AuditLog(*m_db).entries(filter);
}

Result<AuditVerification> Console::verifyAudit() const
{
    return AuditLog(*m_db).verify();
}

Result<QString> Console::switchoverReport(qint64 runId) const
{
    if (runId == 0) {
        auto run = SwitchoverReport::defaultRun(m_state);
        if (!run)
            return run.error();
        runId = *run;
    }
    AuditLog::Filter filter;
    filter.runId = runId;
    auto audit = auditEntries(filter);
    if (!audit)
        return audit.error();
    return SwitchoverReport::html(m_state, runId, *audit);
}

Result<DrillLoss> Console::drillLoss() const
{
    const SwitchoverRun *run = m_state.currentRun();
    if (!run || run->mode != SwitchMode::Drill)
        return DrillLoss{};
    AuditLog::Filter filter;
    filter.runId = run->id;
    auto audit = auditEntries(filter);
    if (!audit)
        return audit.error();
    return DrillLoss::compute(m_state, *run, *audit);
}

QString Console::syncBlocker() const
{
    return Simulation::syncBlocker(m_state);
}

Status Console::checkPermission(const Operator &op, Action action) const
{
    return Permissions::check(op, action);
}

Status Console::checkAgentRemoval(const Operator &op, RegionId region, const QString &name) const
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return AgentRegistry::canRemoveAgent(m_state.region(region), name);
}

Status Console::checkStep(const Operator &op, int step) const
{
    return SwitchoverService::checkStep(m_state, op, step);
}

Status Console::requireRegionOperable(RegionId region) const
{
    const RegionData &r = m_state.region(region);
    if (region != m_state.activeRegion()) {
        return Error::refused(QStringLiteral("standby-region"),
                              tr("The %1 is the standby region; jobnets and jobs are operated in "
                                 "the active region (%2) only.")
                                  .arg(RegionNames::displayName(region),
                                       RegionNames::displayName(m_state.activeRegion())));
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

// ---- simulation ----------------------------------------------------------------------------------

Status Console::advanceClock(const Operator &op, qint64 durationMs)
{
    if (durationMs < 0) {
        return Error::badInput(QStringLiteral("duration"),
                               tr("The clock only moves forward; give a positive duration."));
    }
    return perform(op, [&](EngineContext &ctx) -> Status {
        const qint64 from = ctx.state.clockMs;
        if (auto s = Simulation::advance(ctx, from + durationMs); !s)
            return s;
        if (op.role != Role::System) {
            ctx.mutation.audited(
                QStringLiteral("clock.advance"),
                QStringLiteral("Clock advanced by %1 to %2")
                    .arg(jst::formatDurationRecord(durationMs), jst::isoUtc(ctx.state.clockMs)));
        }
        return {};
    });
}

Status Console::setClock(const Operator &op, qint64 utcMs)
{
    return perform(op, [&](EngineContext &ctx) -> Status {
        if (auto s = Simulation::setClock(ctx, utcMs); !s)
            return s;
        ctx.mutation.audited(QStringLiteral("clock.set"),
                             QStringLiteral("Clock set to %1").arg(jst::isoUtc(utcMs)));
        return {};
    });
}

Status Console::syncNow(const Operator &op)
{
    return perform(op, [](EngineContext &ctx) { return Simulation::syncNow(ctx); });
}

Status Console::declareOutage(const Operator &op, RegionId region)
{
    return perform(op, [region](EngineContext &ctx) { return Simulation::declareOutage(ctx, region); });
}

Status Console::restoreRegion(const Operator &op, RegionId region)
{
    return perform(op, [region](EngineContext &ctx) { return Simulation::restore(ctx, region); });
}

Status Console::setSyncInterval(const Operator &op, qint64 intervalMs)
{
    if (intervalMs < 1000 || intervalMs > 24 * 3600 * 1000LL) {
        return Error::badInput(QStringLiteral("sync-interval"),
                               tr("The sync interval must be between 1 second and 24 hours."));
    }
    return perform(op, [intervalMs](EngineContext &ctx) -> Status {
        ctx.state.syncIntervalMs = intervalMs;
        ctx.mutation.settings = true;
        ctx.mutation.audited(
            QStringLiteral("sync.interval"),
            QStringLiteral("Sync interval set to %1").arg(jst::formatDurationRecord(intervalMs)));
        return {};
    });
}

// ---- units ---------------------------------------------------------------------------------------

Status Console::unitAction(const Operator &op, RegionId region, UnitIndex unit,
                           const std::function<Status(EngineContext &)> &apply)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size()) {
        return Error::badInput(QStringLiteral("unit"), tr("There is no such unit in the %1.")
                                                           .arg(RegionNames::displayName(region)));
    }
    return perform(op, [&](EngineContext &ctx) -> Status {
        if (auto s = apply(ctx); !s)
            return s;
        ctx.collect(region);
        return {};
    });
}

Status Console::changeStatus(const Operator &op, RegionId region, UnitIndex unit, UnitStatus target)
{
    return changeStatuses(op, region, {unit}, target);
}

Status Console::changeStatuses(const Operator &op, RegionId region, const QList<UnitIndex> &units,
                               UnitStatus target)
{
    if (units.isEmpty())
        return Error::usage(tr("Select at least one job."));
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    const RegionData &r = m_state.region(region);
    for (UnitIndex u : units) {
        if (u < 0 || u >= r.tree->size())
            return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
        if (auto s = UnitActionRules::canChangeStatus(r, u, target); !s)
            return s;
    }
    return unitAction(op, region, units.first(), [&](EngineContext &ctx) -> Status {
        UnitOperations ops(ctx.scheduler(region));
        const qint64 runId = ctx.state.currentRun() ? ctx.state.currentRun()->id : 0;
        for (UnitIndex u : units) {
            const UnitStatus before = ctx.state.region(region).states[std::size_t(u)].status;
            ops.changeStatus(u, target, ctx.state.clockMs);
            ctx.mutation.audited(QStringLiteral("unit.change-status"),
                                 QStringLiteral("%1 (%2): %3 -> %4")
                                     .arg(r.tree->path(u), regionCode(region), statusCode(before),
                                          statusCode(target)),
                                 runId);
        }
        return {};
    });
}

Status Console::rerun(const Operator &op, RegionId region, UnitIndex unit, RerunFrom from, bool hold)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size())
        return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
    if (auto s = UnitActionRules::canRerun(m_state.region(region), unit, from); !s)
        return s;
    return unitAction(op, region, unit, [&](EngineContext &ctx) -> Status {
        UnitOperations(ctx.scheduler(region)).rerun(unit, from, hold, ctx.state.clockMs);
        ctx.mutation.audited(QStringLiteral("unit.rerun"),
                             QStringLiteral("%1 (%2): rerun from %3%4")
                                 .arg(ctx.state.region(region).tree->path(unit), regionCode(region),
                                      rerunFromCode(from), hold ? QStringLiteral(", held") : QString()),
                             ctx.state.currentRun() ? ctx.state.currentRun()->id : 0);
        return {};
    });
}

Status Console::hold(const Operator &op, RegionId region, UnitIndex unit)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size())
        return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
    if (auto s = UnitActionRules::canHold(m_state.region(region), unit); !s)
        return s;
    return unitAction(op, region, unit, [&](EngineContext &ctx) -> Status {
        UnitOperations(ctx.scheduler(region)).hold(unit, ctx.state.clockMs);
        ctx.mutation.audited(QStringLiteral("unit.hold"),
                             QStringLiteral("%1 (%2): held").arg(ctx.state.region(region).tree->path(unit),
                                                                 regionCode(region)),
                             ctx.state.currentRun() ? ctx.state.currentRun()->id : 0);
        return {};
    });
}

Status Console::releaseHold(const Operator &op, RegionId region, UnitIndex unit)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size())
        return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
    if (auto s = UnitActionRules::canReleaseHold(m_state.region(region), unit); !s)
        return s;
    return unitAction(op, region, unit, [&](EngineContext &ctx) -> Status {
        UnitOperations(ctx.scheduler(region)).releaseHold(unit, ctx.state.clockMs);
        ctx.mutation.audited(QStringLiteral("unit.release-hold"),
                             QStringLiteral("%1 (%2): hold released")
                                 .arg(ctx.state.region(region).tree->path(unit), regionCode(region)),
                             ctx.state.currentRun() ? ctx.state.currentRun()->id : 0);
        return {};
    });
}

Status Console::kill(const Operator &op, RegionId region, UnitIndex unit)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size())
        return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
    if (auto s = UnitActionRules::canKill(m_state.region(region), unit); !s)
        return s;
    return unitAction(op, region, unit, [&](EngineContext &ctx) -> Status {
        UnitOperations(ctx.scheduler(region)).kill(unit, ctx.state.clockMs);
        ctx.mutation.audited(QStringLiteral("unit.kill"),
                             QStringLiteral("%1 (%2): killed").arg(ctx.state.region(region).tree->path(unit),
                                                                   regionCode(region)),
                             ctx.state.currentRun() ? ctx.state.currentRun()->id : 0);
        return {};
    });
}

} // namespace dr

namespace dr {

// ---- agents, hosts, connections --------------------------------------------------------------

Status Console::addAgent(const Operator &op, RegionId region, const ExecutionAgent &agent)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return AgentRegistry::addAgent(ctx, region, agent); });
}

Status Console::updateAgent(const Operator &op, RegionId region, const QString &name,
                            const ExecutionAgent &agent)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) {
        return AgentRegistry::updateAgent(ctx, region, name, agent);
    });
}

Status Console::removeAgent(const Operator &op, RegionId region, const QString &name)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return AgentRegistry::removeAgent(ctx, region, name); });
}

Status Console::copyAgents(const Operator &op, RegionId from, RegionId to, bool onlyMissing,
                           const QStringList &names)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) {
        return AgentRegistry::copyAgents(ctx, from, to, onlyMissing, names);
    });
}

Status Console::addHost(const Operator &op, RegionId region, const HostEntry &entry)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return AgentRegistry::addHost(ctx, region, entry); });
}

Status Console::updateHost(const Operator &op, RegionId region, const QString &name,
                           const HostEntry &entry)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) {
        return AgentRegistry::updateHost(ctx, region, name, entry);
    });
}

Status Console::removeHost(const Operator &op, RegionId region, const QString &name)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return AgentRegistry::removeHost(ctx, region, name); });
}

Status Console::setIpv6Enabled(const Operator &op, RegionId region, bool enabled)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) {
        return AgentRegistry::setIpv6Enabled(ctx, region, enabled);
    });
}

Result<NetworkConnection> Console::saveConnection(const Operator &op, const NetworkConnection &connection)
{
    if (auto s = Permissions::check(op, Action::ConnectionChange); !s)
        return s.error();
    const bool isNew = connection.id == 0;
    auto s = perform(op, [&](EngineContext &ctx) -> Status {
        auto saved = AgentRegistry::saveConnection(ctx, connection);
        return saved ? Status() : Status(saved.error());
    });
    if (!s)
        return s.error();
    const QList<NetworkConnection> &list = m_state.region(connection.region).connections;
    if (isNew)
        return list.last();
    for (const NetworkConnection &c : list) {
        if (c.id == connection.id)
            return c;
    }
    return connection;
}

Status Console::removeConnection(const Operator &op, RegionId region, qint64 id)
{
    if (auto s = Permissions::check(op, Action::ConnectionChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return AgentRegistry::removeConnection(ctx, region, id); });
}

// ---- contract and provider administration -----------------------------------------------------

Status Console::updateContract(const Operator &op, const Contract &contract)
{
    if (auto s = Permissions::check(op, Action::ContractChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return ProviderAdmin::updateContract(ctx, contract); });
}

Status Console::changeMaintenanceDate(const Operator &op, const QDate &date)
{
    if (auto s = Permissions::check(op, Action::MaintenanceChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return ProviderAdmin::changeMaintenanceDate(ctx, date); });
}

Status Console::suppress(const Operator &op, RegionId region)
{
    if (auto s = Permissions::check(op, Action::SuppressionChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return ProviderAdmin::suppress(ctx, region); });
}

Status Console::release(const Operator &op, RegionId region)
{
    if (auto s = Permissions::check(op, Action::SuppressionChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return ProviderAdmin::release(ctx, op, region); });
}

// ---- switchover --------------------------------------------------------------------------------

Status Console::startSwitch(const Operator &op, Phase phase, SwitchMode mode, const QString &note)
{
    return perform(op, [&](EngineContext &ctx) {
        return SwitchoverService::start(ctx, op, phase, mode, note);
    });
}

Status Console::completeStep(const Operator &op, int step, const StepOptions &options)
{
    return perform(op, [&](EngineContext &ctx) {
        return SwitchoverService::complete(ctx, op, step, options);
    });
}

Status Console::setOverdueChoice(const Operator &op, UnitIndex root, bool skip)
{
    return perform(op,
                   [&](EngineContext &ctx) { return OverdueJobnets::choose(ctx, op, root, skip); });
}

} // namespace dr

namespace dr {

// ---- scale ---------------------------------------------------------------------------------------

Result<GenerateSummary> Console::generateEnvironment(const Operator &op, const GenerateOptions &options)
{
    if (auto s = Permissions::check(op, Action::ImportDefinitions); !s)
        return s.error();
    if (auto s = EnvironmentGenerator::validate(options); !s)
        return s.error();
    if (m_state.currentRun()) {
        return Error::refused(QStringLiteral("switchover-active"),
                              tr("A switchover is in progress; the environment cannot be replaced "
                                 "until it is completed."));
    }
    QElapsedTimer timer;
    timer.start();
    GenerateSummary summary;
    if (auto s = perform(op, [&](EngineContext &ctx) {
            return EnvironmentGenerator::apply(ctx, options, summary);
        });
        !s)
        return s.error();
    summary.saveMs = timer.elapsed() - summary.buildMs;
    return summary;
}

} // namespace dr
