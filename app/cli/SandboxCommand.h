#pragma once

#include "app/sandbox/SandboxScenario.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

class CliApp;
class SandboxServer;

// fhir-bulk sandbox: serves the built-in Sandbox until interrupted, with the scenario switches
// given on the command line.
class SandboxCommand
{
    // Its words stay in CliApp's translation context, where they were translated.
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    explicit SandboxCommand(CliApp &app);
    int run(const QStringList &args);

private:
    // The scenario the flags describe; nullopt (said on stderr) when one is not usable.
    std::optional<SandboxScenario> scenarioFrom(const QCommandLineParser &p,
                                                const QCommandLineOption &deviateOpt);
    // The demo JWT client's key for this run, in a private file; its path.
    QString writeDemoKey(SandboxServer &server);
    void printBanner(const SandboxServer &server, const SandboxScenario &scenario,
                     const QString &keyPath);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
