#include "BulkManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {
QList<BulkManifest::File> files(const QJsonValue &v)
{
    QList<BulkManifest::File> out;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        BulkManifest::File f;
        f.type = o.value(QLatin1String("type")).toString();
        f.url = QUrl(o.value(QLatin1String("url")).toString());
        // `count` is a whole number, not negative (Bulk Data IG). Anything else (-1, 2.5, or
        // 1e300, which no integer holds) is no count: the files are then counted, not compared.
        const double count = o.value(QLatin1String("count")).toDouble(-1);
        if (count >= 0 && count <= 9007199254740992.0 && count == std::floor(count))
            f.count = qint64(count);
        out << f;
    }
    return out;
}
} // namespace

std::optional<BulkManifest> BulkManifest::parse(const QByteArray &json, QString *error)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The manifest is not a JSON object (%1 at byte %2).")
                     .arg(err.errorString())
                     .arg(err.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!o.contains(QLatin1String("output")) || !o.value(QLatin1String("output")).isArray()) {
        *error = tr("The manifest has no output array.");
        return std::nullopt;
    }
    BulkManifest m;
    m.transactionTime = QDateTime::fromString(o.value(QLatin1String("transactionTime")).toString(),
                                              Qt::ISODateWithMs);
    m.request = o.value(QLatin1String("request")).toString();
    if (o.value(QLatin1String("requiresAccessToken")).isBool())
        m.requiresAccessToken = o.value(QLatin1String("requiresAccessToken")).toBool();
    m.output = files(o.value(QLatin1String("output")));
    m.error = files(o.value(QLatin1String("error")));
    m.deleted = files(o.value(QLatin1String("deleted")));
    if (o.value(QLatin1String("extension")).isObject())
        m.extension = QJsonDocument(o.value(QLatin1String("extension")).toObject())
                          .toJson(QJsonDocument::Compact);
    for (const char *field : {"transactionTime", "request", "requiresAccessToken", "error"}) {
        if (!o.contains(QLatin1String(field)))
            m.missing << QLatin1String(field);
    }
    for (const File &f : m.output + m.error + m.deleted) {
        if (!f.url.isValid() || f.url.scheme().isEmpty()) {
            *error = tr("An output entry has no usable url (%1).").arg(f.url.toString());
            return std::nullopt;
        }
    }
    return m;
}
