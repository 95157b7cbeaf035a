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
    QString value; // raw text between '=' and ';' (quotes and escapes as written)
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
// /* */ comments, quoted values (#" and ## escapes), several roots, any line layout. Reports
// every syntax error it can recover from, with line and column.
class AjsprintReader
{
    Q_DECLARE_TR_FUNCTIONS(AjsprintReader)
public:
    static AjsSyntax read(const QString &text);

    // The text of a quoted value without quotes and escapes; `error` says what is wrong.
    static QString unquote(const QString &raw, QString *error = nullptr);
    // A value written back with quotes and escapes.
    static QString quote(const QString &text);

private:
    explicit AjsprintReader(const QString &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const;
    void advance();
    void skipSpaceAndComments();
    bool atUnitKeyword() const;
    void addError(int line, int column, const char *code, const QString &message);
    void skipToRecoveryPoint();
    bool readUnit(AjsUnitNode &node, int depth);
    bool readParameter(AjsParameter &parameter);
    QString readHeader();

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    QList<ParseIssue> m_errors;
};

} // namespace dr
