#pragma once

#include "ImportPreview.h"
#include "engine/Simulation.h"

#include <QCoreApplication>

namespace dr {

// Imports ajsprint unit definitions into the primary region ("imported definitions go to the
// primary region and reach DR through the normal sync"). preview() is a pure function of the
// state and the file; apply() recomputes it and applies exactly that in one mutation: the
// primary's definitions rewritten, statuses kept for every root jobnet the file leaves
// untouched (mapped by path) and fresh ones (as when first registered: scheduled roots wait for
// their first start) for the roots it adds or changes, the definitions revision moved on so the
// next sync copies them to DR, and one audit entry with the counts.
class DefinitionImport
{
    Q_DECLARE_TR_FUNCTIONS(DefinitionImport)
public:
    static ImportPreview preview(const ConsoleState &state, const DefinitionImportRequest &request);
    // What refuses any import now, whatever the file: a switchover in progress, the DR region
    // active, the primary region unavailable.
    static Status checkAllowed(const ConsoleState &state);
    static Result<ImportPreview> apply(EngineContext &ctx, const DefinitionImportRequest &request);

private:
    struct Plan;
    static Plan plan(const ConsoleState &state, const DefinitionImportRequest &request);
};

} // namespace dr
