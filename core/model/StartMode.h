#pragma once

#include <QString>

#include <optional>

namespace dr {

// How a manager starts from the data it has (domain.md §5).
enum class StartMode : quint8 { Cold, Warm, Hot, Disaster };

QString startModeCode(StartMode mode); // "cold", "warm", "hot", "disaster"
std::optional<StartMode> startModeFromCode(const QString &code);

} // namespace dr
