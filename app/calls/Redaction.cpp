#include "Redaction.h"

#include "app/calls/AuthEvidence.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <utility>

namespace Redaction {

QString fingerprint(const QByteArray &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(8));
}

static QByteArray placeholder(const QByteArray &secret)
{
    return "<redacted: " + QByteArray::number(secret.size()) + " chars, sha256 " +
           fingerprint(secret).toLatin1() + '>';
}

QByteArray authorizationValue(const QByteArray &value)
{
    // The header keeps its shape (scheme, the spaces around the token as sent); only the token
    // becomes its placeholder, whose fingerprint is the token's own.
    if (value.trimmed().isEmpty())
        return value;
    const QByteArray token = AuthEvidence::tokenOf(value);
    const qsizetype at = value.indexOf(token);
    if (token.isEmpty() || at < 0)
        return placeholder(value);
    return value.left(at) + placeholder(token) + value.mid(at + token.size());
}

QByteArray restoreAuthorization(const QByteArray &redacted, const QByteArray &token)
{
    const qsizetype start = redacted.indexOf("<redacted: ");
    const qsizetype end = start < 0 ? -1 : redacted.indexOf('>', start);
    if (end < 0)
        return redacted;
    return redacted.left(start) + token + redacted.mid(end + 1);
}

QByteArray jsonSecrets(const QByteArray &body, bool *changed)
{
    if (changed)
        *changed = false;
    if (!body.trimmed().startsWith('{') ||
        (!body.contains("_token") && !body.contains("client_secret")))
        return body;
    QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return body;
    QJsonObject o = doc.object();
    bool any = false;
    for (const char *key : {"access_token", "refresh_token", "id_token", "client_secret"}) {
        const QString k = QLatin1String(key);
        if (o.value(k).isString()) {
            o.insert(k, QString::fromLatin1(placeholder(o.value(k).toString().toUtf8())));
            any = true;
        }
    }
    if (!any)
        return body;
    if (changed)
        *changed = true;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool secretIn(QByteArray &text, const QByteArray &secret)
{
    if (secret.size() < 4)
        return false;
    bool changed = false;
    if (text.contains(secret)) {
        text.replace(secret, placeholder(secret));
        changed = true;
    }
    // Four characters of a token say nothing; more could be the larger part of it.
    for (qsizetype keep = qMin(secret.size() - 1, text.size()); keep >= 4; --keep) {
        if (text.endsWith(QByteArrayView(secret).first(keep))) {
            text.chop(keep);
            return true;
        }
    }
    return changed;
}

StreamRedactor::StreamRedactor(QByteArray secret)
    : m_secret(secret.size() >= 4 ? std::move(secret) : QByteArray()),
      m_placeholder(m_secret.isEmpty() ? QByteArray() : placeholder(m_secret))
{
}

QByteArray StreamRedactor::feed(const QByteArray &chunk)
{
    if (m_secret.isEmpty())
        return chunk;
    const QByteArray data = m_tail.isEmpty() ? chunk : m_tail + chunk;
    QByteArray out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype at = data.indexOf(m_secret, pos);
        if (at < 0)
            break;
        out += QByteArrayView(data).sliced(pos, at - pos);
        out += m_placeholder;
        pos = at + m_secret.size();
        m_changed = true;
    }
    // An occurrence not found yet can only start in the last secret.size() - 1 bytes.
    const qsizetype keep = qMin(m_secret.size() - 1, data.size() - pos);
    if (pos == 0 && keep == 0)
        return data;
    out += QByteArrayView(data).sliced(pos, data.size() - pos - keep);
    m_tail = data.right(keep);
    return out;
}

QByteArray StreamRedactor::finish()
{
    return std::exchange(m_tail, {});
}

bool isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> names = {"authorization", "proxy-authorization", "cookie",
                                            "set-cookie", "x-api-key"};
    return names.contains(name.toLower());
}

QByteArray formBody(const QByteArray &body)
{
    static const QList<QByteArray> secretKeys = {"client_secret", "client_assertion", "password",
                                                 "access_token", "refresh_token"};
    QList<QByteArray> parts = body.split('&');
    for (QByteArray &part : parts) {
        const int eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = part.left(eq);
        if (secretKeys.contains(key)) {
            const QByteArray value = QByteArray::fromPercentEncoding(part.mid(eq + 1));
            part = key + '=' + placeholder(value).toPercentEncoding("<>:, ");
        }
    }
    return parts.join('&');
}

} // namespace Redaction
