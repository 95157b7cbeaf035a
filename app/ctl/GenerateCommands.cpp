#include "GenerateCommands.h"

#include "Session.h"

#include <QJsonObject>

namespace dr::ctl {

QList<CommandSpec> GenerateCommands::commands()
{
    return {CommandSpec{
        .words = {QStringLiteral("generate")},
        .summary = tr("Replace the environment with a synthetic one of N units (job groups, "
                      "jobnets, jobs, agents, a busy day's statuses)"),
        .options = {{QStringLiteral("units"), QStringLiteral("N"),
                     tr("number of units (%1 to %2)")
                         .arg(GenerateOptions::kMinUnits)
                         .arg(GenerateOptions::kMaxUnits),
                     true},
                    {QStringLiteral("seed"), QStringLiteral("S"),
                     tr("generator seed (default 1): the same seed, size and clock give the same "
                        "environment")}},
        .operatorUse = OperatorUse::Required,
        .run = &GenerateCommands::generate}};
}

Status GenerateCommands::generate(Session &session)
{
    GenerateOptions options;
    bool ok = false;
    options.units = session.args().value(QStringLiteral("units")).toLongLong(&ok);
    if (!ok)
        return Error::badInput(QStringLiteral("units"), tr("--units needs a number."));
    if (session.args().isSet(QStringLiteral("seed"))) {
        options.seed = session.args().value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return Error::badInput(QStringLiteral("seed"),
                                   tr("--seed needs a non-negative number."));
    }
    auto summary = session.console().generateEnvironment(session.actor(), options);
    if (!summary)
        return summary.error();
    const GenerateSummary &s = *summary;
    if (session.json()) {
        session.out().printJson(QJsonObject{{QStringLiteral("units"), double(s.units)},
                                            {QStringLiteral("groups"), double(s.groups)},
                                            {QStringLiteral("jobnets"), double(s.jobnets)},
                                            {QStringLiteral("rootJobnets"), double(s.rootJobnets)},
                                            {QStringLiteral("jobs"), double(s.jobs)},
                                            {QStringLiteral("relations"), double(s.relations)},
                                            {QStringLiteral("agents"), double(s.agents)},
                                            {QStringLiteral("drAgents"), double(s.drAgents)},
                                            {QStringLiteral("seed"), double(options.seed)},
                                            {QStringLiteral("buildMs"), double(s.buildMs)},
                                            {QStringLiteral("saveMs"), double(s.saveMs)}});
        return {};
    }
    session.out().line(tr("Generated %1 units: %2 job groups, %3 jobnets (%4 root), %5 jobs, %6 "
                          "relations.")
                           .arg(s.units)
                           .arg(s.groups)
                           .arg(s.jobnets)
                           .arg(s.rootJobnets)
                           .arg(s.jobs)
                           .arg(s.relations));
    session.out().line(tr("Execution agents: %1 in the primary environment, %2 pre-registered in "
                          "the DR environment. The DR copy follows at the next sync.")
                           .arg(s.agents)
                           .arg(s.drAgents));
    session.out().line(tr("Built in %1 ms, saved in %2 ms.").arg(s.buildMs).arg(s.saveMs));
    return {};
}

} // namespace dr::ctl
