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

} // namespace

QDateTime JwtInfo::numericDate(const QJsonValue &value)
{
    // A million years either way is more than any token means; beyond it the seconds would
    // not fit the conversion to an integer (undefined behaviour, caught by UBSan).
    constexpr double limit = 1e6 * 365.25 * 86400;
    const double secs = value.toDouble();
    if (!value.isDouble() || !(secs > -limit && secs < limit))
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(secs), Qt::UTC);
}

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
    return numericDate(claims.value(QLatin1String("exp")));
}

QDateTime JwtInfo::issuedAt() const
{
    return numericDate(claims.value(QLatin1String("iat")));
}

QDateTime JwtInfo::notBefore() const
{
    return numericDate(claims.value(QLatin1String("nbf")));
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
