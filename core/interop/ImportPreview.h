#pragma once

#include "ParseIssue.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringList>

namespace dr {

// How imported definitions meet the ones the primary region has.
enum class DefinitionImportMode : quint8
{
    IntoEmpty,      // the region has no units yet; everything in the file is added
    Merge,          // units of the file are added or replace the unit at their path; others stay
    ReplaceSubtree, // everything below a path is replaced by the file's units at or below it
};

QString importModeCode(DefinitionImportMode mode); // "empty", "merge", "replace"
std::optional<DefinitionImportMode> importModeFromCode(const QString &code);

struct DefinitionImportRequest
{
    QByteArray bytes;
    TextEncoding encoding = TextEncoding::Auto;
    DefinitionImportMode mode = DefinitionImportMode::Merge;
    QString subtree; // ReplaceSubtree: the full path of the unit whose contents are replaced
    QString source;  // the file name, for the audit entry
};

// Execution agent files: CSV (name,host,limits,restriction,description) or ajsagtadd lines.
enum class AgentFileFormat : quint8
{
    Csv,
    Ajsagtadd
};

// What an import would change, computed without writing anything: the preview an operator
// confirms, and exactly what the import then applies (or refuses, when there are errors).
// Entries are unit paths for definitions, host or agent names for host information and agents.
struct ImportPreview
{
    TextEncoding encoding = TextEncoding::Utf8; // what the file was read as
    QString format;                             // "ajsprint", "jp1hosts2", "csv", "ajsagtadd"
    QStringList added;
    QStringList changed;
    QStringList removed;
    qsizetype unchanged = 0;
    QList<ParseIssue> errors;   // any error refuses the whole file
    QList<ParseIssue> warnings; // shown, do not refuse

    bool ok() const { return errors.isEmpty(); }
    bool hasChanges() const { return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty(); }
};

class ImportPreviews
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreviews)
public:
    // "3 to add, 1 to change, 0 to remove, 12 unchanged"
    static QString counts(const ImportPreview &preview);
    // How a definition import meets the existing units, for people: "merge", "replace /PATH".
    static QString modeName(DefinitionImportMode mode, const QString &subtree = {});
    // The error a refused import returns: the first errors with their positions and a count.
    static Error refusal(const ImportPreview &preview, const QString &what);
};

} // namespace dr
