#pragma once

#include <QLoggingCategory>
#include <QString>

// One category per subsystem, all under "fbx.": enable them with `--verbose` (fhir-bulk, the app)
// or QT_LOGGING_RULES ("fbx.export=true"). Nothing logged may hold a secret: log call ids,
// states and URLs, never a header value or a body; the file sink scrubs bearer tokens as a
// second line of defence.
Q_DECLARE_LOGGING_CATEGORY(lcNet)     // fbx.net: every HTTP exchange
Q_DECLARE_LOGGING_CATEGORY(lcExport)  // fbx.export: kick-off, polls, downloads, verification
Q_DECLARE_LOGGING_CATEGORY(lcAuth)    // fbx.auth: token requests, renewal, the keychain
Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // fbx.sandbox: the built-in server
Q_DECLARE_LOGGING_CATEGORY(lcCli)     // fbx.cli: fhir-bulk's commands
Q_DECLARE_LOGGING_CATEGORY(lcUi)      // fbx.ui: the window
Q_DECLARE_LOGGING_CATEGORY(lcHistory) // fbx.history: the call history database

namespace Logging {

// Turns on every fbx category down to debug (--verbose).
void setVerbose();
// Also writes every message to `path` (the previous run's file is kept as PATH.1), with
// timestamps; messages are scrubbed of anything that looks like a bearer token. Returns false
// (and logging goes on to stderr only) when the file cannot be opened.
bool logToFile(const QString &path);
// The folder the window's log file lives in.
QString logFolder();
// Replaces bearer tokens and JWT-shaped strings in a log line.
QString scrub(const QString &message);

} // namespace Logging
