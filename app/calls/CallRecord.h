#pragma once

#include "app/calls/AuthEvidence.h"
#include "app/calls/Diagnosis.h"
#include "app/fhir/GatewayError.h"
#include "app/fhir/OperationOutcome.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// A certificate of the chain a TLS server sent, in words (no Qt Network type in the record).
struct PeerCertificate
{
    QString subject; // "CN=fhir.example, O=…"
    QString issuer;
    QDateTime notBefore, notAfter;
    QStringList names; // subjectAltName DNS names and IP addresses
    QString sha256;    // hex, colon-separated, as browsers show it
    bool selfSigned = false;
    bool operator==(const PeerCertificate &) const = default;
};

// The value record of one HTTP exchange (one redirect hop). Everything in it is safe to show,
// save and export: the Authorization header and client secrets are already redacted.
struct CallRecord
{
    quint64 id = 0;
    QString purpose; // "Read Group", "Send request", "Poll export status", ...
    QDateTime started;
    qint64 elapsedMs = -1;
    qint64 firstByteMs = -1; // from sending to the answer's headers (the wait); -1 unknown
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders; // redacted
    QByteArray requestBody;    // redacted

    std::optional<int> status;
    QByteArray reasonPhrase;
    HeaderList responseHeaders;
    QByteArray body;     // whole body, or its first bytes when bodyFile is set
    qint64 bodySize = 0; // bytes received
    QString bodyFile;    // the whole body, when larger than the in-memory cap
    bool cancelled = false;
    bool bodyRedacted = false; // the answer quoted our token; it was replaced by its fingerprint

    QString transportErrorCode; // "transport.dns", ...; empty when the exchange completed
    QString transportError;     // Qt's message

    // HTTPS: the chain as the server sent it (leaf first) and the checks it failed:
    // hostname-mismatch, expired, not-yet-valid, self-signed, unknown-issuer, revoked, other.
    QList<PeerCertificate> peerChain;
    QStringList tlsProblems;
    QString proxy;          // the proxy the call went through ("http://host:port"); empty: direct
    QString proxySetting;   // what chose it: "system", "none", or the proxy named for the profile
    QString proxyProblem;   // how the proxy failed: auth-required, refused, not-found, timeout, ...
    bool tlsPinned = false; // accepted despite tlsProblems: the profile pins this certificate

    std::optional<OperationOutcome> outcome;
    std::optional<GatewayError> gatewayError;
    Diagnosis diagnosis;

    QByteArray requestIdSent;
    QByteArray requestIdReceived;     // response X-Request-ID
    QByteArray correlationIdReceived; // response X-Correlation-Id

    // Which token this call carried, without the token: see Redaction.
    QString authorizationMode; // "none", "empty", "bearer", "raw", ...
    QString tokenFingerprint;  // first 8 hex digits of SHA-256; empty when no token was sent
    int tokenLength = 0;
    AuthEvidence auth; // the Authorization header as it was sent, in facts (no secret)

    QString profile; // the profile's name ("Sandbox (built-in)"); empty when unknown
    QString note;    // the analyst's note on the call (CallNote::clean made it); empty: none

    int hop = 0;     // 0 for the first request, n for the n-th redirect followed
    QUrl redirectTo; // set when this hop answered a redirect we followed

    QByteArray requestHeader(const QByteArray &name) const;
    bool hasRequestHeader(const QByteArray &name) const;
    QByteArray responseHeader(const QByteArray &name) const;
    bool hasResponseHeader(const QByteArray &name) const { return !responseHeader(name).isEmpty(); }
    bool hasResponse() const { return status.has_value(); }
    QString contentType() const;
    // An HTML page (by its Content-Type or its first bytes) where FHIR or JSON was asked for
    // (Accept): a proxy's or a portal's page, or a web site at a wrong URL.
    bool isWebPageForFhir() const;
    // The whole body: read from bodyFile when it was spilled there (the preview if unreadable).
    QByteArray wholeBody() const;

    enum class RequestIdFate { Unknown, Adopted, ReturnedAsCorrelation, Replaced };
    RequestIdFate requestIdFate() const;
};

Q_DECLARE_METATYPE(CallRecord)
