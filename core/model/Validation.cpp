#include "Validation.h"

#include "IpAddress.h"

#include <array>
#include <QRegularExpression>

namespace dr {

namespace {

bool hasControl(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

// The first character of `text` that appears in `forbidden`, or a null QChar.
QChar firstForbidden(const QString &text, QStringView forbidden)
{
    for (QChar c : text) {
        if (forbidden.contains(c))
            return c;
    }
    return {};
}

Error bad(const char *code, const QString &message)
{
    return Error::badInput(QString::fromLatin1(code), message);
}

bool looksLikeIpv4(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9.]+$"));
    return re.match(text).hasMatch();
}

} // namespace

// ---- execution agents ------------------------------------------------------------------------

Status Validation::agentName(const QString &name)
{
    if (name.isEmpty())
        return bad("agent-name-empty", tr("The agent name is empty. Enter a name of 1 to 255 bytes."));
    if (utf8Bytes(name) > 255) {
        return bad("agent-name-too-long",
                   tr("The agent name is %1 bytes long; the limit is 255 bytes (UTF-8). Shorten it.")
                       .arg(utf8Bytes(name)));
    }
    if (name.startsWith(QLatin1String("__"))) {
        return bad("agent-name-reserved",
                   tr("The agent name \"%1\" starts with \"__\", which is reserved. Choose a name "
                      "that does not begin with two underscores.")
                       .arg(name));
    }
    if (hasControl(name)) {
        return bad("agent-name-control",
                   tr("The agent name contains a control character (such as a tab or line break). "
                      "Remove it."));
    }
    if (name.contains(QLatin1Char(' '))) {
        return bad("agent-name-space",
                   tr("The agent name \"%1\" contains a space. Remove it or use \"-\" or \"_\".")
                       .arg(name));
    }
    const QChar c = firstForbidden(name, u"\"'`\\$:,<>");
    if (!c.isNull()) {
        return bad("agent-name-character",
                   tr("The agent name \"%1\" contains \"%2\". Agent names cannot contain "
                      "\" ' ` \\ $ : , < >.")
                       .arg(name, c));
    }
    if (name.startsWith(QLatin1Char('@')) &&
        name.compare(QLatin1String("@SYSTEM"), Qt::CaseInsensitive) != 0) {
        return bad("agent-name-at",
                   tr("The agent name \"%1\" starts with \"@\", which only the built-in @SYSTEM "
                      "agent may use. Remove the \"@\".")
                       .arg(name));
    }
    return {};
}

Status Validation::agentNameUnique(const QString &name, const QList<ExecutionAgent> &existing,
                                   const QString &replacing)
{
    for (const ExecutionAgent &a : existing) {
        if (!replacing.isEmpty() && a.name.compare(replacing, Qt::CaseInsensitive) == 0)
            continue;
        if (a.name.compare(name, Qt::CaseInsensitive) == 0) {
            return bad("agent-name-duplicate",
                       tr("An agent named \"%1\" already exists in this region (names are compared "
                          "without regard to case). Choose another name or edit that agent.")
                           .arg(a.name));
        }
    }
    return {};
}

Status Validation::executionHost(const QString &host)
{
    if (host.isEmpty()) {
        return bad("host-empty",
                   tr("The execution host is empty. Enter a host name from the region's host "
                      "information or an IP address."));
    }
    if (isIpAddress(host))
        return {};
    if (utf8Bytes(host) > 255) {
        return bad("host-too-long",
                   tr("The host name is %1 bytes long; the limit is 255 bytes. Shorten it.")
                       .arg(utf8Bytes(host)));
    }
    for (QChar c : host) {
        if (c.unicode() > 0x7f) {
            return bad("host-not-ascii",
                       tr("The host name \"%1\" contains \"%2\"; host names must be ASCII. Use the "
                          "host's ASCII name or its IP address.")
                           .arg(host, c));
        }
    }
    if (hasControl(host) || host.contains(QLatin1Char(' '))) {
        return bad("host-space",
                   tr("The host name \"%1\" contains a space or control character. Remove it.")
                       .arg(host.simplified()));
    }
    const QChar c = firstForbidden(host, u"\"/\\[];:|=,+?<>");
    if (!c.isNull()) {
        return bad("host-character",
                   tr("The host name \"%1\" contains \"%2\". Host names cannot contain "
                      "\" / \\ [ ] ; : | = , + ? < >.")
                       .arg(host, c));
    }
    if (looksLikeIpv4(host)) {
        return bad("host-ip-lookalike",
                   tr("\"%1\" looks like an IP address but is not a valid one. Write four numbers "
                      "from 0 to 255 separated by dots (for example 10.0.1.15), or use a host name.")
                       .arg(host));
    }
    return {};
}

Status Validation::executionHostResolves(const QString &host, const HostTable &hosts)
{
    if (isIpv6Address(host) && !hosts.ipv6Enabled) {
        return bad("host-ipv6-disabled",
                   tr("The IPv6 address %1 cannot be used: this region resolves IPv4 only "
                      "(+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.")
                       .arg(host));
    }
    if (!hosts.resolves(host)) {
        return bad("host-unresolved",
                   tr("The execution host \"%1\" is not in this region's host information. Add "
                      "it to the region's host information first, or enter its IP address.")
                       .arg(host));
    }
    return {};
}

Result<QList<ConcurrencyWindow>> Validation::parseWindows(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*=\\s*(\\d+)\\s*$"));
    if (text.trimmed().isEmpty()) {
        return bad("windows-empty", tr("No concurrency window is given. Enter at least one, for "
                                       "example 00:00-00:00=5 for the whole day."));
    }
    QList<ConcurrencyWindow> windows;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (part.trimmed().isEmpty()) {
            return bad("windows-format",
                       tr("\"%1\" has an empty entry (a comma at the start or end, or two commas "
                          "in a row). Remove the extra comma.")
                           .arg(text.trimmed()));
        }
        const auto m = re.match(part);
        if (!m.hasMatch() && part.trimmed().endsWith(QLatin1Char('='))) {
            return bad("windows-limit-missing",
                       tr("\"%1\" has no limit after \"=\". Enter how many jobs may run at once in "
                          "that window (0 to 4294967295).")
                           .arg(part.trimmed()));
        }
        if (!m.hasMatch()) {
            return bad("windows-format",
                       tr("\"%1\" is not a concurrency window. Write start-end=limit with times "
                          "as hh:mm, for example 08:00-18:30=3.")
                           .arg(part.trimmed()));
        }
        const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
        const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
        for (auto [h, mm] : {std::pair{h1, m1}, std::pair{h2, m2}}) {
            if (h > 23 || mm > 59) {
                return bad("windows-time",
                           tr("In \"%1\", %2:%3 is not a time of day. Use 00:00 to 23:30 (write "
                              "00:00 for midnight at the end of the day).")
                               .arg(part.trimmed())
                               .arg(h, 2, 10, QLatin1Char('0'))
                               .arg(mm, 2, 10, QLatin1Char('0')));
            }
            if (mm != 0 && mm != 30) {
                return bad("windows-step",
                           tr("In \"%1\", times must be on the hour or half hour (hh:00 or hh:30).")
                               .arg(part.trimmed()));
            }
        }
        bool ok = false;
        const qulonglong limit = m.captured(5).toULongLong(&ok);
        if (!ok || limit > 4294967295ULL) {
            return bad("windows-limit",
                       tr("In \"%1\", the limit must be a number from 0 to 4294967295.")
                           .arg(part.trimmed()));
        }
        windows.append({h1 * 60 + m1, h2 * 60 + m2, quint32(limit)});
    }
    if (auto s = Validation::windows(windows); !s)
        return s.error();
    return windows;
}

