#pragma once

#include <QStringList>

// Resource types a Group export can ask for in _type: the FHIR R4 Patient compartment types US
// Core servers export (http://hl7.org/fhir/R4/compartmentdefinition-patient.html), Patient first.
// Servers list their own in the CapabilityStatement; this is the offline default.
inline QStringList patientCompartmentExportTypes()
{
    return {QStringLiteral("Patient"),      QStringLiteral("AllergyIntolerance"),
            QStringLiteral("CarePlan"),     QStringLiteral("CareTeam"),
            QStringLiteral("Condition"),    QStringLiteral("DocumentReference"),
            QStringLiteral("Encounter"),    QStringLiteral("Goal"),
            QStringLiteral("Immunization"), QStringLiteral("MedicationRequest"),
            QStringLiteral("Observation"),  QStringLiteral("Procedure")};
}
