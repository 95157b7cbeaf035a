#include "ImportPreview.h"

namespace dr {

QString ImportPreviews::counts(const ImportPreview &p)
{
    return tr("%1 to add, %2 to change, %3 to remove, %4 unchanged")
        .arg(p.added.size())
        .arg(p.changed.size())
        .arg(p.removed.size())
        .arg(p.unchanged);
}

QString ImportPreviews::modeName(DefinitionImportMode mode, const QString &subtree)
{
    switch (mode) {
    case DefinitionImportMode::IntoEmpty:
        return tr("into an empty environment");
    case DefinitionImportMode::Merge:
        return tr("merge");
    case DefinitionImportMode::ReplaceSubtree:
        return tr("replace %1", "import mode: the subtree whose contents are replaced")
            .arg(subtree.trimmed());
    }
    return {};
}

Error ImportPreviews::refusal(const ImportPreview &p, const QString &what)
{
    return Error::badInput(p.errors.isEmpty() ? QStringLiteral("import") : p.errors.first().code,
                           tr("%1 was not imported and nothing was changed (%n error(s)):", nullptr,
                              int(p.errors.size()))
                                   .arg(what) +
                               QLatin1Char('\n') + formatIssues(p.errors));
}

} // namespace dr
