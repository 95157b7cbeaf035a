#pragma once

#include "interop/AjsprintDocument.h"
#include "interop/DemoEnvironment.h"
#include "model/RegionState.h"

#include <QMap>
#include <QTest>

// Builds small regions for engine tests from ajsprint text, so each test shows its jobnet the
// way an operator would write it.
namespace drtest {

struct SimSpec
{
    int seconds = 60;
    dr::SimOutcome outcome = dr::SimOutcome::Normal;
};

inline std::shared_ptr<const dr::UnitTree> buildTree(const QString &ajsprint,
                                                     const QMap<QString, SimSpec> &sims = {},
                                                     int defaultSeconds = 60)
{
    dr::AjsprintDocument doc = dr::Ajsprint::parse(ajsprint);
    if (!doc.ok()) {
        qWarning("test definitions do not parse: %s", qPrintable(dr::formatIssues(doc.errors)));
        return nullptr;
    }
    for (dr::UnitIndex i = 0; i < dr::UnitIndex(doc.units.size()); ++i) {
        dr::Unit &u = doc.units[std::size_t(i)];
        const SimSpec spec = sims.value(doc.path(i), SimSpec{defaultSeconds, dr::SimOutcome::Normal});
        u.simDurationSec = spec.seconds;
        u.simOutcome = spec.outcome;
    }
    return std::make_shared<const dr::UnitTree>(std::move(doc.units), std::move(doc.relations));
}

inline dr::ExecutionAgent agent(const QString &name, quint32 limit = 5,
                                dr::TransferRestriction restriction = dr::TransferRestriction::Effective)
{
    dr::ExecutionAgent a;
    a.name = name;
    a.host = QStringLiteral("10.0.0.1");
    a.windows = {dr::ConcurrencyWindow{0, 0, limit}};
    a.restriction = restriction;
    return a;
}

inline dr::RegionData makeRegion(std::shared_ptr<const dr::UnitTree> tree, qint64 clockMs,
                                 QList<dr::ExecutionAgent> agents)
{
    dr::RegionData r;
    r.id = dr::RegionId::Primary;
    r.tree = std::move(tree);
    r.states = dr::DemoEnvironment::initialStates(*r.tree, clockMs);
    r.agents = std::move(agents);
    r.agents.prepend(dr::ExecutionAgent::systemAgent(QStringLiteral("manager")));
    r.runtime.managerRunning = true;
    r.runtime.active = true;
    return r;
}

} // namespace drtest
