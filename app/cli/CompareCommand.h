#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliApp;

// fhir-bulk compare A.har [B.har] [--left N] [--right N] [--json]: two calls side by side
// (CallDiff), differences first. Exit 0 when they differ only where any two calls do (ids,
// dates, time taken), 1 when they differ, 2 for a usage or file error.
class CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
public:
    explicit CompareCommand(CliApp &app);
    int run(const QStringList &args);

private:
    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