Status Validation::windows(const QList<ConcurrencyWindow> &windows)
{
    if (windows.isEmpty()) {
        return bad("windows-empty", tr("No concurrency window is given. Enter at least one, for "
                                       "example 00:00-00:00=5 for the whole day."));
    }
    // 48 half-hour slots; a window may run past midnight.
    std::array<int, 48> owner;
    owner.fill(-1);
    for (int i = 0; i < windows.size(); ++i) {
        const ConcurrencyWindow &w = windows[i];
        if (w.startMinute % 30 || w.endMinute % 30 || w.startMinute < 0 || w.endMinute < 0 ||
            w.startMinute >= 1440 || w.endMinute >= 1440) {
            return bad("windows-step",
                       tr("Window %1 does not start and end on the hour or half hour.").arg(i + 1));
        }
        for (int slot = 0; slot < 48; ++slot) {
            if (!w.covers(slot * 30))
                continue;
            if (owner[std::size_t(slot)] >= 0) {
                const ConcurrencyWindow &o = windows[owner[std::size_t(slot)]];
                return bad("windows-overlap",
                           tr("The windows %1-%2 and %3-%4 overlap at %5. Windows must not overlap; "
                              "time that no window covers allows no jobs.")
                               .arg(formatMinute(o.startMinute), formatMinute(o.endMinute),
                                    formatMinute(w.startMinute), formatMinute(w.endMinute),
                                    formatMinute(slot * 30)));
            }
            owner[std::size_t(slot)] = i;
        }
    }
    return {};
}

