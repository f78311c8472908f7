#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders resources/icons/io.duet.Duet.svg into the committed PNG sizes and the Windows .ico.
# Run it after editing the SVG (needs rsvg-convert from librsvg2-bin and ImageMagick's convert);
# the build uses the committed files and needs neither.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/io.duet.Duet.svg
for tool in rsvg-convert convert; do
    command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing (apt-get install librsvg2-bin imagemagick)" >&2; exit 1; }
done
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "resources/icons/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "resources/icons/${size}x${size}/io.duet.Duet.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar use.
convert resources/icons/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}/io.duet.Duet.png packaging/windows/duet.ico
echo "render-icons: wrote resources/icons/*/io.duet.Duet.png and packaging/windows/duet.ico"
