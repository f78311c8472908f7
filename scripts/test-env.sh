#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The environment every test run shares, sourced by scripts/test.sh and scripts/sanitize.sh.
# duet_test_env: a scratch directory (removed on exit) for the runtime dir, the data dir and the
# tests' own files, and the offscreen Qt platform.
# duet_with_keyring CMD...: runs CMD inside a private D-Bus session with its own unlocked
# gnome-keyring, gone when CMD ends, so the keychain tests never touch the user's keyring.

duet_test_env() {
    DUET_TEST_SCRATCH_DIR=$(mktemp -d /tmp/duet-test.XXXXXX)
    # shellcheck disable=SC2064 # the path is fixed now, on purpose
    trap "rm -rf '$DUET_TEST_SCRATCH_DIR'" EXIT
    mkdir -m 0700 "$DUET_TEST_SCRATCH_DIR/runtime" "$DUET_TEST_SCRATCH_DIR/data"
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR="$DUET_TEST_SCRATCH_DIR/runtime"
    export XDG_DATA_HOME="$DUET_TEST_SCRATCH_DIR/data"
    export DUET_TEST_SCRATCH="$DUET_TEST_SCRATCH_DIR"
}

duet_with_keyring() {
    # shellcheck disable=SC2016 # expanded by the inner shell
    dbus-run-session -- sh -c \
        'printf duet-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
         exec "$@"' duet-test "$@"
}
