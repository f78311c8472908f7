#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Duet with clang's sanitizers and runs the tests under them (docs/TESTING.md, "Sanitizers").
#   scripts/sanitize.sh asan [ctest args]  AddressSanitizer + UndefinedBehaviorSanitizer, every test
#   scripts/sanitize.sh tsan [ctest args]  ThreadSanitizer, the tests of Duet's own threads
# The build directory is build-asan/ or build-tsan/ (DUET_SANITIZE_BUILD_DIR picks another); the
# configure, build and test settings, the sanitizer options among them, are CMakePresets.json's
# presets of the same name. The tests run as scripts/test.sh runs them (offscreen, private keyring,
# scratch directories); DUET_SANITIZE_SKIP_BUILD=1 reruns the tests without building. Any
# sanitizer report, from a test or from a program a test started, fails the run and is printed at
# the end.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-asan}
case "$mode" in
asan | tsan) ;;
*)
    echo "usage: scripts/sanitize.sh [asan|tsan] [ctest arguments]" >&2
    exit 2
    ;;
esac
[ $# -gt 0 ] && shift
BUILD_DIR=${DUET_SANITIZE_BUILD_DIR:-build-$mode}

./scripts/deps.sh --sanitizers

# What the presets say: the targets to build, the tests to run and their environment.
preset() {
    python3 - "$mode" "$1" "$PWD" <<'PY'
import json, shlex, sys
mode, what, source = sys.argv[1:]
presets = json.load(open("CMakePresets.json"))
def find(kind):
    return next(p for p in presets[kind] if p["name"] == mode)
if what == "targets":
    print(" ".join(find("buildPresets").get("targets", [])))
elif what == "filter":
    print(find("testPresets").get("filter", {}).get("include", {}).get("name", ""))
elif what == "env":
    for key, value in find("testPresets").get("environment", {}).items():
        print("export %s=%s" % (key, shlex.quote(value.replace("${sourceDir}", source))))
PY
}

start=$SECONDS
if [ "${DUET_SANITIZE_SKIP_BUILD:-0}" != "1" ]; then # set to 1 to rerun tests already built
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
    cmake --preset "$mode" -B "$BUILD_DIR" >/dev/null
    targets=$(preset targets)
    # shellcheck disable=SC2086 # a list of target names
    cmake --build "$BUILD_DIR" -j"$(nproc)" ${targets:+--target $targets}
fi
built=$SECONDS
echo "sanitize: $mode build took $((built - start)) s"

# shellcheck source=scripts/test-env.sh
. ./scripts/test-env.sh
duet_test_env
eval "$(preset env)"
# Reports go to files as well as failing the process: a program a test starts (duet-hub, duet-sim)
# may have its stderr swallowed by the test, its report file is not.
reports="$DUET_TEST_SCRATCH_DIR/sanitizer-reports"
mkdir -p "$reports"
for var in ASAN_OPTIONS UBSAN_OPTIONS TSAN_OPTIONS; do
    if [ -n "${!var:-}" ]; then export "$var=${!var}:log_path=$reports/${var%_OPTIONS}"; fi
done
filter=$(preset filter)
status=0
# The sanitizers make the tests several times slower: TestDecoderMutation's byte flips alone take
# over 10 minutes under ASan, past Qt Test's 5-minute watchdog (hence QTEST_FUNCTION_TIMEOUT in the
# presets) and scripts/test.sh's 600 s, so each test gets 40 minutes here.
duet_with_keyring ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 2400 -j"$(nproc)" \
    ${filter:+-R "$filter"} "$@" || status=$?
echo "sanitize: $mode tests took $((SECONDS - built)) s"

if [ -n "$(ls -A "$reports")" ]; then
    for f in "$reports"/*; do
        echo "=== $f"
        cat "$f"
    done
    echo "sanitize: $(find "$reports" -type f | wc -l) sanitizer report(s), see above" >&2
    exit 1
fi
exit "$status"
