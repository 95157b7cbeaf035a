#pragma once

#include "model/UnitStatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace dr::ui {

// The one place where statuses and region states get their colours and icons (domain.md §5:
// normal blue, warning amber, abnormal red, running green, wait light grey, none neutral; never
// colour alone: every status also has an icon and its name).
class StatusPalette
{
public:
    static QColor background(StatusClass statusClass);
    static QColor foreground(StatusClass statusClass);
    static QIcon icon(StatusClass statusClass);
    static QString symbol(StatusClass statusClass); // a text marker for plain-text places

    static QColor managerRunning();  // blue
    static QColor managerStopped();  // grey
    static QColor suppressed();      // amber marker
    static QColor unavailable();     // red outage marker
};

} // namespace dr::ui
