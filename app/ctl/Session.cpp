#include "Session.h"

namespace dr::ctl {

Session::Session(Output &output, const ArgumentParser &args, QString databasePath)
    : m_output(output), m_args(args), m_databasePath(std::move(databasePath))
{}

Session::~Session() = default;

void Session::setConsole(std::unique_ptr<Console> console)
{
    m_console = std::move(console);
}

void Session::closeConsole()
{
    m_console.reset();
}

Result<RegionId> Session::parseRegion(const QString &word)
{
    if (const auto region = regionFromCode(word.trimmed().toLower()))
        return *region;
    return Error::badInput(QStringLiteral("region"),
                           tr("\"%1\" is not a region; write primary or dr.").arg(word));
}

Result<RegionId> Session::regionOption(const QString &option,
                                       std::optional<RegionId> fallback) const
{
    if (!m_args.isSet(option)) {
        if (fallback)
            return *fallback;
        return Error::usage(tr("Say which region with --%1 primary or --%1 dr.").arg(option));
    }
    return parseRegion(m_args.value(option));
}

Result<QString> Session::required(const QString &option) const
{
    if (!m_args.isSet(option))
        return Error::usage(tr("Option --%1 is required for this command.").arg(option));
    if (m_args.value(option).trimmed().isEmpty())
        return Error::badInput(option, tr("Option --%1 is empty; give it a value.").arg(option));
    return m_args.value(option);
}

Result<UnitIndex> Session::unit(RegionId region, const QString &path) const
{
    const UnitIndex index = m_console->findUnit(region, path);
    if (index == kNoUnit) {
        return Error::badInput(QStringLiteral("unit-not-found"),
                               tr("There is no unit \"%1\" in the %2. Give the full path, e.g. "
                                  "/group/jobnet/job (see drctl units list).")
                                   .arg(path, RegionNames::displayName(region)));
    }
    return index;
}

} // namespace dr::ctl
