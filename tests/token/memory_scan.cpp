#include "memory_scan.h"

#include <QFile>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace guichet::token::test {

int occurrencesInMemory(std::span<const unsigned char> needle, std::span<const unsigned char> excluded)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // Read the whole map first: scanning allocates, which may change it.
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    if (mem < 0) {
        return -1;
    }
    const auto excludedStart = reinterpret_cast<std::uintptr_t>(excluded.data());
    const auto excludedEnd = excludedStart + excluded.size();
    int hits = 0;
    // Read in chunks that overlap by the needle's length, so that no occurrence straddles two.
    constexpr std::size_t chunkSize = 1 << 20;
    std::vector<unsigned char> chunk(chunkSize + needle.size());
    for (const QByteArray& line : lines) {
        unsigned long start = 0;
        unsigned long end = 0;
        char permissions[5] = {};
        if (std::sscanf(line.constData(), "%lx-%lx %4s", &start, &end, permissions) != 3) {
            continue;
        }
        // Huge reservations (a sanitizer's shadow memory) hold no PIN and would take hours to read.
        if (permissions[0] != 'r' || permissions[1] != 'w' || line.contains("[vvar]") ||
            end - start > (std::uintptr_t{1} << 32)) {
            continue;
        }
        for (std::uintptr_t at = start; at < end; at += chunkSize) {
            const std::size_t wanted = std::min<std::size_t>(chunk.size(), end - at);
            const ssize_t got = pread(mem, chunk.data(), wanted, static_cast<off_t>(at));
            if (got <= 0) {
                break;
            }
            // Blank the needle's own buffer in the copy: otherwise the copy itself, on the heap,
            // would be found when the heap is read.
            const std::uintptr_t readEnd = at + static_cast<std::uintptr_t>(got);
            if (excludedStart < readEnd && excludedEnd > at) {
                const std::uintptr_t from = std::max<std::uintptr_t>(excludedStart, at);
                const std::uintptr_t to = std::min<std::uintptr_t>(excludedEnd, readEnd);
                std::fill(chunk.begin() + static_cast<std::ptrdiff_t>(from - at),
                          chunk.begin() + static_cast<std::ptrdiff_t>(to - at), 0);
            }
            // Count occurrences that start in this chunk's own part (not in the overlap).
            const auto own =
                chunk.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(got, chunkSize));
            const auto last = chunk.begin() + got;
            for (auto found = chunk.begin();; ++found) {
                found = std::search(found, last, needle.begin(), needle.end());
                if (found == last || found >= own) {
                    break;
                }
                ++hits;
            }
        }
    }
    std::fill(chunk.begin(), chunk.end(), 0);
    ::close(mem);
    return hits;
}

} // namespace guichet::token::test
