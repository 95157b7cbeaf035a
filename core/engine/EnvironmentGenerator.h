#pragma once

#include "model/ExecutionAgent.h"
#include "model/HostEntry.h"
#include "model/NetworkConnection.h"
#include "model/Result.h"
#include "model/UnitState.h"
#include "model/UnitTree.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace dr {

struct EngineContext;

// What `drctl generate` and the benchmark ask for.
struct GenerateOptions
{
    qint64 units = 10000;
    quint32 seed = 1;

    static constexpr qint64 kMinUnits = 10;
    static constexpr qint64 kMaxUnits = 5000000;
};

// What a generation produced, for the command's output and the audit entry.
struct GenerateSummary
{
    qint64 units = 0;
    qint64 groups = 0;
    qint64 rootJobnets = 0;
    qint64 jobnets = 0; // root and nested
    qint64 jobs = 0;
    qint64 relations = 0;
    qint64 agents = 0;   // primary, @SYSTEM excluded
    qint64 drAgents = 0; // pre-registered in DR, @SYSTEM excluded
    qint64 buildMs = 0;  // building the environment in memory
    qint64 saveMs = 0;   // the one transaction that stores it
};

// A synthetic environment of a given size: the primary's units (job groups of jobnets of 5–50
// jobs with relations, some nested jobnets), their statuses on a busy day, and 50–500 execution
// agents with host information in both regions, most agents pre-registered in DR.
struct GeneratedEnvironment
{
    std::shared_ptr<const UnitTree> tree;
    std::vector<UnitState> states;
    QList<ExecutionAgent> primaryAgents; // without @SYSTEM
    QList<ExecutionAgent> drAgents;
    HostTable primaryHosts;
    HostTable drHosts;
    qint64 lastSerial = 0; // highest execution serial the statuses use
    GenerateSummary summary;
};

// Builds the environment deterministically from (options, clock, simulation seed), and applies
// it to the console state as one facade action.
class EnvironmentGenerator
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentGenerator)
public:
    static Status validate(const GenerateOptions &options);
    static GeneratedEnvironment build(const GenerateOptions &options, qint64 nowMs,
                                      qint64 firstSerial, quint32 simSeed);
    // Replaces the primary's units, both regions' agents and hosts (and adds a network connection
    // to a region that has none); the DR copy is emptied so that the next sync copies everything.
    static Status apply(EngineContext &ctx, const GenerateOptions &options,
                        GenerateSummary &summary);

    // A configured AWS connection with plausible identifiers, for regions that have none.
    static NetworkConnection connectionFor(RegionId region, quint32 seed);
};

} // namespace dr
