#include "HostsFile.h"

#include "model/Validation.h"

#include <QRegularExpression>

namespace dr {

HostsFile::Parsed HostsFile::parse(const QString &text)
{
    Parsed result;
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString pendingComment;
    struct Line
    {
        int number;
        HostEntry entry;
    };
    QList<Line> entries;
    for (int n = 0; n < lines.size(); ++n) {
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
            continue;
        }
        const QStringList fields = trimmed.split(spaces, Qt::SkipEmptyParts);
        if (trimmed.startsWith(QLatin1Char('+'))) {
            const QString key = fields.value(0);
            const QString value = fields.value(1);
            if (key.compare(QLatin1String("+DefaultResolve"), Qt::CaseInsensitive) == 0) {
                if (fields.size() != 2 || (value != QLatin1String("0") && value != QLatin1String("1"))) {
                    result.errors.append({n + 1, 1, QStringLiteral("default-resolve"),
                                          tr("+DefaultResolve takes 0 (IPv4 only) or 1 (IPv4 and "
                                             "IPv6), for example \"+DefaultResolve 0\".")});
                } else {
                    result.table.ipv6Enabled = value == QLatin1String("1");
                }
            } else if (key.compare(QLatin1String("+PhysicalMerge"), Qt::CaseInsensitive) == 0) {
                result.warnings.append({n + 1, 1, QStringLiteral("physical-merge"),
                                        tr("+PhysicalMerge applies to logical hosts of JP1/Base and "
                                           "is ignored here.")});
            } else {
                result.errors.append({n + 1, 1, QStringLiteral("unknown-setting"),
                                      tr("Unknown setting \"%1\"; jp1hosts2 files know "
                                         "+DefaultResolve and +PhysicalMerge.")
                                          .arg(key)});
            }
            pendingComment.clear();
            continue;
        }
        HostEntry entry;
        entry.name = fields.first();
        for (int i = 1; i < fields.size(); ++i) {
            // Tolerate comma-separated addresses (the older jp1hosts form).
            for (const QString &a : fields[i].split(QLatin1Char(','), Qt::SkipEmptyParts))
                entry.addresses << a;
        }
        entry.comment = pendingComment;
        pendingComment.clear();
        entries.append({n + 1, entry});
    }
    for (const Line &l : entries) {
        const auto errors = Validation::hostEntry(l.entry, result.table);
        for (const Validation::FieldError &e : errors) {
            const int column = e.field == Validation::Field::HostName ? 1 : int(l.entry.name.size()) + 2;
            result.errors.append({l.number, column, e.error.code, e.error.message});
        }
        if (errors.isEmpty())
            result.table.entries.append(l.entry);
    }
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
