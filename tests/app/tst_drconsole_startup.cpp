// drconsole before its window: with a display that nobody serves it explains what to do and
// exits instead of letting Qt abort; --help and --version need no display; a wrong --lang is a
// usage error (exit 2) as in drctl. The display probe itself is tested on sockets this test
// opens, so "reachable" is proven too, not only "unreachable".
#include "DisplayProbe.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// An X display number with no server: no socket file and nothing on its TCP port.
int freeDisplay()
{
    for (int n = 99; n < 200; ++n) {
        if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
            continue;
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(quint16(6000 + n));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool taken = ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof(a)) == 0;
        ::close(fd);
        if (!taken)
            return n;
    }
    return -1;
}

// A listening socket that stands in for a display server while the test runs.
class Listener
{
public:
    ~Listener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool tcp(int port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(quint16(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof(a)) == 0 &&
               ::listen(m_fd, 4) == 0;
    }
    bool unixSocket(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un a{};
        a.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(path);
        if (p.size() >= qsizetype(sizeof(a.sun_path)))
            return false;
        std::memcpy(a.sun_path, p.constData(), std::size_t(p.size()));
        return ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof(a)) == 0 &&
               ::listen(m_fd, 4) == 0;
    }

private:
    int m_fd = -1;
};

} // namespace

class TestDrconsoleStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unreachableX11Display();
    void unreachableInJapanese();
    void noDisplayConfigured();
    void unreachableWaylandDisplay();
    void helpAndVersionNeedNoDisplay();
    void wrongLanguageIsAUsageError();
    void probeHonoursAnExplicitPlatform();
    void probeFindsServersThatAnswer();
    void probeReadsDisplayNames();

private:
    Run drconsole(const QStringList &args, const QMap<QString, QString> &set,
                  const QStringList &unset = {});

    QTemporaryDir m_home;
    int m_display = -1;
};

void TestDrconsoleStartup::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(DRCONSOLE_PATH)), DRCONSOLE_PATH);
    m_display = freeDisplay();
    QVERIFY(m_display > 0);
}

Run TestDrconsoleStartup::drconsole(const QStringList &args, const QMap<QString, QString> &set,
                                    const QStringList &unset)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No platform chosen (ctest sets QT_QPA_PLATFORM for every test) and no real display.
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    for (const QString &name : unset)
        env.remove(name);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DRCONSOLE_PATH), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestDrconsoleStartup::unreachableX11Display()
{
    const QString display = QStringLiteral(":%1").arg(m_display);
    const Run r = drconsole({}, {{QStringLiteral("DISPLAY"), display}});
    QVERIFY2(!r.crashed, qPrintable(r.err));
    QCOMPARE(r.exitCode, 1);
    for (const QString &part :
         {QStringLiteral("display is unavailable"), QStringLiteral("DISPLAY=") + display,
          QStringLiteral("/tmp/.X11-unix/X%1").arg(m_display), QStringLiteral("xvfb-run -a"),
          QStringLiteral("-platform offscreen")})
        QVERIFY2(r.err.contains(part), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("could not connect")), qPrintable(r.err));
    // Qt's -display option is looked at the same way.
    const Run option = drconsole({QStringLiteral("-display"), display}, {});
    QCOMPARE(option.exitCode, 1);
    QVERIFY2(option.err.contains(QStringLiteral("DISPLAY=") + display), qPrintable(option.err));
}

void TestDrconsoleStartup::unreachableInJapanese()
{
    const Run r = drconsole({QStringLiteral("--lang"), QStringLiteral("ja")},
                            {{QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(m_display)}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("ディスプレイ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("xvfb-run -a")), qPrintable(r.err));
}

void TestDrconsoleStartup::noDisplayConfigured()
{
    const Run r = drconsole({}, {});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("DISPLAY and WAYLAND_DISPLAY are not set")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("xvfb-run -a")), qPrintable(r.err));
}

void TestDrconsoleStartup::unreachableWaylandDisplay()
{
    const Run r =
        drconsole({}, {{QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("wayland-test")},
                       {QStringLiteral("XDG_RUNTIME_DIR"), m_home.path()}});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(m_home.filePath(QStringLiteral("wayland-test"))), qPrintable(r.err));
}

