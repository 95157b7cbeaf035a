#include "Output.h"

#include <QJsonDocument>

#include <cstdio>

namespace dr::ctl {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
}

QString kindCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::BadInput:
        return QStringLiteral("bad-input");
    case ErrorKind::Database:
        return QStringLiteral("database");
    case ErrorKind::Audit:
        return QStringLiteral("audit");
    }
    return {};
}

} // namespace

void Output::line(const QString &text)
{
    raw(text.toUtf8() + '\n');
}

void Output::lines(const QStringList &texts)
{
    for (const QString &t : texts)
        line(t);
}

void Output::printJson(const QJsonObject &object)
{
    raw(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void Output::raw(const QByteArray &bytes)
{
    m_wroteStdout = true;
    write(stdout, bytes);
}

void Output::error(const Error &error)
{
    std::fflush(stdout);
    write(stderr, QStringLiteral("drctl: %1\n").arg(error.message).toUtf8());
    std::fflush(stderr);
    if (m_json && !m_wroteStdout) {
        printJson(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                  {QStringLiteral("kind"), kindCode(error.kind)},
                                                  {QStringLiteral("message"), error.message}}}});
    }
}

void Output::notice(const QString &text)
{
    std::fflush(stdout);
    write(stderr, QStringLiteral("drctl: %1\n").arg(text).toUtf8());
    std::fflush(stderr);
}

void Output::usageHelp(const QStringList &lines)
{
    std::fflush(stdout);
    for (const QString &l : lines)
        write(stderr, l.toUtf8() + '\n');
    std::fflush(stderr);
}

void Output::flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace dr::ctl
