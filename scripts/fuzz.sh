#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Duet's libFuzzer targets (tests/fuzz, docs/TESTING.md "Fuzzing") for a bounded time.
#
#   scripts/fuzz.sh [--merge] TARGET SECONDS     one target, e.g. scripts/fuzz.sh webhook_decoder 600
#   scripts/fuzz.sh [--merge] all SECONDS        every target in turn, SECONDS each
#   scripts/fuzz.sh --list                       the target names
#
# Configures and builds the clang fuzz build (DUET_FUZZ=ON, Ninja, ccache) in ./build-fuzz (or
# $DUET_FUZZ_BUILD_DIR) when needed, fuzzes a scratch copy of the target's checked-in corpus
# (tests/fuzz/corpus/TARGET, plus its regression inputs and dictionary), and prints libFuzzer's
# final figures. With --merge, the inputs that reached new coverage are folded back into the
# checked-in corpus (libFuzzer -merge=1: only what adds coverage). A crash, leak, timeout or broken
# invariant stops the run: the script names the input that caused it and exits non-zero.
# Scratch files go to $DUET_FUZZ_SCRATCH (default: a new directory under /tmp), kept after the run.
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE_DIR=$PWD

merge=0
if [ "${1:-}" = "--merge" ]; then
    merge=1
    shift
fi

targets_in_tree() {
    sed -n 's/^duet_add_fuzz_target(NAME \([a-z_0-9]*\) .*/\1/p' tests/fuzz/CMakeLists.txt
}

if [ "${1:-}" = "--list" ]; then
    targets_in_tree
    exit 0
fi
if [ $# -ne 2 ] || ! [[ "$2" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: scripts/fuzz.sh [--merge] TARGET|all SECONDS   (targets: scripts/fuzz.sh --list)" >&2
    exit 2
fi
what=$1
seconds=$2
if [ "$what" = "all" ]; then
    mapfile -t targets < <(targets_in_tree)
else
    if ! targets_in_tree | grep -qx "$what"; then
        echo "fuzz: no target '$what' (targets: $(targets_in_tree | tr '\n' ' '))" >&2
        exit 2
    fi
    targets=("$what")
fi

BUILD_DIR=${DUET_FUZZ_BUILD_DIR:-build-fuzz}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$SOURCE_DIR/$BUILD_DIR" ;; esac
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
if ! command -v clang++ >/dev/null; then
    echo "fuzz: clang++ is missing (scripts/deps.sh installs clang and libclang-rt-14-dev)" >&2
    exit 1
fi
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DDUET_FUZZ=ON >/dev/null
fi
build_targets=()
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
cmake --build "$BUILD_DIR" -j"$(nproc)" --target "${build_targets[@]}"

SCRATCH=${DUET_FUZZ_SCRATCH:-$(mktemp -d /tmp/duet-fuzz.XXXXXX)}
mkdir -p "$SCRATCH"
# Symbolized stack traces in the reports; UBSan findings stop the run like ASan's.
symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
if [ -z "$symbolizer" ] && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
    symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
if [ -n "$symbolizer" ]; then export ASAN_SYMBOLIZER_PATH="$symbolizer"; fi
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
for t in "${targets[@]}"; do
    work="$SCRATCH/$t"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp tests/fuzz/corpus/"$t"/* "$work/corpus/" 2>/dev/null || true
    inputs=("$work/corpus")
    if [ -d "tests/fuzz/regressions/$t" ]; then inputs+=("$SOURCE_DIR/tests/fuzz/regressions/$t"); fi
    options=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
             -artifact_prefix="$work/artifacts/")
    if [ -f "tests/fuzz/dicts/$t.dict" ]; then options+=(-dict="$SOURCE_DIR/tests/fuzz/dicts/$t.dict"); fi
    echo "fuzz: $t for ${seconds}s (log: $work/log)"
    rc=0
    (cd "$work" && "$BUILD_DIR/tests/fuzz/fuzz_$t" "${options[@]}" "${inputs[@]}") >"$work/log" 2>&1 || rc=$?
    # libFuzzer's last progress line and its final figures.
    grep -E '^#[0-9]+' "$work/log" | tail -n 1 || true
    grep -E '^stat::' "$work/log" || true
    if [ $rc -ne 0 ]; then
        echo "fuzz: $t FAILED (exit $rc); the report is in $work/log" >&2
        grep -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|invariant violated' "$work/log" | head -n 5 >&2 || true
        # The scratch dir may be removed with the run (scripts/test.sh): the input is also kept in
        # the build dir and, when small, printed so a CI log alone is enough to reproduce it.
        for a in "$work"/artifacts/*; do
            [ -e "$a" ] || continue
            mkdir -p "$BUILD_DIR/crashes/$t"
            cp "$a" "$BUILD_DIR/crashes/$t/"
            echo "fuzz: the input that caused it: $a (kept as $BUILD_DIR/crashes/$t/$(basename "$a"))" >&2
            if [ "$(stat -c %s "$a")" -le 8192 ]; then
                echo "fuzz: the input, base64: $(base64 -w0 "$a")" >&2
            fi
        done
        echo "fuzz: reproduce with $BUILD_DIR/tests/fuzz/fuzz_$t <input>; keep it as a regression input" \
             "in tests/fuzz/regressions/$t/ once fixed" >&2
        status=1
        continue
    fi
    if [ $merge -eq 1 ]; then
        mkdir -p "tests/fuzz/corpus/$t"
        before=$(find "tests/fuzz/corpus/$t" -type f | wc -l)
        "$BUILD_DIR/tests/fuzz/fuzz_$t" -merge=1 "tests/fuzz/corpus/$t" "$work/corpus" >"$work/merge.log" 2>&1
        after=$(find "tests/fuzz/corpus/$t" -type f | wc -l)
        echo "fuzz: merged $((after - before)) new inputs into tests/fuzz/corpus/$t ($after inputs," \
             "$(du -sk "tests/fuzz/corpus/$t" | cut -f1) KiB)"
    fi
done
exit $status
