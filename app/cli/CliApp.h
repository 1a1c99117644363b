#pragma once

#include "app/calls/CallRecord.h"
#include "app/session/ProfileConnection.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The headless companion `fhir-bulk`: CliApp parses the command word and dispatches to the
// command's class (GetCommand, ExportCommand, GroupsCommand, TokenCommand, SandboxCommand,
// RunCommand, ReportCommand, ConvertCommand, CompareCommand, ConformanceCommand); it keeps what
// they share: usage and help, connecting the target, reading the token, the recordings. Commands:
//   get PATH-OR-URL   one request, explained (exit 0 for 2xx, 1 for an HTTP error,
//                     2 for a transport or usage error); `metadata` is `get metadata`
//   sandbox           serve the built-in Sandbox until interrupted
//   token inspect     lint a token read from standard input and show its claims
//   token check       the token health check against a profile or base URL
//   token get         obtain a token for a profile and keep it in the keychain
//   export            a Group $export end to end: poll, download, verify
//   groups            Group search, page by page
// Tokens come from FHIR_BULK_TOKEN or --token-stdin, never from the command line.
// Where a command goes and with which token: --base, --profile, --token-stdin, --demo-token.
struct TargetOptions
{
    TargetOptions();
    void addTo(QCommandLineParser &parser) const;
    QCommandLineOption base;
    QCommandLineOption profile;
    QCommandLineOption tokenStdin;
    QCommandLineOption demoToken;
    QCommandLineOption har;           // --har FILE: every call of the command as HAR 1.2
    QCommandLineOption supportBundle; // --support-bundle FILE: the same with a summary for support
    QCommandLineOption cacert;  // --cacert FILE: CA certificates (PEM) trusted besides the system's
    QCommandLineOption proxy;   // --proxy URL: http://[user@]host:port or socks5://…
    QCommandLineOption noproxy; // --noproxy: direct, whatever the system or the profile says
};

class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    // errIsTerminal: stderr is a terminal, so progress is one line redrawn in place; otherwise
    // a progress line is printed every ten seconds.
    CliApp(QTextStream &out, QTextStream &err, bool errIsTerminal = false);
    int run(const QStringList &arguments);

    static constexpr int ExitOk = 0;
    static constexpr int ExitHttpError = 1;
    static constexpr int ExitUsage = 2;
    static constexpr int ExitWaitLimit = 3; // export: the server did not finish within --max-wait
    static constexpr int ExitInterrupted = 130;

private:
    // The commands use the target, help and usage from here.
    friend class GetCommand;
    friend class ExportCommand;
    friend class GroupsCommand;
    friend class TokenCommand;
    friend class SandboxCommand;
    friend class RunCommand;
    friend class ReportCommand;
    friend class ConvertCommand;
    friend class CompareCommand;
    friend class ConformanceCommand;
    QByteArray keychainToken(const QString &profileId);
    // --proxy / --noproxy into the options, and a password (the URL's, FHIR_BULK_PROXY_PASSWORD).
    int proxyOptions(const QCommandLineParser &p, const TargetOptions &t, ConnectOptions *options);
    QByteArray readKeychain(const QString &key);
    // The target connected (ProfileConnection, as the window connects): --base (when
    // `withBase`), else --profile, else the Sandbox; --cacert, --proxy, --noproxy. A problem is
    // said and is a usage error.
    int connectTarget(const QCommandLineParser &p, const TargetOptions &t,
                      ProfileConnection *target, bool withBase = true);
    // The token: FHIR_BULK_TOKEN, --token-stdin, the profile's keychain entry, --demo-token.
    int resolveToken(const QCommandLineParser &p, const TargetOptions &t,
                     ProfileConnection *target);
    // connectTarget and resolveToken, then the client's Authorization and the recordings.
    int openTarget(const QCommandLineParser &p, const TargetOptions &t, ProfileConnection *target);
    int usage();
    int help(); // fhir-bulk --help: the commands and the synopsis, on stdout
    static QString usageText();
    // Adds --help to `p`; true (after printing this command's help) when it was asked for.
    bool showHelp(QCommandLineParser &p, const QStringList &args, const QString &command,
                  const QString &description);
    // A token read from standard input without the one line break that ends its line.
    static QByteArray stdinToken(QByteArray raw);
    // Refuses a token a header cannot carry; warns (stderr) of pasting mistakes sent as they are.
    bool checkToken(const QByteArray &token);
    // Writes what --har / --support-bundle asked for, once the command is done; a file that
    // cannot be written turns a success into exit 2.
    int writeRecordings(int rc);

    struct Recording
    {
        QString harPath;
        QString bundlePath;
        QString profileName;
        QString baseUrl;
        QByteArray token; // for the bundle's fingerprint, and to check no file holds it
        QList<CallRecord> calls;
    };

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_errIsTerminal;
    Recording m_recording;
};
