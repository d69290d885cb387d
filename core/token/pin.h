#pragma once

// A token PIN on its way from the operator's keyboard to the token. It lives in a SecureBuffer
// (locked, wiped, moved never copied) and is consumed by TokenSession::login(), which wipes it.
// There is deliberately no conversion from or to QString: a PIN field feeds it code point by code
// point (appendCodePoint), so the PIN never sits in Qt's implicitly shared, unwiped strings.

#include "token/secure_buffer.h"

#include <string_view>

namespace guichet::token {

class Pin
{
public:
    Pin() = default;
    /// For callers that already hold the bytes (tests, a PIN read from a pipe): they keep their copy
    /// and must wipe it themselves.
    static Pin fromUtf8(std::string_view utf8)
    {
        Pin pin;
        pin.m_bytes.append(utf8);
        return pin;
    }

    void appendCodePoint(char32_t codePoint) { m_bytes.appendCodePoint(codePoint); }
    void removeLastCodePoint() { m_bytes.removeLastCodePoint(); }
    void clear() noexcept { m_bytes.clear(); }

    bool isEmpty() const noexcept { return m_bytes.isEmpty(); }
    /// Length in bytes (UTF-8), as PKCS#11 counts it.
    std::size_t size() const noexcept { return m_bytes.size(); }
    const SecureBuffer& bytes() const noexcept { return m_bytes; }

private:
    SecureBuffer m_bytes;
};

} // namespace guichet::token
