#include "JwtInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace {
std::optional<QJsonObject> decodeSegment(const QByteArray &segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QDateTime timeClaim(const QJsonObject &claims, QLatin1String name)
{
    const QJsonValue v = claims.value(name);
    if (!v.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
}
} // namespace

std::optional<JwtInfo> JwtInfo::decode(const QByteArray &token)
{
    const QList<QByteArray> parts = token.trimmed().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    auto header = decodeSegment(parts.at(0));
    auto claims = decodeSegment(parts.at(1));
    if (!header || !claims)
        return std::nullopt;
    return JwtInfo{*header, *claims};
}

QDateTime JwtInfo::expiresAt() const
{
    return timeClaim(claims, QLatin1String("exp"));
}

QDateTime JwtInfo::issuedAt() const
{
    return timeClaim(claims, QLatin1String("iat"));
}

QString JwtInfo::scope() const
{
    if (claims.value(QLatin1String("scope")).isString())
        return claims.value(QLatin1String("scope")).toString();
    const QJsonValue scp = claims.value(QLatin1String("scp"));
    if (scp.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : scp.toArray())
            parts << v.toString();
        return parts.join(QLatin1Char(' '));
    }
    return scp.toString();
}
