#pragma once

// Errors carried as values. A Result<T> holds either a T or an Error; Status is Result<void>.
// C++20 has no std::expected, and libstdc++ 12 only offers it under C++23.

#include <QString>
#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace guichet {

struct Error
{
    /// A plain sentence for the operator, already translated.
    QString message;
    /// For support: where it happened and the underlying code (SQL error, PKCS#11 CKR, libzip code...).
    QString detail;

    QString toString() const { return detail.isEmpty() ? message : message + u" (" + detail + u')'; }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<T>(m_value);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<T>(m_value);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_value));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<Error>(m_value);
    }

private:
    std::variant<T, Error> m_value;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace guichet
