#include "DisplayProbe.h"

#include <QDir>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace {

// A TCP display that does not answer within this time is taken as unreachable (an X server
// on the network answers a connect at once; a firewall that drops packets never does).
constexpr int kConnectTimeoutMs = 3000;

QString optionValue(const QStringList &arguments, const QString &name)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == name && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(name + QLatin1Char('=')))
            return arguments[i].mid(name.size() + 1);
    }
    return {};
}

bool hasOption(const QStringList &arguments, const QString &name)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == name || arguments[i].startsWith(name + QLatin1Char('=')))
            return true;
    }
    return false;
}

} // namespace

DisplayProbe::Verdict DisplayProbe::check(const QStringList &arguments,
                                          const QProcessEnvironment &environment)
{
    Verdict verdict;
    if (hasOption(arguments, QStringLiteral("-platform")) ||
        !environment.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty()) {
        verdict.outcome = Outcome::Explicit;
        return verdict;
    }
    // Qt's -display option overrides DISPLAY for the xcb plugin.
    QString x11 = optionValue(arguments, QStringLiteral("-display"));
    if (x11.isEmpty())
        x11 = environment.value(QStringLiteral("DISPLAY"));
    const QString wayland = environment.value(QStringLiteral("WAYLAND_DISPLAY"));
    if (x11.isEmpty() && wayland.isEmpty())
        return verdict; // NotConfigured
    QStringList tried;
    if (!x11.isEmpty() && x11Reachable(x11, tried)) {
        verdict.outcome = Outcome::Reachable;
        return verdict;
    }
    if (!wayland.isEmpty() &&
        waylandReachable(wayland, environment.value(QStringLiteral("XDG_RUNTIME_DIR")), tried)) {
        verdict.outcome = Outcome::Reachable;
        return verdict;
    }
    verdict.outcome = Outcome::Unreachable;
    QStringList names;
    if (!x11.isEmpty())
        names << QStringLiteral("DISPLAY=") + x11;
    if (!wayland.isEmpty())
        names << QStringLiteral("WAYLAND_DISPLAY=") + wayland;
    verdict.display = names.join(QStringLiteral(", "));
    verdict.tried = tried.join(QStringLiteral(", "));
    return verdict;
}

bool DisplayProbe::x11Reachable(const QString &display, QStringList &tried)
{
    // [protocol/][host]:number[.screen], as libxcb reads it.
    if (display.startsWith(QLatin1Char('/')))
        return true; // a socket path handed out by a session manager: trust it
    const qsizetype colon = display.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        return false; // not a display name: nothing to try
    }
    QString host = display.left(colon);
    QString protocol;
    if (const qsizetype slash = host.indexOf(QLatin1Char('/')); slash >= 0) {
        protocol = host.left(slash);
        host = host.mid(slash + 1);
    }
    bool ok = false;
    const int number = display.mid(colon + 1).section(QLatin1Char('.'), 0, 0).toInt(&ok);
    if (!ok || number < 0 || number > 59535)
        return false;
    if (host.isEmpty() || host == QLatin1String("unix") || protocol == QLatin1String("unix")) {
        const QByteArray socket = "/tmp/.X11-unix/X" + QByteArray::number(number);
        if (connectUnix(socket, true) || connectUnix(socket, false))
            return true;
        tried << QString::fromLatin1(socket);
        if (protocol == QLatin1String("unix"))
            return false;
        host = QStringLiteral("localhost"); // libxcb falls back to TCP on the local host
    }
    if (connectTcp(host, 6000 + number))
        return true;
    tried << QStringLiteral("%1:%2").arg(host).arg(6000 + number);
    return false;
}

bool DisplayProbe::waylandReachable(const QString &name, const QString &runtimeDir,
                                    QStringList &tried)
{
    if (!name.startsWith(QLatin1Char('/')) && runtimeDir.isEmpty()) {
        tried << QStringLiteral("$XDG_RUNTIME_DIR/") + name; // the variable is not set
        return false;
    }
    const QString path = name.startsWith(QLatin1Char('/')) ? name : QDir(runtimeDir).filePath(name);
    if (connectUnix(QFile::encodeName(path), false))
        return true;
    tried << path;
    return false;
}

#ifdef Q_OS_UNIX

bool DisplayProbe::connectUnix(const QByteArray &path, bool abstract)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const qsizetype offset = abstract ? 1 : 0; // Linux: a leading NUL names an abstract socket
    if (path.size() + offset >= qsizetype(sizeof(address.sun_path)))
        return false;
    std::memcpy(address.sun_path + offset, path.constData(), std::size_t(path.size()));
    const socklen_t length =
        socklen_t(offsetof(sockaddr_un, sun_path) + offset + path.size() + (abstract ? 0 : 1));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const bool connected = ::connect(fd, reinterpret_cast<sockaddr *>(&address), length) == 0;
    ::close(fd);
    return connected;
}

bool DisplayProbe::connectTcp(const QString &host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.toLocal8Bit().constData(), QByteArray::number(port).constData(), &hints,
                      &found) != 0)
        return false;
    bool connected = false;
    for (addrinfo *a = found; a && !connected; a = a->ai_next) {
        const int fd =
            ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0)
            continue;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
            connected = true;
        } else if (errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            int error = 0;
            socklen_t size = sizeof(error);
            connected = ::poll(&p, 1, kConnectTimeoutMs) == 1 &&
                        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
        }
        ::close(fd);
    }
    ::freeaddrinfo(found);
    return connected;
}

#else

// Elsewhere Qt does not abort for a missing display in the same way: let it try.
bool DisplayProbe::connectUnix(const QByteArray &, bool)
{
    return true;
}

bool DisplayProbe::connectTcp(const QString &, int)
{
    return true;
}

#endif
