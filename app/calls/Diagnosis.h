#pragma once

#include <QList>
#include <QString>

// One possible reason for an answer, with what in the exchange points to it. `code` is stable
// ("header.no-bearer", "token.expired", "route.unknown-path": README, Help → Diagnosis codes).
struct Cause
{
    QString code;
    QString summary;  // a sentence: what is wrong and what to do
    QString evidence; // what was seen: "the header was sent as bearer <token>", "exp 10:02, 8 min
                      // before the call"
};

// The explanation attached to every CallRecord. `code` is stable (documented in README.md and used
// by the UI, the CLI and the tests); summary and detail are translated, plain sentences. `causes`
// are ranked, most likely first, each from evidence recorded when the request was built.
struct Diagnosis
{
    enum class Severity { Ok, Info, Warning, Error };

    QString code;
    Severity severity = Severity::Ok;
    QString summary;
    QString detail;
    QList<Cause> causes;

    QString firstCause() const { return causes.isEmpty() ? QString() : causes.constFirst().code; }
};
