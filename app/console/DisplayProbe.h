#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Whether the GUI can reach a display, found out before QApplication exists: Qt's xcb plugin
// aborts the process when DISPLAY names a display nobody serves, so drconsole looks first and
// explains instead. An explicit platform (-platform, QT_QPA_PLATFORM) is the user's choice and
// is not second-guessed.
class DisplayProbe
{
public:
    enum class Outcome
    {
        Explicit,      // -platform or QT_QPA_PLATFORM chooses the platform
        Reachable,     // an X server or Wayland compositor answers
        NotConfigured, // neither DISPLAY nor WAYLAND_DISPLAY is set
        Unreachable    // they are set, but nothing answers there
    };
    struct Verdict
    {
        Outcome outcome = Outcome::NotConfigured;
        QString display; // the display looked for ("DISPLAY=:99", "WAYLAND_DISPLAY=wayland-0")
        QString tried;   // where nothing answered (sockets, host:port); empty for a bad name

        bool usable() const
        {
            return outcome == Outcome::Explicit || outcome == Outcome::Reachable;
        }
    };

    // `arguments` as given to main (Qt's -platform and -display options are honoured).
    static Verdict check(const QStringList &arguments, const QProcessEnvironment &environment);

private:
    static bool x11Reachable(const QString &display, QStringList &tried);
    static bool waylandReachable(const QString &name, const QString &runtimeDir,
                                 QStringList &tried);
    static bool connectUnix(const QByteArray &path, bool abstract);
    static bool connectTcp(const QString &host, int port);
};
