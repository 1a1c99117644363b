#pragma once

#include "app/conformance/Check.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// Two runs side by side (this run against a saved one: Preview against Production, today against
// last week): per check, its result in each, and what changed first.
class RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(RunComparison)
public:
    struct Row
    {
        QString id;
        std::optional<CheckResult> before; // the earlier (saved) run's result, if it had the check
        std::optional<CheckResult> after;  // this run's
        // The outcome differs, or only one run has the check.
        bool changed() const;
        // "✔ pass → ✘ fail", "only in this run", "only in the earlier run", "unchanged".
        QString change() const;
    };
    // The changed checks first, then the unchanged, each in the catalogue's order.
    static QList<Row> compare(const QList<CheckResult> &before, const QList<CheckResult> &after);
    static int changedCount(const QList<Row> &rows);
    // "3 of 61 checks changed" in the user's language.
    static QString summary(const QList<Row> &rows);
};
