#pragma once

#include <QList>
#include <QString>

namespace dr {

// A problem found in an imported file, with its position (1-based line and column).
struct ParseIssue
{
    int line = 0;
    int column = 0;
    QString code;    // stable identifier, e.g. "expected-semicolon"
    QString message; // translated; says what was found and what was expected

    QString toString() const; // "12:5: message"
};

QString formatIssues(const QList<ParseIssue> &issues, int limit = 20);

// Readers stop collecting after this many errors: a wrong file of a million lines must not
// produce a million messages. The file is refused either way.
inline constexpr int kMaxIssues = 500;
// True (and a last issue saying so is added at `line`) once `issues` has reached kMaxIssues.
bool issueLimitReached(QList<ParseIssue> &issues, int line);
// Puts issues in the order of the file (line, then column; found order among equals), with any
// "too many" note last: readers find problems in several passes, operators read top down.
void sortByPosition(QList<ParseIssue> &issues);

} // namespace dr
