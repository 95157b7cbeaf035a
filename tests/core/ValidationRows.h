#pragma once

// Row helpers shared by the tst_validation*.cpp suites: each row gives an input, the error code
// expected (empty: the input is accepted) and the exact English message the rule must return.

#include "model/Validation.h"

#include <QStringList>
#include <QTest>

namespace vtest {

inline int &badRows()
{
    static int count = 0;
    return count;
}

// The standard columns: input, code, message. Extra columns are added by the caller first.
inline void columns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    badRows() = 0;
}

inline void good(const char *name, const QString &input)
{
    QTest::newRow(name) << input << QString() << QString();
}

inline void bad(const char *name, const QString &input, const char *code, const QString &message)
{
    ++badRows();
    QTest::newRow(name) << input << QString::fromLatin1(code) << message;
}

inline QString repeat(const QString &text, int times)
{
    return text.repeated(times);
}

inline QString fieldName(dr::Validation::Field field)
{
    using F = dr::Validation::Field;
    switch (field) {
    case F::AgentName:
        return QStringLiteral("AgentName");
    case F::AgentHost:
        return QStringLiteral("AgentHost");
    case F::AgentWindows:
        return QStringLiteral("AgentWindows");
    case F::AgentDescription:
        return QStringLiteral("AgentDescription");
    case F::HostName:
        return QStringLiteral("HostName");
    case F::HostAddresses:
        return QStringLiteral("HostAddresses");
    case F::HostComment:
        return QStringLiteral("HostComment");
    case F::ConnectionLabel:
        return QStringLiteral("ConnectionLabel");
    case F::AwsAccountId:
        return QStringLiteral("AwsAccountId");
    case F::VpcId:
        return QStringLiteral("VpcId");
    case F::TgwAttachmentId:
        return QStringLiteral("TgwAttachmentId");
    case F::DxGatewayId:
        return QStringLiteral("DxGatewayId");
    case F::AzureGatewayIp:
        return QStringLiteral("AzureGatewayIp");
    case F::CidrBlocks:
        return QStringLiteral("CidrBlocks");
    }
    return QStringLiteral("?");
}

// "Field:code" for every error, in the order the rule reported them; an error without a message
// shows up as a mismatch.
inline QStringList describe(const QList<dr::Validation::FieldError> &errors)
{
    QStringList out;
    for (const auto &e : errors) {
        QString row = fieldName(e.field) + QLatin1Char(':') + e.error.code;
        if (e.error.message.isEmpty())
            row += QStringLiteral(" (no message)");
        out << row;
    }
    return out;
}

} // namespace vtest

// At the end of a _data function: the field has at least ten refused examples.
#define DR_REQUIRE_TEN_BAD_ROWS()                                                                  \
    QVERIFY2(vtest::badRows() >= 10,                                                               \
             qPrintable(QStringLiteral("only %1 bad rows").arg(vtest::badRows())))

// Checks a Status against the row's code and message columns.
#define DR_CHECK_STATUS(expr)                                                                      \
    do {                                                                                           \
        QFETCH(QString, code);                                                                     \
        QFETCH(QString, message);                                                                  \
        const dr::Status drStatus_ = (expr);                                                       \
        if (code.isEmpty()) {                                                                      \
            QVERIFY2(drStatus_.ok(), qPrintable(drStatus_.error().code + QStringLiteral(": ") +    \
                                                drStatus_.error().message));                       \
        } else {                                                                                   \
            QVERIFY2(!drStatus_.ok(), "the input was accepted");                                   \
            QCOMPARE(drStatus_.error().code, code);                                                \
            QCOMPARE(drStatus_.error().message, message);                                          \
            QCOMPARE(int(drStatus_.error().kind), int(dr::ErrorKind::BadInput));                   \
        }                                                                                          \
    } while (false)
