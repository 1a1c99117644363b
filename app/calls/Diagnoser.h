#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QStringList>

// Explains a finished exchange: transport error, HTTP status, gateway error and
// OperationOutcome are kept apart and turned into one stable code plus plain sentences.
class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)
public:
    static Diagnosis diagnose(const CallRecord &record);

    // Every code diagnose() can return, for filters and documentation.
    static QStringList allCodes();
    // One sentence on what a code means in general (help, README).
    static QString describe(const QString &code);

    // "3 min 12 s", "2 h 5 min", "4 d 3 h"
    static QString humanDuration(qint64 seconds);

private:
    static Diagnosis classify(const CallRecord &r);
    static Diagnosis transport(const CallRecord &r);
    static Diagnosis gateway(const CallRecord &r, const GatewayError &g);
    static Diagnosis fhirOutcome(const CallRecord &r, const OperationOutcome &o);
};
