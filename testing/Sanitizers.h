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
/// a safety timeout is longer; the sanitizer's allocator keeps freed memory in quarantine, so
/// memory figures say nothing about the program; and its shadow memory makes a core dump tens of
/// gigabytes, so the test that searches one skips.
/// Behaviour checks (counts, order, nothing lost or doubled) never depend on it.
#ifdef DUET_TEST_SANITIZED
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

/// A safety timeout (a cap on a wait, never a measurement), stretched in sanitizer builds.
constexpr int slowTimeoutMs(int ms)
{
    return kSanitized ? ms * 4 : ms;
}

} // namespace duet::test
