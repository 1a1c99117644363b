#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <optional>

// What a server says it can do (FHIR R4 CapabilityStatement, JSON): software, FHIR version,
// formats, and per resource type its interactions, operations and search parameters, plus the
// SMART token URL from the security section's oauth-uris extension.
struct CapabilityStatement
{
    Q_DECLARE_TR_FUNCTIONS(CapabilityStatement)
public:
    struct Resource
    {
        QString type;
        QStringList interactions; // read, search-type, ...
        QStringList operations;   // export, ...
        QStringList searchParams;
    };

    QString softwareName;
    QString softwareVersion;
    QString fhirVersion;
    QStringList formats;
    QList<Resource> resources;
    QUrl tokenUrl;

    static std::optional<CapabilityStatement> parse(const QByteArray &json, QString *error);
    const Resource *resource(const QString &type) const;
    QStringList resourceTypes() const;
    // Whether the `format` list offers XML ("xml", "application/fhir+xml", ...).
    bool supportsXml() const;

    // One aspect of two servers side by side ("Group: interactions", "format", ...).
    struct Difference
    {
        QString aspect;
        QString left;
        QString right;
        bool differs = false;
    };
    // Every aspect of both statements (software, FHIR version, formats, token URL, and per
    // resource type its interactions, operations and search parameters), in a stable order.
    static QList<Difference> compare(const CapabilityStatement &left,
                                     const CapabilityStatement &right);
};
