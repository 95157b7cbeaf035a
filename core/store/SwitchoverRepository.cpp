#include "SwitchoverRepository.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QJsonDocument>

namespace dr {

namespace {
QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QJsonObject fromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

Status SwitchoverRepository::saveRun(const SwitchoverRun &run)
{
    SqlQuery q(m_db.connection(), QStringLiteral(
        "INSERT INTO switchover_run (id, mode, state, started_at, finished_at, facts) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET mode = excluded.mode, "
        "state = excluded.state, started_at = excluded.started_at, "
        "finished_at = excluded.finished_at, facts = excluded.facts"));
    q.bind(0, run.id).bind(1, switchModeCode(run.mode));
    q.bind(2, run.completed ? QStringLiteral("completed") : QStringLiteral("active"));
    q.bind(3, run.startedAtMs).bind(4, run.finishedAtMs).bind(5, toJson(run.facts));
    return q.exec();
}

Status SwitchoverRepository::addStep(qint64 runId, const StepRecord &step)
{
    SqlQuery q(m_db.connection(), QStringLiteral(
        "INSERT INTO switchover_step (run_id, step, operator, role, at, note, details) "
        "VALUES (?,?,?,?,?,?,?)"));
    q.bind(0, runId).bind(1, step.step).bind(2, step.operatorName).bind(3, roleCode(step.role));
    q.bind(4, step.atMs).bind(5, step.note).bind(6, toJson(step.details));
    return q.exec();
}

Result<QList<SwitchoverRun>> SwitchoverRepository::loadRuns() const
{
    SqlQuery runs(m_db.connection(), QStringLiteral(
        "SELECT id, mode, state, started_at, finished_at, facts FROM switchover_run ORDER BY id"));
    if (auto s = runs.exec(); !s)
        return s.error();
    QList<SwitchoverRun> result;
    while (runs.next()) {
        SwitchoverRun run;
        run.id = runs.value(0).toLongLong();
        run.mode = switchModeFromCode(runs.value(1).toString()).value_or(SwitchMode::Disaster);
        run.completed = runs.value(2).toString() == QLatin1String("completed");
        run.startedAtMs = runs.value(3).toLongLong();
        run.finishedAtMs = runs.value(4).toLongLong();
        run.facts = fromJson(runs.value(5).toString());
        result.append(run);
    }
    SqlQuery steps(m_db.connection(), QStringLiteral(
        "SELECT run_id, step, operator, role, at, note, details FROM switchover_step "
        "ORDER BY run_id, step"));
    if (auto s = steps.exec(); !s)
        return s.error();
    while (steps.next()) {
        const qint64 runId = steps.value(0).toLongLong();
        for (SwitchoverRun &run : result) {
            if (run.id != runId)
                continue;
            StepRecord r;
            r.step = steps.value(1).toInt();
            r.operatorName = steps.value(2).toString();
            r.role = roleFromCode(steps.value(3).toString()).value_or(Role::Customer);
            r.atMs = steps.value(4).toLongLong();
            r.note = steps.value(5).toString();
            r.details = fromJson(steps.value(6).toString());
            run.steps.append(r);
        }
    }
    return result;
}

} // namespace dr
