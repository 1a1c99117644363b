#pragma once

#include "app/calls/CallRecord.h"
#include "app/workbench/Expectation.h"

#include <QCoreApplication>
#include <QString>

// One expectation checked against the answer it is about.
struct ExpectationResult
{
    Expectation expectation;
    bool held = false;
    QString sentence; // expected and got, in one sentence
};

// Checks an expectation against a CallRecord: its status, diagnosis code, cause codes and
// response headers. A call that got no answer holds no status or header expectation.
class ExpectationCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExpectationCheck)
public:
    static ExpectationResult check(const Expectation &expectation, const CallRecord &record);
    static QList<ExpectationResult> checkAll(const QList<Expectation> &expectations,
                                             const CallRecord &record);
};
