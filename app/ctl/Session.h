#pragma once

#include "ArgumentParser.h"
#include "Output.h"

#include "Console.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace dr::ctl {

// What one command runs with: its parsed arguments, the output, the opened console and the
// acting operator, plus the value conversions several commands share (regions, unit paths), so
// that every command reports a bad value with the same words and exit code.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    Session(Output &output, const ArgumentParser &args, QString databasePath);
    ~Session();

    Output &out() const { return m_output; }
    bool json() const { return m_output.json(); }
    const ArgumentParser &args() const { return m_args; }
    const QString &databasePath() const { return m_databasePath; }

    bool hasConsole() const { return m_console != nullptr; }
    Console &console() const { return *m_console; }
    void setConsole(std::unique_ptr<Console> console);
    // Closes the database (init --force replaces the file).
    void closeConsole();

    const Operator &actor() const { return m_actor; }
    void setActor(Operator op) { m_actor = std::move(op); }

    // "primary" or "dr" (bad input otherwise).
    static Result<RegionId> parseRegion(const QString &word);
    // The region named by an option; `fallback` when the option is absent, a usage error when
    // there is no fallback (and bad input when the value is not a region).
    Result<RegionId> regionOption(const QString &option,
                                  std::optional<RegionId> fallback = std::nullopt) const;
    // A value option the command cannot do without.
    Result<QString> required(const QString &option) const;
    // A unit of a region by its full path (bad input when there is none).
    Result<UnitIndex> unit(RegionId region, const QString &path) const;

private:
    Output &m_output;
    const ArgumentParser &m_args;
    QString m_databasePath;
    std::unique_ptr<Console> m_console;
    Operator m_actor = Operator::system();
};

} // namespace dr::ctl
