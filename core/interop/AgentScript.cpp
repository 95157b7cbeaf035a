#include "AgentScript.h"

#include "model/Validation.h"

#include <QRegularExpression>

namespace dr {

namespace {

bool isCommand(const QString &word)
{
    // "ajsagtadd", or a path to it (/opt/jp1ajs2/bin/ajsagtadd).
    return word == QLatin1String("ajsagtadd") || word.endsWith(QLatin1String("/ajsagtadd"));
}

} // namespace

QList<AgentScript::Word> AgentScript::words(const QString &line, QString *error, int *errorColumn)
{
    QList<Word> out;
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#'))
            break; // a comment to the end of the line
        Word word;
        word.column = int(i) + 1;
        while (i < line.size()) {
            const QChar d = line.at(i);
            if (d == QLatin1Char(' ') || d == QLatin1Char('\t') || d == QLatin1Char('\r'))
                break;
            if (d == QLatin1Char('\'')) {
                const qsizetype end = line.indexOf(QLatin1Char('\''), i + 1);
                if (end < 0) {
                    *error = tr("The single quote that starts here is not closed on this line.");
                    *errorColumn = int(i) + 1;
                    return {};
                }
                word.text += line.mid(i + 1, end - i - 1);
                i = end + 1;
            } else if (d == QLatin1Char('"')) {
                const qsizetype open = i++;
                bool closed = false;
                while (i < line.size()) {
                    const QChar q = line.at(i);
                    if (q == QLatin1Char('"')) {
                        closed = true;
                        ++i;
                        break;
                    }
                    if (q == QLatin1Char('\\') && i + 1 < line.size() &&
                        QStringView(u"\"\\$`").contains(line.at(i + 1))) {
                        word.text += line.at(i + 1);
                        i += 2;
                        continue;
                    }
                    word.text += q;
                    ++i;
                }
                if (!closed) {
                    *error = tr("The double quote that starts here is not closed on this line.");
                    *errorColumn = int(open) + 1;
                    return {};
                }
            } else if (d == QLatin1Char('\\') && i + 1 < line.size()) {
                word.text += line.at(i + 1);
                i += 2;
            } else {
                word.text += d;
                ++i;
            }
        }
        out.append(word);
    }
    return out;
}

bool AgentScript::looksLikeScript(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QChar(0xfeff)))
            continue;
        return isCommand(t.section(QLatin1Char(' '), 0, 0).trimmed());
    }
    return false;
}

