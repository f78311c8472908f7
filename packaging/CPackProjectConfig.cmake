# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE): settings that differ by generator.

if(CPACK_GENERATOR STREQUAL "TGZ")
    # The tarball mirrors the .deb's tree (usr/bin/duet, etc/duet/hub.conf, ...) under one top
    # directory, so /etc stays /etc: unpack with `tar -xzf FILE -C / --strip-components=1`, or
    # anywhere to run usr/bin/duet in place.
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_INSTALL_PREFIX /usr)
endif()
