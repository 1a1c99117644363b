#pragma once

#include "app/conformance/ConformanceReport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliApp;
class ConformanceRun;
struct ConformanceOptions;
struct ServerProfile;
class QCommandLineOption;
class QCommandLineParser;

// fhir-bulk conform [--profile NAME | --base URL] [--group ID] [--only PATTERN]
// [--include-exports] [--include-slow] [--max-wait DURATION] [--junit FILE] [--html FILE]
// [--json] [--list]:
// a conformance run (app/conformance) against one server. Exit 0 when no SHALL check failed,
// 1 when one did, 2 for a usage error or a server that could not be reached.
class ConformanceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConformanceCommand)
public:
    explicit ConformanceCommand(CliApp &app);
    int run(const QStringList &args);

private:
    int list(bool json);
    // The client key of the profile's private_key_jwt token request (keychain), if it has one.
    void addClientKey(const ServerProfile &profile, ConformanceOptions *options);
    // Runs to the end, one line per check on stderr unless `json`; interrupted, it cancels (the
    // exports started are still cancelled) and keeps the results so far.
    void runToTheEnd(ConformanceRun &run, bool json);
    struct ReportOptions
    {
        const QCommandLineOption *junit;
        const QCommandLineOption *html;
        const QCommandLineOption *json;
    };
    // The JUnit and HTML files (each whole or not at all), the results on stdout: the exit code.
    int report(const QCommandLineParser &p, const ConformanceRun &run,
               const ConformanceReport::Header &header, const ReportOptions &opts);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
