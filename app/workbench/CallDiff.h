#pragma once

#include "app/calls/CallRecord.h"
#include "app/workbench/CallComparison.h"
#include "app/workbench/JsonDiff.h"

#include <QCoreApplication>

// Compares two calls: the request line, status, diagnosis and causes, the time taken, request
// and response headers (names case-insensitive; repeated headers as one value), and the
// bodies structurally: JSON as JSON paths; FHIR XML through the same conversion to JSON as
// FhirConvert (so the JSON and the XML of one resource compare as equal); anything else as
// bytes. The work is bounded: bodies over maxBodyBytes are compared by size only, and the
// structural walk stops at JsonDiff's limits; notCompared says what was left out.
class CallDiff
{
    Q_DECLARE_TR_FUNCTIONS(CallDiff)
public:
    struct Limits
    {
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        JsonDiff::Limits json;
    };
    static CallComparison compare(const CallRecord &left, const CallRecord &right,
                                  const Limits &limits);
    static CallComparison compare(const CallRecord &left, const CallRecord &right)
    {
        return compare(left, right, Limits());
    }
    // The comparison as plain text: one line a row, differences first.
    static QString text(const CallComparison &comparison);

private:
    static void compareBodies(const CallRecord &left, const CallRecord &right, const Limits &limits,
                              CallComparison &out);
};
