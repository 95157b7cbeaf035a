#include "AuditAction.h"

#include "engine/JapanTime.h"

#include <QRegularExpression>

namespace dr {

namespace {

struct ActionName
{
    const char *code;
    const char *name;
};

// Every code the core writes. A code added to the core without a line here still shows (as its
// code), and tst_auditaction lists the codes the demo and a switchover write.
constexpr ActionName kActions[] = {
    {"environment.initialize", QT_TRANSLATE_NOOP("AuditActions", "Environment created")},
    {"environment.generate", QT_TRANSLATE_NOOP("AuditActions", "Environment generated")},
    {"switch.step", QT_TRANSLATE_NOOP("AuditActions", "Switchover step")},
    {"overdue.choice", QT_TRANSLATE_NOOP("AuditActions", "Overdue jobnets decided")},
    {"suppression.on", QT_TRANSLATE_NOOP("AuditActions", "Job execution suppressed")},
    {"suppression.off", QT_TRANSLATE_NOOP("AuditActions", "Suppression released")},
    {"contract.update", QT_TRANSLATE_NOOP("AuditActions", "Contract changed")},
    {"maintenance.date", QT_TRANSLATE_NOOP("AuditActions", "Maintenance date changed")},
    {"definitions.import", QT_TRANSLATE_NOOP("AuditActions", "Definitions imported")},
    {"clock.advance", QT_TRANSLATE_NOOP("AuditActions", "Clock advanced")},
    {"clock.set", QT_TRANSLATE_NOOP("AuditActions", "Clock set")},
    {"sync.interval", QT_TRANSLATE_NOOP("AuditActions", "Sync interval changed")},
    {"sync.now", QT_TRANSLATE_NOOP("AuditActions", "Synchronised")},
    {"region.outage", QT_TRANSLATE_NOOP("AuditActions", "Regional outage")},
    {"region.restore", QT_TRANSLATE_NOOP("AuditActions", "Region restored")},
    {"unit.change-status", QT_TRANSLATE_NOOP("AuditActions", "Status changed")},
    {"unit.rerun", QT_TRANSLATE_NOOP("AuditActions", "Rerun")},
    {"unit.hold", QT_TRANSLATE_NOOP("AuditActions", "Held")},
    {"unit.release-hold", QT_TRANSLATE_NOOP("AuditActions", "Hold released")},
    {"unit.kill", QT_TRANSLATE_NOOP("AuditActions", "Killed")},
    {"agent.add", QT_TRANSLATE_NOOP("AuditActions", "Execution agent added")},
    {"agent.update", QT_TRANSLATE_NOOP("AuditActions", "Execution agent changed")},
    {"agent.remove", QT_TRANSLATE_NOOP("AuditActions", "Execution agent removed")},
    {"agent.copy", QT_TRANSLATE_NOOP("AuditActions", "Execution agents copied")},
    {"agent.import", QT_TRANSLATE_NOOP("AuditActions", "Execution agents imported")},
    {"host.add", QT_TRANSLATE_NOOP("AuditActions", "Host added")},
    {"host.update", QT_TRANSLATE_NOOP("AuditActions", "Host changed")},
    {"host.remove", QT_TRANSLATE_NOOP("AuditActions", "Host removed")},
    {"host.resolve", QT_TRANSLATE_NOOP("AuditActions", "Host resolution changed")},
    {"host.import", QT_TRANSLATE_NOOP("AuditActions", "Host information imported")},
    {"connection.add", QT_TRANSLATE_NOOP("AuditActions", "Network connection added")},
    {"connection.update", QT_TRANSLATE_NOOP("AuditActions", "Network connection changed")},
    {"connection.remove", QT_TRANSLATE_NOOP("AuditActions", "Network connection removed")},
};

const ActionName *find(const QString &code)
{
    for (const ActionName &a : kActions) {
        if (code == QLatin1String(a.code))
            return &a;
    }
    return nullptr;
}

} // namespace

QString AuditActions::displayName(const QString &code)
{
    const ActionName *a = find(code);
    return a ? tr(a->name) : code;
}

bool AuditActions::isKnown(const QString &code)
{
    return find(code) != nullptr;
}

QStringList AuditActions::codes()
{
    QStringList list;
    for (const ActionName &a : kActions)
        list << QString::fromLatin1(a.code);
    return list;
}

QString AuditActions::displayDetails(const QString &details)
{
    static const QRegularExpression iso(
        QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?Z"));
    QString out;
    qsizetype from = 0;
    for (auto it = iso.globalMatch(details); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qint64 utcMs = 0;
        if (!jst::parseIso(m.captured(), utcMs))
            continue;
        out += QStringView(details).mid(from, m.capturedStart() - from);
        out += jst::format(utcMs);
        from = m.capturedEnd();
    }
    if (from == 0)
        return details;
    out += QStringView(details).mid(from);
    return out;
}

} // namespace dr
