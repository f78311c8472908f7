// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 with resumable midstates, using the CPU's SHA extensions when it has them.
#pragma once

#include <QByteArrayView>

#include <array>
#include <cstddef>
#include <cstdint>

namespace duet::cloudapi::sha256 {

/// The eight working words of SHA-256 after some whole 64-byte blocks.
using State = std::array<std::uint32_t, 8>;
using Digest = std::array<std::uint8_t, 32>;

/// The initial state (FIPS 180-4).
State initialState();

/// Absorbs `blocks` whole 64-byte blocks of `data` into `state` (portable code, or SHA-NI when
/// the CPU has it: the choice is made once per process).
void compress(State& state, const std::uint8_t* data, std::size_t blocks);
/// The two implementations, for tests that compare them.
void compressPortable(State& state, const std::uint8_t* data, std::size_t blocks);
bool hasHardwareSupport();
void compressHardware(State& state, const std::uint8_t* data, std::size_t blocks); ///< only if hasHardwareSupport()

/// Finishes a hash: `state` has absorbed `prefixBytes` bytes (a multiple of 64); `data` follows.
Digest finish(State state, std::uint64_t prefixBytes, QByteArrayView data);

/// SHA-256 of `data` in one go.
Digest hash(QByteArrayView data);

} // namespace duet::cloudapi::sha256
