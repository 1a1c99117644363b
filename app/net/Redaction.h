#pragma once

#include <QByteArray>
#include <QString>

// The one door through which secrets become displayable text. Everything that leaves the
// service layer (records, logs, curl commands, exports) passes through here first.
namespace Redaction {

// First 8 hex digits of SHA-256: enough to tell two tokens apart, useless to an attacker.
QString fingerprint(const QByteArray &secret);

// "Bearer <redacted: 812 chars, sha256 3f2a9c1e>". An empty value stays empty; a value
// without a scheme is reported as "<redacted: ...>".
QByteArray authorizationValue(const QByteArray &value);

// Redacts client_secret, client_assertion, password, access_token and refresh_token in an
// application/x-www-form-urlencoded body; other fields stay as they are.
QByteArray formBody(const QByteArray &body);

// Redacts access_token, refresh_token, id_token and client_secret in a JSON object body (an
// OAuth token response). Returns the body unchanged when there is nothing to redact.
QByteArray jsonSecrets(const QByteArray &body, bool *changed = nullptr);

// True when a header must never be shown in clear.
bool isSecretHeader(const QByteArray &name);

} // namespace Redaction
