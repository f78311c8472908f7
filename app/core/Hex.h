// SPDX-License-Identifier: GPL-3.0-or-later
// Hexadecimal digits, for parsers that read them byte by byte (JSON \u escapes, signature headers).
#pragma once

namespace duet {

/// The value of one hexadecimal digit (either case), or -1 when `c` is not one.
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace duet
