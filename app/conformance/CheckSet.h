#pragma once

#include "app/conformance/ConformanceRun.h"

// A set of checks (vendor, kick-off, export, authorisation): the steps it adds to a run. It
// lives as long as the run and keeps what its steps share (a status URL, a manifest).
class CheckSet
{
public:
    CheckSet() = default;
    virtual ~CheckSet() = default;
    CheckSet(const CheckSet &) = delete;
    CheckSet &operator=(const CheckSet &) = delete;
    virtual QList<ConformanceStep> steps(ConformanceRun &run) = 0;
};
