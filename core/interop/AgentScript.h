#pragma once

#include "AgentFile.h"

#include <QCoreApplication>

namespace dr {

// Execution agents as a script of JP1/AJS3 ajsagtadd command lines:
//   ajsagtadd -a NAME [-s HOST] [-c hh:mm-hh:mm=n,...] [-t e|i|h|b] [-d "description"]
// as an operator runs it on the manager host (POSIX shell quoting). Reading accepts the same
// lines, "#" comments and blank lines; -s defaults to the agent name as ajsagtadd does.
class AgentScript
{
    Q_DECLARE_TR_FUNCTIONS(AgentScript)
public:
    static AgentRows read(const QString &text);
    // @SYSTEM exists on every manager and cannot be added: it is written as a comment.
    static QString write(const QList<ExecutionAgent> &agents, const QString &header = {});
    // Whether a file's first command line is an ajsagtadd line (else it is taken for CSV).
    static bool looksLikeScript(const QString &text);
    // A word for a POSIX shell: bare when safe, else in double quotes with \ escapes.
    static QString shellWord(const QString &text, bool alwaysQuote = false);

private:
    struct Word
    {
        QString text;
        int column = 0;
    };
    // Splits a command line into words as sh would (quotes, backslashes, # comments).
    static QList<Word> words(const QString &line, QString *error, int *errorColumn);
};

} // namespace dr
