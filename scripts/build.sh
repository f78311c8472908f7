#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Duet with Ninja and ccache into ./build (or $DUET_BUILD_DIR).
# With CI=true, compiler warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${DUET_BUILD_DIR:-build}
# ccache keeps its default cache (~/.cache/ccache); paths are taken relative to the checkout, so a
# fresh clone elsewhere on the same machine reuses what an earlier build compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
WERROR=OFF
if [ "${CI:-}" = "true" ]; then WERROR=ON; fi
cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=${DUET_BUILD_TYPE:-RelWithDebInfo} \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DDUET_WERROR=$WERROR >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
