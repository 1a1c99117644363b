#pragma once

#include "app/sandbox/SyntheticPatients.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// The Sandbox's resources. Deterministic: the same seed gives the same data.
class SandboxData
{
public:
    // `scale` sizes the large Group (200 members per unit: 10,000 at 50).
    explicit SandboxData(quint32 seed = 42, int scale = 1);

    struct BinaryItem
    {
        QString id;
        QString contentType;
        QByteArray content;   // decoded bytes
        QString dataOverride; // when set, served as `data` verbatim (e.g. invalid base64)
        QString securityContext;
    };

    QList<QJsonObject> groups() const { return m_groups; }
    static QStringList memberPatientIds(const QJsonObject &group);
    const SyntheticPatients &patients() const { return m_patients; }
    int patientPoolSize() const { return m_poolSize; }
    const QJsonObject *group(const QString &id) const;
    const BinaryItem *binary(const QString &id) const;
    QJsonObject binaryResource(const BinaryItem &b) const;
    QJsonObject capabilityStatement(const QString &baseUrl, const QString &tokenUrl) const;

    // Serialises like HAPI: compact, resourceType first.
    static QByteArray fhirJson(const QJsonObject &resource);

private:
    SyntheticPatients m_patients;
    int m_poolSize = 17;
    QList<QJsonObject> m_groups;
    QMap<QString, BinaryItem> m_binaries;
};
