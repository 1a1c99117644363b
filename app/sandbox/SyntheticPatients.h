#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// Deterministic synthetic patients and their compartment resources: the same seed gives the
// same data on every machine. Resources reference their patient, and meta.lastUpdated is
// spread over 2018-2024 so that _since filters something.
class SyntheticPatients
{
public:
    explicit SyntheticPatients(quint32 seed = 42);

    static QStringList resourceTypes(); // Patient first, then the Patient-compartment types
    static QString patientId(int n);    // "pat-00001"
    static bool isPatientId(const QString &id, int poolSize);

    QJsonObject patient(const QString &id) const;
    // The resources of `type` for these patients (one JSON object a line), those updated at or
    // after `since` when it is valid, less those in `gone` ("Type/id"). *count receives the number
    // of lines.
    QByteArray ndjson(const QString &type, const QStringList &patientIds, const QDateTime &since,
                      int *count, const QStringList &gone = {}) const;

    // A resource the Sandbox deleted (the scenario's `deletions`): 3 Patients and 2 Observations,
    // each at a fixed time in 2025, after every resource's meta.lastUpdated (2018-2024). Their
    // other resources stay (no cascade), as a server that deletes one resource at a time.
    struct Deletion
    {
        QString type;
        QString id;
        QString patientId; // whose compartment it was in (itself for a Patient)
        QDateTime when;
        QString reference() const { return type + QLatin1Char('/') + id; }
    };
    static const QList<Deletion> &deletions();
    QList<QJsonObject> resources(const QString &type, const QString &patientId) const;

private:
    quint32 m_seed;
};
