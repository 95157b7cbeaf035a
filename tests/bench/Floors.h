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
    // The primary → DR copy as INSERT ... SELECT in one transaction (replacing DR's rows).
    static Measurement sync(const QString &path);
    // The statuses alone (what the console copies while the regions share definitions): shown
    // beside the table, so that the sync row's ratio against the full copy is not misread.
    static Measurement syncStates(const QString &path);
};

} // namespace bench
