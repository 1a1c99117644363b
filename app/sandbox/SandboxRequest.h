#pragma once

#include "app/sandbox/VendorResponses.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// What the Sandbox needs of a request; also what tests feed to SandboxServer::respond() directly.
struct SandboxRequest
{
    QByteArray method; // "GET", "PATCH", ...
    QString path;      // URL path, percent-decoded
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
};

// How one request is answered, fixed before any route runs: the ids the vendor sends back and
// whether FHIR resources go out as XML.
struct SandboxAnswer
{
    QByteArray requestId;     // X-Request-ID: the caller's UUID, or a fresh one
    QByteArray correlationId; // X-Correlation-Id: the caller's id when it was not a UUID
    bool wantsXml = false;    // Accept or _format asked for XML

    static SandboxAnswer forRequest(const SandboxRequest &req);
    // An OperationOutcome from HAPI with this answer's ids (XML when asked and `followXml`).
    SandboxResponse outcome(int status, const QString &severity, const QString &code,
                            const QString &diagnostics, bool followXml = true) const;
    // A HAPI answer with this answer's ids.
    SandboxResponse hapi(int status, const QByteArray &contentType, const QByteArray &body) const;
};
