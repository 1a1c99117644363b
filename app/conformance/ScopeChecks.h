#pragma once

#include "app/conformance/CheckSet.h"

#include <QCoreApplication>

// What an export holds for a token's scope (slow: it may wait for the export): a kick-off with a
// token whose scope lacks the type asked for is refused, or its export holds none of that type.
class ScopeChecks final : public CheckSet
{
    Q_DECLARE_TR_FUNCTIONS(ScopeChecks)
public:
    QList<ConformanceStep> steps(ConformanceRun &run) override;
};
