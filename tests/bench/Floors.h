#pragma once

#include "BenchCommon.h"

// The floor: the same database work done with plain SQL through the SQLite C library, on a
// connection configured like the console's (WAL, synchronous=FULL), with nothing but the
// statements themselves in the timed part.
namespace bench {

class Floors
{
public:
    // One transaction of bulk inserts (one reused prepared statement per table) of exactly the
    // unit, relation and status rows the console saves for a generated environment.
    static Measurement save(const QString &path, qint64 units, quint32 seed);
    // A full scan reading every column of the rows the console loads.
    static Measurement load(const QString &path);
    // The primary → DR sync as INSERT ... SELECT in one transaction, ending in the state the
    // console's sync leaves: DR's statuses replaced, DR sharing the primary's definition rows.
    static Measurement sync(const QString &path);
    // Definitions, relations and statuses copied: context for the sync row (what DR keeping
    // definition rows of its own would cost), printed beside the table, not a floor.
    static Measurement fullCopy(const QString &path);
};

} // namespace bench
