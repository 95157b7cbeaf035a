#include "HostEntry.h"

#include "Validation.h"

namespace dr {

const HostEntry *HostTable::find(const QString &name) const
{
    for (const HostEntry &e : entries) {
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

bool HostTable::resolves(const QString &host) const
{
    if (Validation::isIpv4Address(host))
        return true;
    if (Validation::isIpv6Address(host))
        return ipv6Enabled;
    return find(host) != nullptr;
}

} // namespace dr
