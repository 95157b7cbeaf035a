#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dr {

// One line of a region's host information (JP1/Base jp1hosts2): a host name and its addresses.
struct HostEntry
{
    QString name;
    QStringList addresses;
    QString comment;

    friend bool operator==(const HostEntry &, const HostEntry &) = default;
};

// A region's host information table and its resolve setting.
struct HostTable
{
    QList<HostEntry> entries;
    // jp1hosts2 +DefaultResolve: 0 (default) resolves IPv4 addresses only, 1 IPv4 and IPv6.
    // IPv6 addresses are accepted in the table only when it is 1.
    bool ipv6Enabled = false;

    const HostEntry *find(const QString &name) const; // host names compare case-insensitively
    // A literal IP (IPv6 only when enabled), or a name listed in the table.
    bool resolves(const QString &host) const;
    friend bool operator==(const HostTable &, const HostTable &) = default;
};

} // namespace dr
