#pragma once

#include "ParseIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dr {

// The syntax of an ajsprint unit definition file, before any meaning is given to it.
struct AjsParameter
{
    QString key;
    QString value; // raw text between '=' and ';' (quotes and escapes as written, comments removed)
    int line = 0;
    int column = 0;
};

struct AjsUnitNode
{
    QString name; // as written; a top-level name may be a full path (/group/jobnet)
    QString permission;
    QString owner;
    QString resourceGroup;
    int line = 0; // of "unit="
    int column = 0;
    bool damaged = false;       // its "{" was missing and no body followed: the body is unknown
    bool typeMayBeLost = false; // a parameter that could not be read may have been its ty=
    QList<AjsParameter> parameters;
    QList<AjsUnitNode> children;
};

struct AjsSyntax
{
    QList<AjsUnitNode> roots;
    QList<ParseIssue> errors;
    int openAtEnd = 0; // units still open when the file ended: that many "}" are missing
};

// Reads `unit=NAME,PERMISSION,OWNER,RESOURCE-GROUP; { key=value; ... unit=...{...} }`, with
// /* */ comments between any two tokens, quoted values (#" and ## escapes), unquoted values,
// several roots and any line layout (one line or pretty-printed). Reports every error with line
// and column (columns count characters, from 1) and reads on after each one, so that one file
// shows all of its independent mistakes without follow-on errors:
// - a missing "{" is taken as forgotten when a body follows (a parameter or a nested unit);
// - a missing "}" shows as units still open at the end of the file. The file is then read a
//   second time using its layout: in an indented file a line that starts at or left of an open
//   unit's "unit=" (or a "unit=/full/path", which only stands at the top level) ends that unit,
//   so the errors point at the units that lack their "}" and the units after them read
//   normally. The layout is never used to read a file whose braces balance, nor kept when it
//   explains the missing braces worse than the braces alone.
// Never recurses deeper than kMaxDepth and never reports more than kMaxErrors, so no input can
// exhaust the stack or memory.
class AjsprintReader
{
    Q_DECLARE_TR_FUNCTIONS(AjsprintReader)
public:
    static constexpr int kMaxErrors = kMaxIssues;
    static constexpr int kMaxDepth = 64; // twice the nesting JP1/AJS3 allows

    static AjsSyntax read(const QString &text);

    // The text of a quoted value without quotes and escapes; `error` says what is wrong.
    static QString unquote(const QString &raw, QString *error = nullptr);
    // A value written back with quotes and escapes.
    static QString quote(const QString &text);

private:
    AjsprintReader(const QString &text, bool useLayout) : m_text(text), m_useLayout(useLayout) {}
    AjsSyntax readAll();

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const;
    bool atComment() const { return peek() == QLatin1Char('/') && peek(1) == QLatin1Char('*'); }
    void advance();
    void skipSpaceAndComments();
    bool skipComment(); // at "/*"; false when the comment is not closed
    bool atUnitKeyword() const;
    QString found() const; // what is at the current position, for "found ..." in messages
    void addError(int line, int column, const char *code, const QString &message);
    void skipPast(QStringView stops);
    int indentHere(); // width of the blanks before the current position, -1 when not first
    bool unitNameIsPath() const; // at "unit=": the name starts with "/"
    bool bodyFollows(int unitIndent);
    void reportUnclosed(const AjsUnitNode &node);
    // False when reading must stop (the end of the file, too many errors, too deep).
    bool readUnit(AjsUnitNode &node, int depth);
    bool readHeader(AjsUnitNode &node);
    bool readParameter(AjsParameter &parameter);
    bool readQuoted(QString &value, const QString &key);
    bool endAfterQuote(const QString &key); // false: an error was reported, the value ends

    const QString &m_text;
    const bool m_useLayout;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    qsizetype m_lineStart = 0;
    int m_indentLine = 0;       // the line m_indentEnd and m_indentWidth describe
    qsizetype m_indentEnd = -1; // where the first non-blank character of that line is
    int m_indentWidth = 0;      // tabs count to the next multiple of 8
    int m_openAtEnd = 0;        // units still open at the end of the file
    QList<ParseIssue> m_errors;
    mutable qsizetype m_unclosedCommentFrom = -1; // see atUnitKeyword()
    bool m_endReported = false;                   // an error already says the file ended too early
};

} // namespace dr
