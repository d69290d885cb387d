#include "token/pin.h"
#include "token/secure_buffer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace guichet::token;

namespace {

// What the release hook saw: for each block given back to the system, whether it was all zeros.
std::vector<bool> releasedBlocksWiped;

void recordRelease(const unsigned char* block, std::size_t size)
{
    releasedBlocksWiped.push_back(std::all_of(block, block + size, [](unsigned char c) { return c == 0; }));
}

struct ReleaseRecorder
{
    ReleaseRecorder()
    {
        releasedBlocksWiped.clear();
        SecureBuffer::setReleaseObserverForTesting(&recordRelease);
    }
    ~ReleaseRecorder() { SecureBuffer::setReleaseObserverForTesting(nullptr); }
};

bool allZero(std::span<const unsigned char> bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](unsigned char c) { return c == 0; });
}

} // namespace

TEST_CASE("SecureBuffer holds bytes NUL-terminated and edits them by code point", "[token][pin]")
{
    SecureBuffer buffer;
    CHECK(buffer.isEmpty());
    CHECK(std::string(buffer.data()).empty());
    buffer.append("12");
    buffer.appendCodePoint(U'é'); // two UTF-8 bytes
    buffer.appendCodePoint(U'€'); // three
    buffer.appendCodePoint(U'😀'); // four
    CHECK(buffer.size() == 2 + 2 + 3 + 4);
    CHECK(std::string(buffer.data()) == "12\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    buffer.removeLastCodePoint();
    buffer.removeLastCodePoint();
    CHECK(std::string(buffer.data()) == "12\xC3\xA9");
    buffer.removeLastCodePoint();
    buffer.removeLastCodePoint();
    CHECK(std::string(buffer.data()) == "1");
    buffer.appendCodePoint(0xD800); // a lone surrogate is not a character: ignored
    CHECK(buffer.size() == 1);
}

TEST_CASE("SecureBuffer storage is page-sized and locked in memory when the system allows it", "[token][pin]")
{
    SecureBuffer buffer = SecureBuffer::fromBytes("secret");
    CHECK(buffer.capacity() >= 4096);
    CHECK(buffer.capacity() % 4096 == 0);
    // Debian's default RLIMIT_MEMLOCK (8 MiB) is plenty for a page; a tighter limit only costs the
    // lock, not the wipe.
    WARN("mlock " << (buffer.isLocked() ? "succeeded" : "failed"));
}

TEST_CASE("SecureBuffer::clear wipes the whole storage", "[token][pin]")
{
    SecureBuffer buffer = SecureBuffer::fromBytes("4821");
    REQUIRE(buffer.storageForTesting().size() == buffer.capacity());
    CHECK_FALSE(allZero(buffer.storageForTesting()));
    buffer.clear();
    CHECK(buffer.isEmpty());
    CHECK(allZero(buffer.storageForTesting()));
}

TEST_CASE("SecureBuffer wipes each block before giving it back: on growth and on destruction", "[token][pin]")
{
    const ReleaseRecorder recorder;
    {
        SecureBuffer buffer = SecureBuffer::fromBytes("first block");
        const std::size_t firstCapacity = buffer.capacity();
        buffer.append(std::string(firstCapacity, 'x')); // forces a new, larger block
        CHECK(buffer.capacity() > firstCapacity);
        REQUIRE(releasedBlocksWiped.size() == 1); // the old block, after the copy
        CHECK(std::string(buffer.data(), 11) == "first block");
    }
    REQUIRE(releasedBlocksWiped.size() == 2); // and the new one, at destruction
    CHECK(releasedBlocksWiped[0]);
    CHECK(releasedBlocksWiped[1]);
}

TEST_CASE("SecureBuffer moves its storage and leaves the source empty", "[token][pin]")
{
    const ReleaseRecorder recorder;
    SecureBuffer source = SecureBuffer::fromBytes("1234");
    const char* storage = source.data();
    SecureBuffer target(std::move(source));
    CHECK(target.data() == storage); // the same block: nothing was copied
    CHECK(source.isEmpty());         // NOLINT(bugprone-use-after-move): checking the moved-from state
    CHECK(source.capacity() == 0);
    SecureBuffer other = SecureBuffer::fromBytes("5678");
    other = std::move(target);
    CHECK(std::string(other.data()) == "1234");
    REQUIRE(releasedBlocksWiped.size() == 1); // "5678"'s block, replaced by the move
    CHECK(releasedBlocksWiped[0]);
}

TEST_CASE("Pin is typed code point by code point and wiped on clear", "[token][pin]")
{
    Pin pin;
    for (const char32_t c : std::u32string(U"12a4")) {
        pin.appendCodePoint(c);
    }
    pin.removeLastCodePoint();
    pin.appendCodePoint(U'4');
    CHECK(std::string(pin.bytes().data()) == "12a4");
    CHECK(pin.size() == 4);
    pin.clear();
    CHECK(pin.isEmpty());
    CHECK(allZero(pin.bytes().storageForTesting()));
}
