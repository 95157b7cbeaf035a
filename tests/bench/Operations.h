#pragma once

#include "BenchCommon.h"

// The operations drbench times, each run in its own child process so that the peak memory it
// reports belongs to that operation (plus the opening of the database it needs).
namespace bench {

struct ChildArgs
{
    QString operation;
    QString database;
    qint64 units = 0;
    quint32 seed = 1;
};

// Runs one child operation through the facade (or, for floor-*, plain SQLite).
Measurement runOperation(const ChildArgs &args);

} // namespace bench
