#pragma once

#include "ArgumentParser.h"

#include "model/Region.h"
#include "model/Result.h"

#include <functional>

namespace dr::ctl {

class Session;

// Whether a command acts as someone: mutating commands name the operator (--as), the
// simulator's controls may, read-only commands do not.
enum class OperatorUse
{
    None,
    Required,
    Optional
};

// One drctl command as the dispatcher and the help see it. The handler only parses its values,
// calls the facade and prints; a returned error becomes the message and the exit code.
struct CommandSpec
{
    QStringList words{}; // {"switch", "complete"}
    QString arguments{}; // positional part of the synopsis, e.g. "STEP"
    QString summary{};   // one translated line
    QList<OptionSpec> options{};
    int minPositional = 0;
    int maxPositional = 0;
    OperatorUse operatorUse = OperatorUse::None;
    bool createsDatabase = false; // init: may run on a missing or uninitialised file
    std::function<Status(Session &)> run{};

    QString name() const { return words.join(QLatin1Char(' ')); }
};

} // namespace dr::ctl
