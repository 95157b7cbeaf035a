#include "IpAddress.h"

#include <QList>

namespace dr::ip {

namespace {
bool isAsciiHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
} // namespace

std::optional<quint32> parseV4(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return std::nullopt;
        int n = 0;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            n = n * 10 + (c.unicode() - u'0');
        }
        if (n > 255)
            return std::nullopt;
        value = (value << 8) | quint32(n);
    }
    return value;
}

std::optional<std::array<quint8, 16>> parseV6(QStringView text)
{
    if (text.isEmpty() || text.size() > 45)
        return std::nullopt;
    const qsizetype gap = text.indexOf(u"::");
    if (gap >= 0 && text.indexOf(u"::", gap + 1) >= 0)
        return std::nullopt;

    // Parses a run of groups; a dotted IPv4 is allowed as the very last group.
    auto parseGroups = [](QStringView run, bool allowV4Tail, QList<quint16> &out) -> bool {
        if (run.isEmpty())
            return true;
        const QList<QStringView> groups = run.split(u':');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QStringView g = groups[i];
            if (allowV4Tail && i == groups.size() - 1 && g.contains(u'.')) {
                const auto v4 = parseV4(g);
                if (!v4)
                    return false;
                out.append(quint16(*v4 >> 16));
                out.append(quint16(*v4 & 0xffff));
                continue;
            }
            if (g.isEmpty() || g.size() > 4)
                return false;
            // toUInt() alone would also take a sign or surrounding spaces ("::+1", "1:: 2").
            for (QChar c : g) {
                if (!isAsciiHexDigit(c))
                    return false;
            }
            bool ok = false;
            const uint v = g.toString().toUInt(&ok, 16);
            if (!ok)
                return false;
            out.append(quint16(v));
        }
        return true;
    };

    QList<quint16> head, tail;
    if (gap >= 0) {
        if (!parseGroups(text.left(gap), false, head) || !parseGroups(text.mid(gap + 2), true, tail))
            return std::nullopt;
        if (head.size() + tail.size() > 7)
            return std::nullopt;
    } else {
        if (!parseGroups(text, true, head) || head.size() != 8)
            return std::nullopt;
    }
    QList<quint16> all = head;
    for (qsizetype i = head.size() + tail.size(); i < 8; ++i)
        all.append(0);
    all.append(tail);
    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 8; ++i) {
        bytes[std::size_t(2 * i)] = quint8(all[i] >> 8);
        bytes[std::size_t(2 * i + 1)] = quint8(all[i] & 0xff);
    }
    return bytes;
}

QString formatV4(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

bool isNonPublicV4(quint32 a)
{
    auto in = [a](quint32 net, int prefix) {
        const quint32 mask = prefix == 0 ? 0 : (~quint32(0) << (32 - prefix));
        return (a & mask) == (net & mask);
    };
    return in(0x00000000, 8) || in(0x0a000000, 8) || in(0x64400000, 10) || in(0x7f000000, 8) ||
           in(0xa9fe0000, 16) || in(0xac100000, 12) || in(0xc0a80000, 16) || in(0xe0000000, 4) ||
           in(0xf0000000, 4) ||
           // IETF protocol assignments, documentation (TEST-NET-1/2/3) and benchmarking ranges
           in(0xc0000000, 24) || in(0xc0000200, 24) || in(0xc6336400, 24) || in(0xcb007100, 24) ||
           in(0xc6120000, 15);
}

} // namespace dr::ip
