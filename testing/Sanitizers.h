// SPDX-License-Identifier: GPL-3.0-or-later
// Whether the tests and duet-bench run in a sanitizer build: the few checks that depend on the
// machine's speed or the allocator's memory ask it.
#pragma once

namespace duet::test {

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define DUET_TEST_SANITIZED 1
#endif
#endif
#if !defined(DUET_TEST_SANITIZED) && (defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__))
#define DUET_TEST_SANITIZED 1
#endif

/// True in a build with AddressSanitizer or ThreadSanitizer (scripts/sanitize.sh): the code runs
/// several times slower, so a test that measures throughput on the wall clock lowers its floor and
/// a safety timeout for an outside program (gdb, a child process) is longer; and the sanitizer's
/// allocator keeps freed memory in quarantine, so memory figures say nothing about the program.
/// Behaviour checks (counts, order, nothing lost or doubled) never depend on it.
#ifdef DUET_TEST_SANITIZED
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

/// A safety timeout for work outside the test's control, stretched in sanitizer builds.
constexpr int slowTimeoutMs(int ms)
{
    return kSanitized ? ms * 4 : ms;
}

} // namespace duet::test
