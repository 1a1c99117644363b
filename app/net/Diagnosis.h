#pragma once

#include <QString>

// The explanation attached to every CallRecord. `code` is stable (documented in README.md and used
// by the UI, the CLI and the tests); summary and detail are translated, plain sentences.
struct Diagnosis
{
    enum class Severity { Ok, Info, Warning, Error };

    QString code;
    Severity severity = Severity::Ok;
    QString summary;
    QString detail;
};
