#pragma once

#include "app/conformance/Check.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// Every check a conformance run knows, in the order it runs them: the vendor page's documented
// answers, then the Bulk Data IG 2.0.0 (kick-off, status, manifest, files, cancel) and
// authorisation. The texts are reference material (ids, clauses, what is sent); the results of
// a run say in the user's language what was found.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
public:
    static const QList<Check> &checks();
    static std::optional<Check> find(const QString &id);
    // "vendor.*", "ig.kickoff.*,auth.*", an exact id: which ids a --only pattern selects
    // (comma-separated wildcard patterns); an empty pattern selects every check.
    static bool matches(const QString &patterns, const QString &id);
    static QStringList sets(); // in run order
    // A set's name in the user's language ("Kick-off", "The vendor page's answers").
    static QString setTitle(const QString &set);
    // The check's place in the catalogue (its run order); checks() size for an unknown id.
    static qsizetype indexOf(const QString &id);
    // `results` in the catalogue's order (a run judges some checks of later sets early).
    static QList<CheckResult> ordered(QList<CheckResult> results);
};