Status Validation::agentDescription(const QString &text)
{
    if (utf8Bytes(text) > kMaxCommentBytes) {
        return bad("description-too-long",
                   tr("The description is %1 bytes long; the limit is 80 bytes (a Japanese "
                      "character takes 3). Shorten it.")
                       .arg(utf8Bytes(text)));
    }
    if (hasControl(text)) {
        return bad("description-control",
                   tr("The description contains a line break or other control character. Keep "
                      "it on one line."));
    }
    return {};
}

QList<Validation::FieldError> Validation::agent(const ExecutionAgent &agent,
                                                const QList<ExecutionAgent> &existing,
                                                const HostTable &hosts, const QString &replacing)
{
    QList<FieldError> errors;
    Status name = agentName(agent.name);
    if (name)
        name = agentNameUnique(agent.name, existing, replacing);
    if (name && replacing.isEmpty() && existing.size() >= kMaxAgentsPerRegion) {
        name = bad("agent-limit", tr("This region already has %1 agents, the most allowed. "
                                     "Remove an agent you no longer use first.")
                                      .arg(existing.size()));
    }
    if (!name)
        errors.append({Field::AgentName, name.error()});
    Status host = executionHost(agent.host);
    if (host)
        host = executionHostResolves(agent.host, hosts);
    if (!host)
        errors.append({Field::AgentHost, host.error()});
    if (auto w = windows(agent.windows); !w)
        errors.append({Field::AgentWindows, w.error()});
    if (auto d = agentDescription(agent.description); !d)
        errors.append({Field::AgentDescription, d.error()});
    return errors;
}

// ---- host information ------------------------------------------------------------------------

Status Validation::hostName(const QString &name)
{
    if (name.isEmpty())
        return bad("host-name-empty", tr("The host name is empty. Enter the agent host's name."));
    if (isIpAddress(name)) {
        return bad("host-name-is-ip",
                   tr("\"%1\" is an IP address, not a host name. Enter the host's name here and "
                      "its address under IP addresses.")
                       .arg(name));
    }
    return executionHost(name);
}

Status Validation::ipAddress(const QString &address, bool ipv6Enabled)
{
    if (isIpv4Address(address))
        return {};
    if (isIpv6Address(address)) {
        if (ipv6Enabled)
            return {};
        return bad("ip-v6-disabled",
                   tr("%1 is an IPv6 address, but this region resolves IPv4 only "
                      "(+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.")
                       .arg(address));
    }
    if (ipv6Enabled) {
        return bad("ip-invalid", tr("\"%1\" is not an IP address. Write an IPv4 address (four "
                                    "numbers from 0 to 255 separated by dots, for example "
                                    "10.20.1.15) or an IPv6 address (for example fd00::15).")
                                     .arg(address));
    }
    return bad("ip-invalid", tr("\"%1\" is not an IP address. Write four numbers from 0 to 255 "
                                "separated by dots, for example 10.20.1.15.")
                                 .arg(address));
}

Status Validation::hostAddresses(const QStringList &addresses, bool ipv6Enabled)
{
    if (addresses.isEmpty()) {
        return bad("ip-none", tr("No IP address is given. Enter at least one address for the "
                                 "host (separate several with spaces or commas)."));
    }
    QStringList seen;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString &a = addresses[i];
        if (auto s = ipAddress(a, ipv6Enabled); !s)
            return s;
        QString normalized = a;
        if (const auto v6 = ip::parseV6(a))
            normalized = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(v6->data()), 16).toHex());
        if (const qsizetype first = seen.indexOf(normalized); first >= 0) {
            if (addresses[first] != a) {
                return bad("ip-duplicate",
                           tr("The addresses %1 and %2 are the same address written two ways. "
                              "Remove one of them.")
                               .arg(addresses[first], a));
            }
            return bad("ip-duplicate",
                       tr("The address %1 is listed twice. Remove the duplicate.").arg(a));
        }
        seen.append(normalized);
    }
    return {};
}

