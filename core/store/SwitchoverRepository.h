#pragma once

#include "model/Result.h"
#include "model/Switchover.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dr {

class Database;

// Switchover runs and their completed steps.
class SwitchoverRepository
{
    Q_DECLARE_TR_FUNCTIONS(SwitchoverRepository)
public:
    explicit SwitchoverRepository(Database &db) : m_db(db) {}

    Status saveRun(const SwitchoverRun &run); // insert or update: mode, state, times, facts
    Status addStep(qint64 runId, const StepRecord &step);
    Result<QList<SwitchoverRun>> loadRuns() const;      // oldest first, with their steps

private:
    Database &m_db;
};

} // namespace dr
