#pragma once

#include "app/workbench/RunResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// A run as JUnit XML, for CI servers: one <testsuite> per file, one <testcase> per request
// (its time the call's), a <failure> for a request whose expectations did not all hold
// (every failed expectation in its text), the status and diagnosis in <system-out>, the
// scripts that were not run as <properties>.
class JUnitReport
{
    Q_DECLARE_TR_FUNCTIONS(JUnitReport)
public:
    static QByteArray write(const QList<RunResult> &results, const QString &name);
};
