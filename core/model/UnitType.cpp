#include "UnitType.h"

#include <array>

namespace dr {

namespace {

using enum UnitType;
using K = UnitKind;

constexpr UnitTypeInfo kTypes[] = {
    {JobGroup, "g", K::Group, false, "Job group", "ジョブグループ"},
    {ManagerJobGroup, "mg", K::Group, false, "Manager job group", "マネージャージョブグループ"},
    {PlanningGroup, "hln", K::Group, false, "Planning group", "プランニンググループ"},
    {Jobnet, "n", K::Jobnet, false, "Jobnet", "ジョブネット"},
    {RecoveryJobnet, "rn", K::Jobnet, true, "Recovery jobnet", "リカバリージョブネット"},
    {RemoteJobnet, "rm", K::Jobnet, false, "Remote jobnet", "リモートジョブネット"},
    {RecoveryRemoteJobnet, "rr", K::Jobnet, true, "Recovery remote jobnet",
     "リカバリーリモートジョブネット"},
    {ManagerJobnet, "mn", K::Jobnet, false, "Manager jobnet", "マネージャージョブネット"},
    {UnixJob, "j", K::Job, false, "Unix job", "UNIXジョブ"},
    {RecoveryUnixJob, "rj", K::Job, true, "Recovery Unix job", "リカバリーUNIXジョブ"},
    {PcJob, "pj", K::Job, false, "PC job", "PCジョブ"},
    {RecoveryPcJob, "rp", K::Job, true, "Recovery PC job", "リカバリーPCジョブ"},
    {QueueJob, "qj", K::Job, false, "QUEUE job", "QUEUEジョブ"},
    {RecoveryQueueJob, "rq", K::Job, true, "Recovery QUEUE job", "リカバリーQUEUEジョブ"},
    {CustomUnixJob, "cj", K::Job, false, "Custom Unix job", "カスタムUNIXジョブ"},
    {RecoveryCustomUnixJob, "rcj", K::Job, true, "Recovery custom Unix job",
     "リカバリーカスタムUNIXジョブ"},
    {CustomPcJob, "cpj", K::Job, false, "Custom PC job", "カスタムPCジョブ"},
    {RecoveryCustomPcJob, "rcpj", K::Job, true, "Recovery custom PC job",
     "リカバリーカスタムPCジョブ"},
    {FlexibleJob, "fxj", K::Job, false, "Flexible job", "フレキシブルジョブ"},
    {RecoveryFlexibleJob, "rfxj", K::Job, true, "Recovery flexible job",
     "リカバリーフレキシブルジョブ"},
    {HttpJob, "htpj", K::Job, false, "HTTP connection job", "HTTP接続ジョブ"},
    {RecoveryHttpJob, "rhtpj", K::Job, true, "Recovery HTTP connection job",
     "リカバリーHTTP接続ジョブ"},
    {EventSendJob, "evsj", K::Job, false, "JP1 event sending job", "JP1イベント送信ジョブ"},
    {RecoveryEventSendJob, "revsj", K::Job, true, "Recovery JP1 event sending job",
     "リカバリーJP1イベント送信ジョブ"},
    {MailSendJob, "mlsj", K::Job, false, "Email sending job", "メール送信ジョブ"},
    {RecoveryMailSendJob, "rmlsj", K::Job, true, "Recovery email sending job",
     "リカバリーメール送信ジョブ"},
    {MqSendJob, "mqsj", K::Job, false, "Message queue sending job", "メッセージキュー送信ジョブ"},
    {RecoveryMqSendJob, "rmqsj", K::Job, true, "Recovery message queue sending job",
     "リカバリーメッセージキュー送信ジョブ"},
    {MsmqSendJob, "mssj", K::Job, false, "MSMQ sending job", "MSMQ送信ジョブ"},
    {RecoveryMsmqSendJob, "rmssj", K::Job, true, "Recovery MSMQ sending job",
     "リカバリーMSMQ送信ジョブ"},
    {StatusReportJob, "cmsj", K::Job, false, "OpenView status report job",
     "OpenViewステータス通知ジョブ"},
    {RecoveryStatusReportJob, "rcmsj", K::Job, true, "Recovery OpenView status report job",
     "リカバリーOpenViewステータス通知ジョブ"},
    {LocalPowerJob, "pwlj", K::Job, false, "Local power control job", "ローカル電源制御ジョブ"},
    {RecoveryLocalPowerJob, "rpwlj", K::Job, true, "Recovery local power control job",
     "リカバリーローカル電源制御ジョブ"},
    {RemotePowerJob, "pwrj", K::Job, false, "Remote power control job", "リモート電源制御ジョブ"},
    {RecoveryRemotePowerJob, "rpwrj", K::Job, true, "Recovery remote power control job",
     "リカバリーリモート電源制御ジョブ"},
    {EventWaitJob, "evwj", K::EventJob, false, "JP1 event reception monitoring job",
     "JP1イベント受信監視ジョブ"},
    {RecoveryEventWaitJob, "revwj", K::EventJob, true,
     "Recovery JP1 event reception monitoring job", "リカバリーJP1イベント受信監視ジョブ"},
    {FileWaitJob, "flwj", K::EventJob, false, "File monitoring job", "ファイル監視ジョブ"},
    {RecoveryFileWaitJob, "rflwj", K::EventJob, true, "Recovery file monitoring job",
     "リカバリーファイル監視ジョブ"},
    {MailWaitJob, "mlwj", K::EventJob, false, "Email reception monitoring job",
     "メール受信監視ジョブ"},
    {RecoveryMailWaitJob, "rmlwj", K::EventJob, true, "Recovery email reception monitoring job",
     "リカバリーメール受信監視ジョブ"},
    {MqWaitJob, "mqwj", K::EventJob, false, "Message queue reception monitoring job",
     "メッセージキュー受信監視ジョブ"},
    {RecoveryMqWaitJob, "rmqwj", K::EventJob, true,
     "Recovery message queue reception monitoring job", "リカバリーメッセージキュー受信監視ジョブ"},
    {MsmqWaitJob, "mswj", K::EventJob, false, "MSMQ reception monitoring job",
     "MSMQ受信監視ジョブ"},
    {RecoveryMsmqWaitJob, "rmswj", K::EventJob, true, "Recovery MSMQ reception monitoring job",
     "リカバリーMSMQ受信監視ジョブ"},
    {LogFileWaitJob, "lfwj", K::EventJob, false, "Log file monitoring job",
     "ログファイル監視ジョブ"},
    {RecoveryLogFileWaitJob, "rlfwj", K::EventJob, true, "Recovery log file monitoring job",
     "リカバリーログファイル監視ジョブ"},
    {EventLogWaitJob, "ntwj", K::EventJob, false, "Windows event log monitoring job",
     "Windowsイベントログ監視ジョブ"},
    {RecoveryEventLogWaitJob, "rntwj", K::EventJob, true,
     "Recovery Windows event log monitoring job", "リカバリーWindowsイベントログ監視ジョブ"},
    {IntervalWaitJob, "tmwj", K::EventJob, false, "Execution interval control job",
     "実行間隔制御ジョブ"},
    {RecoveryIntervalWaitJob, "rtmwj", K::EventJob, true, "Recovery execution interval control job",
     "リカバリー実行間隔制御ジョブ"},
    {JudgmentJob, "jdj", K::JudgmentJob, false, "Judgment job", "判定ジョブ"},
    {RecoveryJudgmentJob, "rjdj", K::JudgmentJob, true, "Recovery judgment job",
     "リカバリー判定ジョブ"},
    {OrJob, "orj", K::OrJob, false, "OR job", "ORジョブ"},
    {RecoveryOrJob, "rorj", K::OrJob, true, "Recovery OR job", "リカバリーORジョブ"},
    {JobnetConnector, "nc", K::Connector, false, "Jobnet connector", "ジョブネットコネクタ"},
    {StartCondition, "rc", K::StartCondition, false, "Start condition", "起動条件"},
    {Other, "", K::Other, false, "Other", "その他"},
};

static_assert(std::size(kTypes) == static_cast<std::size_t>(Other) + 1,
              "every UnitType has exactly one row, in enum order");

} // namespace

std::span<const UnitTypeInfo> allUnitTypes()
{
    return kTypes;
}

const UnitTypeInfo &unitTypeInfo(UnitType type)
{
    return kTypes[static_cast<std::size_t>(type)];
}

UnitType unitTypeFromCode(QStringView code)
{
    for (const UnitTypeInfo &info : kTypes) {
        if (info.type != Other && code == QLatin1String(info.code))
            return info.type;
    }
    return Other;
}

QString unitTypeCode(UnitType type)
{
    return QString::fromLatin1(unitTypeInfo(type).code);
}

QString unitTypeName(UnitType type, Language language)
{
    const UnitTypeInfo &info = unitTypeInfo(type);
    return language == Language::Japanese ? QString::fromUtf8(info.japanese)
                                          : QString::fromLatin1(info.english);
}

UnitKind unitKind(UnitType type)
{
    return unitTypeInfo(type).kind;
}

bool isRecoveryType(UnitType type)
{
    return unitTypeInfo(type).recovery;
}

bool isExecutable(UnitType type)
{
    switch (unitKind(type)) {
    case K::Group:
    case K::StartCondition:
    case K::Other:
        return false;
    default:
        return true;
    }
}

bool usesAgent(UnitType type)
{
    const UnitKind kind = unitKind(type);
    return kind == K::Job || kind == K::EventJob;
}

} // namespace dr
