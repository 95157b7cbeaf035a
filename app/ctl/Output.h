#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dr::ctl {

// Where drctl writes: results to stdout (readable text, or JSON with --json), errors to stderr
// as "drctl: MESSAGE". Everything is UTF-8 so that Japanese names survive pipes and files.
class Output
{
public:
    explicit Output(bool json = false) : m_json(json) {}

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    void line(const QString &text = {});
    void lines(const QStringList &texts);
    void printJson(const QJsonObject &object);
    // Pre-formatted bytes (streamed JSON of large listings).
    void raw(const QByteArray &bytes);
    // To stderr; with --json also {"error": {...}} on stdout unless a result is already there,
    // so that a script reading stdout always gets one JSON document.
    void error(const Error &error);
    // A note for the operator that is not the result (stderr, so that stdout stays parseable).
    void notice(const QString &text);
    // Help shown because the command line was wrong: stderr, without the "drctl:" prefix.
    void usageHelp(const QStringList &lines);
    void flush();

private:
    bool m_json = false;
    bool m_wroteStdout = false;
};

} // namespace dr::ctl
