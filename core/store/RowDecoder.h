#pragma once

#include "model/UnitStatus.h"
#include "model/UnitType.h"

#include <QString>

#include <optional>
#include <string>
#include <unordered_map>

namespace dr {

// Turns the UTF-8 codes and names of unit rows back into values while a million rows stream
// by: status and type codes through small lookup tables, agent names interned so that every
// unit running on one agent shares one QString.
class RowDecoder
{
public:
    RowDecoder();

    std::optional<UnitStatus> status(const char *text, int bytes) const;
    UnitType type(const char *text, int bytes) const;
    QString agent(const char *text, int bytes);

private:
    std::unordered_map<std::string, UnitStatus> m_statuses;
    std::unordered_map<std::string, UnitType> m_types;
    std::unordered_map<std::string, QString> m_agents;
    std::string m_lastAgent;
    QString m_lastAgentName;
    mutable std::string m_key;
};

} // namespace dr
