#pragma once

#include "ParseIssue.h"
#include "model/HostEntry.h"

#include <QCoreApplication>

namespace dr {

// JP1/Base jp1hosts2 definition files: "# comment", "+DefaultResolve 0|1", "host ip ip ...".
// A comment line directly above a host line is kept as that host's comment. As in JP1/Base, "#"
// starts a comment only at the start of a line; a host is listed once, a setting given once.
class HostsFile
{
    Q_DECLARE_TR_FUNCTIONS(HostsFile)
public:
    struct Parsed
    {
        HostTable table;
        QList<ParseIssue> errors;
        QList<ParseIssue> warnings;
        bool ok() const { return errors.isEmpty(); }
    };

    static Parsed parse(const QString &text);
    static QString write(const HostTable &table, const QString &header = {});
};

} // namespace dr
