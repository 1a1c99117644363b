#include "Redaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

namespace Redaction {

QString fingerprint(const QByteArray &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(8));
}

static QByteArray placeholder(const QByteArray &secret)
{
    return "<redacted: " + QByteArray::number(secret.size()) + " chars, sha256 "
           + fingerprint(secret).toLatin1() + '>';
}

QByteArray authorizationValue(const QByteArray &value)
{
    if (value.isEmpty())
        return value;
    const int space = value.indexOf(' ');
    if (space > 0) {
        const QByteArray scheme = value.left(space);
        const QByteArray rest = value.mid(space + 1);
        return scheme + ' ' + placeholder(rest);
    }
    return placeholder(value);
}

QByteArray jsonSecrets(const QByteArray &body, bool *changed)
{
    if (changed)
        *changed = false;
    if (!body.trimmed().startsWith('{') || (!body.contains("_token") && !body.contains("client_secret")))
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
