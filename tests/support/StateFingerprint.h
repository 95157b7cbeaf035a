#pragma once

#include "ConsoleState.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QStringList>

// A digest of everything the console holds, to prove that closing and reopening the database
// restores exactly the same state.
namespace drtest {

// One line per part ("settings: <hash>", "primary.states: <hash>", ...), so a mismatch names
// the part that differs.
// Null and empty strings are the same text (the database stores '' for both).
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QStringList fingerprint(const dr::ConsoleState &st)
{
    QStringList parts;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    auto cut = [&](const QString &name) {
        parts << name + QStringLiteral(": ") +
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
        bytes.clear();
        out.device()->seek(0);
    };
    out << st.clockMs;
    cut(QStringLiteral("clock"));
    out << st.syncIntervalMs << st.execSerial << st.syncSeq << st.seed;
    cut(QStringLiteral("counters"));
    out << text(st.contract.customerName) << int(st.contract.primaryTier) << int(st.contract.drEdition)
        << st.contract.authLinkage << int(st.contract.accessPath) << st.contract.maintenanceDate;
    cut(QStringLiteral("contract"));
    for (const dr::RegionData &r : st.regions) {
        const QString region = dr::regionCode(r.id);
        const dr::RegionRuntime &rt = r.runtime;
        out << text(rt.managerHost) << rt.available << rt.managerRunning << rt.suppressed
            << rt.active << (rt.startMode ? int(*rt.startMode) : -1) << rt.startedAtMs
            << rt.stoppedAtMs << rt.downSinceMs << rt.syncAtMs << rt.syncSeq << rt.lostUnits
            << rt.definitionsRevision << rt.skipOverdue;
        cut(region + QStringLiteral(".runtime"));
        out << qint64(r.tree->size()) << qint64(r.tree->relations().size());
        for (dr::UnitIndex i = 0; i < r.tree->size(); ++i)
            out << text(r.tree->path(i)) << text(r.tree->unit(i).agent) << int(r.tree->unit(i).type);
        cut(region + QStringLiteral(".tree"));
        for (const dr::UnitState &s : r.states)
            out << s.startMs << s.endMs << s.scheduledMs << s.execSerial << s.exitCode << int(s.status) << s.flags;
        cut(region + QStringLiteral(".states"));
        for (const dr::ExecutionAgent &a : r.agents)
            out << text(a.name) << text(a.host) << dr::formatWindows(a.windows) << int(a.restriction) << text(a.description);
        out << r.hosts.ipv6Enabled;
        for (const dr::HostEntry &h : r.hosts.entries)
            out << text(h.name) << h.addresses << text(h.comment);
        for (const dr::NetworkConnection &c : r.connections)
            out << c.id << text(c.label) << text(c.vpcId) << c.cidrBlocks << c.preSharedKeyConfigured;
        for (const dr::RegionItem &item : r.items)
            out << int(item.kind) << text(item.text);
        cut(region + QStringLiteral(".registry"));
    }
    for (const dr::SwitchoverRun &run : st.runs) {
        out << run.id << int(run.mode) << run.completed << run.startedAtMs << run.finishedAtMs << run.facts;
        for (const dr::StepRecord &step : run.steps)
            out << step.step << text(step.operatorName) << int(step.role) << step.atMs << text(step.note) << step.details;
    }
    cut(QStringLiteral("runs"));
    return parts;
}

} // namespace drtest
