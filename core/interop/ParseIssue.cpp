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

bool issueLimitReached(QList<ParseIssue> &issues, int line)
{
    if (issues.size() < kMaxIssues)
        return false;
    if (issues.size() == kMaxIssues) {
        issues.append({qMax(line, 1), 1, QStringLiteral("too-many-errors"),
                       QCoreApplication::translate("dr::ParseIssue",
                                                   "More than %1 errors; reading stopped here.")
                           .arg(kMaxIssues)});
    }
    return true;
}

} // namespace dr
