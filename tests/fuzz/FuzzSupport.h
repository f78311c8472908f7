// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: the Qt application they may need, invariant checks that abort.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// Entry point of every target (libFuzzer's, or FuzzReplay.cpp's main in ordinary builds).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace duet::fuzz {

/// A QCoreApplication for code that needs one (translations, QFile, time zones); made once.
inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "duet-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

/// The input as a QByteArray that owns a copy: parsers may keep pointers into it.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// Splits the input at the first occurrence of `separator`: the part before it goes to *head, the
/// rest to *tail. Without a separator the whole input is the tail.
inline void split(const QByteArray& input, char separator, QByteArray* head, QByteArray* tail)
{
    const qsizetype at = input.indexOf(separator);
    if (at < 0) {
        *head = QByteArray();
        *tail = input;
        return;
    }
    *head = input.left(at);
    *tail = input.mid(at + 1);
}

[[noreturn]] inline void violated(const char* what, const char* file, int line, const QString& detail = {})
{
    std::fprintf(stderr, "%s:%d: invariant violated: %s %s\n", file, line, what, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace duet::fuzz

/// Aborts (a crash libFuzzer records) when `cond` is false.
#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::duet::fuzz::violated(#cond, __FILE__, __LINE__);                                                         \
    } while (false)
/// FUZZ_CHECK with a detail printed on failure.
#define FUZZ_CHECK_MSG(cond, detail)                                                                                   \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::duet::fuzz::violated(#cond, __FILE__, __LINE__, (detail));                                               \
    } while (false)