void TestDrconsoleStartup::helpAndVersionNeedNoDisplay()
{
    const Run help = drconsole({QStringLiteral("--help")}, {});
    QVERIFY(!help.crashed);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("--db <PATH>")), qPrintable(help.out));
    QVERIFY2(help.out.contains(QLatin1String("--lang <LANG>")), qPrintable(help.out));
    QVERIFY2(help.out.contains(QLatin1String("Database file")), qPrintable(help.out));
    // Qt's own options next to it do not get in the way.
    const Run withPlatform = drconsole(
        {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-h")}, {});
    QCOMPARE(withPlatform.exitCode, 0);
    QVERIFY(withPlatform.out.contains(QLatin1String("--db <PATH>")));
    const Run version =
        drconsole({QStringLiteral("--version")},
                  {{QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(m_display)}});
    QVERIFY(!version.crashed);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QLatin1String("drconsole ")), qPrintable(version.out));
    QVERIFY2(version.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+"))),
             qPrintable(version.out));
}

void TestDrconsoleStartup::wrongLanguageIsAUsageError()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--lang"), QStringLiteral("xx")},
          QStringList{QStringLiteral("--lang=xx")},
          QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                      QStringLiteral("--lang"), QStringLiteral("xx")}}) {
        const Run r =
            drconsole(args, {{QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(m_display)}});
        QVERIFY2(!r.crashed, qPrintable(args.join(QLatin1Char(' '))));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("\"xx\" is not a language; write --lang ja or "
                                              "--lang en.")),
                 qPrintable(r.err));
    }
}

void TestDrconsoleStartup::probeHonoursAnExplicitPlatform()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(m_display));
    QCOMPARE(DisplayProbe::check({QStringLiteral("drconsole")}, env).outcome,
             DisplayProbe::Outcome::Unreachable);
    QCOMPARE(DisplayProbe::check({QStringLiteral("drconsole"), QStringLiteral("-platform"),
                                  QStringLiteral("offscreen")},
                                 env)
                 .outcome,
             DisplayProbe::Outcome::Explicit);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    QVERIFY(DisplayProbe::check({QStringLiteral("drconsole")}, env).usable());
    QCOMPARE(DisplayProbe::check({QStringLiteral("drconsole")}, QProcessEnvironment()).outcome,
             DisplayProbe::Outcome::NotConfigured);
}

void TestDrconsoleStartup::probeFindsServersThatAnswer()
{
    // An X server on TCP (as ssh -X forwards it) and a Wayland socket.
    Listener x11;
    QVERIFY(x11.tcp(6000 + m_display));
    QProcessEnvironment env;
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral("localhost:%1.0").arg(m_display));
    QCOMPARE(DisplayProbe::check({QStringLiteral("drconsole")}, env).outcome,
             DisplayProbe::Outcome::Reachable);
    // ":n" falls back to TCP on the local host when there is no socket, as libxcb does.
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(m_display));
    QCOMPARE(DisplayProbe::check({QStringLiteral("drconsole")}, env).outcome,
             DisplayProbe::Outcome::Reachable);

    Listener wayland;
    QVERIFY(wayland.unixSocket(m_home.filePath(QStringLiteral("wayland-9"))));
    QProcessEnvironment w;
    w.insert(QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("wayland-9"));
    w.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    QCOMPARE(DisplayProbe::check({QStringLiteral("drconsole")}, w).outcome,
             DisplayProbe::Outcome::Reachable);
    w.remove(QStringLiteral("XDG_RUNTIME_DIR")); // the name alone cannot be found
    QCOMPARE(DisplayProbe::check({QStringLiteral("drconsole")}, w).outcome,
             DisplayProbe::Outcome::Unreachable);
    w.insert(QStringLiteral("WAYLAND_DISPLAY"), m_home.filePath(QStringLiteral("wayland-9")));
    QCOMPARE(DisplayProbe::check({QStringLiteral("drconsole")}, w).outcome,
             DisplayProbe::Outcome::Reachable);
}

void TestDrconsoleStartup::probeReadsDisplayNames()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral("not-a-display"));
    const DisplayProbe::Verdict bad = DisplayProbe::check({QStringLiteral("drconsole")}, env);
    QCOMPARE(bad.outcome, DisplayProbe::Outcome::Unreachable);
    QVERIFY(bad.tried.isEmpty());
    QCOMPARE(bad.display, QStringLiteral("DISPLAY=not-a-display"));
    // -display wins over DISPLAY.
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":0"));
    const DisplayProbe::Verdict option =
        DisplayProbe::check({QStringLiteral("drconsole"), QStringLiteral("-display"),
                             QStringLiteral(":%1").arg(m_display)},
                            env);
    QCOMPARE(option.outcome, DisplayProbe::Outcome::Unreachable);
    QCOMPARE(option.display, QStringLiteral("DISPLAY=:%1").arg(m_display));
    QVERIFY2(option.tried.contains(QStringLiteral("localhost:%1").arg(6000 + m_display)),
             qPrintable(option.tried));
}

QTEST_GUILESS_MAIN(TestDrconsoleStartup)
#include "tst_drconsole_startup.moc"
