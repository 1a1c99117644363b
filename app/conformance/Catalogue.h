#pragma once

#include "app/conformance/Check.h"

#include <QList>
#include <QString>
#include <optional>

// Every check a conformance run knows, in the order it runs them: the vendor page's documented
// answers, then the Bulk Data IG 2.0.0 (kick-off, status, manifest, files, cancel) and
// authorisation. The texts are reference material (ids, clauses, what is sent); the results of
// a run say in the user's language what was found.
class Catalogue
{
public:
    static const QList<Check> &checks();
    static std::optional<Check> find(const QString &id);
    // "vendor.*", "ig.kickoff.*,auth.*", an exact id: which ids a --only pattern selects
    // (comma-separated wildcard patterns); an empty pattern selects every check.
    static bool matches(const QString &patterns, const QString &id);
    static QStringList sets(); // in run order
};
