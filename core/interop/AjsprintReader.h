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
    QList<AjsParameter> parameters;
    QList<AjsUnitNode> children;
};

struct AjsSyntax
{
    QList<AjsUnitNode> roots;
    QList<ParseIssue> errors;
};

// Reads `unit=NAME,PERMISSION,OWNER,RESOURCE-GROUP; { key=value; ... unit=...{...} }`, with
// /* */ comments between any two tokens, quoted values (#" and ## escapes), unquoted values,
// several roots and any line layout (one line or pretty-printed). Reports every syntax error it
// can recover from, with line and column (columns count characters, from 1), and stops at the
// first error that loses the structure (a missing brace). Never recurses deeper than
// kMaxDepth and never reports more than kMaxErrors, so no input can exhaust the stack or memory.
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
    explicit AjsprintReader(const QString &text) : m_text(text) {}

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
    bool readUnit(AjsUnitNode &node, int depth);
    bool readHeader(AjsUnitNode &node);
    bool readParameter(AjsParameter &parameter);
    bool readQuoted(QString &value, const QString &key);

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    QList<ParseIssue> m_errors;
    mutable qsizetype m_unclosedCommentFrom = -1; // see atUnitKeyword()
    bool m_endReported = false;                   // an error already says the file ended too early
};

} // namespace dr
