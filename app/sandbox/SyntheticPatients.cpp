#include "SyntheticPatients.h"

#include "app/sandbox/SandboxData.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace {

const char *const kGiven[] = {"Ada",   "Ben",   "Carla", "Dev",  "Emma",
                              "Farid", "Greta", "Hugo",  "Ines", "Jon"};
const char *const kFamily[] = {"Sandbox", "Muster", "Example", "Testa", "Probe", "Demo"};
const char *const kConditions[][2] = {{"44054006", "Diabetes mellitus type 2"},
                                      {"38341003", "Hypertensive disorder"},
                                      {"195967001", "Asthma"},
                                      {"35489007", "Depressive disorder"}};
const char *const kObservations[][3] = {{"8867-4", "Heart rate", "/min"},
                                        {"29463-7", "Body weight", "kg"},
                                        {"4548-4", "Hemoglobin A1c", "%"}};

quint32 mix(quint32 seed, const QString &a, const QString &b, int i)
{
    return seed ^ qHash(a) ^ (qHash(b) * 31u) ^ (quint32(i) * 2654435761u);
}

QString isoDate(QRandomGenerator &rng, int fromYear, int toYear)
{
    return QStringLiteral("%1-%2-%3")
        .arg(fromYear + int(rng.bounded(toYear - fromYear + 1)))
        .arg(1 + int(rng.bounded(12)), 2, 10, QLatin1Char('0'))
        .arg(1 + int(rng.bounded(28)), 2, 10, QLatin1Char('0'));
}

QJsonObject meta(QRandomGenerator &rng)
{
    return {{QStringLiteral("versionId"), QStringLiteral("1")},
            {QStringLiteral("lastUpdated"),
             isoDate(rng, 2018, 2024) + QStringLiteral("T10:00:00.000+00:00")}};
}

QJsonObject ref(const QString &patientId)
{
    return {{QStringLiteral("reference"), QStringLiteral("Patient/") + patientId}};
}

QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    return {
        {QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("system"), system},
                                                          {QStringLiteral("code"), code},
                                                          {QStringLiteral("display"), display}}}},
        {QStringLiteral("text"), display}};
}

int perPatient(const QString &type, QRandomGenerator &rng)
{
    if (type == QLatin1String("Patient"))
        return 1;
    if (type == QLatin1String("Encounter"))
        return 1 + int(rng.bounded(3));
    if (type == QLatin1String("Observation"))
        return 2 + int(rng.bounded(3));
    if (type == QLatin1String("Condition") || type == QLatin1String("MedicationRequest"))
        return int(rng.bounded(3));
    return int(rng.bounded(2)); // AllergyIntolerance, Immunization, DocumentReference
}

} // namespace

SyntheticPatients::SyntheticPatients(quint32 seed) : m_seed(seed) {}

QStringList SyntheticPatients::resourceTypes()
{
    return {QStringLiteral("Patient"),           QStringLiteral("Encounter"),
            QStringLiteral("Condition"),         QStringLiteral("Observation"),
            QStringLiteral("MedicationRequest"), QStringLiteral("AllergyIntolerance"),
            QStringLiteral("Immunization"),      QStringLiteral("DocumentReference")};
}

QString SyntheticPatients::patientId(int n)
{
    return QStringLiteral("pat-%1").arg(n, 5, 10, QLatin1Char('0'));
}

bool SyntheticPatients::isPatientId(const QString &id, int poolSize)
{
    if (!id.startsWith(QLatin1String("pat-")) || id.size() != 9)
        return false;
    bool ok = false;
    const int n = id.mid(4).toInt(&ok);
    return ok && n >= 1 && n <= poolSize;
}

QJsonObject SyntheticPatients::patient(const QString &id) const
{
    QRandomGenerator rng(mix(m_seed, id, QStringLiteral("Patient"), 0));
    return {{QStringLiteral("resourceType"), QStringLiteral("Patient")},
            {QStringLiteral("id"), id},
            {QStringLiteral("meta"), meta(rng)},
            {QStringLiteral("identifier"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("system"), QStringLiteral("urn:oid:2.16.840.1.113883.3.sandbox")},
                 {QStringLiteral("value"), id.mid(4)}}}},
            {QStringLiteral("name"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("family"), QLatin1String(kFamily[rng.bounded(6)])},
                 {QStringLiteral("given"), QJsonArray{QLatin1String(kGiven[rng.bounded(10)])}}}}},
            {QStringLiteral("gender"),
             rng.bounded(2) ? QStringLiteral("female") : QStringLiteral("male")},
            {QStringLiteral("birthDate"), isoDate(rng, 1940, 2015)}};
}