Status Validation::hostComment(const QString &comment)
{
    if (utf8Bytes(comment) > kMaxCommentBytes) {
        return bad("host-comment-too-long",
                   tr("The comment is %1 bytes long; the limit is 80 bytes. Shorten it.")
                       .arg(utf8Bytes(comment)));
    }
    if (hasControl(comment)) {
        return bad("host-comment-control",
                   tr("The comment contains a line break or other control character. Keep it on "
                      "one line."));
    }
    return {};
}

QList<Validation::FieldError> Validation::hostEntry(const HostEntry &entry, const HostTable &table,
                                                    const QString &replacing)
{
    QList<FieldError> errors;
    Status name = hostName(entry.name);
    if (name) {
        const HostEntry *other = table.find(entry.name);
        if (other && other->name.compare(replacing, Qt::CaseInsensitive) != 0) {
            name = bad("host-name-duplicate",
                       tr("The host \"%1\" is already in this region's host information. Edit that "
                          "entry instead.")
                           .arg(other->name));
        } else if (replacing.isEmpty() && table.entries.size() >= kMaxHostsPerRegion) {
            name = bad("host-limit", tr("This region already has %1 host entries, the most "
                                        "allowed. Remove an entry first.")
                                         .arg(table.entries.size()));
        }
    }
    if (!name)
        errors.append({Field::HostName, name.error()});
    if (auto a = hostAddresses(entry.addresses, table.ipv6Enabled); !a)
        errors.append({Field::HostAddresses, a.error()});
    if (auto c = hostComment(entry.comment); !c)
        errors.append({Field::HostComment, c.error()});
    return errors;
}

// ---- units -----------------------------------------------------------------------------------

Status Validation::unitName(const QString &name)
{
    if (name.isEmpty())
        return bad("unit-name-empty", tr("The unit name is empty. Enter 1 to 30 bytes."));
    if (utf8Bytes(name) > kMaxUnitNameBytes) {
        return bad("unit-name-too-long",
                   tr("The unit name \"%1\" is %2 bytes long; the limit is 30 bytes (a Japanese "
                      "character takes 3). Shorten it.")
                       .arg(name)
                       .arg(utf8Bytes(name)));
    }
    if (hasControl(name)) {
        return bad("unit-name-control",
                   tr("The unit name contains a control character. Remove it."));
    }
    const QChar c = firstForbidden(name, u",:;/() ");
    if (!c.isNull()) {
        const QString shown = c == QLatin1Char(' ') ? tr("a space") : QStringLiteral("\"%1\"").arg(c);
        return bad("unit-name-character",
                   tr("The unit name \"%1\" contains %2. Unit names cannot contain spaces or "
                      ", : ; / ( ).")
                       .arg(name, shown));
    }
    return {};
}

Status Validation::unitComment(const QString &comment)
{
    if (utf8Bytes(comment) > kMaxCommentBytes) {
        return bad("unit-comment-too-long",
                   tr("The comment is %1 bytes long; the limit is 80 bytes (a Japanese character "
                      "takes 3). Shorten it.")
                       .arg(utf8Bytes(comment)));
    }
    if (hasControl(comment)) {
        return bad("unit-comment-control",
                   tr("The comment contains a line break or other control character. Keep it on "
                      "one line."));
    }
    return {};
}

Status Validation::unitPath(const QString &path)
{
    if (utf8Bytes(path) > kMaxPathBytes) {
        return bad("unit-path-too-long",
                   tr("The full path of this unit is %1 bytes long; the limit is 930 bytes. "
                      "Use shorter names or fewer levels.")
                       .arg(utf8Bytes(path)));
    }
    return {};
}

Status Validation::nestingDepth(int depth)
{
    if (depth > kMaxNesting) {
        return bad("unit-nesting",
                   tr("Units are nested %1 levels deep; the limit is 30 levels. Flatten the "
                      "structure.")
                       .arg(depth));
    }
    return {};
}

// ---- network connections ---------------------------------------------------------------------

Status Validation::awsAccountId(const QString &text)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{12}")));
    if (!re.match(text).hasMatch()) {
        return bad("aws-account",
                   tr("\"%1\" is not an AWS account ID. Enter the 12 digits without hyphens.")
                       .arg(text));
    }
    return {};
}

Status Validation::vpcId(const QString &text)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("vpc-([0-9a-f]{8}|[0-9a-f]{17})")));
    if (!re.match(text).hasMatch()) {
        return bad("vpc-id", tr("\"%1\" is not a VPC ID. It looks like vpc- followed by 8 or 17 "
                                "lowercase hexadecimal digits, for example vpc-0a1b2c3d.")
                                 .arg(text));
    }
    return {};
}

