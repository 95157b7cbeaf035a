#include "AjsprintReader.h"

#include <algorithm>

namespace dr {

namespace {

constexpr qsizetype kShownFound = 24; // characters of the offending text quoted in a message

bool isKeyChar(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
}

bool isHeaderStop(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('{') ||
           c == QLatin1Char('}') || c == QLatin1Char('\n');
}

} // namespace

AjsSyntax AjsprintReader::read(const QString &text)
{
    AjsSyntax syntax = AjsprintReader(text, false).readAll();
    if (syntax.openAtEnd == 0)
        return syntax;
    // As many "}" as units were open at the end are missing somewhere before it: read again
    // with the layout's help. Its reading is kept unless the layout is too irregular to help:
    // then it blames more units than braces are missing, or finds other errors (such as a "}"
    // left over at the top level) that the first reading did not.
    AjsSyntax byLayout = AjsprintReader(text, true).readAll();
    const auto count = [](const AjsSyntax &s, bool unclosed) {
        return std::count_if(s.errors.cbegin(), s.errors.cend(), [unclosed](const ParseIssue &e) {
            return (e.code == QLatin1String("unclosed-unit")) == unclosed;
        });
    };
    const bool helps =
        count(byLayout, true) <= syntax.openAtEnd && count(byLayout, false) <= count(syntax, false);
    return helps ? byLayout : syntax;
}

AjsSyntax AjsprintReader::readAll()
{
    AjsSyntax syntax;
    while (true) {
        skipSpaceAndComments();
        if (atEnd() || m_errors.size() >= kMaxErrors)
            break;
        if (!atUnitKeyword()) {
            addError(m_line, m_column, "expected-unit",
                     tr("Expected \"unit=\" to start a unit definition, found %1.").arg(found()));
            // Resume at the next line: a stray line must not hide the units after it.
            skipPast(u"\n");
            continue;
        }
        AjsUnitNode node;
        const bool goOn = readUnit(node, 1);
        syntax.roots.append(std::move(node));
        if (!goOn)
            break;
    }
    syntax.errors = m_errors;
    syntax.openAtEnd = m_openAtEnd;
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
        m_lineStart = m_pos + 1;
    } else {
        ++m_column;
    }
    ++m_pos;
}

bool AjsprintReader::skipComment()
{
    const int line = m_line, column = m_column;
    advance();
    advance();
    while (!atEnd() && !(peek() == QLatin1Char('*') && peek(1) == QLatin1Char('/')))
        advance();
    if (atEnd()) {
        addError(line, column, "unclosed-comment",
                 tr("The comment opened here is not closed with \"*/\"."));
        m_endReported = true;
        return false;
    }
    advance();
    advance();
    return true;
}

void AjsprintReader::skipSpaceAndComments()
{
    while (!atEnd()) {
        const QChar c = peek();
        if (c.isSpace() || c == QChar(0xfeff)) {
            advance();
        } else if (atComment()) {
            if (!skipComment())
                return;
        } else {
            return;
        }
    }
}

bool AjsprintReader::atUnitKeyword() const
{
    if (QStringView(m_text).mid(m_pos, 4) != QLatin1String("unit"))
        return false;
    // "unit", then blanks and comments, then "=". Looks no further than the blanks and comments
    // that the caller consumes next in any case, so the look-ahead keeps reading linear.
    qsizetype at = m_pos + 4;
    while (at < m_text.size()) {
        const QChar c = m_text.at(at);
        if (c.isSpace()) {
            ++at;
        } else if (c == QLatin1Char('/') && at + 1 < m_text.size() &&
                   m_text.at(at + 1) == QLatin1Char('*')) {
            // Once no "*/" follows some position, none follows any later one: remembering that
            // keeps a file of many "unit /*" lines from being searched to its end each time.
            if (m_unclosedCommentFrom >= 0 && at >= m_unclosedCommentFrom)
                return false;
            const qsizetype end = m_text.indexOf(QLatin1String("*/"), at + 2);
            if (end < 0) {
                m_unclosedCommentFrom = at;
                return false;
            }
            at = end + 2;
        } else {
            return c == QLatin1Char('=');
        }
    }
    return false;
}

