#pragma once

#include <QString>

// What this build is: version, the git commit it was built from ("unknown" outside a git
// checkout), the Qt it was built with and runs on, the QtKeychain it was built with. For
// `fhir-bulk --version`, Help → About and the support bundle.
namespace BuildInfo {

QString version();
QString commit();
QString qtVersions(); // "6.4.2" or "6.4.2 (built with 6.4.1)"
QString qtKeychainVersion();
// One line: "FHIR Bulk Explorer 0.1.0 (commit 1a2b3c4d5e6f) · Qt 6.4.2 · QtKeychain 0.13.2"
QString summary();

} // namespace BuildInfo
