#pragma once

#include "ConsoleState.h"
#include "engine/EnvironmentGenerator.h"
#include "interop/ImportPreview.h"
#include "model/Result.h"
#include "model/Role.h"
#include "rules/UnitActionRules.h"
#include "runbook/DrillLoss.h"
#include "runbook/Permissions.h"
#include "runbook/Preflight.h"
#include "runbook/SwitchoverService.h"
#include "store/AuditLog.h"
#include "store/LoadProgress.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace dr {

class Database;
class Scheduler;
struct EngineContext;
struct Mutation;

// The one facade every UI and CLI action goes through. Each mutating call takes the acting
// operator, checks the role and the rules, applies the change in memory, saves it with its
// audit entry in one transaction (reloading from the database if the save fails, so memory and
// file never disagree), and then signals what changed. Reads return plain values.
class Console : public QObject
{
    Q_OBJECT
public:
    ~Console() override;

    // `progress` is called along the way (from the calling thread, which may be a worker:
    // see handOver()).
    static Result<std::unique_ptr<Console>> open(const QString &path,
                                                 const LoadProgress &progress = {});
    // Moves the console and its database connection to `target` (a console opened on a worker
    // thread is handed to the GUI thread this way). Call from the thread that owns it now.
    void handOver(QThread *target);

    // ---- work on another thread ------------------------------------------------------------
    // A long action (an import into a million units, a clock tick that copies every status)
    // runs on a worker thread while the thread that owns the console keeps handling events.
    // Between beginWork() and endWork(), both called on the owner's thread:
    // - reads from any thread but the worker see the state as it was at beginWork() when the
    //   work changes it (a copy: the worker changes the state itself), else the state itself,
    //   which nothing changes meanwhile;
    // - mutating calls from any thread but the worker are refused;
    // - for work that changes the state the connection belongs to the worker, so database
    //   reads from other threads are refused; the worker calls workDone() last to hand it back;
    // - the signals the work causes are held back and emitted by endWork(), so that views
    //   refresh from the new state once it is theirs to read.
    enum class Work
    {
        Read,
        Change
    };
    void beginWork(QThread *worker, Work work);
    void workDone();
    void endWork();
    bool isBusy() const { return m_work.worker != nullptr; }

    struct SeedOptions
    {
        bool demo = true;
        qint64 clockMs = 0;       // 0: today 00:00 Japan time (demo) or now (empty)
        qint64 warmUpUntilMs = 0; // demo: simulate up to this time (0: today 10:30 Japan time)
        quint32 seed = 20261125;
    };
    bool isInitialized() const { return m_initialized; }
    Status initialize(const SeedOptions &options);

    // ---- reads --------------------------------------------------------------------------------
    QString databasePath() const;
    const ConsoleState &state() const { return view(); }
    const RegionData &region(RegionId id) const { return view().region(id); }
    RegionId activeRegion() const { return view().activeRegion(); }
    qint64 clockMs() const { return view().clockMs; }
    const SwitchoverRun *currentRun() const { return view().currentRun(); }
    UnitIndex findUnit(RegionId region, const QString &path) const;
    PreflightResult preflight(RegionId target) const;
    // The region a switch would make active next (whose pre-flight matters now).
    RegionId preflightTarget() const { return SwitchoverService::nextTarget(m_state); }
    std::vector<UnitIndex> pendingAtRelease(RegionId region) const;
    Result<QList<AuditEntry>> auditEntries(const AuditLog::Filter &filter = {}) const;
    Result<AuditVerification> verifyAudit() const;
    QString syncBlocker() const;
    // The HTML report of a switchover run (0: the current or most recent run).
    Result<QString> switchoverReport(qint64 runId = 0) const;
    // What the switch back of the current drill will not carry to the primary: the work done
    // in the DR region since step 2 (`applies` is false outside a drill's steps 3-8).
    Result<DrillLoss> drillLoss() const;

    // Whether an action would be allowed now (for enabling buttons and their tooltips).
    Status checkPermission(const Operator &op, Action action) const;
    Status checkUnitAction(const Operator &op, RegionId region) const;
    Status checkStep(const Operator &op, int step) const;
    Status checkAgentRemoval(const Operator &op, RegionId region, const QString &name) const;
    // The refusals suppress(), release() and changeMaintenanceDate() would give now (the date
    // itself aside), from the same checks those calls make.
    Status checkSuppress(const Operator &op, RegionId region) const;
    Status checkRelease(const Operator &op, RegionId region) const;
    Status checkMaintenanceChange(const Operator &op) const;

    // ---- simulation ---------------------------------------------------------------------------
    Status advanceClock(const Operator &op, qint64 durationMs);
    // Whether advancing by `durationMs` reaches a sync point that copies every status and the
    // definitions to the DR region (the first after a definition change): seconds at scale.
    bool advanceCopiesDefinitions(qint64 durationMs) const;
    Status setClock(const Operator &op, qint64 utcMs);
    Status syncNow(const Operator &op);
    Status declareOutage(const Operator &op, RegionId region);
    Status restoreRegion(const Operator &op, RegionId region);
    Status setSyncInterval(const Operator &op, qint64 intervalMs);

    // ---- units (domain.md §6) -----------------------------------------------------------------
    Status changeStatus(const Operator &op, RegionId region, UnitIndex unit, UnitStatus target);
    Status changeStatuses(const Operator &op, RegionId region, const QList<UnitIndex> &units,
                          UnitStatus target);
    Status rerun(const Operator &op, RegionId region, UnitIndex unit, RerunFrom from, bool hold);
    Status hold(const Operator &op, RegionId region, UnitIndex unit);
    Status releaseHold(const Operator &op, RegionId region, UnitIndex unit);
    Status kill(const Operator &op, RegionId region, UnitIndex unit);

