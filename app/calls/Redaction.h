#pragma once

#include <QByteArray>
#include <QString>

// The one door through which secrets become displayable text. Everything that leaves the
// service layer (records, logs, curl commands, exports) passes through here first.
namespace Redaction {

// First 8 hex digits of SHA-256: enough to tell two tokens apart, useless to an attacker.
QString fingerprint(const QByteArray &secret);

// "Bearer <redacted: 812 chars, sha256 3f2a9c1e>". An empty value stays empty; a value
// without a scheme is reported as "<redacted: ...>". Spaces around the token are kept as sent,
// and the fingerprint is of the token alone.
QByteArray authorizationValue(const QByteArray &value);
// The header as it was sent, with `token` put back in place of the placeholder (for a copy the
// user asked for explicitly).
QByteArray restoreAuthorization(const QByteArray &redacted, const QByteArray &token);

// Redacts client_secret, client_assertion, password, access_token and refresh_token in an
// application/x-www-form-urlencoded body; other fields stay as they are.
QByteArray formBody(const QByteArray &body);

// Redacts access_token, refresh_token, id_token and client_secret in a JSON object body (an
// OAuth token response). Returns the body unchanged when there is nothing to redact.
QByteArray jsonSecrets(const QByteArray &body, bool *changed = nullptr);

// True when a header must never be shown in clear.
bool isSecretHeader(const QByteArray &name);

// Replaces every occurrence of `secret` in `text` by its placeholder, and cuts a trailing start
// of it (a preview that ends inside a quoted token). Returns true when anything changed.
bool secretIn(QByteArray &text, const QByteArray &secret);

// Redacts a secret in a stream of chunks (a body written to disk as it arrives): an occurrence
// split across two chunks is found too, because the last bytes that could start one are held
// back until the next chunk or finish().
class StreamRedactor
{
public:
    explicit StreamRedactor(QByteArray secret = {});
    QByteArray feed(const QByteArray &chunk);
    QByteArray finish();
    bool changed() const { return m_changed; }

private:
    QByteArray m_secret;
    QByteArray m_placeholder;
    QByteArray m_tail;
    bool m_changed = false;
};

} // namespace Redaction
