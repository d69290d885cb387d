#include "token/secure_buffer.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <sys/mman.h>
#include <unistd.h>
#include <utility>

namespace guichet::token {

namespace {

std::atomic<SecureBuffer::ReleaseObserver> releaseObserver{nullptr};

std::size_t pageSize()
{
    static const std::size_t size = [] {
        const long page = sysconf(_SC_PAGESIZE);
        return page > 0 ? static_cast<std::size_t>(page) : std::size_t{4096};
    }();
    return size;
}

std::size_t roundUpToPages(std::size_t bytes)
{
    const std::size_t page = pageSize();
    return (bytes + page - 1) / page * page;
}

const char emptyString[] = "";

} // namespace

SecureBuffer SecureBuffer::fromBytes(std::string_view bytes)
{
    SecureBuffer buffer;
    buffer.append(bytes);
    return buffer;
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)), m_locked(std::exchange(other.m_locked, false))
{}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

void SecureBuffer::setReleaseObserverForTesting(ReleaseObserver observer) noexcept
{
    releaseObserver.store(observer);
}

// Whole pages from mmap, never the heap: mlock works on pages and does not nest, so two buffers
// sharing a heap page would unlock each other, and a heap block could be copied by realloc.
void SecureBuffer::reserve(std::size_t bytes)
{
    const std::size_t needed = bytes + 1; // room for the trailing NUL
    if (needed <= m_capacity) {
        return;
    }
    const std::size_t capacity = roundUpToPages(needed);
    void* block = mmap(nullptr, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == MAP_FAILED) {
        throw std::bad_alloc();
    }
    auto* data = static_cast<unsigned char*>(block);
    const bool locked = mlock(data, capacity) == 0;
#ifdef MADV_DONTDUMP
    madvise(data, capacity, MADV_DONTDUMP);
#endif
    if (m_data != nullptr) {
        std::memcpy(data, m_data, m_size);
    }
    const std::size_t size = m_size;
    release(); // wipes the old block: growing never leaves a copy behind
    m_data = data;
    m_size = size;
    m_capacity = capacity;
    m_locked = locked;
    m_data[m_size] = 0;
}

void SecureBuffer::release() noexcept
{
    if (m_data == nullptr) {
        return;
    }
    OPENSSL_cleanse(m_data, m_capacity);
    if (const ReleaseObserver observer = releaseObserver.load()) {
        observer(m_data, m_capacity);
    }
    if (m_locked) {
        munlock(m_data, m_capacity);
    }
    munmap(m_data, m_capacity);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_locked = false;
}

void SecureBuffer::append(std::string_view bytes)
{
    if (bytes.empty()) {
        return;
    }
    reserve(m_size + bytes.size());
    std::memcpy(m_data + m_size, bytes.data(), bytes.size());
    m_size += bytes.size();
    m_data[m_size] = 0;
}

void SecureBuffer::appendCodePoint(char32_t codePoint)
{
    if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return;
    }
    char bytes[4];
    std::size_t length = 0;
    if (codePoint < 0x80) {
        bytes[length++] = static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        bytes[length++] = static_cast<char>(0xC0 | (codePoint >> 6));
        bytes[length++] = static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        bytes[length++] = static_cast<char>(0xE0 | (codePoint >> 12));
        bytes[length++] = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        bytes[length++] = static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        bytes[length++] = static_cast<char>(0xF0 | (codePoint >> 18));
        bytes[length++] = static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        bytes[length++] = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        bytes[length++] = static_cast<char>(0x80 | (codePoint & 0x3F));
    }
    append(std::string_view(bytes, length));
    OPENSSL_cleanse(bytes, sizeof bytes);
}

void SecureBuffer::removeLastCodePoint()
{
    if (m_size == 0) {
        return;
    }
    // Step back over UTF-8 continuation bytes (10xxxxxx) to the lead byte.
    std::size_t start = m_size - 1;
    while (start > 0 && (m_data[start] & 0xC0) == 0x80) {
        --start;
    }
    OPENSSL_cleanse(m_data + start, m_size - start);
    m_size = start;
    m_data[m_size] = 0;
}

void SecureBuffer::clear() noexcept
{
    if (m_data != nullptr) {
        OPENSSL_cleanse(m_data, m_capacity);
    }
    m_size = 0;
}

const char* SecureBuffer::data() const noexcept
{
    return m_data != nullptr ? reinterpret_cast<const char*>(m_data) : emptyString;
}

} // namespace guichet::token
