#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's second command: installs what is missing, builds Duet, and runs every test.
# Tests that need PostgreSQL start their own throwaway server; the keychain tests run against a
# private gnome-keyring on a private D-Bus session started here and gone when the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/check-format.sh
./scripts/build.sh
BUILD_DIR=${DUET_BUILD_DIR:-build}
./scripts/check-translations.sh "$BUILD_DIR" # the .ts files match the sources, pt_BR and es complete
# clang-tidy and clazy on every translation unit; any finding fails the run. Results are cached in
# ~/.cache/duet-static (DUET_STATIC_CACHE), so only what changed is checked again: about 45 s warm,
# about 23 min cold on two idle cores (docs/TESTING.md, "Static checks": the figures, how they were
# measured, the cache in CI). Always in CI (CI=true); DUET_STATIC_CHECK=0 skips it in a local run.
# The bound keeps .ci/run within 45 min with a cold cache; a run cut short by it fails, but keeps
# what it checked in the cache for the next run.
if [ "${CI:-}" = "true" ] || [ "${DUET_STATIC_CHECK:-1}" != "0" ]; then
    DUET_BUILD_DIR="$BUILD_DIR" timeout "${DUET_STATIC_TIMEOUT:-1800}" ./scripts/static-check.sh
fi

# shellcheck source=scripts/test-env.sh
. ./scripts/test-env.sh
duet_test_env
cd "$BUILD_DIR"
rm -f test-results/*.txt # each Qt test writes its log here again (tests/CMakeLists.txt)
duet_with_keyring ctest --output-on-failure --timeout 600 -j"$(nproc)"
cd - >/dev/null
# In CI a skipped test function fails the run unless tests/skips-allowed.txt lists it with a reason.
if [ "${CI:-}" = "true" ]; then
    ./scripts/check-skips.sh "$BUILD_DIR/test-results"
fi

# The fuzz targets (docs/TESTING.md, "Fuzzing"): built with clang, ASan and UBSan in ./build-fuzz
# (or $DUET_FUZZ_BUILD_DIR), each run on its checked-in corpus for DUET_FUZZ_SECONDS (0 skips
# them). ctest above already replayed every corpus and regression input in the ordinary build.
FUZZ_SECONDS=${DUET_FUZZ_SECONDS:-15}
if [ "$FUZZ_SECONDS" != "0" ]; then
    DUET_FUZZ_SCRATCH="$DUET_TEST_SCRATCH/fuzz" ./scripts/fuzz.sh all "$FUZZ_SECONDS"
fi

# The packages: built, checked, installed, run and removed again. It installs system packages,
# so it runs in CI (CI=true) or when asked (DUET_TEST_PACKAGES=1), after every test passed.
if [ "${CI:-}" = "true" ] || [ "${DUET_TEST_PACKAGES:-0}" = "1" ]; then
    DUET_BUILD_DIR="$BUILD_DIR" ./scripts/check-packages.sh
fi
