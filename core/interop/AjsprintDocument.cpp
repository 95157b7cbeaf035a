#include "AjsprintDocument.h"

#include "AjsprintBuilder.h"
#include "AjsprintReader.h"
#include "AjsprintRules.h"
#include "model/UnitTree.h"

namespace dr {

QString AjsprintDocument::path(UnitIndex index) const
{
    QStringList parts;
    for (UnitIndex i = index; i != kNoUnit; i = units[std::size_t(i)].parent)
        parts.prepend(units[std::size_t(i)].name);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

AjsprintDocument Ajsprint::parse(const QString &text)
{
    return build(AjsprintReader::read(text));
}

AjsprintDocument Ajsprint::parse(const QByteArray &bytes, TextEncoding encoding)
{
    TextPosition badAt;
    auto decoded = TextDecoding::decode(bytes, encoding, &badAt);
    if (!decoded) {
        AjsprintDocument doc;
        doc.errors.append(
            {badAt.line, badAt.column, decoded.error().code, decoded.error().message});
        doc.encoding = encoding;
        return doc;
    }
    return build(AjsprintReader::read(decoded->text), decoded->encoding);
}

AjsprintDocument Ajsprint::build(const AjsSyntax &syntax, TextEncoding encoding)
{
    AjsprintDocument doc;
    doc.encoding = encoding;
    AjsprintBuilder builder(doc);
    for (const AjsUnitNode &root : syntax.roots)
        builder.addRoot(root);
    builder.checkPlacement();
    // In the order of the file, whichever pass found them (follow-on errors of a syntax error
    // are not reported, so a cause never sorts after its consequence).
    QList<ParseIssue> syntaxErrors = syntax.errors;
    if (!syntaxErrors.isEmpty()) // the reader stops at the limit without saying so
        issueLimitReached(syntaxErrors, syntaxErrors.last().line);
    doc.errors = syntaxErrors + doc.errors;
    sortByPosition(doc.errors);
    sortByPosition(doc.warnings);
    // Depth-first order makes a written file read back with the same indexes.
    const std::vector<UnitIndex> order = AjsprintRules::depthFirstOrder(doc.units);
    AjsprintRules::reorder(doc.units, doc.relations, order);
    std::vector<quint8> implied;
    std::vector<qint32> lines, columns;
    for (UnitIndex old : order) {
        implied.push_back(doc.implied[std::size_t(old)]);
        lines.push_back(doc.lines[std::size_t(old)]);
        columns.push_back(builder.columnOf(old));
    }
    doc.implied = std::move(implied);
    doc.lines = std::move(lines);
    doc.columns = std::move(columns);
    return doc;
}

bool Ajsprint::parseScheduleParameter(const QString &key, const QString &value, ScheduleRule &rule)
{
    return AjsprintRules::parseScheduleParameter(key, value, rule);
}

} // namespace dr