AgentRows AgentScript::read(const QString &text)
{
    AgentRows result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        if (issueLimitReached(result.errors, n + 1))
            break;
        QString line = lines[n];
        if (n == 0 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        QString problem;
        int at = 0;
        const QList<Word> w = words(line, &problem, &at);
        if (!problem.isEmpty()) {
            result.errors.append({n + 1, at, QStringLiteral("quote"), problem});
            continue;
        }
        if (w.isEmpty())
            continue;
        if (!isCommand(w.first().text)) {
            result.errors.append({n + 1, w.first().column, QStringLiteral("expected-ajsagtadd"),
                                  tr("Expected an ajsagtadd command line, found \"%1\"; the file "
                                     "may hold only ajsagtadd lines, comments and blank lines.")
                                      .arg(w.first().text)});
            continue;
        }
        AgentRow row;
        row.line = n + 1;
        row.hostGiven = false;
        bool nameGiven = false, bad = false;
        QString seen;
        for (qsizetype i = 1; i < w.size() && !bad; i += 2) {
            const Word &option = w[i];
            static const QRegularExpression known(QStringLiteral("^-[ascdth]$"));
            static const QRegularExpression groups(QStringLiteral("^-[glfi]$"));
            if (groups.match(option.text).hasMatch()) {
                result.errors.append({row.line, option.column, QStringLiteral("agent-group"),
                                      tr("Execution agent groups and definition files (%1) are "
                                         "not imported; list each agent with -a.")
                                          .arg(option.text)});
                bad = true;
                break;
            }
            if (!known.match(option.text).hasMatch()) {
                result.errors.append({row.line, option.column, QStringLiteral("option"),
                                      tr("\"%1\" is not an ajsagtadd option here; use -a NAME, -s "
                                         "HOST, -c WINDOWS, -t e|i|h|b and -d DESCRIPTION.")
                                          .arg(option.text)});
                bad = true;
                break;
            }
            const QChar letter = option.text.at(1);
            if (seen.contains(letter)) {
                result.errors.append({row.line, option.column, QStringLiteral("option-repeated"),
                                      tr("Option %1 is given twice.").arg(option.text)});
                bad = true;
                break;
            }
            seen += letter;
            if (i + 1 >= w.size()) {
                result.errors.append({row.line, option.column, QStringLiteral("option-value"),
                                      tr("Option %1 needs a value.").arg(option.text)});
                bad = true;
                break;
            }
            const Word &value = w[i + 1];
            if (letter == QLatin1Char('a')) {
                row.agent.name = value.text;
                row.columns[AgentRow::Name] = value.column;
                nameGiven = true;
            } else if (letter == QLatin1Char('s')) {
                row.agent.host = value.text;
                row.columns[AgentRow::Host] = value.column;
                row.hostGiven = true;
            } else if (letter == QLatin1Char('c')) {
                row.columns[AgentRow::Windows] = value.column;
                auto windows = Validation::parseWindows(value.text);
                if (!windows) {
                    result.errors.append(
                        {row.line, value.column, windows.error().code, windows.error().message});
                    bad = true;
                } else {
                    row.agent.windows = *windows;
                }
            } else if (letter == QLatin1Char('t')) {
                row.columns[AgentRow::Restriction] = value.column;
                const auto r =
                    value.text.size() == 1 ? restrictionFromCode(value.text) : std::nullopt;
                if (!r) {
                    result.errors.append({row.line, value.column, QStringLiteral("restriction"),
                                          tr("-t takes e (effective), i (ineffective), h (hold) "
                                             "or b (blockade), found \"%1\".")
                                              .arg(value.text)});
                    bad = true;
                } else {
                    row.agent.restriction = *r;
                }
            } else if (letter == QLatin1Char('d')) {
                row.agent.description = value.text;
                row.columns[AgentRow::Description] = value.column;
            } else {
                result.warnings.append({row.line, option.column, QStringLiteral("logical-host"),
                                        tr("-h names the logical host of the manager; the console "
                                           "imports into the region you chose and ignores it.")});
            }
        }
        if (bad)
            continue;
        if (!nameGiven) {
            result.errors.append({row.line, w.first().column, QStringLiteral("option-missing"),
                                  tr("The ajsagtadd line has no -a NAME; every agent needs a "
                                     "name.")});
            continue;
        }
        if (!row.hostGiven) {
            row.agent.host = row.agent.name; // ajsagtadd takes the agent name as the host name
            row.columns[AgentRow::Host] = row.columns[AgentRow::Name];
        }
        result.rows.append(row);
    }
    if (result.rows.isEmpty() && result.errors.isEmpty()) {
        result.errors.append({1, 1, QStringLiteral("empty"),
                              tr("The file has no ajsagtadd line; nothing to import.")});
    }
    return result;
}

QString AgentScript::shellWord(const QString &text, bool alwaysQuote)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (!alwaysQuote && safe.match(text).hasMatch())
        return text;
    QString escaped;
    for (QChar c : text) {
        if (QStringView(u"\"\\$`").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString AgentScript::write(const QList<ExecutionAgent> &agents, const QString &header)
{
    QStringList out{QStringLiteral("#!/bin/sh")};
    for (const QString &line : header.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << QStringLiteral("# ") + line;
    for (const ExecutionAgent &a : agents) {
        QString line =
            QStringLiteral("ajsagtadd -a %1 -s %2 -c %3 -t %4 -d %5")
                .arg(shellWord(a.name), shellWord(a.host), shellWord(formatWindows(a.windows)),
                     QString(restrictionLetter(a.restriction)), shellWord(a.description, true));
        if (a.isSystem())
            line = QStringLiteral("# ") + line + QStringLiteral("  ") +
                   tr("(built in; change it with ajsagtalt)");
        out << line;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace dr
