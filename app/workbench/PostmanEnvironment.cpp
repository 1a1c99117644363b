#include "PostmanEnvironment.h"

#include "app/workbench/HttpFileParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<VariableSet> PostmanEnvironment::read(const QByteArray &json, const QString &label,
                                                    QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("Not a Postman environment: it is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("values")).isArray()) {
        *error = root.value(QLatin1String("item")).isArray()
                     ? tr("This is a Postman collection, not an environment.")
                     : tr("Not a Postman environment: it has no values.");
        return std::nullopt;
    }
    VariableSet set(VariableSource::Origin::Environment, label);
    for (const QJsonValue &v : root.value(QLatin1String("values")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        if (key.isEmpty() || !o.value(QLatin1String("enabled")).toBool(true))
            continue;
        const QJsonValue value = o.value(QLatin1String("value"));
        const QString text = value.isString() ? value.toString() : value.toVariant().toString();
        const bool secret = o.value(QLatin1String("type")).toString() == QLatin1String("secret") ||
                            HttpFileParser::looksLikeToken(text);
        set.set(key, text, secret);
    }
    return set;
}
