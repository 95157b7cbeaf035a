#include "AjsprintWriter.h"

#include "AjsprintReader.h"
#include "AjsprintRules.h"

namespace dr {

QString AjsprintWriter::write(const UnitTree &tree, UnitIndex root)
{
    AjsprintWriter writer(tree);
    for (const Relation &r : tree.relations())
        writer.m_relationsOf[tree.unit(r.from).parent].append(&r);
    if (root != kNoUnit) {
        writer.unit(root, 0, true);
    } else {
        for (UnitIndex top : tree.topLevel())
            writer.unit(top, 0, true);
    }
    return writer.m_out;
}

Result<QByteArray> AjsprintWriter::write(const UnitTree &tree, UnitIndex root,
                                         TextEncoding encoding)
{
    return TextDecoding::encodeExactly(
        write(tree, root), encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding);
}

QString AjsprintWriter::value(const QString &text)
{
    bool bare = !text.isEmpty() && !text.startsWith(QLatin1Char('"')) &&
                !text.contains(QLatin1String("/*")) && text.trimmed() == text;
    for (QChar c : text) {
        if (!bare)
            break;
        bare = !c.isSpace() && c != QLatin1Char(';') && c != QLatin1Char('"') &&
               c != QLatin1Char('#') && c != QLatin1Char('{') && c != QLatin1Char('}');
    }
    return bare ? text : AjsprintReader::quote(text);
}

void AjsprintWriter::parameter(const QString &indent, const QString &key, const QString &raw)
{
    m_out += indent + key + QLatin1Char('=') + raw + QStringLiteral(";\n");
}

void AjsprintWriter::unit(UnitIndex index, int indent, bool top)
{
    const Unit &u = m_tree.unit(index);
    const UnitDetails &d = u.detailsOrEmpty();
    const QString outer(indent, QLatin1Char('\t'));
    const QString inner(indent + 1, QLatin1Char('\t'));
    m_out +=
        outer + QStringLiteral("unit=%1,%2,%3,%4;\n")
                    .arg(top ? m_tree.path(index) : u.name, d.permission, d.owner, d.resourceGroup);
    m_out += outer + QStringLiteral("{\n");
    parameter(inner, QStringLiteral("ty"), value(u.typeCode()));
    if (!d.comment.isEmpty())
        parameter(inner, QStringLiteral("cm"), AjsprintReader::quote(d.comment));
    if (!u.agent.isEmpty()) {
        const bool remote =
            u.type == UnitType::RemoteJobnet || u.type == UnitType::RecoveryRemoteJobnet;
        parameter(inner, remote ? QStringLiteral("rh") : QStringLiteral("ex"),
                  AjsprintReader::quote(u.agent));
    }
    if (!d.script.isEmpty())
        parameter(inner, QStringLiteral("sc"), AjsprintReader::quote(d.script));
    if (!d.user.isEmpty())
        parameter(inner, QStringLiteral("un"), AjsprintReader::quote(d.user));
    for (const UnitParameter &p : AjsprintRules::scheduleParameters(d.schedule))
        parameter(inner, p.key, p.value);
    // In the order they were read, so that reading them back gives the same relation list.
    for (const Relation *r : m_relationsOf.value(index)) {
        parameter(
            inner, QStringLiteral("ar"),
            QStringLiteral("(f=%1,t=%2%3)")
                .arg(m_tree.unit(r->from).name, m_tree.unit(r->to).name,
                     r->kind == RelationKind::Conditional ? QStringLiteral(",con") : QString()));
    }
    for (const UnitParameter &p : d.otherParameters)
        parameter(inner, p.key, p.value);
    for (UnitIndex child : m_tree.children(index))
        unit(child, indent + 1, false);
    m_out += outer + QStringLiteral("}\n");
}

} // namespace dr
