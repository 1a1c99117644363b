#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliApp;

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

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
