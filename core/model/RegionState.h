#pragma once

#include "ExecutionAgent.h"
#include "HostEntry.h"
#include "NetworkConnection.h"
#include "Region.h"
#include "StartMode.h"
#include "UnitState.h"
#include "UnitTree.h"

#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace dr {

// The manager and infrastructure of one region as the simulator sees it.
struct RegionRuntime
{
    QString managerHost;
    bool available = true;      // false after a regional outage until restored
    bool managerRunning = false;
    bool suppressed = false;    // job execution suppression
    bool active = false;        // the region customers operate in
    std::optional<StartMode> startMode; // of the manager's last start
    qint64 startedAtMs = 0;
    qint64 stoppedAtMs = 0;
    qint64 downSinceMs = 0;     // when the outage began
    qint64 syncAtMs = 0;        // the sync point this region's copy holds (DR)
    qint64 syncSeq = 0;
    qint64 changedSinceSync = 0; // units whose status changed after the last sync (primary)
    qint64 lostUnits = 0;       // units changed after the sync point when the outage began
    qint64 definitionsRevision = 0; // equal in both regions when their definitions are equal
    // The customer's choice for every overdue jobnet (steps 3 and 9): also applied to root
    // jobnets that come due later, until suppression is released.
    bool skipOverdue = false;

    friend bool operator==(const RegionRuntime &, const RegionRuntime &) = default;
};

// Per-region items that a switch does not carry over (domain.md §3).
enum class RegionItemKind : quint8 { PortalLog, Metric, Route, Maintenance };

struct RegionItem
{
    qint64 id = 0;
    RegionItemKind kind = RegionItemKind::PortalLog;
    qint64 atMs = 0;
    QString text;

    friend bool operator==(const RegionItem &, const RegionItem &) = default;
};

QString regionItemKindCode(RegionItemKind kind); // "portal-log", "metric", "route", "maintenance"
std::optional<RegionItemKind> regionItemKindFromCode(const QString &code);

// Everything the console holds about one region.
struct RegionData
{
    RegionId id = RegionId::Primary;
    RegionRuntime runtime;
    std::shared_ptr<const UnitTree> tree = std::make_shared<const UnitTree>();
    std::vector<UnitState> states;
    QList<ExecutionAgent> agents;
    HostTable hosts;
    QList<NetworkConnection> connections;
    QList<RegionItem> items;

    const ExecutionAgent *findAgent(const QString &name) const; // case-insensitive
    bool hasConfiguredConnection() const;
};

} // namespace dr
