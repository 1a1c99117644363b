#pragma once

#include "app/fhir/GatewayError.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// How the Authorization header is built. Besides the right way (Bearer), the other variants
// reproduce, on purpose, the mistakes analysts chase: each gateway answer can be provoked.
enum class AuthMode {
    None,            // no Authorization header
    Empty,           // "Authorization: " with no value
    Bearer,          // "Authorization: Bearer <token>"
    Raw,             // "Authorization: <token>" (no scheme)
    LowercaseBearer, // "Authorization: bearer <token>"
    Garbled,         // "Authorization: Bearer <token with its signature damaged>"
    ExtraSpaces      // "Authorization: Bearer   <token>  " (spaces a copy-paste brings along)
};

QString authModeKey(AuthMode mode);
AuthMode authModeFromKey(const QString &key);

// The servers the user has, by name and base URL: to tell which one a token was issued for.
using KnownServers = QList<QPair<QString, QUrl>>;

// Everything needed to send one request. The token lives here only until the request is
// built; it never reaches a CallRecord.
struct ApiRequest
{
    QString purpose;
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers; // extra headers, sent as given
    QByteArray body;
    AuthMode auth = AuthMode::None;
    QByteArray token;
    QByteArray requestId;  // empty: a fresh UUID is sent
    int timeoutMs = 30000; // no data for this long: the call fails with transport.timeout
    qint64 bodyMemoryCap = 16 * 1024 * 1024; // larger bodies spill to a file
    int maxRedirects = 5;
    // Downloads: a 2xx body goes straight to this file (appended to it when appendToFile, for a
    // resumed Range request) instead of memory; the record keeps a preview.
    QString saveTo;
    bool appendToFile = false;
    KnownServers knownServers;
    QString profile; // the profile the call is made under, by name (the log's Profile column)
    // CA certificates (PEM) trusted for this call besides the system's: the profile's CA bundle.
    QByteArray extraCaPem;
    // A server certificate accepted although its checks fail (the profile's pin): SHA-256, hex
    // pairs with colons, as PeerCertificate::sha256.
    QString pinnedSha256;
};
