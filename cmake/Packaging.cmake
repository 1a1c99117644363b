# Installing and packaging: `cmake --install` puts the two executables, the desktop entry, the
# icon and the AppStream metainfo where a Linux desktop looks for them; `cpack` (run by
# scripts/check-package.sh) makes a .deb of that. The translations are compiled into both
# executables (qt_add_resources), so an installed app finds them wherever it is installed.
include(GNUInstallDirs)

set(FBX_APP_ID org.fhirbulk.Explorer)
# The project's public address (homepage, and where docs/ screenshots are served from) for the
# AppStream metainfo. Set it when making a release: -DFBX_PUBLIC_URL=https://...
set(FBX_PUBLIC_URL "https://fhir-bulk-explorer.invalid" CACHE STRING
    "Public homepage of the project (AppStream metainfo)")
set(FBX_PACKAGE_MAINTAINER "FHIR Bulk Explorer developers <maintainers@fhir-bulk-explorer.invalid>"
    CACHE STRING "Maintainer field of the .deb")

install(TARGETS fhir-bulk-explorer fhir-bulk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES resources/linux/${FBX_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/icons/fhir-bulk-explorer.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${FBX_APP_ID}.svg)
configure_file(resources/linux/${FBX_APP_ID}.metainfo.xml.in
               ${CMAKE_CURRENT_BINARY_DIR}/${FBX_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${FBX_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# What a Debian package carries besides the program: its copyright and a compressed changelog.
set(FBX_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/fhir-bulk-explorer)
set(FBX_CHANGELOG_GZ ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${FBX_CHANGELOG_GZ}
    COMMAND gzip -9nc ${CMAKE_CURRENT_SOURCE_DIR}/resources/linux/changelog > ${FBX_CHANGELOG_GZ}
    DEPENDS resources/linux/changelog VERBATIM)
add_custom_target(fbx_changelog ALL DEPENDS ${FBX_CHANGELOG_GZ})
install(FILES resources/linux/copyright ${FBX_CHANGELOG_GZ} DESTINATION ${FBX_DOC_DIR})
foreach(page fhir-bulk-explorer fhir-bulk)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${page}.1.gz
        COMMAND gzip -9nc ${CMAKE_CURRENT_SOURCE_DIR}/resources/linux/${page}.1
                > ${CMAKE_CURRENT_BINARY_DIR}/${page}.1.gz
        DEPENDS resources/linux/${page}.1 VERBATIM)
    list(APPEND FBX_MAN_PAGES ${CMAKE_CURRENT_BINARY_DIR}/${page}.1.gz)
endforeach()
add_custom_target(fbx_man_pages ALL DEPENDS ${FBX_MAN_PAGES})
install(FILES ${FBX_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fhir-bulk-explorer)
set(CPACK_PACKAGE_VENDOR "The FHIR Bulk Explorer developers")
set(CPACK_PACKAGE_CONTACT "${FBX_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explorer for FHIR Bulk Data Export APIs")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these lines and turns the
# empty one into Debian's paragraph mark.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"FHIR Bulk Explorer is a desktop tool for analysts who work against a FHIR
Bulk Data Export API: every call recorded with its headers, timing and body,
every answer explained (which 401 or 403 of the API gateway, what the
OperationOutcome says), tokens inspected, Groups browsed, Group exports run
with verified downloads, and a redacted support bundle for the vendor.

The package also holds fhir-bulk, the headless companion for scripts, and a
built-in Sandbox server that answers like the vendor API.")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Libraries the executables link are found by dpkg-shlibdeps; what Qt and QtKeychain load at
# run time (the SQLite driver, the SVG icon plugin, libsecret) is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/package)
include(CPack)
