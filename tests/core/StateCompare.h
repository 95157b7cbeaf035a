#pragma once

// Field-by-field comparison of two ConsoleStates (what a reload must reproduce), with messages
// that name the region, unit or field that differs.

#include "ConsoleState.h"

#include <QStringList>
#include <QTest>

namespace statecompare {

using namespace dr;

inline void compareRuns(const QList<SwitchoverRun> &a, const QList<SwitchoverRun> &b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].id, b[i].id);
        QCOMPARE(a[i].mode, b[i].mode);
        QCOMPARE(a[i].completed, b[i].completed);
        QCOMPARE(a[i].startedAtMs, b[i].startedAtMs);
        QCOMPARE(a[i].finishedAtMs, b[i].finishedAtMs);
        QCOMPARE(a[i].facts, b[i].facts);
        QCOMPARE(a[i].steps.size(), b[i].steps.size());
        for (qsizetype s = 0; s < a[i].steps.size(); ++s) {
            const StepRecord &x = a[i].steps[s], &y = b[i].steps[s];
            QCOMPARE(x.step, y.step);
            QCOMPARE(x.operatorName, y.operatorName);
            QCOMPARE(x.role, y.role);
            QCOMPARE(x.atMs, y.atMs);
            QCOMPARE(x.note, y.note);
            QCOMPARE(x.details, y.details);
        }
    }
}

inline QString describeUnit(const Unit &u)
{
    const UnitDetails &d = u.detailsOrEmpty();
    QStringList schedule, params;
    for (const ScheduleRule &r : d.schedule) {
        schedule << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(r.number)
                        .arg(r.startDate.toString(Qt::ISODate))
                        .arg(r.startMinute)
                        .arg(r.cycleCount)
                        .arg(int(r.cycleUnit));
    }
    for (const UnitParameter &p : d.otherParameters)
        params << p.key + QLatin1Char('=') + p.value;
    return QStringLiteral("%1 agent=%2 parent=%3 sim=%4/%5/%6 type=%7 cm=%8 sc=%9 un=%10 perm=%11 "
                          "owner=%12 rg=%13 ty=%14 schedule=[%15] params=[%16]")
        .arg(u.name, u.agent)
        .arg(u.parent)
        .arg(u.simDurationSec)
        .arg(int(u.simOutcome))
        .arg(u.simExitCode)
        .arg(int(u.type))
        .arg(d.comment, d.script, d.user, d.permission, d.owner, d.resourceGroup, d.typeCode,
             schedule.join(QLatin1Char(';')), params.join(QLatin1Char(';')));
}

inline QString describeItems(const QList<RegionItem> &items)
{
    QStringList out;
    for (const RegionItem &i : items)
        out << QStringLiteral("%1/%2/%3/%4")
                   .arg(i.id)
                   .arg(regionItemKindCode(i.kind))
                   .arg(i.atMs)
                   .arg(i.text);
    return out.join(QLatin1String("; "));
}

inline QString describeRuntime(const RegionRuntime &r)
{
    return QStringLiteral(
               "host=%1 avail=%2 run=%3 supp=%4 active=%5 mode=%6 started=%7 stopped=%8 "
               "down=%9 syncAt=%10 syncSeq=%11 changed=%12 lost=%13 rev=%14 skipOverdue=%15")
        .arg(r.managerHost)
        .arg(r.available)
        .arg(r.managerRunning)
        .arg(r.suppressed)
        .arg(r.active)
        .arg(r.startMode ? startModeCode(*r.startMode) : QStringLiteral("-"))
        .arg(r.startedAtMs)
        .arg(r.stoppedAtMs)
        .arg(r.downSinceMs)
        .arg(r.syncAtMs)
        .arg(r.syncSeq)
        .arg(r.changedSinceSync)
        .arg(r.lostUnits)
        .arg(r.definitionsRevision)
        .arg(r.skipOverdue);
}

inline void compareStates(const ConsoleState &a, const ConsoleState &b)
{
    QVERIFY(a.contract == b.contract);
    QCOMPARE(a.clockMs, b.clockMs);
    QCOMPARE(a.syncIntervalMs, b.syncIntervalMs);
    QCOMPARE(a.execSerial, b.execSerial);
    QCOMPARE(a.syncSeq, b.syncSeq);
    QCOMPARE(a.seed, b.seed);
    for (RegionId id : kAllRegions) {
        const RegionData &x = a.region(id), &y = b.region(id);
        QCOMPARE(x.id, y.id);
        QCOMPARE(describeRuntime(x.runtime), describeRuntime(y.runtime));
        QVERIFY2(x.runtime == y.runtime, qPrintable(regionCode(id)));
        QVERIFY2(x.agents == y.agents, qPrintable(regionCode(id)));
        QVERIFY2(x.hosts == y.hosts, qPrintable(regionCode(id)));
        QVERIFY2(x.connections == y.connections, qPrintable(regionCode(id)));
        QCOMPARE(describeItems(x.items), describeItems(y.items));
        QVERIFY2(x.items == y.items, qPrintable(regionCode(id)));
        QVERIFY(x.tree && y.tree);
        QCOMPARE(x.tree->size(), y.tree->size());
        QCOMPARE(x.tree->relations().size(), y.tree->relations().size());
        QVERIFY(x.tree->relations() == y.tree->relations());
        for (UnitIndex i = 0; i < x.tree->size(); ++i) {
            QVERIFY2(sameDefinition(x.tree->unit(i), y.tree->unit(i)),
                     qPrintable(describeUnit(x.tree->unit(i)) + QStringLiteral("\n") +
                                describeUnit(y.tree->unit(i))));
        }
        QVERIFY2(x.tree->sameDefinitions(*y.tree), qPrintable(regionCode(id)));
        QCOMPARE(x.states.size(), y.states.size());
        for (std::size_t i = 0; i < x.states.size(); ++i) {
            QVERIFY2(x.states[i] == y.states[i], qPrintable(QStringLiteral("%1 %2").arg(
                                                     regionCode(id), x.tree->path(UnitIndex(i)))));
        }
    }
    compareRuns(a.runs, b.runs);
}

} // namespace statecompare

#define DR_COMPARE_STATES(actual, expected)                                                        \
    do {                                                                                           \
        statecompare::compareStates((actual), (expected));                                         \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
