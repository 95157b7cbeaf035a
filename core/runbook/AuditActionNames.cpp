#include "AuditActionNames.h"

#include <QHash>

namespace dr {

QString AuditActionNames::name(const QString &code)
{
    // Built on each call: the table is small and the names follow the UI language.
    const QHash<QString, QString> names{
        {QStringLiteral("environment.initialize"), tr("Environment created")},
        {QStringLiteral("environment.generate"), tr("Environment generated")},
        {QStringLiteral("definitions.import"), tr("Definitions imported")},
        {QStringLiteral("clock.advance"), tr("Clock advanced")},
        {QStringLiteral("clock.set"), tr("Clock set")},
        {QStringLiteral("sync.now"), tr("Synchronised")},
        {QStringLiteral("sync.interval"), tr("Sync interval changed")},
        {QStringLiteral("region.outage"), tr("Regional outage")},
        {QStringLiteral("region.restore"), tr("Region restored")},
        {QStringLiteral("unit.change-status"), tr("Status changed")},
        {QStringLiteral("unit.rerun"), tr("Rerun")},
        {QStringLiteral("unit.hold"), tr("Held")},
        {QStringLiteral("unit.release-hold"), tr("Hold released")},
        {QStringLiteral("unit.kill"), tr("Killed")},
        {QStringLiteral("agent.add"), tr("Agent added")},
        {QStringLiteral("agent.update"), tr("Agent changed")},
        {QStringLiteral("agent.remove"), tr("Agent removed")},
        {QStringLiteral("agent.copy"), tr("Agents copied")},
        {QStringLiteral("agent.import"), tr("Agents imported")},
        {QStringLiteral("host.add"), tr("Host added")},
        {QStringLiteral("host.update"), tr("Host changed")},
        {QStringLiteral("host.remove"), tr("Host removed")},
        {QStringLiteral("host.resolve"), tr("Host resolution changed")},
        {QStringLiteral("host.import"), tr("Host information imported")},
        {QStringLiteral("connection.add"), tr("Network connection added")},
        {QStringLiteral("connection.update"), tr("Network connection changed")},
        {QStringLiteral("connection.remove"), tr("Network connection removed")},
        {QStringLiteral("suppression.on"), tr("Job execution suppressed")},
        {QStringLiteral("suppression.off"), tr("Suppression released")},
        {QStringLiteral("contract.update"), tr("Contract changed")},
        {QStringLiteral("maintenance.date"), tr("Maintenance date changed")},
        {QStringLiteral("switch.step"), tr("Switchover step")},
        {QStringLiteral("overdue.choice"), tr("Overdue jobnet choice")},
    };
    return names.value(code, code);
}

} // namespace dr