QList<QJsonObject> SyntheticPatients::resources(const QString &type, const QString &pid) const
{
    if (type == QLatin1String("Patient"))
        return {patient(pid)};
    QRandomGenerator rng(mix(m_seed, pid, type, 0));
    const int n = perPatient(type, rng);
    QList<QJsonObject> out;
    const QString prefix = type.left(3).toLower();
    for (int i = 0; i < n; ++i) {
        QRandomGenerator r(mix(m_seed, pid, type, i + 1));
        QJsonObject o{
            {QStringLiteral("resourceType"), type},
            {QStringLiteral("id"), QStringLiteral("%1-%2-%3").arg(prefix, pid.mid(4)).arg(i + 1)},
            {QStringLiteral("meta"), meta(r)}};
        if (type == QLatin1String("Encounter")) {
            o.insert(QStringLiteral("status"), QStringLiteral("finished"));
            o.insert(
                QStringLiteral("class"),
                QJsonObject{{QStringLiteral("system"),
                             QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode")},
                            {QStringLiteral("code"), QStringLiteral("AMB")}});
            o.insert(QStringLiteral("subject"), ref(pid));
            o.insert(QStringLiteral("period"),
                     QJsonObject{{QStringLiteral("start"), isoDate(r, 2018, 2024)}});
        } else if (type == QLatin1String("Condition")) {
            const auto &c = kConditions[r.bounded(4)];
            o.insert(
                QStringLiteral("clinicalStatus"),
                coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"),
                       QStringLiteral("active"), QStringLiteral("Active")));
            o.insert(QStringLiteral("code"), coding(QStringLiteral("http://snomed.info/sct"),
                                                    QLatin1String(c[0]), QLatin1String(c[1])));
            o.insert(QStringLiteral("subject"), ref(pid));
            o.insert(QStringLiteral("onsetDateTime"), isoDate(r, 2000, 2023));
        } else if (type == QLatin1String("Observation")) {
            const auto &c = kObservations[r.bounded(3)];
            o.insert(QStringLiteral("status"), QStringLiteral("final"));
            o.insert(QStringLiteral("code"), coding(QStringLiteral("http://loinc.org"),
                                                    QLatin1String(c[0]), QLatin1String(c[1])));
            o.insert(QStringLiteral("subject"), ref(pid));
            o.insert(QStringLiteral("effectiveDateTime"), isoDate(r, 2018, 2024));
            o.insert(QStringLiteral("valueQuantity"),
                     QJsonObject{{QStringLiteral("value"), 40 + int(r.bounded(80))},
                                 {QStringLiteral("unit"), QLatin1String(c[2])}});
        } else if (type == QLatin1String("MedicationRequest")) {
            o.insert(QStringLiteral("status"), QStringLiteral("active"));
            o.insert(QStringLiteral("intent"), QStringLiteral("order"));
            o.insert(QStringLiteral("medicationCodeableConcept"),
                     coding(QStringLiteral("http://www.nlm.nih.gov/research/umls/rxnorm"),
                            QStringLiteral("860975"),
                            QStringLiteral("metformin 500 MG Oral Tablet")));
            o.insert(QStringLiteral("subject"), ref(pid));
            o.insert(QStringLiteral("authoredOn"), isoDate(r, 2018, 2024));
        } else if (type == QLatin1String("AllergyIntolerance")) {
            o.insert(QStringLiteral("code"),
                     coding(QStringLiteral("http://snomed.info/sct"), QStringLiteral("91936005"),
                            QStringLiteral("Allergy to penicillin")));
            o.insert(QStringLiteral("patient"), ref(pid));
        } else if (type == QLatin1String("Immunization")) {
            o.insert(QStringLiteral("status"), QStringLiteral("completed"));
            o.insert(QStringLiteral("vaccineCode"),
                     coding(QStringLiteral("http://hl7.org/fhir/sid/cvx"), QStringLiteral("140"),
                            QStringLiteral("Influenza, seasonal")));
            o.insert(QStringLiteral("patient"), ref(pid));
            o.insert(QStringLiteral("occurrenceDateTime"), isoDate(r, 2018, 2024));
        } else if (type == QLatin1String("DocumentReference")) {
            o.insert(QStringLiteral("status"), QStringLiteral("current"));
            o.insert(QStringLiteral("subject"), ref(pid));
            o.insert(
                QStringLiteral("content"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("attachment"),
                     QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text/plain")},
                                 {QStringLiteral("data"), QStringLiteral("U2FuZGJveCBub3Rl")}}}}});
        }
        out << o;
    }
    return out;
}

const QList<SyntheticPatients::Deletion> &SyntheticPatients::deletions()
{
    // Two of Group 1's Patients and one of its Observations, one Patient and one Observation of
    // Group 2 (the large Group 4 holds them all).
    static const QList<Deletion> all = [] {
        const auto at = [](const char *iso) {
            return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
        };
        return QList<Deletion>{
            {QStringLiteral("Patient"), patientId(2), patientId(2), at("2025-02-03T09:15:00Z")},
            {QStringLiteral("Observation"), QStringLiteral("obs-00001-2"), patientId(1),
             at("2025-02-17T11:45:00Z")},
            {QStringLiteral("Patient"), patientId(4), patientId(4), at("2025-03-10T14:00:00Z")},
            {QStringLiteral("Patient"), patientId(9), patientId(9), at("2025-04-22T08:30:00Z")},
            {QStringLiteral("Observation"), QStringLiteral("obs-00011-1"), patientId(11),
             at("2025-05-05T16:20:00Z")}};
    }();
    return all;
}

QByteArray SyntheticPatients::ndjson(const QString &type, const QStringList &patientIds,
                                     const QDateTime &since, int *count,
                                     const QStringList &gone) const
{
    QByteArray out;
    int n = 0;
    for (const QString &pid : patientIds) {
        const QList<QJsonObject> list = resources(type, pid);
        for (const QJsonObject &o : list) {
            if (!gone.isEmpty() &&
                gone.contains(type + QLatin1Char('/') + o.value(QLatin1String("id")).toString()))
                continue;
            if (since.isValid()) {
                const QDateTime updated =
                    QDateTime::fromString(o.value(QLatin1String("meta"))
                                              .toObject()
                                              .value(QLatin1String("lastUpdated"))
                                              .toString(),
                                          Qt::ISODateWithMs);
                if (updated < since)
                    continue;
            }
            out += SandboxData::fhirJson(o);
            out += '\n';
            ++n;
        }
    }
    if (count)
        *count = n;
    return out;
}
