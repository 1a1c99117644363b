#pragma once

#include "app/sandbox/SandboxGateway.h"
#include "app/sandbox/SandboxRequest.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <optional>

class SandboxExports;
struct SandboxState;

// The Sandbox's FHIR reads behind the gateway: the CapabilityStatement and SMART configuration,
// Group search and read, Binary, Patient-compartment reads, and the errors HAPI 5.7.6 gives for
// what it does not implement. JSON, or XML when asked.
class SandboxFhirReads
{
public:
    SandboxFhirReads(const SandboxState &state, const SandboxExports &exports);

    // HAPI's answer to an id it does not accept (the second path segment), for every route
    // but Patient/$export.
    static std::optional<SandboxResponse> refuseId(const QStringList &segments,
                                                   const SandboxAnswer &answer);
    // Answers a read route (Metadata, SmartConfig, Group*, Binary*, CompartmentRead, ...).
    SandboxResponse read(const SandboxRequest &req, SandboxRoute route, const QStringList &segments,
                         const SandboxAnswer &answer);
    // The server's answer to Patient/$export or $export: not offered here.
    SandboxResponse otherExport(const SandboxRequest &req, const SandboxAnswer &answer) const;
    // The Sandbox's CapabilityStatement (as its deviation switches change it).
    QJsonObject capabilityStatement() const;

private:
    // A FHIR resource as JSON, or converted to XML when the request asked for it.
    SandboxResponse resource(const SandboxAnswer &answer, int status, const QByteArray &body,
                             const QByteArray &ct = "application/fhir+json;charset=UTF-8") const;
    SandboxResponse smartConfiguration(const SandboxAnswer &answer) const;
    SandboxResponse groupSearch(const SandboxRequest &req, const SandboxAnswer &answer) const;
    SandboxResponse groupRead(const QString &id, const SandboxAnswer &answer);
    SandboxResponse binaryRead(const SandboxRequest &req, const QString &id,
                               const SandboxAnswer &answer) const;
    SandboxResponse largeBinary(const SandboxRequest &req, const SandboxAnswer &answer) const;

    const SandboxState &m_state;
    const SandboxExports &m_exports;        // serves Binary/large as NDJSON
    QHash<QString, QByteArray> m_groupJson; // Groups as served (they never change)
};
