# SPDX-License-Identifier: GPL-3.0-or-later
# Installers: what `cmake --install` puts where, and CPack's settings for the Debian package and the
# tarball (built and checked by scripts/check-packages.sh), Windows (NSIS) and macOS (DragNDrop).
# Included at the end of the top-level CMakeLists.txt, after every program's target exists; the
# programs' own install(TARGETS) rules live beside them. See docs/PACKAGING.md.

include(GNUInstallDirs)

set(DUET_APP_ID io.duet.Duet)
set(DUET_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(DUET_RESOURCES_DIR ${PROJECT_SOURCE_DIR}/resources)
set(DUET_PACKAGING_BINARY_DIR ${PROJECT_BINARY_DIR}/packaging)
set(DUET_ICON_SIZES 16 22 24 32 48 64 128 256 512)
# `install` (and so cpack) installs what is built instead of building every test first;
# scripts/check-packages.sh builds the programs before it runs cpack.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
# The desktop entry, metainfo, icons, man pages, systemd unit and /etc file are for Linux only;
# Windows and macOS installers get the programs (and the Qt they need) alone.
if(UNIX AND NOT APPLE)
    set(DUET_FREEDESKTOP ON)
else()
    set(DUET_FREEDESKTOP OFF)
endif()

# --- Man pages: roff sources in packaging/man, installed gzip-compressed (-n: reproducible) -------

set(duet_man_pages)
if(TARGET duet)
    list(APPEND duet_man_pages duet)
endif()
if(TARGET duet-hub)
    list(APPEND duet_man_pages duet-hub)
endif()
if(TARGET duet-sim)
    list(APPEND duet_man_pages duet-sim)
endif()

# Which programs this build packages, for scripts/check-packages.sh.
string(REPLACE ";" " " duet_programs "${duet_man_pages}")
file(WRITE ${DUET_PACKAGING_BINARY_DIR}/programs.txt "${duet_programs}\n")

find_program(DUET_GZIP gzip)
set(duet_man_outputs)
foreach(page IN LISTS duet_man_pages)
    set(src ${DUET_PACKAGING_DIR}/man/${page}.1)
    if(DUET_GZIP)
        set(out ${DUET_PACKAGING_BINARY_DIR}/man/${page}.1.gz)
        add_custom_command(OUTPUT ${out}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${DUET_PACKAGING_BINARY_DIR}/man
            COMMAND ${DUET_GZIP} -9 -n -c ${src} > ${out}
            DEPENDS ${src}
            COMMENT "Compressing the ${page}(1) man page"
            VERBATIM)
        list(APPEND duet_man_outputs ${out})
    else()
        list(APPEND duet_man_outputs ${src})
    endif()
endforeach()
if(duet_man_outputs AND DUET_FREEDESKTOP)
    add_custom_target(duet_man_pages ALL DEPENDS ${duet_man_outputs})
    install(FILES ${duet_man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# --- The desktop client: desktop entry, AppStream metainfo, icons --------------------------------

if(TARGET duet AND DUET_FREEDESKTOP)
    install(FILES ${DUET_RESOURCES_DIR}/duet.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
            RENAME ${DUET_APP_ID}.desktop)
    install(FILES ${DUET_RESOURCES_DIR}/${DUET_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${DUET_RESOURCES_DIR}/icons/${DUET_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size IN LISTS DUET_ICON_SIZES)
        install(FILES ${DUET_RESOURCES_DIR}/icons/${size}x${size}/${DUET_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # The metainfo's newest release must be this version: software centres show it as such.
    file(READ ${DUET_RESOURCES_DIR}/${DUET_APP_ID}.metainfo.xml duet_metainfo)
    if(NOT duet_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
        message(WARNING "resources/${DUET_APP_ID}.metainfo.xml has no <release version=\"${PROJECT_VERSION}\">: "
                        "add one (newest first) before packaging this version")
    endif()

    # The AppStream screenshot, made by duet itself on a store filled from the bundled webhook
    # fixtures. Built on demand (`cmake --build . --target duet_appstream_screenshot`); publish the
    # PNG at the <image> URL in the metainfo with each release.
    if(TARGET duet-hub)
        set(shot_dir ${DUET_PACKAGING_BINARY_DIR}/screenshots)
        set(fixtures ${PROJECT_SOURCE_DIR}/tests/fixtures/webhooks/good)
        add_custom_target(duet_appstream_screenshot
            COMMAND ${CMAKE_COMMAND} -E make_directory ${shot_dir}
            COMMAND ${CMAKE_COMMAND} -E rm -f ${shot_dir}/demo.sqlite ${shot_dir}/demo.sqlite-wal
                    ${shot_dir}/demo.sqlite-shm
            COMMAND $<TARGET_FILE:duet-hub> ingest --db ${shot_dir}/demo.sqlite
                    ${fixtures}/history_chunk_out_of_order.json
                    ${fixtures}/echoes_text_media_edit_revoke.json
                    ${fixtures}/location_and_contacts.json
                    ${fixtures}/interactive_replies.json
                    ${fixtures}/reactions.json
                    ${fixtures}/media_every_kind.json
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                    $<TARGET_FILE:duet> --db ${shot_dir}/demo.sqlite --screenshot ${shot_dir}/main-window.png
                    --quit-after 1
            DEPENDS duet duet-hub
            BYPRODUCTS ${shot_dir}/main-window.png
            COMMENT "Rendering the AppStream screenshot with duet --screenshot"
            VERBATIM)
    endif()
endif()

# --- The hub: systemd unit, sample configuration, documentation ----------------------------------

if(TARGET duet-hub AND DUET_FREEDESKTOP)
    # /usr/lib/systemd/system: the systemd package's own directory for units of packages.
    install(FILES ${DUET_PACKAGING_DIR}/duet-hub.service DESTINATION lib/systemd/system)
    # Absolute: /etc even though the prefix is /usr. A conffile of the .deb (debian/conffiles);
    # mode 0600 as shipped, handed to the duet-hub user by the postinst script.
    install(FILES ${DUET_PACKAGING_DIR}/hub.conf DESTINATION /etc/duet
            PERMISSIONS OWNER_READ OWNER_WRITE)
endif()
if(DUET_FREEDESKTOP)
    install(FILES ${DUET_PACKAGING_DIR}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/duet)
endif()

# --- CPack: common settings ----------------------------------------------------------------------

set(CPACK_PACKAGE_NAME duet)
set(CPACK_PACKAGE_VENDOR "Duet")
set(CPACK_PACKAGE_CONTACT "Duet maintainers <maintainers@duet.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "shared inbox for WhatsApp Business numbers in Coexistence mode")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${DUET_PACKAGING_DIR}/description.txt)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Duet")
set(CPACK_PACKAGE_EXECUTABLES duet "Duet")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_FILE_NAME "duet-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
# Per-generator settings that must differ (the tarball's root): packaging/CPackProjectConfig.cmake.
set(CPACK_PROJECT_CONFIG_FILE ${DUET_PACKAGING_DIR}/CPackProjectConfig.cmake)

# --- Debian package (Debian 12) ------------------------------------------------------------------

set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_NAME duet)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # duet_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Read here: CPack would escape the file's apostrophes as XML (&apos;) in the control file.
file(READ ${CPACK_PACKAGE_DESCRIPTION_FILE} duet_description)
string(STRIP "${duet_description}" duet_description)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${duet_description}") # CPack puts the summary first
# dpkg-shlibdeps finds the Qt libraries the programs link. It cannot see the plugins Qt loads at
# run time (the SQLite driver) nor libraries --as-needed dropped from the link (QtKeychain): those
# are listed here. The xcb and offscreen platform plugins are in libqt6gui6, which shlibdeps finds.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6keychain1, adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libqt6sql6-psql, gnome-keyring, qt6-wayland, fonts-noto-color-emoji, qt6-translations-l10n, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql, caddy | nginx, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${DUET_PACKAGING_DIR}/debian/conffiles
    ${DUET_PACKAGING_DIR}/debian/postinst
    ${DUET_PACKAGING_DIR}/debian/prerm
    ${DUET_PACKAGING_DIR}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON) # scripts 0755, the rest 0644

# --- Windows: NSIS (not built or tested on this project's machines; see docs/PACKAGING.md) -------

set(CPACK_NSIS_PACKAGE_NAME "Duet")
set(CPACK_NSIS_DISPLAY_NAME "Duet ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${DUET_PACKAGING_DIR}/windows/duet.ico)
set(CPACK_NSIS_MUI_UNIICON ${DUET_PACKAGING_DIR}/windows/duet.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\duet.exe")
set(CPACK_NSIS_CONTACT "maintainers@duet.invalid")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN duet.exe)

# --- macOS: DragNDrop (not built or tested on this project's machines; see docs/PACKAGING.md) ----

set(CPACK_DMG_VOLUME_NAME "Duet")
set(CPACK_DMG_FORMAT UDZO)
if(EXISTS ${DUET_PACKAGING_DIR}/macos/duet.icns)
    set(CPACK_PACKAGE_ICON ${DUET_PACKAGING_DIR}/macos/duet.icns)
endif()

if(WIN32 OR APPLE)
    if(TARGET duet)
        set_target_properties(duet PROPERTIES WIN32_EXECUTABLE ON)
        if(APPLE)
            set_target_properties(duet PROPERTIES
                MACOSX_BUNDLE ON
                MACOSX_BUNDLE_BUNDLE_NAME "Duet"
                MACOSX_BUNDLE_GUI_IDENTIFIER ${DUET_APP_ID}
                MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
                MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
                MACOSX_BUNDLE_ICON_FILE duet.icns)
            # The icon inside the bundle (Contents/Resources), once made with iconutil.
            if(EXISTS ${DUET_PACKAGING_DIR}/macos/duet.icns)
                target_sources(duet PRIVATE ${DUET_PACKAGING_DIR}/macos/duet.icns)
                set_source_files_properties(${DUET_PACKAGING_DIR}/macos/duet.icns
                    TARGET_DIRECTORY duet PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
            endif()
        endif()
        # windeployqt / macdeployqt: copy the Qt libraries and plugins next to the programs.
        qt_generate_deploy_app_script(TARGET duet FILENAME_VARIABLE duet_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${duet_deploy_script})
    endif()
    if(WIN32)
        set(CPACK_GENERATOR "NSIS;ZIP")
    else()
        set(CPACK_GENERATOR "DragNDrop")
    endif()
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

include(CPack)
