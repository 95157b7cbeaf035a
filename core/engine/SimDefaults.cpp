#include "SimDefaults.h"

#include <QHash>

namespace dr::sim {

namespace {
quint32 mix(quint64 x)
{
    // splitmix64 finaliser: well spread, stable across platforms and Qt versions
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return quint32((x ^ (x >> 31)) & 0xffffffffU);
}

quint32 nameHash(const QString &name)
{
    quint32 h = 2166136261U; // FNV-1a over UTF-16 code units: independent of qHash seeding
    for (QChar c : name) {
        h ^= c.unicode();
        h *= 16777619U;
    }
    return h;
}
} // namespace

qint64 durationMs(const UnitTree &tree, UnitIndex index, quint32 seed)
{
    const Unit &u = tree.unit(index);
    if (u.simDurationSec > 0)
        return qint64(u.simDurationSec) * 1000;
    const quint32 r = mix((quint64(nameHash(u.name)) << 32) ^ quint64(index) ^ seed);
    if (unitKind(u.type) == UnitKind::EventJob)
        return qint64(600 + r % 3000) * 1000; // 10 to 60 minutes until the event arrives
    return qint64(90 + r % 810) * 1000;       // 1.5 to 15 minutes
}

SimOutcome outcome(const UnitTree &tree, UnitIndex index, qint64 startMs, quint32 seed)
{
    const Unit &u = tree.unit(index);
    if (u.simOutcome != SimOutcome::Default)
        return u.simOutcome;
    if (unitKind(u.type) == UnitKind::EventJob || unitKind(u.type) == UnitKind::JudgmentJob)
        return SimOutcome::Normal;
    const quint32 r = mix(quint64(index) * 0x100000001b3ULL ^ quint64(startMs) ^ seed) % 1000;
    if (r < 4)
        return SimOutcome::Abnormal; // 0.4 %
    if (r < 20)
        return SimOutcome::Warning;  // 1.6 %
    return SimOutcome::Normal;
}

int exitCode(const Unit &unit, SimOutcome outcome)
{
    switch (outcome) {
    case SimOutcome::Warning:
        return unit.simExitCode > 0 ? unit.simExitCode : 1;
    case SimOutcome::Abnormal:
        return unit.simExitCode > 0 ? unit.simExitCode : 8;
    default:
        return 0;
    }
}

} // namespace dr::sim
