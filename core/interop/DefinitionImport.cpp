#include "DefinitionImport.h"

#include "AjsprintDocument.h"
#include "DefinitionMerge.h"
#include "DemoEnvironment.h"
#include "model/Validation.h"

#include <QSet>

namespace dr {

struct DefinitionImport::Plan
{
    ImportPreview preview;
    std::shared_ptr<const UnitTree> tree;
    std::vector<UnitState> states;
};

namespace {

void fail(ImportPreview &p, int line, int column, const char *code, const QString &message)
{
    p.errors.append({line, column, QString::fromLatin1(code), message});
}

} // namespace

QString importModeCode(DefinitionImportMode mode)
{
    switch (mode) {
    case DefinitionImportMode::IntoEmpty:
        return QStringLiteral("empty");
    case DefinitionImportMode::Merge:
        return QStringLiteral("merge");
    case DefinitionImportMode::ReplaceSubtree:
        return QStringLiteral("replace");
    }
    return {};
}

std::optional<DefinitionImportMode> importModeFromCode(const QString &code)
{
    for (auto m : {DefinitionImportMode::IntoEmpty, DefinitionImportMode::Merge,
                   DefinitionImportMode::ReplaceSubtree}) {
        if (importModeCode(m) == code)
            return m;
    }
    return std::nullopt;
}

Status DefinitionImport::checkAllowed(const ConsoleState &state)
{
    if (const SwitchoverRun *run = state.currentRun()) {
        return Error::refused(QStringLiteral("switchover-in-progress"),
                              tr("A switchover is in progress (%n step(s) done); definitions can "
                                 "be imported again once it is completed.",
                                 nullptr, int(run->steps.size())));
    }
    if (state.region(RegionId::Dr).runtime.active) {
        return Error::refused(QStringLiteral("dr-active"),
                              tr("Operation runs in the DR environment. Definitions are imported "
                                 "into the primary region and reach DR by synchronisation, so "
                                 "import them after switching back to the primary."));
    }
    if (!state.region(RegionId::Primary).runtime.available) {
        return Error::refused(QStringLiteral("primary-unavailable"),
                              tr("The primary region is unavailable (regional outage); import "
                                 "definitions after it is restored."));
    }
    return {};
}

DefinitionImport::Plan DefinitionImport::plan(const ConsoleState &state,
                                              const DefinitionImportRequest &request)
{
    Plan plan;
    ImportPreview &p = plan.preview;
    p.format = QStringLiteral("ajsprint");
    const RegionData &primary = state.region(RegionId::Primary);
    const AjsprintDocument doc = Ajsprint::parse(request.bytes, request.encoding);
    p.encoding = doc.encoding;
    p.warnings = doc.warnings;
    p.errors = doc.errors;
    if (!p.ok())
        return plan;
    if (doc.units.empty()) {
        fail(p, 1, 1, "empty-file",
             tr("The file defines no units; an ajsprint file starts with unit=NAME,,,; { ty=...; "
                "}."));
        return plan;
    }
    const QString subtree = request.subtree.trimmed();
    if (request.mode == DefinitionImportMode::IntoEmpty && !primary.tree->isEmpty()) {
        fail(p, 0, 0, "not-empty",
             tr("The primary region already has %n unit(s); import into an empty environment "
                "only works before any definition exists. Merge the file, or replace a subtree.",
                nullptr, int(primary.tree->size())));
    } else if (request.mode == DefinitionImportMode::ReplaceSubtree) {
        bool valid = subtree.startsWith(QLatin1Char('/')) && subtree.size() > 1;
        for (const QString &part : subtree.mid(1).split(QLatin1Char('/')))
            valid = valid && Validation::unitName(part).ok();
        if (!valid) {
            fail(p, 0, 0, "subtree-path",
                 tr("\"%1\" is not a unit path; give the full path of the unit whose contents "
                    "are replaced, for example /SALES/ORDER_AM.")
                     .arg(subtree));
            return plan;
        }
        bool inside = false;
        for (std::size_t d = 0; d < doc.units.size(); ++d) {
            if (doc.implied[d])
                continue;
            const QString path = doc.path(UnitIndex(d));
            if (path == subtree || path.startsWith(subtree + QLatin1Char('/'))) {
                inside = true;
            } else {
                fail(p, doc.lines[d], doc.columns[d], "outside-subtree",
                     tr("%1 is outside %2; when a subtree is replaced, every unit of the file "
                        "must be %2 or below it (write the top unit as unit=%2,...;).")
                         .arg(path, subtree));
            }
        }
        if (!inside) {
            fail(p, 1, 1, "outside-subtree",
                 tr("The file defines nothing at or below %1, so it cannot replace that subtree.")
                     .arg(subtree));
        }
    }
    if (!p.ok())
        return plan;

    DefinitionMerge merge(*primary.tree, doc);
    if (request.mode == DefinitionImportMode::ReplaceSubtree)
        merge.clearSubtree(subtree);
    merge.apply();
    merge.build(p);
    if (!p.ok())
        return plan;
    plan.tree = std::make_shared<const UnitTree>(merge.units(), merge.relations());
    const UnitTree &tree = *plan.tree;

    // Jobs the file adds or changes that name agents the primary region lacks.
    QSet<QString> missing;
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        if (merge.touched()[std::size_t(i)] && usesAgent(tree.unit(i).type) &&
            !primary.findAgent(tree.effectiveAgent(i)))
            missing.insert(tree.effectiveAgent(i));
    }
    if (!missing.isEmpty()) {
        QStringList names(missing.begin(), missing.end());
        names.sort();
        p.warnings.append({0, 0, QStringLiteral("agent-missing"),
                           tr("Jobs of the file run on agents the primary region does not have: "
                              "%1. Register them before these jobs run.")
                               .arg(names.join(QStringLiteral(", ")))});
    }

