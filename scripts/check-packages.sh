#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb and the .tar.gz with CPack in an already built tree ($DUET_BUILD_DIR, default
# ./build), checks their contents and metadata, validates the desktop entry and the AppStream
# metainfo, then INSTALLS the .deb on this machine (apt-get, as root or with sudo), runs the
# installed programs, and removes and purges it again. Stops at the first problem with a message
# saying what is wrong. scripts/test.sh runs it when CI=true or DUET_TEST_PACKAGES=1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${DUET_BUILD_DIR:-build}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac

say() { echo "check-packages: $*"; }
fail() {
    echo "check-packages: FAILED: $*" >&2
    exit 1
}

[ -f "$BUILD_DIR/CMakeCache.txt" ] || fail "$BUILD_DIR is not a configured build directory (run scripts/build.sh first)"
[ -f "$BUILD_DIR/packaging/programs.txt" ] ||
    fail "$BUILD_DIR/packaging/programs.txt is missing: the build predates packaging/Packaging.cmake; reconfigure it"
read -r -a PROGRAMS <"$BUILD_DIR/packaging/programs.txt"
has() { [[ " ${PROGRAMS[*]} " == *" $1 "* ]]; }
has duet-hub || fail "the build has no duet-hub target; nothing to package"
if ! has duet; then
    say "WARNING: this build has no duet target (desktop/ not built): skipping every check of the desktop client"
fi
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
[ -n "$VERSION" ] || fail "cannot read the project version from $BUILD_DIR/CMakeCache.txt"
DEB="$BUILD_DIR/duet_${VERSION}_amd64.deb"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "installing the .deb needs root: run as root or install sudo"
    SUDO=(sudo)
fi

scratch=$(mktemp -d /tmp/duet-check-packages.XXXXXX)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        echo "check-packages: removing the package after a failure" >&2
        DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get remove -y -qq duet >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# --- 1. Build the packages ------------------------------------------------------------------------

say "building the programs, then the packages with cpack (version $VERSION)"
cmake --build "$BUILD_DIR" -j"$(nproc)" --target "${PROGRAMS[@]}" duet_man_pages >"$scratch/build.log" 2>&1 ||
    { cat "$scratch/build.log" >&2; fail "the programs do not build"; }
rm -f "$BUILD_DIR"/duet_*.deb "$BUILD_DIR"/duet-*.tar.gz
(cd "$BUILD_DIR" && cpack -G "DEB;TGZ") >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; fail "cpack -G \"DEB;TGZ\" failed (its output is above)"; }
[ -f "$DEB" ] || { cat "$scratch/cpack.log" >&2; fail "cpack made no $(basename "$DEB")"; }
TGZ=$(find "$BUILD_DIR" -maxdepth 1 -name "duet-$VERSION-*.tar.gz" | head -n 1)
[ -n "$TGZ" ] || fail "cpack made no duet-$VERSION-*.tar.gz"
say "made $(basename "$DEB") ($(du -k "$DEB" | cut -f1) kB) and $(basename "$TGZ")"

# --- 2. Contents and metadata ---------------------------------------------------------------------

dpkg-deb -c "$DEB" >"$scratch/contents" || fail "dpkg-deb -c cannot read $DEB"
expect_path() { # $1: path in the package; $2 (optional): the listed mode, e.g. -rw-------
    local line
    line=$(awk -v p=".$1" '$6 == p' "$scratch/contents")
    [ -n "$line" ] || fail "$(basename "$DEB") lacks $1 (dpkg-deb -c)"
    if [ -n "${2:-}" ] && [ "${line%% *}" != "$2" ]; then
        fail "$1 is listed as ${line%% *} in the .deb, expected $2"
    fi
}
expect_path /usr/bin/duet-hub -rwxr-xr-x
expect_path /usr/share/man/man1/duet-hub.1.gz -rw-r--r--
expect_path /usr/lib/systemd/system/duet-hub.service -rw-r--r--
expect_path /etc/duet/hub.conf -rw-------
expect_path /usr/share/doc/duet/copyright
if has duet-sim; then
    expect_path /usr/bin/duet-sim -rwxr-xr-x
    expect_path /usr/share/man/man1/duet-sim.1.gz
