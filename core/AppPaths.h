#pragma once

#include <QString>

namespace dr {

// Where drconsole and drctl keep their embedded default database: the user's data directory
// (QStandardPaths::AppDataLocation of "drconsole"), shared by both programs.
class AppPaths
{
public:
    static QString defaultDatabase();
};

} // namespace dr
