#include "StateStore.h"

#include "AgentRepository.h"
#include "AuditLog.h"
#include "Database.h"
#include "RegionRepository.h"
#include "SqlQuery.h"
#include "SwitchoverRepository.h"
#include "UnitRepository.h"

#include <QDateTime>

#include <algorithm>

namespace dr {

static_assert(Mutation::kSyncPointsKept >= StateStore::kSyncPointHistory,
              "an action hands the store at least the sync points it keeps");

namespace {
const QString kClock = QStringLiteral("clock_ms");
const QString kSyncInterval = QStringLiteral("sync_interval_ms");
const QString kExecSerial = QStringLiteral("exec_serial");
const QString kSyncSeq = QStringLiteral("sync_seq");
const QString kSeed = QStringLiteral("sim_seed");
const QString kWriteSerial = QStringLiteral("write_serial");
} // namespace

Result<bool> StateStore::load(ConsoleState &state, const LoadProgress &progress)
{
    RegionRepository regions(m_db);
    AgentRepository agents(m_db);
    UnitRepository units(m_db);
    auto contract = regions.loadContract();
    if (!contract)
        return contract.error();
    if (!contract->has_value())
        return false;
    ConsoleState st;
    st.contract = **contract;
    auto setting = [&](const QString &key, qint64 fallback) -> Result<qint64> {
        auto v = regions.setting(key);
        if (!v)
            return v.error();
        return v->isNull() ? fallback : v->toLongLong();
    };
    for (auto [key, target, fallback] :
         {std::tuple{kClock, &st.clockMs, qint64(0)},
          std::tuple{kSyncInterval, &st.syncIntervalMs, qint64(60000)},
          std::tuple{kExecSerial, &st.execSerial, qint64(0)},
          std::tuple{kSyncSeq, &st.syncSeq, qint64(0)}}) {
        auto v = setting(key, fallback);
        if (!v)
            return v.error();
        *target = *v;
    }
    auto seed = setting(kSeed, 20261125);
    if (!seed)
        return seed.error();
    st.seed = quint32(*seed);
    auto serial = setting(kWriteSerial, 0);
    if (!serial)
        return serial.error();
    st.writeSerial = *serial;

    for (RegionId id : kAllRegions) {
        RegionData &r = st.region(id);
        r.id = id;
        auto runtime = regions.loadRuntime(id);
        if (!runtime)
            return runtime.error();
        r.runtime = *runtime;
        auto a = agents.loadAgents(id);
        if (!a)
            return a.error();
        r.agents = *a;
        auto h = agents.loadHosts(id);
        if (!h)
            return h.error();
        r.hosts = *h;
        auto c = agents.loadConnections(id);
        if (!c)
            return c.error();
        r.connections = *c;
        auto items = regions.loadItems(id);
        if (!items)
            return items.error();
        r.items = *items;
    }
    RegionData &primary = st.region(RegionId::Primary);
    RegionData &dr = st.region(RegionId::Dr);
    const QString definitionsStage = tr("Loading unit definitions");
    auto primaryTree = units.loadTree(RegionId::Primary, {progress, 50, 450, definitionsStage});
    if (!primaryTree)
        return primaryTree.error();
    primary.tree = *primaryTree;
    // Equal revisions mean equal definitions: one tree in memory serves both regions (and the
    // DR region keeps no rows of its own in the file then, see settleDefinitions).
    if (sharesDefinitions(primary.runtime, dr.runtime)) {
        dr.tree = primary.tree;
    } else {
        auto drTree = units.loadTree(RegionId::Dr, {progress, 450, 550, definitionsStage});
        if (!drTree)
            return drTree.error();
        dr.tree = *drTree;
    }
    const QString statusStage = tr("Loading unit statuses");
    for (RegionData *r : {&primary, &dr}) {
        const int from = r == &primary ? 550 : 750;
        auto states =
            units.loadStates(r->id, r->tree->size(), {progress, from, from + 200, statusStage});
        if (!states)
            return states.error();
        r->states = std::move(*states);
    }
    SwitchoverRepository runs(m_db);
    auto loadedRuns = runs.loadRuns();
    if (!loadedRuns)
        return loadedRuns.error();
    st.runs = *loadedRuns;

    // What the next sync must copy: everything when the definitions differ, otherwise the
    // units whose status differs between the regions. While the DR region is active its
    // statuses are its own work, not a stale copy of the primary's, so nothing is pending.
    st.definitionsPending = dr.tree != primary.tree;
    if (!st.definitionsPending && !dr.runtime.active) {
        std::vector<UnitIndex> differing;
        for (std::size_t i = 0; i < primary.states.size(); ++i) {
            if (!(primary.states[i] == dr.states[i]))
                differing.push_back(UnitIndex(i));
        }
        st.notePrimaryChanged(differing);
    }
    state = std::move(st);
    return true;
}

Status StateStore::saveSettings(const ConsoleState &state)
{
    RegionRepository regions(m_db);
    for (auto [key, value] :
         {std::pair{kClock, state.clockMs}, std::pair{kSyncInterval, state.syncIntervalMs},
          std::pair{kExecSerial, state.execSerial}, std::pair{kSyncSeq, state.syncSeq},
          std::pair{kSeed, qint64(state.seed)}}) {
        if (auto s = regions.setSetting(key, value); !s)
            return s;
    }
    return {};
}

Status StateStore::saveConnections(RegionData &region)
{
    AgentRepository agents(m_db);
    auto existing = agents.loadConnections(region.id);
    if (!existing)
        return existing.error();
    for (const NetworkConnection &old : *existing) {
        const bool kept =
            std::any_of(region.connections.cbegin(), region.connections.cend(),
                        [&old](const NetworkConnection &c) { return c.id == old.id; });
        if (!kept) {
            if (auto s = agents.removeConnection(old.id); !s)
                return s;
        }
    }
    for (NetworkConnection &c : region.connections) {
        c.region = region.id;
        auto saved = agents.saveConnection(c);
        if (!saved)
            return saved.error();
        c.id = saved->id;
    }
    return {};
}

Status StateStore::saveRegion(ConsoleState &state, RegionId id, const Mutation::PerRegion &m)
{
    RegionData &r = state.region(id);
    UnitRepository units(m_db);
    AgentRepository agents(m_db);
    RegionRepository regions(m_db);
    // Definitions were settled for both regions before (settleDefinitions).
    if (m.copyFrom) {
        if (auto s = units.copyRegion(*m.copyFrom, id, false); !s)
            return s;
    }
    if (m.allStates || m.tree) {
        if (auto s = units.saveStates(id, r.states); !s)
            return s;
    } else if (!m.states.empty()) {
        std::vector<UnitIndex> changed = m.states;
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        if (auto s = units.updateStates(id, r.states, changed); !s)
            return s;
    }
    if (m.runtime || m.copyFrom) {
        if (auto s = regions.saveRuntime(id, r.runtime); !s)
            return s;
    }
    if (m.agents) {
        if (auto s = agents.saveAgents(id, r.agents); !s)
            return s;
    }
    if (m.hosts) {
        if (auto s = agents.saveHosts(id, r.hosts); !s)
            return s;
    }
    if (m.connections) {
        if (auto s = saveConnections(r); !s)
            return s;
    }
    if (m.items) {
        if (auto s = regions.replaceItems(id, r.items); !s)
            return s;
        // Memory takes the ids (and order) the rows got, as a reload would.
        auto saved = regions.loadItems(id);
        if (!saved)
            return saved.error();
        r.items = *saved;
    }
    return {};
}

Status StateStore::appendAudit(const ConsoleState &state, const Operator &op,
                               QList<AuditEntry> &audit)
{
    AuditLog log(m_db);
    for (AuditEntry &e : audit) {
        if (e.operatorName.isEmpty()) {
            e.operatorName = op.name;
            e.role = op.role;
        }
        if (e.atMs == 0)
            e.atMs = state.clockMs;
        auto appended = log.append(e);
        if (!appended)
            return appended.error();
        e = *appended;
    }
    return {};
}

Status StateStore::saveAll(ConsoleState &state, const Operator &op, QList<AuditEntry> audit)
{
    Mutation all;
    for (RegionId id : kAllRegions) {
        Mutation::PerRegion &m = all.region(id);
        m.tree = m.runtime = m.agents = m.hosts = m.connections = m.items = true;
    }
    all.contract = all.settings = true;
    for (const SwitchoverRun &run : state.runs)
        all.runs.insert(run.id);
    all.audit = std::move(audit);
    return m_db.transaction([&]() -> Status {
        for (const char *table :
             {"unit", "unit_relation", "unit_state", "agent", "host", "network_connection",
              "region_item", "switchover_step", "switchover_run", "sync_point"}) {
            if (auto s = SqlQuery::run(m_db.connection(),
                                       QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
                !s)
                return s;
        }
        for (RegionData &r : state.regions) {
            for (NetworkConnection &c : r.connections)
                c.id = 0;
        }
        for (const SwitchoverRun &run : state.runs) {
            for (const StepRecord &step : run.steps)
                all.newSteps.append({run.id, step});
        }
        return commit(state, all, op);
    });
}

bool StateStore::sharesDefinitions(const RegionRuntime &primary, const RegionRuntime &dr)
{
    return dr.definitionsRevision == primary.definitionsRevision && dr.definitionsRevision != 0;
}

// The primary's definition rows are always its own. The DR region keeps no rows while it shares
// the primary's definitions (equal revisions: the loader then takes the primary's tree), so a
// full sync copies statuses only; it gets rows of its own again when the definitions diverge.
Status StateStore::settleDefinitions(const ConsoleState &state, const Mutation &m)
{
    const Mutation::PerRegion &mp = m.regions[std::size_t(regionIndex(RegionId::Primary))];
    const Mutation::PerRegion &md = m.regions[std::size_t(regionIndex(RegionId::Dr))];
    const RegionData &primary = state.region(RegionId::Primary);
    const RegionData &dr = state.region(RegionId::Dr);
    const bool anyDefinitions = mp.tree || md.tree || mp.copyDefinitions || md.copyDefinitions;
    if (!anyDefinitions && !mp.runtime && !md.runtime)
        return {}; // revisions cannot have moved: a clock tick, an agent change...
    RegionRepository regions(m_db);
    auto storedPrimary = regions.loadRuntime(RegionId::Primary);
    if (!storedPrimary)
        return storedPrimary.error();
    auto storedDr = regions.loadRuntime(RegionId::Dr);
    if (!storedDr)
        return storedDr.error();
    const bool wasShared = sharesDefinitions(*storedPrimary, *storedDr);
    const bool isShared = sharesDefinitions(primary.runtime, dr.runtime);
    UnitRepository units(m_db);
    if (mp.tree || (mp.copyDefinitions && !wasShared) ||
        primary.runtime.definitionsRevision != storedPrimary->definitionsRevision) {
        if (auto s = units.saveTree(RegionId::Primary, *primary.tree); !s)
            return s;
    }
    if (isShared) {
        if (!wasShared || md.tree || md.copyDefinitions)
            return units.deleteTree(RegionId::Dr);
        return {};
    }
    if (md.tree || wasShared || dr.runtime.definitionsRevision != storedDr->definitionsRevision)
        return units.saveTree(RegionId::Dr, *dr.tree);
    return {};
}

Status StateStore::saveSyncPoints(const ConsoleState &state, const Mutation &m)
{
    if (m.syncPoints.isEmpty())
        return {};
    // The sync points switchover runs started from (by sequence; runs recorded before the
    // sequence was noted name the time only).
    QList<qint64> referencedSeqs, referencedTimes;
    for (const SwitchoverRun &run : state.runs) {
        if (run.facts.contains(QStringLiteral("syncSeq")))
            referencedSeqs << run.facts.value(QStringLiteral("syncSeq")).toInteger();
        const QDateTime at = QDateTime::fromString(
            run.facts.value(QStringLiteral("syncPoint")).toString(), Qt::ISODateWithMs);
        if (at.isValid())
            referencedTimes << at.toMSecsSinceEpoch();
    }
    const qint64 keepFrom = m.syncPoints.constLast().seq - kSyncPointHistory + 1;
    RegionRepository regions(m_db);
    for (const Mutation::SyncPoint &p : m.syncPoints) {
        if (p.seq < keepFrom && !referencedSeqs.contains(p.seq) &&
            !referencedTimes.contains(p.atMs))
            continue; // a long advance: older than the history kept
        if (auto s = regions.recordSyncPoint(p.seq, p.atMs, p.units, p.definitions); !s)
            return s;
    }
    return regions.pruneSyncPoints(keepFrom, referencedSeqs, referencedTimes);
}

Result<bool> StateStore::changedElsewhere(const ConsoleState &state)
{
    auto stored = RegionRepository(m_db).setting(kWriteSerial);
    if (!stored)
        return stored.error();
    return (stored->isNull() ? 0 : stored->toLongLong()) != state.writeSerial;
}

Error StateStore::changedElsewhereError()
{
    return Error::refused(
        kChangedElsewhere,
        tr("The database was changed by another program (another console or drctl) after this "
           "console read it, so nothing was done. The console now shows the database as it is: "
           "check it and repeat the action."));
}

Status StateStore::commit(ConsoleState &state, Mutation &m, const Operator &op)
{
    const Status result = m_db.transaction([&]() -> Status {
        // Inside the write lock (IMMEDIATE): nobody can commit between this check and ours.
        auto changed = changedElsewhere(state);
        if (!changed)
            return changed.error();
        if (*changed)
            return changedElsewhereError();
        if (auto s = RegionRepository(m_db).setSetting(kWriteSerial, state.writeSerial + 1); !s)
            return s;
        if (auto s = settleDefinitions(state, m); !s)
            return s;
        if (m.settings) {
            if (auto s = saveSettings(state); !s)
                return s;
        }
        if (m.contract) {
            if (auto s = RegionRepository(m_db).saveContract(state.contract); !s)
                return s;
        }
        // A region copied from the other is written after its source.
        std::array<RegionId, 2> order{RegionId::Primary, RegionId::Dr};
        if (m.region(RegionId::Primary).copyFrom == RegionId::Dr)
            std::swap(order[0], order[1]);
        for (RegionId id : order) {
            if (auto s = saveRegion(state, id, m.region(id)); !s)
                return s;
        }
        if (auto s = saveSyncPoints(state, m); !s)
            return s;
        SwitchoverRepository runs(m_db);
        for (qint64 id : std::as_const(m.runs)) {
            if (const SwitchoverRun *run = state.run(id)) {
                if (auto s = runs.saveRun(*run); !s)
                    return s;
            }
        }
        for (const auto &[runId, step] : std::as_const(m.newSteps)) {
            if (auto s = runs.addStep(runId, step); !s)
                return s;
        }
        return appendAudit(state, op, m.audit);
    });
    if (result)
        state.writeSerial += 1;
    return result;
}

} // namespace dr
