#include "ImportReport.h"

#include <QJsonArray>

namespace dr::ctl {

namespace {

constexpr int kListed = 50; // paths or names shown per category in the text output

QJsonArray issuesJson(const QList<ParseIssue> &issues)
{
    QJsonArray out;
    for (const ParseIssue &i : issues) {
        out.append(QJsonObject{{QStringLiteral("line"), i.line},
                               {QStringLiteral("column"), i.column},
                               {QStringLiteral("code"), i.code},
                               {QStringLiteral("message"), i.message}});
    }
    return out;
}

} // namespace

QStringList ImportReport::issueLines(const QString &file, const QList<ParseIssue> &issues,
                                     int limit)
{
    QStringList lines;
    for (int i = 0; i < issues.size() && i < limit; ++i) {
        const ParseIssue &e = issues[i];
        lines << (e.line > 0 ? QStringLiteral("%1:%2:%3: %4")
                                   .arg(file)
                                   .arg(e.line)
                                   .arg(e.column)
                                   .arg(e.message)
                             : QStringLiteral("%1: %2").arg(file, e.message));
    }
    if (issues.size() > limit)
        lines << tr("%1: ... and %n more.", nullptr, int(issues.size() - limit)).arg(file);
    return lines;
}

QJsonObject ImportReport::json(const Context &c, const ImportPreview &p)
{
    QJsonObject o{
        {QStringLiteral("file"), c.file},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("format"), p.format},
        {QStringLiteral("encoding"), TextDecoding::encodingName(p.encoding)},
        {QStringLiteral("region"), regionCode(c.region)},
        {QStringLiteral("preview"), c.preview},
        {QStringLiteral("applied"), c.applied},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("added"), p.added.size()},
                                               {QStringLiteral("changed"), p.changed.size()},
                                               {QStringLiteral("removed"), p.removed.size()},
                                               {QStringLiteral("unchanged"), qint64(p.unchanged)},
                                               {QStringLiteral("errors"), p.errors.size()},
                                               {QStringLiteral("warnings"), p.warnings.size()}}},
        {QStringLiteral("added"), QJsonArray::fromStringList(p.added)},
        {QStringLiteral("changed"), QJsonArray::fromStringList(p.changed)},
        {QStringLiteral("removed"), QJsonArray::fromStringList(p.removed)},
        {QStringLiteral("errors"), issuesJson(p.errors)},
        {QStringLiteral("warnings"), issuesJson(p.warnings)}};
    if (c.mode)
        o.insert(QStringLiteral("mode"), importModeCode(*c.mode));
    if (!c.subtree.isEmpty())
        o.insert(QStringLiteral("subtree"), c.subtree);
    return o;
}

QStringList ImportReport::text(const Context &c, const ImportPreview &p)
{
    QStringList lines;
    QString how = p.format + QStringLiteral(", ") + TextDecoding::encodingName(p.encoding);
    if (c.mode)
        how += QStringLiteral(", ") + ImportPreviews::modeName(*c.mode, c.subtree);
    lines << (c.applied ? tr("Imported %1 (%2) into the %3: %4.")
                        : tr("Preview of %1 (%2) for the %3: %4; nothing was changed."))
                 .arg(c.file, how, RegionNames::displayName(c.region), ImportPreviews::counts(p));
    auto list = [&lines](const QString &mark, const QStringList &items) {
        for (int i = 0; i < items.size() && i < kListed; ++i)
            lines << QStringLiteral("  %1 %2").arg(mark, items[i]);
        if (items.size() > kListed)
            lines << QStringLiteral("  %1 ").arg(mark) +
                         tr("... and %n more", nullptr, int(items.size() - kListed));
    };
    list(QStringLiteral("+"), p.added);
    list(QStringLiteral("~"), p.changed);
    list(QStringLiteral("-"), p.removed);
    for (const QString &w : issueLines(c.file, p.warnings))
        lines << tr("warning: %1").arg(w);
    if (c.applied && c.kind == QLatin1String("ajsprint") && p.hasChanges())
        lines << tr("The definitions reach the DR environment with the next sync.");
    return lines;
}

Error ImportReport::refuse(Output &out, const Context &c, const ImportPreview &p)
{
    if (out.json())
        out.printJson(json(c, p));
    out.usageHelp(issueLines(c.file, p.errors));
    return Error::badInput(
        p.errors.isEmpty() ? QStringLiteral("import") : p.errors.first().code,
        tr("%1 was not imported: %n error(s); nothing was changed.", nullptr, int(p.errors.size()))
            .arg(c.file));
}

} // namespace dr::ctl
