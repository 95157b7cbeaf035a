#pragma once

#include "ImportPreview.h"
#include "engine/Simulation.h"

#include <QCoreApplication>

namespace dr {

// A region's host information from a jp1hosts2 file: the file replaces the region's table (and
// its +DefaultResolve) as a whole, or nothing changes. Refused when an agent of the region
// would run on a host that no longer resolves; the refusal lists those agents.
class HostImport
{
    Q_DECLARE_TR_FUNCTIONS(HostImport)
public:
    static ImportPreview preview(const RegionData &region, const QByteArray &bytes);
    static Result<ImportPreview> apply(EngineContext &ctx, RegionId region, const QByteArray &bytes,
                                       const QString &source);
    // The region's table as a jp1hosts2 file (UTF-8).
    static QByteArray write(const RegionData &region);

private:
    static ImportPreview plan(const RegionData &region, const QByteArray &bytes, HostTable &table);
};

} // namespace dr