QString AjsprintReader::found() const
{
    if (atEnd())
        return tr("the end of the file");
    const QChar c = peek();
    if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
        return tr("the end of the line");
    if (!c.isPrint())
        return tr("the control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    qsizetype end = m_pos;
    while (end < m_text.size() && end - m_pos < kShownFound && m_text.at(end).isPrint() &&
           !m_text.at(end).isSpace())
        ++end;
    QString shown = m_text.mid(m_pos, end - m_pos);
    if (end < m_text.size() && end - m_pos >= kShownFound)
        shown += QStringLiteral("...");
    return QStringLiteral("\"%1\"").arg(shown);
}

void AjsprintReader::addError(int line, int column, const char *code, const QString &message)
{
    if (m_errors.size() < kMaxErrors)
        m_errors.append({line, column, QString::fromLatin1(code), message});
}

void AjsprintReader::skipPast(QStringView stops)
{
    // Stops at a line end or '}' (left for the caller) or after one of `stops`.
    while (!atEnd()) {
        const QChar c = peek();
        if (stops.contains(c)) {
            if (c != QLatin1Char('\n') && c != QLatin1Char('}'))
                advance();
            return;
        }
        advance();
    }
}

bool AjsprintReader::readHeader(AjsUnitNode &node)
{
    // unit=NAME,PERMISSION,OWNER,RESOURCE-GROUP; the fields stop at "," ";" "{" "}" or the end
    // of the line, and comments may stand between them.
    QStringList fields{QString()};
    int fieldCount = 1; // counted apart so that a line of commas allocates nothing
    while (!atEnd()) {
        const QChar c = peek();
        if (atComment()) {
            if (!skipComment())
                return false;
            fields.last() += QLatin1Char(' ');
            continue;
        }
        if (isHeaderStop(c) && c != QLatin1Char(','))
            break;
        if (c == QLatin1Char(',')) {
            if (++fieldCount <= 4)
                fields.append(QString());
        } else if (fieldCount <= 4) {
            fields.last() += c;
        }
        advance();
    }
    node.name = fields.value(0).trimmed();
    node.permission = fields.value(1).trimmed();
    node.owner = fields.value(2).trimmed();
    node.resourceGroup = fields.value(3).trimmed();
    if (fieldCount > 4) {
        addError(node.line, node.column, "header-fields",
                 tr("The unit header has %1 fields; write unit=NAME,PERMISSION,OWNER,"
                    "RESOURCE-GROUP; (four at most).")
                     .arg(fieldCount));
    }
    if (peek() == QLatin1Char(';')) {
        advance();
    } else {
        addError(m_line, m_column, "expected-semicolon",
                 tr("Expected \";\" after the unit header of \"%1\", found %2.")
                     .arg(node.name, found()));
    }
    return true;
}

int AjsprintReader::indentHere()
{
    if (m_indentLine != m_line) {
        // Measured once per line, so that many tokens on one long line stay linear.
        m_indentLine = m_line;
        m_indentWidth = 0;
        qsizetype at = m_lineStart;
        for (; at < m_text.size(); ++at) {
            const QChar c = m_text.at(at);
            if (c == QLatin1Char('\t'))
                m_indentWidth = (m_indentWidth / 8 + 1) * 8;
            else if (c == QLatin1Char(' '))
                ++m_indentWidth;
            else if (c != QChar(0xfeff))
                break;
        }
        m_indentEnd = at;
    }
    return m_pos == m_indentEnd ? m_indentWidth : -1;
}

bool AjsprintReader::unitNameIsPath() const
{
    // Past "unit", blanks, comments and "=" (atUnitKeyword() has checked they are there).
    qsizetype at = m_pos + 4;
    bool equals = false;
    while (at < m_text.size()) {
        const QChar c = m_text.at(at);
        if (c.isSpace()) {
            ++at;
        } else if (c == QLatin1Char('/') && at + 1 < m_text.size() &&
                   m_text.at(at + 1) == QLatin1Char('*')) {
            const qsizetype end = m_text.indexOf(QLatin1String("*/"), at + 2);
            if (end < 0)
                return false;
            at = end + 2;
        } else if (c == QLatin1Char('=') && !equals) {
            equals = true;
            ++at;
        } else {
            return equals && c == QLatin1Char('/');
        }
    }
    return false;
}

bool AjsprintReader::bodyFollows(int unitIndent)
{
    // After a unit header without "{": a parameter or a nested unit means the brace was
    // forgotten. The end of the file, a "}" or a unit that can only stand beside this one
    // (a full path, or in layout mode a line at or left of this unit's) means there is no body.
    if (atEnd() || peek() == QLatin1Char('}'))
        return false;
    if (!atUnitKeyword())
        return true;
    if (unitNameIsPath())
        return false;
    if (m_useLayout && unitIndent >= 0) {
        const int here = indentHere();
        return here < 0 || here > unitIndent;
    }
    return true;
}

void AjsprintReader::reportUnclosed(const AjsUnitNode &node)
{
    addError(node.line, node.column, "unclosed-unit",
             tr("The definition of unit \"%1\" that starts here is not closed with \"}\".")
                 .arg(node.name));
}

bool AjsprintReader::readUnit(AjsUnitNode &node, int depth)
{
    node.line = m_line;
    node.column = m_column;
    const int unitIndent = m_useLayout ? indentHere() : -1;
    for (int i = 0; i < 4; ++i) // "unit", then blanks and comments before "=" (atUnitKeyword)
        advance();
    skipSpaceAndComments();
    advance();
    if (!readHeader(node))
        return false;
    skipSpaceAndComments();
    // Without its "{" the unit's end is a guess too: its missing "}" is not reported again.
    bool braceGuessed = false;
    if (peek() == QLatin1Char('{')) {
        advance();
    } else {
        addError(m_line, m_column, "expected-brace",
                 tr("Expected \"{\" to open the definition of unit \"%1\", found %2.")
                     .arg(node.name, found()));
        if (!bodyFollows(unitIndent)) {
            node.damaged = true;
            // A "}" right after the header is this unit's own at the top level (nothing else is
            // open), and in layout mode when it stands under this unit's "unit=".
            if (peek() == QLatin1Char('}') &&
                (depth == 1 || (m_useLayout && unitIndent >= 0 && indentHere() == unitIndent)))
                advance();
            m_endReported = m_endReported || atEnd();
            return !atEnd();
        }
        braceGuessed = true; // forgotten: read the body as if it were there
    }
    if (depth > kMaxDepth) {
        addError(node.line, node.column, "nesting",
                 tr("Units are nested more than %1 levels deep here; the file cannot be read.")
                     .arg(kMaxDepth));
        return false;
    }
    int bodyIndent = -1; // of the first line of the body, in layout mode
    bool sawChild = false;
    while (true) {
        skipSpaceAndComments();
        if (m_errors.size() >= kMaxErrors)
            return false;
        if (atEnd()) {
            // After "comment not closed" or "value not ended" the missing brace is no news.
            if (m_endReported)
                return false;
            if (!braceGuessed)
                reportUnclosed(node);
            m_openAtEnd = depth; // this unit and every unit around it
            return false;
        }
        if (m_useLayout) {
            const int here = unitIndent >= 0 ? indentHere() : -1;
            const bool closing = peek() == QLatin1Char('}');
            if (here >= 0 && bodyIndent < 0 && !closing)
                bodyIndent = here;
            const bool outdented = here >= 0 && bodyIndent > unitIndent &&
                                   (here < unitIndent || (here == unitIndent && !closing));
            if (outdented || (atUnitKeyword() && unitNameIsPath())) {
                // What follows belongs to an outer level: this unit lacks its "}".
                if (!braceGuessed)
                    reportUnclosed(node);
                return true;
            }
        }
        if (peek() == QLatin1Char('}')) {
            advance();
            return true;
        }
        if (atUnitKeyword()) {
            AjsUnitNode child;
            const bool goOn = readUnit(child, depth + 1);
            node.children.append(std::move(child));
            sawChild = true;
            if (!goOn)
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
        } else if (parameter.key.isEmpty() || parameter.key == QLatin1String("ty")) {
            node.typeMayBeLost = true;
        }
    }
}

bool AjsprintReader::readParameter(AjsParameter &parameter)
{
    parameter.line = m_line;
    parameter.column = m_column;
    const qsizetype keyStart = m_pos;
    while (!atEnd() && isKeyChar(peek()))
        advance();
    parameter.key = m_text.mid(keyStart, m_pos - keyStart);
    if (parameter.key.isEmpty()) {
        addError(
            m_line, m_column, "expected-parameter",
            tr("Expected a parameter (key=value;), \"unit=\" or \"}\", found %1.").arg(found()));
        // Skip the rest of the statement so that one stray symbol gives one error.
        advance();
        skipPast(u";\n}");
        return false;
    }
    while (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t') || atComment()) {
        if (atComment()) {
            if (!skipComment())
                return false;
        } else {
            advance();
        }
    }
    if (peek() != QLatin1Char('=')) {
        addError(m_line, m_column, "expected-equals",
                 tr("Expected \"=\" after the parameter name \"%1\", found %2.")
                     .arg(parameter.key, found()));
        skipPast(u";\n}");
        return false;
    }
    advance();
    QString value;
    while (!atEnd()) {
        const QChar c = peek();
        if (c == QLatin1Char(';')) {
            advance();
            parameter.value = value.trimmed();
            return true;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('}')) {
            addError(m_line, m_column, "expected-semicolon",
                     tr("Expected \";\" at the end of parameter \"%1\", found %2.")
                         .arg(parameter.key, found()));
            parameter.value = value.trimmed();
            return true; // keep the value; the error already refuses the file
        }
        if (atComment()) {
            if (!skipComment())
                break;
            value += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!readQuoted(value, parameter.key) || !endAfterQuote(parameter.key)) {
                parameter.value = value.trimmed();
                return true;
            }
            continue;
        }
        value += c;
        advance();
    }
    addError(m_line, m_column, "expected-semicolon",
             tr("Expected \";\" at the end of parameter \"%1\", found the end of the file.")
                 .arg(parameter.key));
    m_endReported = true;
    parameter.value = value.trimmed();
    return true;
}

