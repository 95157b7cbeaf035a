#pragma once

#include <QString>

#include <array>
#include <optional>

namespace dr {

// Address parsing for validation without Qt Network (the core links Qt Core and Sql only).
namespace ip {

// Dotted quad, four decimal numbers 0-255 without leading zeros.
std::optional<quint32> parseV4(QStringView text);
// RFC 4291 text forms: eight groups, "::" compression, trailing dotted IPv4.
std::optional<std::array<quint8, 16>> parseV6(QStringView text);
QString formatV4(quint32 address);
// Private, loopback, link-local, shared (CGNAT), "this network", documentation, benchmarking,
// multicast or broadcast: never a gateway's public address.
bool isNonPublicV4(quint32 address);

} // namespace ip
} // namespace dr
