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

} // namespace dr
