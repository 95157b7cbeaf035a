#include "ArgumentParser.h"

namespace dr::ctl {

ArgumentParser::ArgumentParser(QList<OptionSpec> options) : m_options(std::move(options)) {}

const OptionSpec *ArgumentParser::find(const QString &name) const
{
    for (const OptionSpec &o : m_options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

Status ArgumentParser::parse(const QStringList &words)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (optionsEnded || word == QLatin1String("-") || !word.startsWith(QLatin1Char('-'))) {
            m_positional << word;
            continue;
        }
        if (word == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
            m_help = true;
            continue;
        }
        if (!word.startsWith(QLatin1String("--"))) {
            return Error::usage(tr("Unknown option \"%1\"; options are written with two dashes "
                                   "(see --help).")
                                    .arg(word));
        }
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        const QString name = word.mid(2, eq < 0 ? -1 : eq - 2);
        const OptionSpec *spec = find(name);
        if (!spec)
            return Error::usage(
                tr("Unknown option \"--%1\" for this command (see --help).").arg(name));
        if (m_values.contains(name))
            return Error::usage(tr("Option \"--%1\" is given twice.").arg(name));
        if (spec->valueName.isEmpty()) {
            if (eq >= 0)
                return Error::usage(tr("Option \"--%1\" takes no value.").arg(name));
            m_values.insert(name, QString());
            continue;
        }
        if (eq >= 0) {
            m_values.insert(name, word.mid(eq + 1));
        } else if (i + 1 < words.size()) {
            m_values.insert(name, words.at(++i));
        } else {
            return Error::usage(
                tr("Option \"--%1\" needs a value (%2).").arg(name, spec->valueName));
        }
    }
    return {};
}

} // namespace dr::ctl
