#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-tidy (.clang-tidy) and clazy on every translation unit of Duet's own code; fails on any finding.
#   scripts/static-check.sh                   every unit in $DUET_BUILD_DIR/compile_commands.json
#   scripts/static-check.sh --changed main    only units whose source or included headers changed
#   scripts/static-check.sh FILE...           only the units of these files (a header: its includers)
# Needs a build first (moc/uic output). Results are cached in ~/.cache/duet-static (DUET_STATIC_CACHE),
# keyed on the tool, its configuration and the preprocessed unit, so a second run re-checks only what
# changed. Runs $(nproc) units at a time (DUET_STATIC_JOBS). docs/TESTING.md, "Static checks".
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/static-check.py "$@"
