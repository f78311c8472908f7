#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, from Debian 12's own packages, whatever Duet needs to build, test and run that is not
# installed yet. Safe to run again: when nothing is missing it changes nothing and needs no root.
# With --sanitizers it also installs what scripts/sanitize.sh needs (clang 14, its sanitizer
# runtimes and the symbolizer).
set -euo pipefail

DUET_PACKAGES=(
    cmake ninja-build g++ ccache dpkg-dev file pkg-config
    qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev qt6-multimedia-dev
    qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
    xvfb xauth x11-apps xdotool fonts-dejavu-core
    fonts-noto-color-emoji
    openbox imagemagick x11-utils
    dbus gnome-keyring libsecret-tools postgresql
    clang-format clang clang-tidy clazy desktop-file-utils appstream python3
    libphonenumber-dev
    clang libclang-rt-14-dev llvm
)

# The sanitizer builds (scripts/sanitize.sh): clang, its runtimes, llvm-symbolizer for the stacks.
DUET_SANITIZER_PACKAGES=(clang-14 libclang-rt-14-dev llvm-14)
if [ "${1:-}" = "--sanitizers" ]; then
    DUET_PACKAGES+=("${DUET_SANITIZER_PACKAGES[@]}")
fi

missing=()
for p in "${DUET_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: everything Duet needs is installed"
    exit 0
fi

echo "deps: installing ${missing[*]}"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "deps: these packages are missing and this user cannot install them: ${missing[*]}" >&2
        echo "deps: run this script as root, or install them with apt-get" >&2
        exit 1
    fi
    SUDO=(sudo)
fi
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
