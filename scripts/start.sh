#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command: installs what is missing, builds Duet and starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
BUILD_DIR=${DUET_BUILD_DIR:-build}
echo "duet: decoding a bundled Coexistence webhook (a history chunk) with duet-hub decode:"
exec "$BUILD_DIR/hub/duet-hub" decode tests/fixtures/webhooks/good/history_chunk_out_of_order.json
