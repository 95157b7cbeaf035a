#include "StartMode.h"

namespace dr {

QString startModeCode(StartMode mode)
{
    switch (mode) {
    case StartMode::Cold:
        return QStringLiteral("cold");
    case StartMode::Warm:
        return QStringLiteral("warm");
    case StartMode::Hot:
        return QStringLiteral("hot");
    case StartMode::Disaster:
        return QStringLiteral("disaster");
    }
    return {};
}

std::optional<StartMode> startModeFromCode(const QString &code)
{
    for (auto m : {StartMode::Cold, StartMode::Warm, StartMode::Hot, StartMode::Disaster}) {
        if (code == startModeCode(m))
            return m;
    }
    return std::nullopt;
}

} // namespace dr
