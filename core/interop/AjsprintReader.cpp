#include "AjsprintReader.h"

namespace dr {

namespace {
constexpr int kMaxErrors = 500;  // a wrong file must not produce megabytes of messages
constexpr int kMaxDepth = 200;   // deeper input is rejected without recursing further
} // namespace

AjsSyntax AjsprintReader::read(const QString &text)
{
    AjsprintReader reader(text);
    AjsSyntax syntax;
    while (true) {
        reader.skipSpaceAndComments();
        if (reader.atEnd() || reader.m_errors.size() >= kMaxErrors)
            break;
        if (!reader.atUnitKeyword()) {
            reader.addError(reader.m_line, reader.m_column, "expected-unit",
                            tr("Expected \"unit=\" to start a unit definition, found \"%1\".")
                                .arg(reader.peek()));
            reader.skipToRecoveryPoint();
            continue;
        }
        AjsUnitNode node;
        const bool complete = reader.readUnit(node, 1);
        syntax.roots.append(std::move(node));
        if (!complete)
            break;
    }
    syntax.errors = reader.m_errors;
    return syntax;
}

QChar AjsprintReader::peek(qsizetype ahead) const
{
    const qsizetype at = m_pos + ahead;
    return at < m_text.size() ? m_text.at(at) : QChar();
}

void AjsprintReader::advance()
{
    if (atEnd())
        return;
    if (m_text.at(m_pos) == QLatin1Char('\n')) {
        ++m_line;
        m_column = 1;
    } else {
        ++m_column;
    }
    ++m_pos;
}

void AjsprintReader::skipSpaceAndComments()
{
    while (!atEnd()) {
        const QChar c = peek();
        if (c.isSpace() || c == QChar(0xfeff)) {
            advance();
        } else if (c == QLatin1Char('/') && peek(1) == QLatin1Char('*')) {
            const int line = m_line, column = m_column;
            advance();
            advance();
            while (!atEnd() && !(peek() == QLatin1Char('*') && peek(1) == QLatin1Char('/')))
                advance();
            if (atEnd()) {
                addError(line, column, "unclosed-comment",
                         tr("The comment opened here is not closed with \"*/\"."));
                return;
            }
            advance();
            advance();
        } else {
            return;
        }
    }
}

bool AjsprintReader::atUnitKeyword() const
{
    if (m_text.mid(m_pos, 4) != QLatin1String("unit"))
        return false;
    qsizetype at = m_pos + 4;
    while (at < m_text.size() && (m_text.at(at) == QLatin1Char(' ') || m_text.at(at) == QLatin1Char('\t')))
        ++at;
    return at < m_text.size() && m_text.at(at) == QLatin1Char('=');
}

void AjsprintReader::addError(int line, int column, const char *code, const QString &message)
{
    if (m_errors.size() < kMaxErrors)
        m_errors.append({line, column, QString::fromLatin1(code), message});
}

void AjsprintReader::skipToRecoveryPoint()
{
    // Resume at the next line: definitions put one parameter or header on a line.
    while (!atEnd() && peek() != QLatin1Char('\n'))
        advance();
}

QString AjsprintReader::readHeader()
{
    QString header;
    while (!atEnd() && peek() != QLatin1Char(';') && peek() != QLatin1Char('{') &&
           peek() != QLatin1Char('\n')) {
        header += peek();
        advance();
    }
    return header.trimmed();
}

bool AjsprintReader::readUnit(AjsUnitNode &node, int depth)
{
    node.line = m_line;
    node.column = m_column;
    for (int i = 0; i < 4; ++i) // "unit"
        advance();
    while (peek() != QLatin1Char('='))
        advance();
    advance();
    const QStringList fields = readHeader().split(QLatin1Char(','));
    node.name = fields.value(0).trimmed();
    node.permission = fields.value(1).trimmed();
    node.owner = fields.value(2).trimmed();
    node.resourceGroup = fields.value(3).trimmed();
    if (fields.size() > 4) {
        addError(node.line, node.column, "header-fields",
                 tr("The unit header has %1 fields; write unit=NAME,PERMISSION,OWNER,"
                    "RESOURCE-GROUP; (four at most).")
                     .arg(fields.size()));
    }
    if (peek() == QLatin1Char(';')) {
        advance();
    } else {
        addError(m_line, m_column, "expected-semicolon",
                 tr("Expected \";\" after the unit header of \"%1\".").arg(node.name));
    }
    skipSpaceAndComments();
    if (peek() != QLatin1Char('{')) {
        addError(m_line, m_column, "expected-brace",
                 tr("Expected \"{\" to open the definition of unit \"%1\", found %2.")
                     .arg(node.name,
                          atEnd() ? tr("the end of the file") : QStringLiteral("\"%1\"").arg(peek())));
        return false;
    }
    advance();
    if (depth > kMaxDepth) {
        addError(node.line, node.column, "nesting",
                 tr("Units are nested more than %1 levels deep here; the file cannot be read.")
                     .arg(kMaxDepth));
        return false;
    }
    bool sawChild = false;
    while (true) {
        skipSpaceAndComments();
        if (m_errors.size() >= kMaxErrors)
            return false;
        if (atEnd()) {
            addError(node.line, node.column, "unclosed-unit",
                     tr("The definition of unit \"%1\" that starts here is not closed with \"}\".")
                         .arg(node.name));
            return false;
        }
        if (peek() == QLatin1Char('}')) {
            advance();
            return true;
        }
        if (atUnitKeyword()) {
            AjsUnitNode child;
            const bool complete = readUnit(child, depth + 1);
            node.children.append(std::move(child));
            sawChild = true;
            if (!complete)
                return false;
            continue;
        }
        AjsParameter parameter;
        const int line = m_line, column = m_column;
        if (readParameter(parameter)) {
            if (sawChild) {
                addError(line, column, "parameter-after-unit",
                         tr("The parameter \"%1\" comes after a nested unit; in unit \"%2\" "
                            "write every parameter before the first nested unit=.")
                             .arg(parameter.key, node.name));
            }
            node.parameters.append(std::move(parameter));
        }
    }
}

bool AjsprintReader::readParameter(AjsParameter &parameter)
{
    parameter.line = m_line;
    parameter.column = m_column;
    while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('_')) &&
           peek().unicode() < 0x80) {
        parameter.key += peek();
        advance();
    }
    if (parameter.key.isEmpty()) {
        addError(m_line, m_column, "expected-parameter",
                 tr("Expected a parameter (key=value;), \"unit=\" or \"}\", found \"%1\".")
                     .arg(peek()));
        // Skip the offending character so that a stray symbol does not stop the whole file.
        advance();
        return false;
    }
    while (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t'))
        advance();
    if (peek() != QLatin1Char('=')) {
        addError(m_line, m_column, "expected-equals",
                 tr("Expected \"=\" after the parameter name \"%1\".").arg(parameter.key));
        skipToRecoveryPoint();
        return false;
    }
    advance();
    while (!atEnd()) {
        const QChar c = peek();
        if (c == QLatin1Char(';')) {
            advance();
            parameter.value = parameter.value.trimmed();
            return true;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('}')) {
            addError(m_line, m_column, "expected-semicolon",
                     tr("Expected \";\" at the end of parameter \"%1\".").arg(parameter.key));
            parameter.value = parameter.value.trimmed();
            return true; // keep the value; the error already refuses the file
        }
        if (c == QLatin1Char('"')) {
            const int line = m_line, column = m_column;
            parameter.value += c;
            advance();
            bool closed = false;
            while (!atEnd()) {
                const QChar q = peek();
                if (q == QLatin1Char('#') &&
                    (peek(1) == QLatin1Char('"') || peek(1) == QLatin1Char('#'))) {
                    parameter.value += q;
                    advance();
                    parameter.value += peek();
                    advance();
                    continue;
                }
                parameter.value += q;
                advance();
                if (q == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                if (q == QLatin1Char('\n'))
                    break;
            }
            if (!closed) {
                addError(line, column, "unclosed-quote",
                         tr("The quoted value of parameter \"%1\" is not closed with a quote on "
                            "the same line (write #\" for a quote inside the value).")
                             .arg(parameter.key));
                parameter.value = parameter.value.trimmed();
                return true;
            }
            continue;
        }
        parameter.value += c;
        advance();
    }
    addError(m_line, m_column, "expected-semicolon",
             tr("Expected \";\" at the end of parameter \"%1\", found the end of the file.")
                 .arg(parameter.key));
    return true;
}

QString AjsprintReader::unquote(const QString &raw, QString *error)
{
    const QString v = raw.trimmed();
    if (v.size() < 2 || !v.startsWith(QLatin1Char('"')) || !v.endsWith(QLatin1Char('"')))
        return v;
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 1; i < v.size() - 1; ++i) {
        const QChar c = v.at(i);
        if (c == QLatin1Char('#')) {
            const QChar next = i + 1 < v.size() - 1 ? v.at(i + 1) : QChar();
            if (next == QLatin1Char('"') || next == QLatin1Char('#')) {
                out += next;
                ++i;
                continue;
            }
            if (error) {
                *error = tr("A \"#\" inside a quoted value must be written \"##\" (or #\" for a "
                            "quote).");
            }
        } else if (c == QLatin1Char('"') && error) {
            *error = tr("A quote inside a quoted value must be written #\".");
        }
        out += c;
    }
    return out;
}

QString AjsprintReader::quote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('#'), QLatin1String("##"));
    escaped.replace(QLatin1Char('"'), QLatin1String("#\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace dr
