#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file includes a header from a floor above its own (docs/ARCHITECTURE.md, "The floors").
#
#   scripts/check-layers.sh
#
# CMake's link graph keeps widgets out of app/ and the hub and the simulator out of ui/, but the app/
# libraries share one include root and ui/ sees the whole tree, so an include the link graph does not
# allow can compile. This check reads every `#include "dir/..."` and allows, per folder, only the
# libraries that folder links (its CMakeLists.txt) and its own headers, and refuses QtGui and
# QtWidgets headers named by their module path (<QtWidgets/QWidget>) in app/, hub/ and sim/.
set -euo pipefail
cd "$(dirname "$0")/.."

# folder: the include prefixes it may use, besides its own files.
declare -A allowed=(
    [app/core]="core"
    [app/cloudapi]="core cloudapi"
    [app/net]="core net"
    [app/store]="core store"
    [app/sync]="core net store sync"
    [app/secrets]="core secrets"
    [app/outbound]="core cloudapi store outbound"
    [app/onboarding]="core cloudapi onboarding"
    [ui]="core cloudapi net store sync secrets outbound onboarding ui"
    [hub]="core cloudapi net store sync onboarding cli"
    [sim]="core cloudapi net"
)
# Prefixes that name a library or a program of Duet (anything else is a Qt or system header).
known=" core cloudapi net store sync secrets outbound onboarding ui hub sim desktop cli "

status=0
for folder in "${!allowed[@]}"; do
    ok=" ${allowed[$folder]} "
    while IFS=: read -r file line text; do
        prefix=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([a-z]+)\/.*/\1/' <<<"$text")
        [[ "$known" == *" $prefix "* ]] || continue
        if [[ "$ok" != *" $prefix "* ]]; then
            echo "$file:$line: includes \"$prefix/...\", a floor $folder/ must not use: $text" >&2
            status=1
        fi
    done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z]+/' "$folder" --include='*.h' --include='*.cpp' || true)
done
# Below the desktop nothing paints: no QtGui or QtWidgets header, even by its module path.
if grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<Qt(Gui|Widgets)/' app hub sim \
    --include='*.h' --include='*.cpp' >&2; then
    echo "the lines above include QtGui or QtWidgets below the desktop's floors" >&2
    status=1
fi
# Sound stays in the widgets' layers: Qt Multimedia (a voice note playing in its bubble) is for
# ui/ and desktop/ only, by module path or by class.
if grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(QtMultimedia/|QMedia|QAudio|QSound|QVideo)' app hub sim \
    --include='*.h' --include='*.cpp' >&2; then
    echo "the lines above include Qt Multimedia below ui/ and desktop/" >&2
    status=1
fi
if [ "$status" -eq 0 ]; then
    echo "layers: every include goes down"
fi
exit "$status"
