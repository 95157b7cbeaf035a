#include "AgentFile.h"

#include "model/Validation.h"

namespace dr {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && value.trimmed() == value)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

const QStringList kColumns{QStringLiteral("name"), QStringLiteral("host"), QStringLiteral("limits"),
                           QStringLiteral("restriction"), QStringLiteral("description")};

} // namespace

QStringList AgentFile::splitCsvLine(const QString &line, bool *ok, QList<int> *starts)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    if (starts)
        starts->append(0);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            fields << current;
            current.clear();
            fieldStarted = false;
            if (starts)
                starts->append(int(i) + 1);
        } else {
            current += c;
            fieldStarted = true;
        }
    }
    fields << current;
    if (ok)
        *ok = !quoted;
    return fields;
}

int AgentFile::columnOf(const AgentRow &row, int field)
{
    return row.columns[qBound(0, field, int(AgentRow::FieldCount) - 1)];
}

AgentRows AgentFile::readCsv(const QString &text)
{
    AgentRows result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool headerSeen = false;
    for (int n = 0; n < lines.size(); ++n) {
        if (issueLimitReached(result.errors, n + 1))
            break;
        QString line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (n == 0 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        bool ok = true;
        QList<int> starts;
        const QStringList f = splitCsvLine(line, &ok, &starts);
        if (!ok) {
            result.errors.append({n + 1, starts.last() + 1, QStringLiteral("csv-quote"),
                                  tr("The quoted field that starts here is not closed on this "
                                     "line.")});
            continue;
        }
        if (!headerSeen) {
            headerSeen = true;
            QStringList header;
            for (const QString &h : f)
                header << h.trimmed().toLower();
            if (header.mid(0, 5) != kColumns) {
                result.errors.append({n + 1, 1, QStringLiteral("csv-header"),
                                      tr("The first line must be the header "
                                         "\"name,host,limits,restriction,description\".")});
                return result;
            }
            continue;
        }
        if (f.size() != 5) {
            result.errors.append({n + 1, f.size() > 5 ? starts[5] + 1 : int(line.size()) + 1,
                                  QStringLiteral("csv-fields"),
                                  tr("Expected 5 fields (name, host, limits, restriction, "
                                     "description), found %1. Quote fields that contain commas.")
                                      .arg(f.size())});
            continue;
        }
        AgentRow row;
        row.line = n + 1;
        for (int i = 0; i < AgentRow::FieldCount; ++i)
            row.columns[i] = starts[i] + 1;
        row.agent.name = f[0].trimmed();
        row.agent.host = f[1].trimmed();
        row.agent.description = f[4];
        const QString limits = f[2].trimmed().isEmpty() ? QStringLiteral("00:00-00:00=5") : f[2];
        auto windows = Validation::parseWindows(limits);
        if (!windows) {
            result.errors.append({row.line, row.columns[AgentRow::Windows], windows.error().code,
                                  windows.error().message});
            continue;
        }
        row.agent.windows = *windows;
        const auto restriction = f[3].trimmed().isEmpty()
                                     ? std::optional(TransferRestriction::Effective)
                                     : restrictionFromCode(f[3]);
        if (!restriction) {
            result.errors.append({row.line, row.columns[AgentRow::Restriction],
                                  QStringLiteral("restriction"),
                                  tr("\"%1\" is not a transfer restriction; use effective, "
                                     "ineffective, hold or blockade.")
                                      .arg(f[3].trimmed())});
            continue;
        }
        row.agent.restriction = *restriction;
        result.rows.append(row);
    }
    if (!headerSeen) {
        result.errors.append({1, 1, QStringLiteral("csv-empty"),
                              tr("The file is empty; it needs the header line and one line per "
                                 "agent.")});
    }
    return result;
}

AgentFile::Parsed AgentFile::parseCsv(const QString &text, const HostTable &hosts)
{
    const AgentRows rows = readCsv(text);
    Parsed result;
    result.errors = rows.errors;
    for (const AgentRow &row : rows.rows) {
        const auto errors = Validation::agent(row.agent, result.agents, hosts);
        for (const Validation::FieldError &e : errors) {
            const int field = e.field == Validation::Field::AgentName      ? AgentRow::Name
                              : e.field == Validation::Field::AgentHost    ? AgentRow::Host
                              : e.field == Validation::Field::AgentWindows ? AgentRow::Windows
                                                                           : AgentRow::Description;
            result.errors.append({row.line, columnOf(row, field), e.error.code, e.error.message});
        }
        if (errors.isEmpty())
            result.agents.append(row.agent);
    }
    return result;
}

QString AgentFile::writeCsv(const QList<ExecutionAgent> &agents)
{
    QStringList out{kColumns.join(QLatin1Char(','))};
    for (const ExecutionAgent &a : agents) {
        out << QStringList{csvField(a.name), csvField(a.host), csvField(formatWindows(a.windows)),
                           restrictionCode(a.restriction), csvField(a.description)}
                   .join(QLatin1Char(','));
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace dr
