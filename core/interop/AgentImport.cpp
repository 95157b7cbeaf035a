#include "AgentImport.h"

#include "AgentScript.h"
#include "model/UnitTree.h"
#include "model/Validation.h"

#include <QHash>
#include <QSet>

namespace dr {

namespace {

int indexOf(const QList<ExecutionAgent> &agents, const QString &name)
{
    for (int i = 0; i < agents.size(); ++i) {
        if (agents[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int fieldOf(Validation::Field field)
{
    switch (field) {
    case Validation::Field::AgentName:
        return AgentRow::Name;
    case Validation::Field::AgentHost:
        return AgentRow::Host;
    case Validation::Field::AgentWindows:
        return AgentRow::Windows;
    default:
        return AgentRow::Description;
    }
}

} // namespace

AgentImport::AgentLimit AgentImport::agentLimit(const RegionData &region,
                                                const QList<AgentRow> &rows)
{
    AgentLimit limit;
    limit.total = int(region.agents.size());
    QSet<QString> added;
    for (const AgentRow &row : rows) {
        const QString key = row.agent.name.toLower();
        if (added.contains(key) || indexOf(region.agents, row.agent.name) >= 0)
            continue;
        added.insert(key);
        if (++limit.total > Validation::kMaxAgentsPerRegion && limit.firstLineOver == 0)
            limit.firstLineOver = row.line;
    }
    return limit;
}

std::optional<AgentFileFormat> AgentImport::formatFromCode(const QString &code)
{
    if (code == QLatin1String("csv"))
        return AgentFileFormat::Csv;
    if (code == QLatin1String("ajsagtadd"))
        return AgentFileFormat::Ajsagtadd;
    return std::nullopt;
}

ImportPreview AgentImport::plan(const RegionData &region, const QByteArray &bytes,
                                QList<ExecutionAgent> &agents)
{
    ImportPreview p;
    TextPosition badAt;
    auto text = TextDecoding::decode(bytes, TextEncoding::Auto, &badAt);
    if (!text) {
        p.errors.append({badAt.line, badAt.column, text.error().code, text.error().message});
        return p;
    }
    p.encoding = text->encoding;
    const bool script = AgentScript::looksLikeScript(text->text);
    p.format = script ? QStringLiteral("ajsagtadd") : QStringLiteral("csv");
    const AgentRows rows = script ? AgentScript::read(text->text) : AgentFile::readCsv(text->text);
    p.errors = rows.errors;
    p.warnings = rows.warnings;
    agents = region.agents;
    const AgentLimit limit = agentLimit(region, rows.rows);
    QHash<QString, int> lineOf; // lower-case name → line it is first listed on
    for (const AgentRow &row : rows.rows) {
        if (issueLimitReached(p.errors, row.line))
            break;
        const QString key = row.agent.name.toLower();
        if (lineOf.contains(key)) {
            p.errors.append({row.line, row.columns[AgentRow::Name],
                             QStringLiteral("agent-name-duplicate"),
                             tr("The agent \"%1\" is already listed on line %2; list each agent "
                                "once.")
                                 .arg(row.agent.name)
                                 .arg(lineOf.value(key))});
            continue;
        }
        lineOf.insert(key, row.line);
        const int existing = indexOf(agents, row.agent.name);
        ExecutionAgent updated = row.agent;
        QList<Validation::FieldError> errors;
        if (row.agent.name.compare(kSystemAgent, Qt::CaseInsensitive) == 0 && existing >= 0) {
            const ExecutionAgent &system = agents[existing];
            if (row.hostGiven && row.agent.host.compare(system.host, Qt::CaseInsensitive) != 0) {
                p.errors.append({row.line, row.columns[AgentRow::Host],
                                 QStringLiteral("agent-system"),
                                 tr("@SYSTEM runs on the manager host (%1) and cannot be moved to "
                                    "\"%2\"; only its limits, restriction and description are "
                                    "imported. Write the manager host or leave -s out.")
                                     .arg(system.host, row.agent.host)});
                continue;
            }
            updated.name = system.name;
            updated.host = system.host;
            if (auto w = Validation::windows(updated.windows); !w)
                errors.append({Validation::Field::AgentWindows, w.error()});
            if (auto d = Validation::agentDescription(updated.description); !d)
                errors.append({Validation::Field::AgentDescription, d.error()});
        } else {
            errors = Validation::agent(updated, agents, region.hosts,
                                       existing >= 0 ? agents[existing].name : QString());
        }
        // The limit is the file's to report, once (below); the form's "already has" is not.
        errors.removeIf([](const Validation::FieldError &e) {
            return e.error.code == QLatin1String("agent-limit");
        });
        if (row.line == limit.firstLineOver) {
            errors.prepend(
                {Validation::Field::AgentName,
                 Error::badInput(
                     QStringLiteral("agent-limit"),
                     tr("This file would bring the %1 to %2 agents; the limit is %3 agents per "
                        "region. Leave out at least %n new agent(s), or first remove agents the "
                        "region no longer uses.",
                        nullptr, limit.total - Validation::kMaxAgentsPerRegion)
                         .arg(RegionNames::displayName(region.id))
                         .arg(limit.total)
                         .arg(Validation::kMaxAgentsPerRegion))});
        }
        for (const Validation::FieldError &e : errors) {
            QString message = e.error.message;
            if (e.field == Validation::Field::AgentHost && !row.hostGiven) {
                message += QLatin1Char(' ') +
                           tr("-s was left out, so the host is the agent name (as ajsagtadd "
                              "takes it); add -s HOST to name the execution host.");
            }
            p.errors.append({row.line, row.columns[fieldOf(e.field)], e.error.code, message});
        }
        if (!errors.isEmpty())
            continue;
        if (existing < 0) {
            agents.append(updated);
            p.added << updated.name;
        } else if (agents[existing] == updated) {
            ++p.unchanged;
        } else {
            agents[existing] = updated;
            p.changed << updated.name;
        }
    }
    sortByPosition(p.errors);
    return p;
}

ImportPreview AgentImport::preview(const RegionData &region, const QByteArray &bytes)
{
    QList<ExecutionAgent> agents;
    return plan(region, bytes, agents);
}

Result<ImportPreview> AgentImport::apply(EngineContext &ctx, RegionId region,
                                         const QByteArray &bytes, const QString &source)
{
    RegionData &r = ctx.state.region(region);
    QList<ExecutionAgent> agents;
    const ImportPreview p = plan(r, bytes, agents);
    if (!p.ok())
        return ImportPreviews::refusal(p, tr("The agent file"));
    ctx.mutation.audited(QStringLiteral("agent.import"),
                         QStringLiteral("%1: %2 (%3): %4 added, %5 changed, %6 unchanged")
                             .arg(regionCode(region), source, p.format)
                             .arg(p.added.size())
                             .arg(p.changed.size())
                             .arg(p.unchanged));
    if (p.hasChanges()) {
        r.agents = agents;
        ctx.mutation.region(region).agents = true;
    }
    return p;
}

QByteArray AgentImport::write(const RegionData &region, AgentFileFormat format)
{
    if (format == AgentFileFormat::Csv)
        return AgentFile::writeCsv(region.agents).toUtf8();
    return AgentScript::write(region.agents,
                              tr("Execution agents of the %1, exported by DR Console.\nRun on the "
                                 "manager host to register them (names must resolve there).")
                                  .arg(RegionNames::displayName(region.id)))
        .toUtf8();
}

} // namespace dr
