#pragma once

#include "app/conformance/Check.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

class ConformanceRun;

// A finished run written out: as text for a terminal, as one JSON object, as JUnit XML (one
// testsuite per set, one testcase per check; fail → failure, skipped and not applicable →
// skipped, warnings and info pass with their reason in system-out).
class ConformanceReport
{
    Q_DECLARE_TR_FUNCTIONS(ConformanceReport)
public:
    struct Header
    {
        QString server;  // the base URL
        QString profile; // the profile's name
        qint64 elapsedMs = 0;
    };
    static QString text(const QList<CheckResult> &results, const Header &header);
    static QJsonObject json(const QList<CheckResult> &results, const Header &header);
    static QByteArray junit(const QList<CheckResult> &results, const Header &header);
    // A run written by json() read back (a saved run to compare with): nullopt and *problem
    // set when `o` is not one.
    static std::optional<QList<CheckResult>> fromJson(const QJsonObject &o, Header *header,
                                                      QString *problem);
    // "61 checks: 55 passed, 2 warnings, …"
    static QString summary(const QList<CheckResult> &results);
};
