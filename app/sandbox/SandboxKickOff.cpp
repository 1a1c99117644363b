#include "SandboxKickOff.h"

#include "app/sandbox/SyntheticPatients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool SandboxKickOff::readParams(const SandboxRequest &req, QMap<QString, QString> *params,
                                QString *error) const
{
    // Parameters come from the query (GET) or a Parameters resource (POST). A repeated one is
    // read as if its values were comma-separated in one (the Bulk Data IG's SHALL).
    for (const auto &item : req.query.queryItems(QUrl::FullyDecoded))
        params->insert(item.first, params->contains(item.first) && !lastValueWins
                                       ? params->value(item.first) + QLatin1Char(',') + item.second
                                       : item.second);
    if (req.method != "POST" || req.body.trimmed().isEmpty())
        return true;
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (body.value(QLatin1String("resourceType")).toString() != QLatin1String("Parameters")) {
        *error = QStringLiteral(
            "Invalid request: the body of a POST $export must be a Parameters resource");
        return false;
    }
    for (const QJsonValue &v : body.value(QLatin1String("parameter")).toArray()) {
        const QJsonObject p = v.toObject();
        QString value;
        for (const char *key : {"valueString", "valueInstant", "valueCode", "valueDateTime"}) {
            if (p.contains(QLatin1String(key)))
                value = p.value(QLatin1String(key)).toString();
        }
        const QString name = p.value(QLatin1String("name")).toString();
        params->insert(name, params->contains(name) ? params->value(name) + QLatin1Char(',') + value
                                                    : value);
    }
    return true;
}

bool SandboxKickOff::read(const SandboxRequest &req, QString *error)
{
    QMap<QString, QString> params;
    if (!readParams(req, &params, error))
        return false;
    const bool lenient = req.header("Prefer").contains("handling=lenient");
    // Like HAPI 5.7.6: a parameter this server does not support is refused by name, unless the
    // client asked for lenient handling (then it is ignored). `patient`, `includeAssociatedData`
    // and `organizeOutputBy` are Bulk Data IG parameters HAPI 5.7.6 does not implement.
    static const QStringList supported = {
        QStringLiteral("_outputFormat"), QStringLiteral("_since"),    QStringLiteral("_type"),
        QStringLiteral("_typeFilter"),   QStringLiteral("_elements"), QStringLiteral("_format")};
    QStringList unsupported;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!supported.contains(it.key()))
            unsupported << it.key();
    }
    if (!unsupported.isEmpty() && !lenient) {
        *error = QStringLiteral("Parameter(s) not supported by this server's $export: %1. Send "
                                "Prefer: handling=lenient to have "
                                "them ignored.")
                     .arg(unsupported.join(QStringLiteral(", ")));
        return false;
    }
    // Lenient handling drops them, and says so in the manifest's error file (the IG's place for
    // what the server could not do), never silently.
    for (const QString &name : std::as_const(unsupported))
        ignored << QStringLiteral("The parameter %1 is not supported by this server's $export and "
                                  "was ignored (Prefer: handling=lenient): the export is not "
                                  "limited by it.")
                       .arg(name);
    format =
        params.value(QStringLiteral("_outputFormat"), QStringLiteral("application/fhir+ndjson"));
    if (format != QLatin1String("application/fhir+ndjson") &&
        format != QLatin1String("application/ndjson") && format != QLatin1String("ndjson")) {
        *error = QStringLiteral("Invalid _outputFormat: %1 (supported: application/fhir+ndjson, "
                                "application/ndjson, ndjson)")
                     .arg(format);
        return false;
    }
    if (params.contains(QStringLiteral("_since"))) {
        since = QDateTime::fromString(params.value(QStringLiteral("_since")), Qt::ISODateWithMs);
        if (!since.isValid()) {
            *error = QStringLiteral("Invalid _since: %1 is not a FHIR instant")
                         .arg(params.value(QStringLiteral("_since")));
            return false;
        }
    }
    if (!readTypes(params.value(QStringLiteral("_type")), lenient, error))
        return false;
    return filters.parse(params.value(QStringLiteral("_typeFilter")),
                         params.value(QStringLiteral("_elements")), lenient, error);
}

bool SandboxKickOff::readTypes(const QString &typeList, bool lenient, QString *error)
{
    for (const QString &t : typeList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (SyntheticPatients::resourceTypes().contains(t.trimmed())) {
            types << t.trimmed();
        } else if (!lenient) {
            *error = QStringLiteral("Resource type %1 is invalid for this type of export")
                         .arg(t.trimmed());
            return false;
        } else {
            ignored << QStringLiteral("Resource type %1 is invalid for this type of export and "
                                      "was ignored (Prefer: handling=lenient).")
                           .arg(t.trimmed());
        }
    }
    if (types.isEmpty())
        types = SyntheticPatients::resourceTypes();
    types.removeDuplicates();
    return true;
}

QString SandboxKickOff::key(const QString &groupId) const
{
    return groupId + QLatin1Char('|') + QStringList(types).join(QLatin1Char(',')) +
           QLatin1Char('|') + since.toString(Qt::ISODateWithMs) + QLatin1Char('|') + format +
           QLatin1Char('|') + filters.key() + QLatin1Char('|') + ignored.join(QLatin1Char('|'));
}
