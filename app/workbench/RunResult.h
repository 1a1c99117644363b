#pragma once

#include "app/calls/CallRecord.h"
#include "app/workbench/ExpectationCheck.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One saved request as it was run: every exchange (redirect hops included; the last is the
// answer) and its expectations checked against the answer.
struct RunResult
{
    QString file;
    int index = 0;
    QString name;
    QStringList folder;
    QList<CallRecord> hops;
    QList<ExpectationResult> checks;
    QStringList skippedScripts;
    QStringList notices;

    bool hasAnswer() const { return !hops.isEmpty(); }
    const CallRecord &answer() const { return hops.constLast(); }
    // Every expectation held (a request without expectations always passes).
    bool passed() const;
    int failedChecks() const;
};

// A run in numbers, and in one sentence.
struct RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(RunSummary)
public:
    int requests = 0;
    int expectations = 0;
    int held = 0;
    int failed = 0;
    int failedRequests = 0;
    int skippedScripts = 0;

    static RunSummary of(const QList<RunResult> &results);
    bool passed() const { return failed == 0; }
    // "4 requests, 6 expectations: 5 held, 1 failed."
    QString sentence() const;
};

Q_DECLARE_METATYPE(RunResult)
Q_DECLARE_METATYPE(RunSummary)
