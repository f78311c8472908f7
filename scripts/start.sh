#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command: installs what is missing, builds Duet and starts its demo
# (`duet --demo`: a simulated WhatsApp number with a scripted day, all in a temporary folder).
# Without a display it renders the demo to a PNG instead and says how to see it live.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
BUILD_DIR=${DUET_BUILD_DIR:-build}
DUET="$BUILD_DIR/desktop/duet"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = "Darwin" ]; then
    echo "duet: starting the demo (close the window to quit; nothing of yours is read or changed)"
    exec "$DUET" --demo "$@"
fi

# No display (an SSH session, a container, CI): render the demo offscreen, 8 seconds in.
SHOT="$BUILD_DIR/duet-demo.png"
echo "duet: no display found (DISPLAY and WAYLAND_DISPLAY are unset); rendering the demo offscreen..."
if ! QT_QPA_PLATFORM=offscreen "$DUET" --demo --screenshot "$SHOT" --quit-after 8 "$@"; then
    echo "duet: the offscreen demo failed; see the messages above." >&2
    exit 1
fi
cat <<MSG
duet: the demo's window after 8 seconds is in $SHOT
      (open it with any image viewer, or copy it to your own computer:
       scp $(whoami)@$(hostname):$PWD/$SHOT .)

To watch the demo live, run Duet where there is a display:
  - on a desktop:                $DUET --demo
  - over SSH with X forwarding:  ssh -X $(whoami)@$(hostname)  then  $PWD/$DUET --demo
  - in a virtual display:        xvfb-run -a $DUET --demo --screenshot later.png --quit-after 30
Everything the demo does lives in a temporary folder that is removed when it quits.
MSG
exit 0
