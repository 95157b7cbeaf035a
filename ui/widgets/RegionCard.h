#pragma once

#include "StatusClassCounter.h"

#include "model/Region.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QHash>

class QLabel;
class QPushButton;
class QTimer;

namespace dr {
class Console;
}

namespace dr::ui {

// One region at a glance: manager state (blue running / grey stopped, amber suppression
// marker), active or standby, tier, sync point and lag, network connection, DR restrictions,
// unit counts by status class and the pre-flight badge of the region that would become active.
// Refreshes itself from the facade's signals (coalesced, so a busy clock does not flood it).
class RegionCard : public QFrame
{
    Q_OBJECT
public:
    RegionCard(Console &console, RegionId region, QWidget *parent = nullptr);

    RegionId region() const { return m_region; }
    void refresh();

Q_SIGNALS:
    void preflightRequested(dr::RegionId target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    QString restrictionsText() const;
    void refreshPreflight();
    void onUnitsChanged(RegionId region, const std::vector<UnitIndex> &units);

    Console &m_console;
    RegionId m_region;
    QTimer *m_refreshTimer;
    QLabel *m_title;
    QLabel *m_location;
    QLabel *m_state;
    QLabel *m_suppressed;
    QLabel *m_role;
    QLabel *m_tier;
    QLabel *m_sync;
    QLabel *m_connection;
    QLabel *m_registry;
    QLabel *m_restrictions;
    QLabel *m_units;
    QHash<int, QLabel *> m_classChips; // by StatusClass; wrap as whole chips in a FlowLayout
    QPushButton *m_preflight;
    StatusClassCounter m_counter;
    // The pre-flight check reads every unit: it reruns at once when agents, hosts, connections
    // or the switchover change, but for unit changes (every tick) at most once a second.
    QElapsedTimer m_preflightAge;
    bool m_preflightDirty = true;
    bool m_preflightUnitsDirty = false;
    // The first pre-flight runs just after the card is shown, in an event of its own: at a
    // million units it is a pass over every unit, and building the main window is busy enough.
    bool m_preflightDeferred = true;
    static constexpr int kPreflightIntervalMs = 1000;
    static constexpr int kRefreshMs = 150; // coalesces the signals of a busy clock
};

} // namespace dr::ui
