// fhir-bulk sandbox: the built-in Sandbox until interrupted.
#include "SandboxCommand.h"

#include "app/cli/CliApp.h"
#include "app/cli/CliJson.h"
#include "app/support/Format.h"

#include "app/support/Logging.h"

#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRenewal.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Diagnoser.h"
#include "app/calls/HeaderCheck.h"
#include "app/calls/Redaction.h"
#include "app/calls/ServerProfile.h"
#include "app/calls/TransferStats.h"
#include "app/cli/CliOptions.h"
#include "app/fhir/BodyText.h"
#include "app/fhir/FhirConvert.h"
#include "app/fhir/GroupInfo.h"
#include "app/models/CallLogModel.h"
#include "app/models/HeadersModel.h"
#include "app/net/ExportSession.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxDeviations.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/TokenHealthCheck.h"
#include "app/session/TokenRequestSettings.h"
#include "app/tokens/TokenLint.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

namespace {
// Scenario switches: one flag each, named like the fields of POST /_sandbox/scenario.
using Flags = QList<QPair<QString, QString>>;

const Flags &valuedFlags()
{
    static const Flags valued = {
        {QStringLiteral("export-duration-ms"), QStringLiteral("exportDurationMs")},
        {QStringLiteral("retry-after"), QStringLiteral("retryAfter")},
        {QStringLiteral("retry-after-secs"), QStringLiteral("retryAfterSecs")},
        {QStringLiteral("transient-errors"), QStringLiteral("transientErrors")},
        {QStringLiteral("file-expiry-secs"), QStringLiteral("fileExpirySecs")},
        {QStringLiteral("latency-ms"), QStringLiteral("latencyMs")},
        {QStringLiteral("token-lifetime-secs"), QStringLiteral("tokenLifetimeSecs")},
        {QStringLiteral("large-file-mib"), QStringLiteral("largeFileMiB")},
        {QStringLiteral("large-files"), QStringLiteral("largeFiles")},
        {QStringLiteral("small-files"), QStringLiteral("smallFiles")},
        {QStringLiteral("small-file-kib"), QStringLiteral("smallFileKiB")},
        {QStringLiteral("trickle-kibps"), QStringLiteral("trickleKiBps")},
        {QStringLiteral("file-base-url"), QStringLiteral("fileBaseUrl")}};
    return valued;
}

const Flags &switchFlags()
{
    static const Flags switches = {
        {QStringLiteral("too-fast-429"), QStringLiteral("tooFast429")},
        {QStringLiteral("fail-job"), QStringLiteral("failJob")},
        {QStringLiteral("error-files"), QStringLiteral("errorFiles")},
        {QStringLiteral("omit-count"), QStringLiteral("omitCount")},
        {QStringLiteral("drop-mid-file"), QStringLiteral("dropMidFile")},
        {QStringLiteral("files-on-other-origin"), QStringLiteral("filesOnOtherOrigin")},
        {QStringLiteral("open-reads"), QStringLiteral("openReads")},
        {QStringLiteral("deletions"), QStringLiteral("deletions")}};
    return switches;
}
} // namespace

SandboxCommand::SandboxCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err) {}

int SandboxCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     tr("Port on 127.0.0.1 (0: any free port)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), tr("Seed of the synthetic data."),
                                     QStringLiteral("n"), QStringLiteral("42"));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
                                      tr("Size of the large Group: 200 members per unit."),
                                      QStringLiteral("s"), QStringLiteral("1"));
    // Issue 27: documented behaviours broken on purpose, for conformance demos.
    const QCommandLineOption deviateOpt(
        QStringLiteral("deviate"),
        tr("Deviate from the documentation on purpose (repeatable, or comma-separated): %1.")
            .arg(SandboxDeviations::names().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    p.addOptions({portOpt, seedOpt, scaleOpt, deviateOpt});
    for (const auto &v : valuedFlags())
        p.addOption(QCommandLineOption(v.first, tr("Scenario: %1.").arg(v.second),
                                       QStringLiteral("value")));
    for (const auto &sw : switchFlags())
        p.addOption(QCommandLineOption(sw.first, tr("Scenario: %1.").arg(sw.second)));
    if (m_app.showHelp(p, args, QStringLiteral("sandbox"),
                       tr("Serve the built-in Sandbox on 127.0.0.1 until interrupted.")))
        return CliApp::ExitOk;
    if (!p.parse(args)) {
        m_err << p.errorText() << '\n';
        return m_app.usage();
    }
    const std::optional<SandboxScenario> scenario = scenarioFrom(p, deviateOpt);
    if (!scenario)
        return CliApp::ExitUsage;
    const auto port = CliOptions::number(p, portOpt, 0, 65535, m_err);
    const auto seed = port ? CliOptions::number(p, seedOpt, 0, 0xffffffffLL, m_err) : std::nullopt;
    const auto scale = seed ? CliOptions::number(p, scaleOpt, 1, 10000, m_err) : std::nullopt;
    if (!scale)
        return CliApp::ExitUsage;
    SandboxServer server(nullptr, uint(*seed), int(*scale));
    server.setScenario(*scenario);
    if (server.start(quint16(*port)) == 0) {
        m_err << tr("Cannot listen on 127.0.0.1:%1 (port taken?)").arg(p.value(portOpt)) << '\n';
        return CliApp::ExitUsage;
    }
    const QString keyPath = writeDemoKey(server);
    printBanner(server, *scenario, keyPath);
    // Ctrl+C and SIGTERM end the loop, so the demo key file is removed.
    CliOptions::quitOnSignals();
    QCoreApplication::exec();
    QFile::remove(keyPath);
    return CliApp::ExitOk;
}

std::optional<SandboxScenario> SandboxCommand::scenarioFrom(const QCommandLineParser &p,
                                                            const QCommandLineOption &deviateOpt)
{
    QJsonObject scenarioJson;
    for (const auto &v : valuedFlags()) {
        if (!p.isSet(v.first))
            continue;
        bool isNumber = false;
        const int n = p.value(v.first).toInt(&isNumber);
        scenarioJson.insert(v.second, isNumber ? QJsonValue(n) : QJsonValue(p.value(v.first)));
    }
    for (const auto &sw : switchFlags()) {
        if (p.isSet(sw.first))
            scenarioJson.insert(sw.second, true);
    }
    if (p.isSet(deviateOpt))
        scenarioJson.insert(QStringLiteral("deviate"), p.values(deviateOpt).join(QLatin1Char(',')));
    SandboxScenario scenario;
    QString error;
    if (!scenario.apply(scenarioJson, &error)) {
        m_err << error << '\n';
        return std::nullopt;
    }
    return scenario;
}

QString SandboxCommand::writeDemoKey(SandboxServer &server)
{
    // The demo JWT client's private key goes to a file only this user can read, in the runtime
    // directory; it is made for this run and works on this Sandbox only.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation));
    const QString keyPath =
        QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation))
            .filePath(
                QStringLiteral("fhir-bulk-sandbox-%1-demo-key.pem").arg(server.baseUrl().port()));
    QFile keyFile(keyPath);
    if (keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        keyFile.write(server.demoJwtPrivateKeyPem());
        keyFile.close();
    }
    return keyPath;
}

void SandboxCommand::printBanner(const SandboxServer &server, const SandboxScenario &scenario,
                                 const QString &keyPath)
{
    m_out << tr("FHIR Bulk Explorer Sandbox") << '\n'
          << tr("Base URL:      %1").arg(server.baseUrl().toString()) << '\n'
          << tr("Token URL:     %1").arg(server.tokenUrl().toString()) << '\n'
          << tr("Demo client:   %1 / secret %2 (Sandbox only)")
                 .arg(QLatin1String(SandboxServer::kDemoClientId),
                      QLatin1String(SandboxServer::kDemoClientSecret))
          << '\n'
          << tr("Demo JWT client: %1 (private_key_jwt, ES384); its key for this run: %2")
                 .arg(QLatin1String(SandboxServer::kDemoJwtClientId), keyPath)
          << '\n'
          << tr("Demo token (valid 24 h, Sandbox only):") << '\n'
          << server.demoToken() << '\n'
          << tr("Scenario: %1")
                 .arg(QString::fromUtf8(
                     QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Compact)))
          << '\n'
          << tr("Serving until interrupted (Ctrl+C).") << '\n';
    m_out.flush();
}
