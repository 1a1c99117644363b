// The composition root: builds the service layer, the Sandbox and the window, and wires them.
#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenStore.h"
#include "app/calls/ServerProfile.h"
#include "app/history/HistoryStore.h"
#include "app/models/CallLogModel.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/support/AppSettings.h"
#include "app/support/BuildInfo.h"
#include "app/support/Logging.h"
#include "app/support/Translations.h"
#include "ui/ExplorerServices.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppSettings::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("FHIR Bulk Explorer"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.fhirbulk.Explorer")); // Wayland: our icon
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fhir-bulk-explorer.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FHIR Bulk Explorer"));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QStringLiteral(
            "Show the version, the commit, Qt and QtKeychain, and the keychain in use."));
    parser.addOption(versionOption);
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Server profile to open (id or name)."),
                                           QStringLiteral("name"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language for this run (en, de)."),
                                        QStringLiteral("code"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QStringLiteral("Log every subsystem in detail (also in the log file)."));
    const QCommandLineOption themeOption(
        QStringLiteral("appearance"),
        QStringLiteral("Appearance for this run: system, light or dark."), QStringLiteral("name"));
    parser.addOptions({profileOption, langOption, verboseOption, themeOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QStringLiteral("Files to open in the content viewer (NDJSON, JSON, XML, ...)."),
        QStringLiteral("[files...]"));
    parser.process(app);
    if (parser.isSet(versionOption)) { // as fhir-bulk --version says it
        QTextStream(stdout) << "fhir-bulk-explorer " << BuildInfo::version() << " (commit "
                            << BuildInfo::commit() << ")\nQt " << BuildInfo::qtVersions()
                            << ", QtKeychain " << BuildInfo::qtKeychainVersion()
                            << ", keychain: " << KeychainSecretBackend::backendName() << '\n';
        return 0;
    }
    if (parser.isSet(verboseOption))
        Logging::setVerbose();
    // A log of this run (the previous one is kept beside it): Help → Open log folder.
    Logging::logToFile(
        QDir(Logging::logFolder()).filePath(QStringLiteral("fhir-bulk-explorer.log")));

    Translations::install(&app, parser.isSet(langOption) ? parser.value(langOption)
                                                         : AppSettings::languageOverride());

    Theme::apply(parser.isSet(themeOption) ? parser.value(themeOption) : AppSettings::appearance());

    QSettings settings;
    ProfileStore profiles(&settings);
    QNetworkAccessManager nam;
    SandboxHost sandbox;
    FhirClient client(&nam);
    CallLogModel log;
    KeychainSecretBackend keychain(QStringLiteral("FhirBulkExplorer"));
    TokenStore tokens(&keychain);
    ExplorerServices services(&client, &log, &sandbox, &profiles, &tokens);
    services.openHistory(HistoryStore::defaultPath()); // on failure the window says why
    MainWindow window(&services);
    if (parser.isSet(profileOption)) {
        if (const auto p = profiles.find(parser.value(profileOption)))
            window.selectProfile(p->id);
    }
    window.show();
    for (const QString &file : parser.positionalArguments())
        window.openLocalFile(file);
    return QApplication::exec();
}
