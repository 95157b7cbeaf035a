#include "RegionCard.h"

#include "model/ListText.h"

#include "FlowLayout.h"
#include "StatusPalette.h"

#include "Console.h"
#include "engine/JapanTime.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace dr::ui {

namespace {
QLabel *makeLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setStyleSheetIfChanged(QWidget *widget, const QString &css)
{
    if (widget->styleSheet() != css)
        widget->setStyleSheet(css);
}
} // namespace

RegionCard::RegionCard(Console &console, RegionId region, QWidget *parent)
    : QFrame(parent), m_console(console), m_region(region), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("regionCard_%1").arg(regionCode(region)));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(280);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &RegionCard::refresh);

    m_title = makeLabel(this, "title");
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_location = makeLabel(this, "location");
    m_state = makeLabel(this, "managerState");
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setMargin(6);
    m_suppressed = makeLabel(this, "suppressedMarker");
    m_suppressed->setAlignment(Qt::AlignCenter);
    m_suppressed->setMargin(4);
    m_role = makeLabel(this, "activeLabel");
    m_tier = makeLabel(this, "tierLabel");
    m_sync = makeLabel(this, "syncLabel");
    m_connection = makeLabel(this, "connectionLabel");
    m_registry = makeLabel(this, "registryLabel");
    m_restrictions = makeLabel(this, "restrictionsLabel");
    m_units = makeLabel(this, "unitsLabel");
    // One chip per status class, each kept whole: a narrow card wraps between chips.
    auto *chips = new QWidget(this);
    chips->setObjectName(QStringLiteral("classCounts"));
    auto *flow = new FlowLayout(chips);
    for (StatusClass c : {StatusClass::Running, StatusClass::Wait, StatusClass::Normal,
                          StatusClass::Warning, StatusClass::Abnormal, StatusClass::None}) {
        auto *chip = new QLabel(chips);
        chip->setObjectName(QStringLiteral("classCount_%1").arg(statusClassCode(c)));
        chip->setStyleSheet(
            QStringLiteral(
                "QLabel { background: %1; color: %2; padding: 1px 4px; border-radius: 3px; }")
                .arg(StatusPalette::background(c).name(), StatusPalette::foreground(c).name()));
        if (c == StatusClass::None) // white on white needs an edge
            chip->setStyleSheet(chip->styleSheet().replace(
                QStringLiteral("border-radius"),
                QStringLiteral("border: 1px solid #cccccc; border-radius")));
        chip->setProperty("statusClass", int(c));
        flow->addWidget(chip);
        m_classChips.insert(int(c), chip);
    }
    m_preflight = new QPushButton(this);
    m_preflight->setObjectName(QStringLiteral("preflightBadge"));
    m_preflight->setFlat(false);
    connect(m_preflight, &QPushButton::clicked, this,
            [this] { Q_EMIT preflightRequested(m_region); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_location);
    layout->addWidget(m_state);
    layout->addWidget(m_suppressed);
    auto *grid = new QGridLayout;
    grid->addWidget(m_role, 0, 0);
    grid->addWidget(m_tier, 0, 1);
    layout->addLayout(grid);
    layout->addWidget(m_sync);
    layout->addWidget(m_connection);
    layout->addWidget(m_registry);
    layout->addWidget(m_restrictions);
    layout->addWidget(m_units);
    layout->addWidget(chips);
    layout->addSpacing(4);
    layout->addWidget(m_preflight);
    layout->addStretch();

    for (auto signal : {&Console::regionChanged, &Console::agentsChanged, &Console::hostsChanged,
                        &Console::connectionsChanged}) {
        connect(&m_console, signal, this, [this](RegionId) {
            m_preflightDirty = true;
            scheduleRefresh();
        });
    }
    connect(&m_console, &Console::unitsReset, this, [this](RegionId r) {
        if (r == m_region)
            m_counter.markStale();
        m_preflightDirty = true;
        scheduleRefresh();
    });
    connect(&m_console, &Console::unitsChanged, this, &RegionCard::onUnitsChanged);
    connect(&m_console, &Console::clockChanged, this, &RegionCard::scheduleRefresh);
    for (auto signal :
         {&Console::contractChanged, &Console::switchoverChanged, &Console::reloaded}) {
        connect(&m_console, signal, this, [this] {
            m_counter.markStale();
            m_preflightDirty = true;
            scheduleRefresh();
        });
    }
    refresh();
}

void RegionCard::onUnitsChanged(RegionId region, const std::vector<UnitIndex> &units)
{
    if (region == m_region)
        m_counter.update(m_console.region(m_region), units);
    m_preflightUnitsDirty = true;
    scheduleRefresh();
}

void RegionCard::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start(kRefreshMs);
}

void RegionCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_preflightDirty = true;
        refresh();
    }
    QFrame::changeEvent(event);
}

QString RegionCard::restrictionsText() const
{
    return tr("Restrictions while operating here: no internet access to the service, no "
              "multi-factor authentication, no maintenance-date change.");
}