    // ---- agents, hosts, connections (domain.md §2, §8) ----------------------------------------
    Status addAgent(const Operator &op, RegionId region, const ExecutionAgent &agent);
    Status updateAgent(const Operator &op, RegionId region, const QString &name,
                       const ExecutionAgent &agent);
    Status removeAgent(const Operator &op, RegionId region, const QString &name);
    // Copies agents (all, or only `names`) from one region to the other; `onlyMissing` keeps
    // agents the target already has.
    Status copyAgents(const Operator &op, RegionId from, RegionId to, bool onlyMissing,
                      const QStringList &names = {});
    Status addHost(const Operator &op, RegionId region, const HostEntry &entry);
    Status updateHost(const Operator &op, RegionId region, const QString &name,
                      const HostEntry &entry);
    Status removeHost(const Operator &op, RegionId region, const QString &name);
    Status setIpv6Enabled(const Operator &op, RegionId region, bool enabled);
    Result<NetworkConnection> saveConnection(const Operator &op,
                                             const NetworkConnection &connection);
    Status removeConnection(const Operator &op, RegionId region, qint64 id);

    // ---- contract and provider administration -------------------------------------------------
    Status updateContract(const Operator &op, const Contract &contract);
    Status changeMaintenanceDate(const Operator &op, const QDate &date);
    Status suppress(const Operator &op, RegionId region);
    Status release(const Operator &op, RegionId region);

    // ---- switchover (domain.md §3) ------------------------------------------------------------
    Status startSwitch(const Operator &op, Phase phase, SwitchMode mode, const QString &note);
    Status completeStep(const Operator &op, int step, const StepOptions &options = {});
    Status setOverdueChoice(const Operator &op, UnitIndex root, bool skip);

    // ---- scale ----------------------------------------------------------------------------------
    // Replaces the environment's units (and agents, hosts) with a synthetic one of
    // `options.units` units, in one audited transaction; refused while a switchover runs.
    Result<GenerateSummary> generateEnvironment(const Operator &op, const GenerateOptions &options);

    // ---- JP1/AJS3 files: definitions, host information, agents (domain.md §8, §11) -----------
    // Previews are pure: they read the file against the current state and change nothing. An
    // import applies exactly what its preview lists in one transaction, or nothing at all.
    // Defined in ConsoleInterop.cpp.
    Status checkImportDefinitions(const Operator &op) const;
    ImportPreview previewDefinitions(const DefinitionImportRequest &request) const;
    Result<ImportPreview> importDefinitions(const Operator &op,
                                            const DefinitionImportRequest &request);
    // A region's units (all, or the subtree at `path`) in ajsprint format.
    Result<QByteArray> exportDefinitions(RegionId region, const QString &path,
                                         TextEncoding encoding) const;
    ImportPreview previewHosts(RegionId region, const QByteArray &bytes) const;
    Result<ImportPreview> importHosts(const Operator &op, RegionId region, const QByteArray &bytes,
                                      const QString &source);
    QByteArray exportHosts(RegionId region) const;
    ImportPreview previewAgents(RegionId region, const QByteArray &bytes) const;
    Result<ImportPreview> importAgents(const Operator &op, RegionId region, const QByteArray &bytes,
                                       const QString &source);
    QByteArray exportAgents(RegionId region, AgentFileFormat format) const;

Q_SIGNALS:
    void clockChanged(qint64 utcMs);
    void regionChanged(dr::RegionId region); // manager, suppression, sync, availability
    void unitsChanged(dr::RegionId region, const std::vector<dr::UnitIndex> &units);
    void unitsReset(dr::RegionId region); // definitions or every status replaced
    void agentsChanged(dr::RegionId region);
    void hostsChanged(dr::RegionId region);
    void connectionsChanged(dr::RegionId region);
    void switchoverChanged();
    void contractChanged();
    void auditAppended();
    void reloaded(); // memory was read again from the file (a failed save, another program wrote)

private:
    explicit Console(std::unique_ptr<Database> db);

    Status load(const LoadProgress &progress = {});
    Status saveAll(Mutation &mutation);
    // Runs one action: builds the engine context, applies, commits, signals.
    Status perform(const Operator &op, const std::function<Status(EngineContext &)> &action);
    Status commit(const Operator &op, Mutation &mutation);
    Status followOtherWriters();
    void reloadFromFile(); // memory = the file, and every view told so
    // An import: checks the role for the action, then performs it and returns what it applied.
    Result<ImportPreview>
    performImport(const Operator &op, Action action,
                  const std::function<Result<ImportPreview>(EngineContext &)> &apply);
    void signal(const Mutation &mutation);
    // After memory was reloaded from the file: every view starts over.
    void signalReload();
    // The state this thread may read (see beginWork()).
    const ConsoleState &view() const { return m_work.copy && !onWorker() ? *m_work.copy : m_state; }
    bool onWorker() const;
    // Refuses a call from another thread than the worker while work runs.
    Status refuseWhileBusy(bool database = false) const;
    void rebuildSchedulers();
    Status requireRegionOperable(RegionId region) const;
    Status unitAction(const Operator &op, RegionId region, UnitIndex unit,
                      const std::function<Status(EngineContext &)> &apply);

    std::unique_ptr<Database> m_db;
    ConsoleState m_state;
    std::array<std::unique_ptr<Scheduler>, 2> m_schedulers;
    bool m_initialized = false;

    struct WorkInProgress
    {
        QThread *worker = nullptr;
        QThread *owner = nullptr;
        bool changes = false;
        std::unique_ptr<const ConsoleState> copy;
        std::vector<Mutation> held;
        bool heldReload = false;
    };
    WorkInProgress m_work;
};

} // namespace dr
