#pragma once

#include "ExecutionAgent.h"
#include "HostEntry.h"
#include "NetworkConnection.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dr {

// Field rules of domain.md §8 and §10. Every refusal says what is wrong, where, and how to fix
// it; forms show the message under the field, the core re-checks on save, importers prefix it
// with the file location.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    enum class Field {
        AgentName, AgentHost, AgentWindows, AgentDescription,
        HostName, HostAddresses, HostComment,
        ConnectionLabel, AwsAccountId, VpcId, TgwAttachmentId, DxGatewayId, AzureGatewayIp,
        CidrBlocks,
    };
    struct FieldError
    {
        Field field;
        Error error;
    };

    static constexpr int kMaxAgentsPerRegion = 1024;
    static constexpr int kMaxHostsPerRegion = 10000;
    static constexpr int kMaxUnitNameBytes = 30;
    static constexpr int kMaxCommentBytes = 80;
    static constexpr int kMaxPathBytes = 930;
    static constexpr int kMaxNesting = 30;
    static constexpr int kMaxChildrenPerLevel = 10000;

    // Execution agents
    static Status agentName(const QString &name);
    // Unique per region, case-insensitively; `replacing` is the agent's current name when editing.
    static Status agentNameUnique(const QString &name, const QList<ExecutionAgent> &existing,
                                  const QString &replacing = {});
    static Status executionHost(const QString &host);
    static Status executionHostResolves(const QString &host, const HostTable &hosts);
    static Result<QList<ConcurrencyWindow>> parseWindows(const QString &text);
    static Status windows(const QList<ConcurrencyWindow> &windows);
    static Status agentDescription(const QString &text);
    // Every problem of an agent about to be saved into a region, one per field.
    static QList<FieldError> agent(const ExecutionAgent &agent, const QList<ExecutionAgent> &existing,
                                   const HostTable &hosts, const QString &replacing = {});

    // Host information
    static Status hostName(const QString &name);
    static Status ipAddress(const QString &address, bool ipv6Enabled);
    static Status hostAddresses(const QStringList &addresses, bool ipv6Enabled);
    static Status hostComment(const QString &comment);
    static QList<FieldError> hostEntry(const HostEntry &entry, const HostTable &table,
                                       const QString &replacing = {});

    // Units
    static Status unitName(const QString &name);
    static Status unitComment(const QString &comment);
    static Status unitPath(const QString &path);
    static Status nestingDepth(int depth);

    // Network connections
    static Status awsAccountId(const QString &text);
    static Status vpcId(const QString &text);
    static Status tgwAttachmentId(const QString &text);
    static Status dxGatewayId(const QString &text);
    static Status azureGatewayIp(const QString &text);
    static Status cidrBlock(const QString &text);
    static QList<FieldError> connection(const NetworkConnection &connection);

    static bool isIpv4Address(const QString &text);
    static bool isIpv6Address(const QString &text);
    static bool isIpAddress(const QString &text) { return isIpv4Address(text) || isIpv6Address(text); }
    static int utf8Bytes(const QString &text) { return int(text.toUtf8().size()); }
};

} // namespace dr
