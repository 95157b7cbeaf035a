#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

// drctl run as an operator's script runs it: a separate process in the C.UTF-8 locale (English
// messages). Given a `home`, HOME and XDG_DATA_HOME point inside it, so that the default database
// of a --db-less command never touches the user's.
namespace drtest {

struct DrctlRun
{
    int exitCode = -1; // -2: crashed; -1: timed out
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

inline DrctlRun runDrctl(const QStringList &args, const QString &home, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DRCTL_PATH), args);
    DrctlRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// drctl on `database` (none: the default database under `home`).
inline DrctlRun runDrctlOn(const QString &database, const QStringList &args, const QString &home)
{
    return runDrctl(
        database.isEmpty() ? args : QStringList{QStringLiteral("--db"), database} + args, home);
}

// A fresh demo database at the fixed demo time, closed again: drctl is its only writer from here
// on. Empty when it could not be made.
inline QString closedDemoDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto console = demoConsole(dir, name);
    return console ? console->databasePath() : QString();
}

// The entry of region `id` ("primary", "dr") in a `status --json` document.
inline QJsonObject regionOf(const QJsonObject &status, const QString &id)
{
    for (const QJsonValue &v : status.value(QStringLiteral("regions")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

// What a drctl test class keeps: its own directory (HOME of every run), the database the current
// test drives, and the last run (which DRCTL_EXPECT fills). Inherit it after QObject.
class DrctlFixture
{
protected:
    QString demoDatabase(const QString &name) { return closedDemoDatabase(m_dir, name); }
    DrctlRun drctl(const QStringList &args, const QString &database = {})
    {
        return runDrctlOn(database.isEmpty() ? m_db : database, args, m_dir.path());
    }

    QTemporaryDir m_dir;
    QString m_db;
    DrctlRun last;
};

// Everything a failed comparison needs to be understood without rerunning by hand.
inline QByteArray describe(const QStringList &args, const DrctlRun &r)
{
    return "drctl " + args.join(QLatin1Char(' ')).toUtf8() + "\nexit " +
           QByteArray::number(r.exitCode) + "\nstdout: " + r.out.left(2000) +
           "\nstderr: " + r.err.left(2000);
}

} // namespace drtest

// Runs the test's drctl(args) and checks the exit code; the result stays in `last` for further
// checks.
#define DRCTL_EXPECT(code, ...)                                                                    \
    do {                                                                                           \
        const QStringList drArgs_{__VA_ARGS__};                                                    \
        last = drctl(drArgs_);                                                                     \
        QVERIFY2(last.exitCode == (code), drtest::describe(drArgs_, last).constData());            \
    } while (false)