bool AjsprintReader::endAfterQuote(const QString &key)
{
    // A quoted value ends the parameter: blanks and comments may follow it, then ";". Text
    // after the closing quote is usually a quote that should have been written #".
    while (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t') ||
           peek() == QLatin1Char('\r') || atComment()) {
        if (atComment()) {
            if (!skipComment())
                return false;
        } else {
            advance();
        }
    }
    const QChar c = peek();
    if (atEnd() || c == QLatin1Char(';') || c == QLatin1Char('\n') || c == QLatin1Char('}'))
        return true; // the caller ends the value (or reports the missing ";")
    addError(m_line, m_column, "after-quote",
             tr("Expected \";\" after the quoted value of parameter \"%1\", found %2. Only blanks "
                "or comments may follow the closing quote; write a quote inside the value as #\".")
                 .arg(key, found()));
    skipPast(u";\n}");
    return false;
}

bool AjsprintReader::readQuoted(QString &value, const QString &key)
{
    // At the opening quote. Inside, #" is a quote and ## a hash; the value ends on its line.
    const int line = m_line, column = m_column;
    value += peek();
    advance();
    while (!atEnd() && peek() != QLatin1Char('\n')) {
        const QChar q = peek();
        if (q == QLatin1Char('#')) {
            const QChar next = peek(1);
            if (next == QLatin1Char('"') || next == QLatin1Char('#')) {
                value += q;
                value += next;
                advance();
                advance();
                continue;
            }
            addError(m_line, m_column, "escape",
                     tr("A \"#\" inside a quoted value must be written \"##\" (and a quote "
                        "\"#\"\"); found \"#\" alone in parameter \"%1\".")
                         .arg(key));
        }
        value += q;
        advance();
        if (q == QLatin1Char('"'))
            return true;
    }
    m_endReported = m_endReported || atEnd();
    addError(line, column, "unclosed-quote",
             tr("The quoted value of parameter \"%1\" is not closed with a quote on the same "
                "line (write #\" for a quote inside the value).")
                 .arg(key));
    return false;
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
            // A lone "#" is reported by the reader where it stands.
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
