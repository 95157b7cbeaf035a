#pragma once

#include "interop/ParseIssue.h"

#include <QList>
#include <QStringList>

namespace drtest {

// "line:column:code" of every issue, space-separated: one string that a failed comparison shows
// whole, and that the expected-error tables write the same way.
inline QString positions(const QList<dr::ParseIssue> &issues)
{
    QStringList out;
    for (const dr::ParseIssue &i : issues)
        out << QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column).arg(i.code);
    return out.join(QLatin1Char(' '));
}

} // namespace drtest