void RegionCard::refresh()
{
    const RegionData &r = m_console.region(m_region);
    const RegionRuntime &rt = r.runtime;
    m_title->setText(RegionNames::displayName(m_region));
    m_location->setText(
        QStringLiteral("%1 (%2)").arg(RegionNames::location(m_region), awsRegionCode(m_region)));

    QString stateText;
    QColor stateColour;
    if (!rt.available) {
        stateText = tr("Region unavailable (outage since %1)").arg(jst::format(rt.downSinceMs));
        stateColour = StatusPalette::unavailable();
        m_state->setProperty("managerState", QStringLiteral("unavailable"));
    } else if (rt.managerRunning) {
        stateText = tr("Manager running");
        stateColour = StatusPalette::managerRunning();
        m_state->setProperty("managerState", QStringLiteral("running"));
    } else {
        stateText = tr("Manager stopped");
        stateColour = StatusPalette::managerStopped();
        m_state->setProperty("managerState", QStringLiteral("stopped"));
    }
    m_state->setText(stateText);
    // Style sheets only when they change: re-polishing the card on every tick is not free.
    setStyleSheetIfChanged(
        m_state, QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                                "border-radius: 4px; }")
                     .arg(stateColour.name()));
    setStyleSheetIfChanged(
        this, QStringLiteral("dr--ui--RegionCard { border: 3px solid %1; border-radius: 6px; }")
                  .arg(stateColour.name()));

    m_suppressed->setVisible(rt.managerRunning && rt.suppressed);
    m_suppressed->setText(QStringLiteral("\u2016 ") +
                          tr("Job execution suppressed: no job starts until release"));
    setStyleSheetIfChanged(
        m_suppressed, QStringLiteral("QLabel { background: %1; color: black; font-weight: bold; "
                                     "border-radius: 4px; }")
                          .arg(StatusPalette::suppressed().name()));

    m_role->setText(rt.active ? tr("Active") : tr("Standby"));
    QFont roleFont = m_role->font();
    roleFont.setBold(rt.active);
    m_role->setFont(roleFont);
    const ServiceTier tier = m_region == RegionId::Primary ? m_console.state().contract.primaryTier
                                                           : ServiceTier::Standard;
    m_tier->setText(m_region == RegionId::Primary
                        ? tr("Service tier: %1").arg(RegionNames::tierName(tier))
                        : tr("Service tier: %1 (equivalent)").arg(RegionNames::tierName(tier)));

    if (m_region == RegionId::Dr) {
        const qint64 lag = rt.syncAtMs > 0 ? m_console.clockMs() - rt.syncAtMs : 0;
        const QString blocker = m_console.syncBlocker();
        QString text = rt.syncAtMs > 0
                           ? tr("Last sync point: %1 (lag %2)")
                                 .arg(jst::format(rt.syncAtMs), jst::formatDuration(lag))
                           : tr("Last sync point: none yet");
        if (!blocker.isEmpty())
            text += QLatin1Char('\n') + tr("Synchronisation paused: %1").arg(blocker);
        m_sync->setText(text);
        m_sync->setVisible(true);
    } else {
        m_sync->setText(tr("Changes since the last sync point: %n unit(s)", nullptr,
                           int(m_console.state().pendingSync.size())));
        m_sync->setVisible(rt.active);
    }

    int configured = 0;
    for (const NetworkConnection &c : r.connections)
        configured += c.isConfigured() ? 1 : 0;
    m_connection->setText(configured > 0
                              ? tr("Network: %n connection(s) configured", nullptr, configured)
                              : tr("Network: no configured connection"));

    m_registry->setText(
        tr("Execution agents registered: %1; hosts in the host information: %2")
            .arg(r.agents.size())
            .arg(r.hosts.entries.size()) +
        QLatin1Char('\n') +
        tr("Service portal items (not carried over by a switch): %1").arg(r.items.size()));

    m_restrictions->setVisible(m_region == RegionId::Dr && rt.active);
    m_restrictions->setText(restrictionsText());

    if (m_counter.isStale())
        m_counter.reset(r);
    for (auto it = m_classChips.cbegin(); it != m_classChips.cend(); ++it) {
        const auto c = StatusClass(it.key());
        const qint64 count = m_counter.count(c);
        it.value()->setText(QStringLiteral("%1 %2: %3")
                                .arg(StatusPalette::symbol(c), statusClassName(c))
                                .arg(count));
        it.value()->setProperty("count", count);
    }
    m_units->setText(tr("Units: %1").arg(r.tree->size()));

    refreshPreflight();
}

void RegionCard::refreshPreflight()
{
    // The badge belongs to the region that would become active next.
    const bool target = m_region == m_console.preflightTarget();
    m_preflight->setVisible(target);
    if (!target)
        return;
    if (m_preflightDeferred) {
        m_preflightDeferred = false;
        m_preflight->setText(tr("Pre-flight: checking…"));
        m_refreshTimer->start(0);
        return;
    }
    if (!m_preflightDirty && m_preflightUnitsDirty && m_preflightAge.isValid() &&
        m_preflightAge.elapsed() < kPreflightIntervalMs) {
        // Units changed again within the interval: come back when it is over.
        if (!m_refreshTimer->isActive())
            m_refreshTimer->start(int(kPreflightIntervalMs - m_preflightAge.elapsed()));
        return;
    }
    if (m_preflightDirty || m_preflightUnitsDirty || !m_preflightAge.isValid()) {
        m_preflightDirty = m_preflightUnitsDirty = false;
        m_preflightAge.start();
        const PreflightResult result = m_console.preflight(m_region);
        const int errors = result.count(Severity::Error);
        const int warnings = result.count(Severity::Warning);
        m_preflight->setText(ListText::join({tr("Pre-flight: %n error(s)", nullptr, errors),
                                             tr("%n warning(s)", nullptr, warnings)}));
        m_preflight->setProperty("errors", errors);
        m_preflight->setProperty("warnings", warnings);
        m_preflight->setToolTip(
            tr("Checks this region before it becomes active. Click for the full list."));
        setStyleSheetIfChanged(
            m_preflight,
            errors > 0     ? QStringLiteral("QPushButton { color: #a31414; font-weight: bold; }")
            : warnings > 0 ? QStringLiteral("QPushButton { color: #8a5a00; font-weight: bold; }")
                           : QString());
    }
}

} // namespace dr::ui