    // Statuses: a root jobnet the file touches (adds, changes or removes anything in) starts
    // over as freshly registered; every other unit keeps its status, found by its old index.
    const std::vector<UnitIndex> &old = merge.oldIndex();
    std::vector<UnitIndex> newOf(std::size_t(primary.tree->size()), kNoUnit);
    for (std::size_t i = 0; i < old.size(); ++i) {
        if (old[i] != kNoUnit)
            newOf[std::size_t(old[i])] = UnitIndex(i);
    }
    QSet<UnitIndex> touchedRoots;
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        if (merge.touched()[std::size_t(i)] && tree.rootJobnetOf(i) != kNoUnit)
            touchedRoots.insert(tree.rootJobnetOf(i));
    }
    for (UnitIndex o : merge.removedOld()) {
        const UnitIndex root = primary.tree->rootJobnetOf(o);
        if (root != kNoUnit && newOf[std::size_t(root)] != kNoUnit)
            touchedRoots.insert(newOf[std::size_t(root)]);
    }
    plan.states = DemoEnvironment::initialStates(tree, state.clockMs);
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        const UnitIndex root = tree.rootJobnetOf(i);
        const UnitIndex before = old[std::size_t(i)];
        if (before != kNoUnit && (root == kNoUnit || !touchedRoots.contains(root)))
            plan.states[std::size_t(i)] = primary.states[std::size_t(before)];
    }
    for (UnitIndex root : touchedRoots) {
        const UnitIndex before = old[std::size_t(root)];
        if (before != kNoUnit && isRunningStatus(primary.states[std::size_t(before)].status)) {
            p.warnings.append({0, 0, QStringLiteral("running-jobnet"),
                               tr("%1 is running; the import registers it again and its current "
                                  "run is discarded.")
                                   .arg(tree.path(root))});
        }
    }
    return plan;
}

ImportPreview DefinitionImport::preview(const ConsoleState &state,
                                        const DefinitionImportRequest &request)
{
    return plan(state, request).preview;
}

Result<ImportPreview> DefinitionImport::apply(EngineContext &ctx,
                                              const DefinitionImportRequest &request)
{
    if (auto s = checkAllowed(ctx.state); !s)
        return s.error();
    Plan plan = DefinitionImport::plan(ctx.state, request);
    const ImportPreview &p = plan.preview;
    if (!p.ok())
        return ImportPreviews::refusal(p, tr("The definition file"));
    const QString summary = QStringLiteral("%1 %2%3 (%4): %5 added, %6 changed, %7 removed, %8 "
                                           "unchanged")
                                .arg(importModeCode(request.mode), request.source,
                                     request.mode == DefinitionImportMode::ReplaceSubtree
                                         ? QStringLiteral(" into ") + request.subtree.trimmed()
                                         : QString(),
                                     TextDecoding::encodingName(p.encoding))
                                .arg(p.added.size())
                                .arg(p.changed.size())
                                .arg(p.removed.size())
                                .arg(p.unchanged);
    ctx.mutation.audited(QStringLiteral("definitions.import"), summary);
    if (!p.hasChanges())
        return p; // the file matches what is there: recorded, nothing rewritten
    ConsoleState &st = ctx.state;
    RegionData &primary = st.region(RegionId::Primary);
    primary.tree = plan.tree;
    primary.states = std::move(plan.states);
    primary.runtime.definitionsRevision =
        std::max(primary.runtime.definitionsRevision,
                 st.region(RegionId::Dr).runtime.definitionsRevision) +
        1;
    st.resetPendingSync();
    st.pendingSyncMark.assign(primary.states.size(), 0);
    st.definitionsPending = true; // the next sync copies the definitions to DR
    Mutation::PerRegion &m = ctx.mutation.region(RegionId::Primary);
    m.tree = true;
    m.runtime = true;
    ctx.scheduler(RegionId::Primary).rebuild(st.clockMs);
    return p;
}

} // namespace dr
