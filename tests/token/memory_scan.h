#pragma once

// Looks for bytes anywhere in this process's writable memory (heap, stacks, data, anonymous maps),
// to check that a PIN left no copy behind.

#include <cstddef>
#include <span>

namespace guichet::token::test {

/// How many times `needle` occurs in the process's writable mappings, outside `excluded` (the
/// buffer that holds the needle itself). Reads through /proc/self/mem, so unreadable pages are
/// skipped rather than fatal.
int occurrencesInMemory(std::span<const unsigned char> needle, std::span<const unsigned char> excluded);

} // namespace guichet::token::test
