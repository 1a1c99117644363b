#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class CliApp;
struct CallComparison;

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
    // The calls of each HAR file; false (and why, on m_err) when one cannot be read or is empty.
    bool readCalls(const QStringList &files, QList<QList<CallRecord>> *calls);
    void printJson(const CallComparison &c);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
