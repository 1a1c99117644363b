#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// What a saved request says its answer must be, written as a comment line the runner checks.
// Exactly four forms (after `# @expect ` or `// @expect `):
//   status 200                      the HTTP status
//   diagnosis gateway.access-denied the diagnosis code (README, Help → Diagnosis codes)
//   cause header.no-bearer          one of the likely causes
//   header X-Request-ID             the response carries this header (any value)
struct Expectation
{
    Q_DECLARE_TR_FUNCTIONS(Expectation)
public:
    enum class Kind { Status, Diagnosis, Cause, Header };

    Kind kind = Kind::Status;
    QString value;
    int line = 0; // where it is written; 0 when it was not read from a file

    // "status 200": the words after `@expect`, as written back to a file.
    QString text() const;
    // The words after `@expect`; nothing (and why, in `error`) when they are none of the forms.
    static std::optional<Expectation> parse(const QString &words, QString *error);
    static QString kindKey(Kind kind);

    // Where an expectation is written is not what it says.
    bool operator==(const Expectation &o) const { return kind == o.kind && value == o.value; }
};
