#include "ParseIssue.h"

#include <QCoreApplication>

#include <algorithm>

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

void sortByPosition(QList<ParseIssue> &issues)
{
    auto isNote = [](const ParseIssue &i) {
        return i.code.startsWith(QLatin1String("too-many-"));
    };
    const auto notes = std::stable_partition(issues.begin(), issues.end(),
                                             [&](const ParseIssue &i) { return !isNote(i); });
    std::stable_sort(issues.begin(), notes, [](const ParseIssue &a, const ParseIssue &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    // Several passes may each have stopped at the limit: one note says it.
    if (notes != issues.end())
        issues.erase(notes + 1, issues.end());
}

} // namespace dr
