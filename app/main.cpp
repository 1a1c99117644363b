// The composition root: builds the service layer, the Sandbox and the window, and wires them.
#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenStore.h"
#include "app/calls/ServerProfile.h"
#include "app/history/HistoryStore.h"
#include "app/models/CallLogModel.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/ProfileStore.h"
#include "app/session/Workspace.h"
#include "app/support/AppSettings.h"
#include "app/support/BuildInfo.h"
#include "app/support/Logging.h"
#include "app/support/MemoryTuning.h"
#include "app/support/Translations.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <optional>

namespace {

struct Options
{
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QStringLiteral("Show the version, the commit, Qt and QtKeychain, "
                                              "and the keychain in use.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               QStringLiteral("Server profile to open (id or name)."),
                               QStringLiteral("name")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QStringLiteral("Language for this run (en, de)."),
                            QStringLiteral("code")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               QStringLiteral("Log every subsystem in detail (also in the log "
                                              "file).")};
    QCommandLineOption appearance{QStringLiteral("appearance"),
                                  QStringLiteral("Appearance for this run: system, light or dark."),
                                  QStringLiteral("name")};
};

void describe(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(QStringLiteral("FHIR Bulk Explorer"));
    parser.addHelpOption();
    parser.addOptions({o.version, o.profile, o.lang, o.verbose, o.appearance});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QStringLiteral("Files to open in the content viewer (NDJSON, JSON, XML, ...)."),
        QStringLiteral("[files...]"));
}

void printVersion()
{
    // As fhir-bulk --version says it.
    QTextStream(stdout) << "fhir-bulk-explorer " << BuildInfo::version() << " (commit "
                        << BuildInfo::commit() << ")\nQt " << BuildInfo::qtVersions()
                        << ", QtKeychain " << BuildInfo::qtKeychainVersion()
                        << ", keychain: " << KeychainSecretBackend::backendName() << '\n';
}

// --help and --version are answered before the GUI starts, so they work without a display (a
// terminal over SSH, a package check). Returns the exit code, or nothing to go on.
std::optional<int> answerWithoutDisplay(int argc, char *argv[])
{
    bool asked = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        asked = asked || arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" ||
                arg == "-v" || arg == "--version";
    }
    if (!asked)
        return std::nullopt;
    QCoreApplication app(argc, argv);
    AppSettings::setApplicationIdentity();
    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    // parse(), not process(): the GUI's own arguments (-platform, -style) are not errors here.
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0); // prints and exits
    if (parser.isSet(options.version)) {
        printVersion();
        return 0;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    MemoryTuning::forStreaming();
    if (const auto code = answerWithoutDisplay(argc, argv))
        return *code;
    QApplication app(argc, argv);
    AppSettings::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("FHIR Bulk Explorer"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.fhirbulk.Explorer")); // Wayland: our icon
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fhir-bulk-explorer.svg")));

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);
    if (parser.isSet(options.version)) {
        printVersion();
        return 0;
    }
    if (parser.isSet(options.verbose))
        Logging::setVerbose();
    // A log of this run (the previous one is kept beside it): Help → Open log folder.
    Logging::logToFile(
        QDir(Logging::logFolder()).filePath(QStringLiteral("fhir-bulk-explorer.log")));

    Translations::install(&app, parser.isSet(options.lang) ? parser.value(options.lang)
                                                           : AppSettings::languageOverride());

    Theme::apply(parser.isSet(options.appearance) ? parser.value(options.appearance)
                                                  : AppSettings::appearance());

    QSettings settings;
    ProfileStore profiles(&settings);
    QNetworkAccessManager nam;
    SandboxHost sandbox;
    FhirClient client(&nam);
    CallLogModel log;
    KeychainSecretBackend keychain(QStringLiteral("FhirBulkExplorer"));
    TokenStore tokens(&keychain);
    Workspace workspace(&client, &sandbox, &profiles, &tokens);
    workspace.openHistory(HistoryStore::defaultPath()); // on failure the window says why
    MainWindow window(&workspace, &log);
    if (parser.isSet(options.profile)) {
        if (const auto p = profiles.find(parser.value(options.profile)))
            window.selectProfile(p->id);
    }
    window.show();
    for (const QString &file : parser.positionalArguments())
        window.openLocalFile(file);
    return QApplication::exec();
}
