#pragma once

// Bytes that must not outlive their use: PINs, from the keystroke to C_Login. The storage is a page
// of its own (mmap), locked in RAM when the system allows it (mlock), left out of core dumps
// (MADV_DONTDUMP), and wiped with OPENSSL_cleanse when the buffer is cleared, grows or dies. The
// buffer is moved, never copied, and never becomes a QString or a std::string.

#include <cstddef>
#include <span>
#include <string_view>

namespace guichet::token {

class SecureBuffer
{
public:
    SecureBuffer() noexcept = default;
    /// A buffer holding a copy of `bytes`. The caller still owns (and must wipe) `bytes`.
    static SecureBuffer fromBytes(std::string_view bytes);

    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    void append(std::string_view bytes);
    void append(char byte) { append(std::string_view(&byte, 1)); }
    /// Appends one Unicode code point as UTF-8, so that a PIN field can feed typed characters one at
    /// a time without building a QString. Invalid code points (surrogates, > U+10FFFF) are ignored.
    void appendCodePoint(char32_t codePoint);
    /// Removes the last UTF-8 encoded code point (Backspace) and wipes its bytes.
    void removeLastCodePoint();
    /// Wipes the content; the (locked) storage is kept for reuse.
    void clear() noexcept;

    /// Never null: an empty buffer gives "". The bytes are followed by a NUL.
    const char* data() const noexcept;
    std::size_t size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }
    std::size_t capacity() const noexcept { return m_capacity; }
    /// Whether mlock succeeded (it may not, under a small RLIMIT_MEMLOCK): the bytes are still wiped.
    bool isLocked() const noexcept { return m_locked; }

    /// For tests: the whole storage, content and unused capacity, to check that it was wiped.
    std::span<const unsigned char> storageForTesting() const noexcept { return {m_data, m_capacity}; }
    /// For tests: called with each block just before it goes back to the system (after the wipe).
    using ReleaseObserver = void (*)(const unsigned char* block, std::size_t size);
    static void setReleaseObserverForTesting(ReleaseObserver observer) noexcept;

private:
    void reserve(std::size_t bytes);
    void release() noexcept;

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    bool m_locked = false;
};

} // namespace guichet::token
