#pragma once

#include "model/Result.h"

#include <QCoreApplication>

namespace dr {

class Database;

// The database schema as ordered migrations. Opening runs every migration newer than the file's
// version, all in one transaction, so a file is either fully migrated or untouched.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static int currentVersion();
    // Returns the version the database has afterwards.
    static Result<int> migrate(Database &db);
};

} // namespace dr
