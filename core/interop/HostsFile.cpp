#include "HostsFile.h"

#include "model/Validation.h"

#include <QHash>
#include <QSet>

namespace dr {

namespace {

struct Field
{
    QString text;
    int column = 0; // 1-based
};

// Splits at blanks (and commas, the older jp1hosts form of an address list), keeping where
// each field starts so that an error can point at the field.
QList<Field> fieldsOf(const QString &line)
{
    QList<Field> fields;
    for (qsizetype i = 0; i < line.size();) {
        const QChar c = line.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char(',')) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < line.size() && line.at(i) != QLatin1Char(' ') &&
               line.at(i) != QLatin1Char('\t') && line.at(i) != QLatin1Char(','))
            ++i;
        fields.append({line.mid(start, i - start), int(start) + 1});
    }
    return fields;
}

} // namespace

HostsFile::Parsed HostsFile::parse(const QString &text)
{
    Parsed result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString pendingComment;
    int pendingCommentLine = 0;
    int resolveLine = 0; // where +DefaultResolve is given
    struct Line
    {
        int number;
        HostEntry entry;
        QList<Field> fields;
    };
    QList<Line> entries;
    for (int n = 0; n < lines.size(); ++n) {
        if (issueLimitReached(result.errors, n + 1))
            break;
        QString line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (n == 0 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            pendingComment.clear();
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('#'))) {
            pendingComment = trimmed.mid(1).trimmed();
            pendingCommentLine = n + 1;
            continue;
        }
        QList<Field> fields = fieldsOf(line);
        // JP1/Base reads "#" as a comment only at the start of a line: after an entry it would
        // be taken as an address. Said so, and the rest of the line is still checked.
        for (qsizetype i = 1; i < fields.size(); ++i) {
            if (!fields[i].text.startsWith(QLatin1Char('#')))
                continue;
            const QString comment = line.mid(fields[i].column - 1).trimmed();
            result.errors.append({n + 1, fields[i].column, QStringLiteral("comment-after-entry"),
                                  tr("A comment must be on a line of its own: jp1hosts2 files "
                                     "take \"#\" as a comment only at the start of a line. Move "
                                     "\"%1\" to the line above.")
                                      .arg(comment)});
            fields.resize(i);
            break;
        }
        if (fields.isEmpty()) { // only separators, such as a stray comma
            result.errors.append({n + 1, int(line.indexOf(trimmed.at(0))) + 1,
                                  QStringLiteral("expected-host"),
                                  tr("Expected a host name and its IP addresses "
                                     "(\"host 10.0.0.1\"), a \"#\" comment or a +setting.")});
            pendingComment.clear();
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('+'))) {
            const QString key = fields.value(0).text;
            const QString value = fields.value(1).text;
            if (key.compare(QLatin1String("+DefaultResolve"), Qt::CaseInsensitive) == 0) {
                if (fields.size() != 2 ||
                    (value != QLatin1String("0") && value != QLatin1String("1"))) {
                    result.errors.append({n + 1, fields.value(1, fields.first()).column,
                                          QStringLiteral("default-resolve"),
                                          tr("+DefaultResolve takes 0 (IPv4 only) or 1 (IPv4 and "
                                             "IPv6), for example \"+DefaultResolve 0\".")});
                } else if (resolveLine > 0) {
                    result.errors.append(
                        {n + 1, fields.first().column, QStringLiteral("default-resolve-twice"),
                         tr("+DefaultResolve is given twice (first on line %1); keep the one you "
                            "mean and remove the other.")
                             .arg(resolveLine)});
                } else {
                    result.table.ipv6Enabled = value == QLatin1String("1");
                    resolveLine = n + 1;
                }
            } else if (key.compare(QLatin1String("+PhysicalMerge"), Qt::CaseInsensitive) == 0) {
                result.warnings.append({n + 1, fields.first().column,
                                        QStringLiteral("physical-merge"),
                                        tr("+PhysicalMerge applies to logical hosts of JP1/Base "
                                           "and is ignored here.")});
            } else {
                result.errors.append({n + 1, fields.first().column,
                                      QStringLiteral("unknown-setting"),
                                      tr("Unknown setting \"%1\"; jp1hosts2 files know "
                                         "+DefaultResolve and +PhysicalMerge.")
                                          .arg(key)});
            }
            pendingComment.clear();
            continue;
        }
        HostEntry entry;
        entry.name = fields.first().text;
        for (int i = 1; i < fields.size(); ++i)
            entry.addresses << fields[i].text;
        if (!pendingComment.isEmpty()) {
            if (auto c = Validation::hostComment(pendingComment); c) {
                entry.comment = pendingComment;
            } else {
                // A remark is not worth refusing a host table for: it is left out, and said so.
                result.warnings.append(
                    {pendingCommentLine, 1, c.error().code,
                     c.error().message + QLatin1Char(' ') + tr("The comment is not kept.")});
            }
        }
        pendingComment.clear();
        entries.append({n + 1, entry, fields});
    }
    // Validated after every line is read: +DefaultResolve may come after the hosts it allows.
    QHash<QString, int> firstLine; // lower-case host name → the line that lists it first
    // The file replaces the region's table, so the limit is on the file's own hosts: said once,
    // at the first host over it, with how many the file lists (not "already has" on each line).
    QSet<QString> distinct;
    for (const Line &l : entries)
        distinct.insert(l.entry.name.toLower());
    const qsizetype hostCount = distinct.size();
    for (const Line &l : entries) {
        if (issueLimitReached(result.errors, l.number))
            break;
        auto errors = Validation::hostEntry(l.entry, result.table);
        errors.removeIf([](const Validation::FieldError &e) {
            return e.error.code == QLatin1String("host-limit");
        });
        if (!firstLine.contains(l.entry.name.toLower()) &&
            firstLine.size() == Validation::kMaxHostsPerRegion) {
            errors.prepend(
                {Validation::Field::HostName,
                 Error::badInput(QStringLiteral("host-limit"),
                                 tr("This file lists %1 hosts; a region holds at most %2. Leave "
                                    "out at least %n host(s) from here on.",
                                    nullptr, int(hostCount - Validation::kMaxHostsPerRegion))
                                     .arg(hostCount)
                                     .arg(Validation::kMaxHostsPerRegion))});
        }
        // The table holds this file's hosts only: a name met again is listed twice in the file,
        // whatever the region has now (the file replaces it).
        const QString key = l.entry.name.toLower();
        if (const auto first = firstLine.constFind(key); first != firstLine.cend()) {
            errors.removeIf([](const Validation::FieldError &e) {
                return e.field == Validation::Field::HostName;
            });
            errors.prepend({Validation::Field::HostName,
                            Error::badInput(QStringLiteral("host-name-duplicate"),
                                            tr("The host \"%1\" is already listed on line %2; "
                                               "list each host once, with all its addresses.")
                                                .arg(l.entry.name)
                                                .arg(*first))});
        } else {
            firstLine.insert(key, l.number);
        }
        for (const Validation::FieldError &e : errors) {
            int column = l.fields.first().column;
            if (e.field == Validation::Field::HostAddresses) {
                // Point at the first address that is wrong by itself, else after the name.
                column = l.fields.first().column + int(l.entry.name.size());
                for (int i = 1; i < l.fields.size(); ++i) {
                    if (!Validation::ipAddress(l.fields[i].text, result.table.ipv6Enabled)) {
                        column = l.fields[i].column;
                        break;
                    }
                }
            }
            result.errors.append({l.number, column, e.error.code, e.error.message});
        }
        if (errors.isEmpty())
            result.table.entries.append(l.entry);
    }
    // Settings and line errors were found in a first pass, host errors in a second.
    sortByPosition(result.errors);
    return result;
}

QString HostsFile::write(const HostTable &table, const QString &header)
{
    QStringList out;
    if (!header.isEmpty()) {
        for (const QString &line : header.split(QLatin1Char('\n')))
            out << QStringLiteral("# ") + line;
        out << QString();
    }
    out << QStringLiteral("+DefaultResolve %1").arg(table.ipv6Enabled ? 1 : 0);
    for (const HostEntry &e : table.entries) {
        out << QString();
        if (!e.comment.isEmpty())
            out << QStringLiteral("# ") + e.comment;
        out << e.name + QLatin1Char(' ') + e.addresses.join(QLatin1Char(' '));
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace dr
