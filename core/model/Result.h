#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace dr {

// Why an operation did not happen. drctl maps each kind to its exit code; the GUI shows the message.
enum class ErrorKind {
    Usage,    // the request itself is malformed (drctl exit 2)
    Refused,  // a rule forbids it now (exit 3)
    BadInput, // a value is invalid (exit 4)
    Database, // the store failed (exit 5)
    Audit     // the audit chain is broken (exit 6)
};

// An error a person can act on: what is wrong, where, and how to fix it.
struct Error
{
    ErrorKind kind = ErrorKind::BadInput;
    QString code;    // stable identifier, e.g. "step-order"; tests and scripts match on it
    QString message; // translated, complete sentence(s)

    static Error refused(QString code, QString message)
    {
        return {ErrorKind::Refused, std::move(code), std::move(message)};
    }
    static Error badInput(QString code, QString message)
    {
        return {ErrorKind::BadInput, std::move(code), std::move(message)};
    }
    static Error database(QString message)
    {
        return {ErrorKind::Database, QStringLiteral("database"), std::move(message)};
    }
    static Error usage(QString message)
    {
        return {ErrorKind::Usage, QStringLiteral("usage"), std::move(message)};
    }
};

// A value or an error; errors are values, never a silent false.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace dr
