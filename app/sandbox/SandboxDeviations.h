#pragma once

#include <QCoreApplication>
#include <QStringList>

// Documented behaviours the Sandbox can break on purpose, one switch each, all off by default
// (the scenario's "deviate" list; `fhir-bulk sandbox --deviate NAME`; the Sandbox panel's
// "Deviate from the documentation" group). For demos of a conformance run: each makes exactly
// its checks of `fhir-bulk conform` fail (tests/tst_conformance_switches.cpp).
class SandboxDeviations
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDeviations)
public:
    static const QStringList &names(); // "no-transaction-time", "files-as-text-plain", ...
    // What the switch does, in the user's language.
    static QString describe(const QString &name);
};
