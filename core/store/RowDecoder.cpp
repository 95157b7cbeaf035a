#include "RowDecoder.h"

#include <cstring>

namespace dr {

RowDecoder::RowDecoder()
{
    for (const StatusInfo &info : allStatuses())
        m_statuses.emplace(info.code, info.status);
    for (const UnitTypeInfo &info : allUnitTypes()) {
        if (info.type != UnitType::Other)
            m_types.emplace(info.code, info.type);
    }
}

std::optional<UnitStatus> RowDecoder::status(const char *text, int bytes) const
{
    m_key.assign(text, std::size_t(bytes));
    const auto it = m_statuses.find(m_key);
    if (it == m_statuses.end())
        return std::nullopt;
    return it->second;
}

UnitType RowDecoder::type(const char *text, int bytes) const
{
    m_key.assign(text, std::size_t(bytes));
    const auto it = m_types.find(m_key);
    return it == m_types.end() ? UnitType::Other : it->second;
}

QString RowDecoder::agent(const char *text, int bytes)
{
    if (bytes == 0)
        return {};
    // Jobs of one jobnet mostly share their agent: the previous row answers most lookups.
    if (std::size_t(bytes) == m_lastAgent.size() &&
        std::memcmp(text, m_lastAgent.data(), std::size_t(bytes)) == 0)
        return m_lastAgentName;
    m_lastAgent.assign(text, std::size_t(bytes));
    auto it = m_agents.find(m_lastAgent);
    if (it == m_agents.end())
        it = m_agents.emplace(m_lastAgent, QString::fromUtf8(text, bytes)).first;
    m_lastAgentName = it->second;
    return m_lastAgentName;
}

} // namespace dr
