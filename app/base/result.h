// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace harbour {

// What kind of failure a Result carries, for the few callers that act differently on it (a full
// disk asks the person to free space; everything else is reported as it is). Most failures are
// Other: callers show or log error() and stop.
enum class ErrorKind {
    Other,
    DiskFull, // the storage is full: nothing was written, the caller may try again once there is room
    NotFound, // the file or row asked for does not exist
    Refused, // the input was read and refused (bad signature, malformed, not allowed)
};

// A value or a human-readable reason why there is none. Errors never carry report content.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    static Result failure(QString error, ErrorKind kind = ErrorKind::Other)
    {
        Result r;
        r.m_error = std::move(error);
        r.m_kind = kind;
        return r;
    }
    // Carries another Result's failure (of any value type) up unchanged.
    template <typename U> static Result failure(const Result<U> &other)
    {
        return failure(other.error(), other.errorKind());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    // The value, or `fallback` on failure (whose reason the caller has chosen not to show).
    T value_or(T fallback) const { return ok() ? *m_value : std::move(fallback); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

// Success with no value, or a reason (and its kind) why not. `return {};` is success.
template <> class Result<void>
{
public:
    Result() = default;
    static Result failure(QString error, ErrorKind kind = ErrorKind::Other)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(error);
        r.m_kind = kind;
        return r;
    }
    template <typename U> static Result failure(const Result<U> &other)
    {
        return failure(other.error(), other.errorKind());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }

private:
    bool m_failed = false;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

} // namespace harbour
