#pragma once

#include "app/conformance/CheckSet.h"

#include <QCoreApplication>
#include <QJsonObject>

// The export levels other than Group's: Patient-level and system-level $export, each kicked off
// (and cancelled) where the server's CapabilityStatement says it offers it; "not applicable"
// where it offers neither (the vendor offers Group-level $export only).
class LevelChecks final : public CheckSet
{
    Q_DECLARE_TR_FUNCTIONS(LevelChecks)
public:
    QList<ConformanceStep> steps(ConformanceRun &run) override;

    struct Level
    {
        QString name; // in the user's language: "Patient-level", "system-level"
        QString path; // "Patient/$export", "$export"
    };
    // The levels besides Group's that a CapabilityStatement offers.
    static QList<Level> offered(const QJsonObject &capabilityStatement);
};
