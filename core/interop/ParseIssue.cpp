#include "ParseIssue.h"

#include <QCoreApplication>

namespace dr {

QString ParseIssue::toString() const
{
    if (line <= 0)
        return message;
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
}

QString formatIssues(const QList<ParseIssue> &issues, int limit)
{
    QStringList lines;
    for (int i = 0; i < issues.size() && i < limit; ++i)
        lines << issues[i].toString();
    if (issues.size() > limit) {
        lines << QCoreApplication::translate("dr::ParseIssue", "... and %n more.", nullptr,
                                             int(issues.size() - limit));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace dr
