#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One conformance check as the catalogue states it: what it checks (the clause), what it sends,
// what it expects and how much a failure weighs. A value: the run judges, the check describes.
struct Check
{
    // The clause's keyword: SHALL (a failure fails the run), SHOULD (a warning), MAY (info).
    enum class Weight { Shall, Should, May };

    QString id;  // stable: "vendor.401.no-authorization-header", "ig.kickoff.group-get-202"
    QString set; // "vendor", "kickoff", "status", "manifest", "files", "cancel", "auth"
    Weight weight = Weight::Shall;
    QString clauseUrl;   // the IG 2.0.0 section, SMART Backend Services, or the vendor page
    QString clauseTitle; // "Bulk Data 2.0.0 › Response - Success", "vendor page › 401 …"
    QString sends;       // what it sends, in words
    QString expects;     // what it expects, in words
    bool startsExport = false; // starts an export (and cancels it)
    bool slow = false;         // waits for an export to complete and reads its files
    bool vendorOnly = false;   // the vendor page's documented answers: vendor profiles only

    static QString weightKey(Weight w); // "SHALL", "SHOULD", "MAY"
};

// What one check found: its outcome, why, and the calls (their numbers in the log) it rests on.
struct CheckResult
{
    Q_DECLARE_TR_FUNCTIONS(CheckResult)
public:
    enum class Outcome { Pass, Fail, Warning, Info, NotApplicable, Skipped };

    QString id;
    Outcome outcome = Outcome::Skipped;
    QString reason; // empty for a plain pass
    QList<quint64> calls;

    static QString outcomeKey(Outcome o); // "pass", "fail", "warning", "info", ...
    static std::optional<Outcome> outcomeFromKey(const QString &key); // outcomeKey's inverse
    static QString outcomeSymbol(Outcome o);                          // ✔ ✘ ⚠ ℹ – ⏭
    QString outcomeName() const;                                      // in the user's language
    // The outcome a check with this weight gets when it finds a problem.
    static Outcome forProblem(Check::Weight weight);
};