fi
if has duet; then
    expect_path /usr/bin/duet -rwxr-xr-x
    expect_path /usr/share/man/man1/duet.1.gz
    expect_path /usr/share/applications/io.duet.Duet.desktop -rw-r--r--
    expect_path /usr/share/metainfo/io.duet.Duet.metainfo.xml -rw-r--r--
    expect_path /usr/share/icons/hicolor/scalable/apps/io.duet.Duet.svg
    for size in 16 22 24 32 48 64 128 256 512; do
        expect_path "/usr/share/icons/hicolor/${size}x${size}/apps/io.duet.Duet.png"
    done
fi
not_root=$(awk '$2 != "root/root"' "$scratch/contents")
[ -z "$not_root" ] || fail "files in the .deb not owned by root/root: $not_root"

field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = duet ] || fail "Package is '$(field Package)', expected duet"
[ "$(field Version)" = "$VERSION" ] || fail "Version is '$(field Version)', expected $VERSION"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is '$(field Architecture)', expected amd64"
DEPENDS=$(field Depends)
for dep in libqt6keychain1 libqt6sql6-sqlite libqt6core6 adduser; do
    [[ ", $DEPENDS," == *", $dep"[\ ,\(]* ]] || fail "Depends lacks $dep: $DEPENDS"
done
if has duet; then
    [[ "$DEPENDS" == *libqt6widgets6* ]] || fail "Depends lacks libqt6widgets6 (dpkg-shlibdeps did not run?): $DEPENDS"
fi
for f in Maintainer Description Section; do
    [ -n "$(field $f)" ] || fail "the .deb's $f field is empty"
done
dpkg-deb --ctrl-tarfile "$DEB" | tar -t >"$scratch/control" || fail "cannot list the .deb's control files"
for f in conffiles postinst prerm postrm md5sums; do
    grep -qx "./$f" "$scratch/control" || fail "the .deb has no $f control file"
done
[ "$(dpkg-deb -I "$DEB" conffiles)" = /etc/duet/hub.conf ] ||
    fail "conffiles should list /etc/duet/hub.conf alone, it lists: $(dpkg-deb -I "$DEB" conffiles)"
say "dpkg-deb -c and -f: contents, modes and fields as expected; Depends: $DEPENDS"

tar -tvzf "$TGZ" >"$scratch/tgz" || fail "cannot list $TGZ"
grep -q ' duet-[^ ]*/usr/bin/duet-hub$' "$scratch/tgz" || fail "$(basename "$TGZ") lacks usr/bin/duet-hub"
grep -q '^-rw------- .* duet-[^ ]*/etc/duet/hub.conf$' "$scratch/tgz" ||
    fail "$(basename "$TGZ") lacks etc/duet/hub.conf with mode -rw-------"
say "the tarball holds the same tree"

# --- 3. Validate what ships -----------------------------------------------------------------------

dpkg-deb -x "$DEB" "$scratch/root"
for page in "$scratch"/root/usr/share/man/man1/*.1.gz; do
    gzip -t "$page" || fail "$(basename "$page") is not valid gzip"
    if command -v man >/dev/null; then
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
        [ -z "$warnings" ] || fail "$(basename "$page") has roff warnings: $warnings"
    fi
done
if has duet; then
    desktop-file-validate "$scratch/root/usr/share/applications/io.duet.Duet.desktop" ||
        fail "desktop-file-validate rejects io.duet.Duet.desktop (above)"
    appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/io.duet.Duet.metainfo.xml" >"$scratch/as.log" 2>&1 ||
        { cat "$scratch/as.log" >&2; fail "appstreamcli validate --no-net rejects io.duet.Duet.metainfo.xml"; }
    grep -q "<release version=\"$VERSION\"" "$scratch/root/usr/share/metainfo/io.duet.Duet.metainfo.xml" ||
        fail "the metainfo has no <release version=\"$VERSION\">: add this release to resources/io.duet.Duet.metainfo.xml"
    say "desktop-file-validate and appstreamcli validate --no-net: valid"
fi

# --- 4. Install, run, remove ----------------------------------------------------------------------

apt_get() { DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get -y -q "$@"; }
if dpkg-query -W -f='${Status}' duet 2>/dev/null | grep -q 'install ok installed'; then
    say "removing the duet package already installed here"
    apt_get remove duet >"$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log" >&2; fail "apt-get remove duet failed"; }
fi

# Depends alone must be enough to run: Recommends are left out on purpose.
say "installing $(basename "$DEB") with apt-get (dependencies from Debian)"
installed=1
apt_get install --no-install-recommends "$DEB" >"$scratch/apt.log" 2>&1 ||
    { cat "$scratch/apt.log" >&2; fail "apt-get install $DEB failed (above)"; }

version_line=$(/usr/bin/duet-hub --version) || fail "/usr/bin/duet-hub --version failed"
[ "$version_line" = "duet-hub $VERSION" ] || fail "/usr/bin/duet-hub --version printed '$version_line'"
if has duet-sim; then
    version_line=$(/usr/bin/duet-sim --version) || fail "/usr/bin/duet-sim --version failed"
    [ "$version_line" = "duet-sim $VERSION" ] || fail "/usr/bin/duet-sim --version printed '$version_line'"
fi
if has duet; then
    mkdir -m 0700 "$scratch/home" "$scratch/runtime"
    version_line=$(XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen /usr/bin/duet --version) ||
        fail "/usr/bin/duet --version failed"
    [ "$version_line" = "duet $VERSION" ] || fail "/usr/bin/duet --version printed '$version_line'"
    # A user's first start: no store yet, default locations (kept inside the scratch directory).
    shot="$scratch/installed-screenshot.png"
    HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
        XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen \
        /usr/bin/duet --screenshot "$shot" --quit-after 1 >"$scratch/duet.log" 2>&1 ||
        { cat "$scratch/duet.log" >&2; fail "the installed duet --screenshot failed (above)"; }
    [ -s "$shot" ] || fail "the installed duet --screenshot wrote no image"
    [ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
    cp "$shot" "$BUILD_DIR/packaging/installed-screenshot.png"
    # With conversations: the installed hub fills a store, the installed desktop shows it.
    /usr/bin/duet-hub ingest --db "$scratch/demo.sqlite" tests/fixtures/webhooks/good/history_chunk_out_of_order.json \
        tests/fixtures/webhooks/good/echoes_text_media_edit_revoke.json >"$scratch/ingest.log" 2>&1 ||
        { cat "$scratch/ingest.log" >&2; fail "the installed duet-hub ingest failed (above)"; }
    HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen \
        /usr/bin/duet --db "$scratch/demo.sqlite" --screenshot "$scratch/demo.png" --quit-after 1 >"$scratch/duet.log" 2>&1 ||
        { cat "$scratch/duet.log" >&2; fail "the installed duet --db ... --screenshot failed (above)"; }
    [ -s "$scratch/demo.png" ] || fail "the installed duet --db ... --screenshot wrote no image"
    cp "$scratch/demo.png" "$BUILD_DIR/packaging/installed-screenshot-demo.png"
    say "installed duet --version, duet-hub --version and duet --screenshot work" \
        "($(stat -c %s "$shot") bytes: $BUILD_DIR/packaging/installed-screenshot.png)"
else
    say "installed duet-hub --version works (no duet in this build)"
fi

getent passwd duet-hub >/dev/null || fail "postinst did not create the duet-hub user"
getent group duet-hub >/dev/null || fail "postinst did not create the duet-hub group"
[ "$(stat -c '%U:%G %a' /etc/duet/hub.conf)" = "duet-hub:duet-hub 600" ] ||
    fail "/etc/duet/hub.conf is $(stat -c '%U:%G %a' /etc/duet/hub.conf), expected duet-hub:duet-hub 600"
[ "$(stat -c '%U:%G %a' /var/lib/duet-hub)" = "duet-hub:duet-hub 700" ] ||
    fail "/var/lib/duet-hub is $(stat -c '%U:%G %a' /var/lib/duet-hub), expected duet-hub:duet-hub 700"
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /usr/lib/systemd/system/duet-hub.service >"$scratch/verify.log" 2>&1 ||
        { cat "$scratch/verify.log" >&2; fail "systemd-analyze verify rejects duet-hub.service (above)"; }
    say "systemd-analyze verify: duet-hub.service is valid"
fi

# The service's command line, as the service's user: the sample configuration is readable and
# valid, and the hub stops (exit 2) at the first thing an administrator must still do.
if [ ! -e /etc/duet/app-secret ]; then
    set +e
    "${SUDO[@]}" runuser -u duet-hub -- /usr/bin/duet-hub serve --config /etc/duet/hub.conf >"$scratch/serve.log" 2>&1
    code=$?
    set -e
    if [ "$code" != 2 ] || ! grep -q 'app secret file /etc/duet/app-secret does not exist' "$scratch/serve.log"; then
        cat "$scratch/serve.log" >&2
        fail "duet-hub serve --config /etc/duet/hub.conf as duet-hub: expected exit 2 for the missing app secret, got $code"
    fi
    say "duet-hub serve --config /etc/duet/hub.conf as duet-hub reads the sample and asks for the app secret"
fi

# The hub, run as its service user with the sample configuration's paths, creates a database in
# the state directory: a database of this check's own, so that data found there is never touched.
checkdb=/var/lib/duet-hub/check-packages.sqlite
"${SUDO[@]}" rm -f "$checkdb" "$checkdb-wal" "$checkdb-shm"
"${SUDO[@]}" runuser -u duet-hub -- /usr/bin/duet-hub agent add check-packages --role agent --db "$checkdb" \
    >/dev/null 2>"$scratch/agent.log" || { cat "$scratch/agent.log" >&2; fail "duet-hub agent add as duet-hub failed"; }
"${SUDO[@]}" find /var/lib/duet-hub -type f -exec sha256sum {} + | sort >"$scratch/data.before"
say "the installed hub, as duet-hub, created $checkdb"

# A second install of the same version runs the upgrade path of the maintainer scripts.
"${SUDO[@]}" dpkg -i "$DEB" >"$scratch/dpkg.log" 2>&1 || { cat "$scratch/dpkg.log" >&2; fail "reinstalling with dpkg -i failed"; }

say "removing the package (apt-get remove duet)"
apt_get remove duet >"$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log" >&2; fail "apt-get remove duet failed"; }
[ ! -e /usr/bin/duet-hub ] || fail "/usr/bin/duet-hub is still there after apt-get remove"
[ -f /etc/duet/hub.conf ] || fail "apt-get remove deleted /etc/duet/hub.conf (a conffile stays until purge)"
"${SUDO[@]}" find /var/lib/duet-hub -type f -exec sha256sum {} + | sort >"$scratch/data.after"
cmp -s "$scratch/data.before" "$scratch/data.after" ||
    fail "removing the package changed /var/lib/duet-hub: $(diff "$scratch/data.before" "$scratch/data.after" | head -5)"
say "after remove: programs gone, /etc/duet/hub.conf and /var/lib/duet-hub left alone"

"${SUDO[@]}" dpkg --purge duet >"$scratch/dpkg.log" 2>&1 || { cat "$scratch/dpkg.log" >&2; fail "dpkg --purge duet failed"; }
installed=0
[ ! -e /etc/duet/hub.conf ] || fail "dpkg --purge left /etc/duet/hub.conf"
"${SUDO[@]}" find /var/lib/duet-hub -type f -exec sha256sum {} + | sort >"$scratch/data.after"
cmp -s "$scratch/data.before" "$scratch/data.after" || fail "purging the package changed /var/lib/duet-hub"
getent passwd duet-hub >/dev/null || fail "purging removed the duet-hub user, which still owns /var/lib/duet-hub"
say "after purge: /etc/duet/hub.conf gone, /var/lib/duet-hub and the duet-hub user kept"
"${SUDO[@]}" rm -f "$checkdb" "$checkdb-wal" "$checkdb-shm"

say "OK: $(basename "$DEB") and $(basename "$TGZ") built, checked, installed, run and removed"
