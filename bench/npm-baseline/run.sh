#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the pinned whatsapp-api-js (needs the npm registry) when missing, then runs the baseline.
# Arguments go to baseline.mjs (--runs N, --bodies N, --window N). Pin it like duet-bench:
#   taskset -c 1 bench/npm-baseline/run.sh
set -eu
cd "$(dirname "$0")"
if [ ! -d node_modules/whatsapp-api-js ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
exec node baseline.mjs "$@"