Status Validation::tgwAttachmentId(const QString &text)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("tgw-attach-[0-9a-f]{17}")));
    if (!re.match(text).hasMatch()) {
        return bad("tgw-attachment",
                   tr("\"%1\" is not a Transit Gateway attachment ID. It looks like tgw-attach- "
                      "followed by 17 lowercase hexadecimal digits.")
                       .arg(text));
    }
    return {};
}

Status Validation::dxGatewayId(const QString &text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    if (!re.match(text).hasMatch()) {
        return bad("dx-gateway",
                   tr("\"%1\" is not a Direct Connect gateway ID. Copy the ID from the AWS "
                      "console; it looks like 5f294f92-bafb-4011-916d-9b0bec1e7c2a.")
                       .arg(text));
    }
    return {};
}

Status Validation::azureGatewayIp(const QString &text)
{
    if (!isIpv4Address(text)) {
        return bad("azure-ip", tr("\"%1\" is not an IPv4 address. Enter the public IP address of "
                                  "the Azure virtual network gateway.")
                                   .arg(text));
    }
    if (ip::isNonPublicV4(*ip::parseV4(text))) {
        return bad("azure-ip-private",
                   tr("%1 is not a public address. The VPN terminates on the gateway's public IP "
                      "address; enter that one.")
                       .arg(text));
    }
    return {};
}

Status Validation::cidrBlock(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString address = slash > 0 ? text.left(slash) : QString();
    static const QRegularExpression digits(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,2}")));
    const QString prefixText = slash > 0 ? text.mid(slash + 1) : QString();
    bool ok = digits.match(prefixText).hasMatch();
    const int prefix = ok ? prefixText.toInt(&ok) : -1;
    if (!isIpv4Address(address) || !ok || prefix < 0 || prefix > 32) {
        return bad("cidr", tr("\"%1\" is not a CIDR block. Write an IPv4 network address and a "
                              "prefix length from 0 to 32, for example 10.20.0.0/16.")
                               .arg(text));
    }
    const quint32 value = *ip::parseV4(address);
    const quint32 mask = prefix == 0 ? 0 : (~quint32(0) << (32 - prefix));
    if ((value & ~mask) != 0) {
        const QString network = ip::formatV4(value & mask);
        return bad("cidr-host-bits",
                   tr("%1 has host bits set: a CIDR block starts at its network address. Did "
                      "you mean %2/%3?")
                       .arg(text, network)
                       .arg(prefix));
    }
    return {};
}

QList<Validation::FieldError> Validation::connection(const NetworkConnection &c)
{
    QList<FieldError> errors;
    auto check = [&errors](Field field, const Status &s) {
        if (!s)
            errors.append({field, s.error()});
    };
    if (c.label.trimmed().isEmpty()) {
        errors.append({Field::ConnectionLabel,
                       bad("connection-label", tr("The connection name is empty. Enter a name "
                                                  "that operators will recognise."))});
    }
    switch (c.kind) {
    case ConnectionKind::AwsTransitGateway:
        check(Field::AwsAccountId, awsAccountId(c.awsAccountId));
        check(Field::VpcId, vpcId(c.vpcId));
        check(Field::TgwAttachmentId, tgwAttachmentId(c.tgwAttachmentId));
        break;
    case ConnectionKind::OnPremisesDirectConnect:
        check(Field::DxGatewayId, dxGatewayId(c.dxGatewayId));
        break;
    case ConnectionKind::AzureVpn:
        check(Field::AzureGatewayIp, azureGatewayIp(c.azureGatewayIp));
        break;
    }
    if (c.cidrBlocks.isEmpty()) {
        errors.append({Field::CidrBlocks,
                       bad("cidr-none", tr("No CIDR block is given. Enter the address ranges of "
                                           "the customer network, for example 10.20.0.0/16."))});
    }
    for (const QString &block : c.cidrBlocks) {
        if (auto s = cidrBlock(block); !s) {
            errors.append({Field::CidrBlocks, s.error()});
            break;
        }
    }
    return errors;
}

bool Validation::isIpv4Address(const QString &text)
{
    return ip::parseV4(text).has_value();
}

bool Validation::isIpv6Address(const QString &text)
{
    return ip::parseV6(text).has_value();
}

} // namespace dr
