#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace dr::ctl {

// One option a command accepts: a flag (--hold) when valueName is empty, else an option that
// takes a value (--note TEXT, or --note=TEXT).
struct OptionSpec
{
    QString name;          // without the leading dashes
    QString valueName;     // shown in the help; empty for a flag
    QString help;          // translated one-liner
    bool required = false; // the dispatcher refuses the command without it
};

// The words after a command, checked against the options that command declares: a misspelt or
// repeated option is a usage error, never silently ignored (an ignored --ack-warnings or --hold
// would change what an operator's script does).
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)
public:
    explicit ArgumentParser(QList<OptionSpec> options);

    // --help and -h are always accepted; `--` ends the options.
    Status parse(const QStringList &words);

    bool helpRequested() const { return m_help; }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }
    const QList<OptionSpec> &options() const { return m_options; }

private:
    const OptionSpec *find(const QString &name) const;

    QList<OptionSpec> m_options;
    QHash<QString, QString> m_values;
    QStringList m_positional;
    bool m_help = false;
};

} // namespace dr::ctl
