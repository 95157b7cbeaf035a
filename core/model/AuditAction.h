#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dr {

// The one table of audit action codes ("switch.step", "agent.add", ...) and the names an operator
// reads for them. The log stores the stable code and English details (both are part of the hash
// chain); screens show the translated name and the details with their times in Japan time.
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(AuditActions)
public:
    // The translated name of `code`; an unknown code (a newer database) is shown as it is.
    static QString displayName(const QString &code);
    // Whether `code` is in the table.
    static bool isKnown(const QString &code);
    // Every code of the table, in table order.
    static QStringList codes();
    // `details` with each UTC ISO-8601 time ("2026-11-25T01:30:00Z") written in Japan time
    // ("2026-11-25 10:30:00 JST"), as every other time on the screens; the rest is unchanged.
    static QString displayDetails(const QString &details);
};

} // namespace dr
