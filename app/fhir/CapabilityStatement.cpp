#include "CapabilityStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<CapabilityStatement> CapabilityStatement::parse(const QByteArray &json,
                                                              QString *error)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The CapabilityStatement is not JSON (%1 at byte %2).")
                     .arg(err.errorString())
                     .arg(err.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("resourceType")).toString() != QLatin1String("CapabilityStatement")) {
        *error = tr("The answer is a %1, not a CapabilityStatement.")
                     .arg(o.value(QLatin1String("resourceType")).toString());
        return std::nullopt;
    }
    CapabilityStatement c;
    const QJsonObject software = o.value(QLatin1String("software")).toObject();
    c.softwareName = software.value(QLatin1String("name")).toString();
    c.softwareVersion = software.value(QLatin1String("version")).toString();
    c.fhirVersion = o.value(QLatin1String("fhirVersion")).toString();
    for (const QJsonValue &f : o.value(QLatin1String("format")).toArray())
        c.formats << f.toString();
    auto codes = [](const QJsonValue &list, const char *key) {
        QStringList out;
        for (const QJsonValue &v : list.toArray())
            out << v.toObject().value(QLatin1String(key)).toString();
        return out;
    };
    for (const QJsonValue &restValue : o.value(QLatin1String("rest")).toArray()) {
        const QJsonObject rest = restValue.toObject();
        for (const QJsonValue &rv : rest.value(QLatin1String("resource")).toArray()) {
            const QJsonObject r = rv.toObject();
            c.resources.append({r.value(QLatin1String("type")).toString(),
                                codes(r.value(QLatin1String("interaction")), "code"),
                                codes(r.value(QLatin1String("operation")), "name"),
                                codes(r.value(QLatin1String("searchParam")), "name")});
        }
        for (const QJsonValue &ev : rest.value(QLatin1String("security"))
                                        .toObject()
                                        .value(QLatin1String("extension"))
                                        .toArray()) {
            const QJsonObject e = ev.toObject();
            if (!e.value(QLatin1String("url")).toString().endsWith(QLatin1String("oauth-uris")))
                continue;
            for (const QJsonValue &inner : e.value(QLatin1String("extension")).toArray()) {
                if (inner.toObject().value(QLatin1String("url")).toString() ==
                    QLatin1String("token"))
                    c.tokenUrl = QUrl(inner.toObject().value(QLatin1String("valueUri")).toString());
            }
        }
    }
    return c;
}

const CapabilityStatement::Resource *CapabilityStatement::resource(const QString &type) const
{
    for (const Resource &r : resources) {
        if (r.type == type)
            return &r;
    }
    return nullptr;
}

QStringList CapabilityStatement::resourceTypes() const
{
    QStringList out;
    for (const Resource &r : resources)
        out << r.type;
    return out;
}

bool CapabilityStatement::supportsXml() const
{
    for (const QString &f : formats) {
        if (f == QLatin1String("xml") || f.endsWith(QLatin1String("+xml")) ||
            f.endsWith(QLatin1String("/xml")))
            return true;
    }
    return false;
}

QList<CapabilityStatement::Difference> CapabilityStatement::compare(const CapabilityStatement &a,
                                                                    const CapabilityStatement &b)
{
    QList<Difference> out;
    auto add = [&out](const QString &aspect, const QString &l, const QString &r) {
        out.append({aspect, l, r, l != r});
    };
    auto list = [](QStringList l) {
        l.sort();
        return l.join(QStringLiteral(", "));
    };
    add(tr("software"), QStringLiteral("%1 %2").arg(a.softwareName, a.softwareVersion).trimmed(),
        QStringLiteral("%1 %2").arg(b.softwareName, b.softwareVersion).trimmed());
    add(QStringLiteral("fhirVersion"), a.fhirVersion, b.fhirVersion);
    add(QStringLiteral("format"), list(a.formats), list(b.formats));
    add(tr("token URL"), a.tokenUrl.toString(), b.tokenUrl.toString());
    QStringList types = a.resourceTypes() + b.resourceTypes();
    types.removeDuplicates();
    types.sort();
    const QString absent = tr("(not listed)");
    for (const QString &type : std::as_const(types)) {
        const Resource *ra = a.resource(type);
        const Resource *rb = b.resource(type);
        add(tr("%1: interactions").arg(type), ra ? list(ra->interactions) : absent,
            rb ? list(rb->interactions) : absent);
        add(tr("%1: operations").arg(type), ra ? list(ra->operations) : absent,
            rb ? list(rb->operations) : absent);
        add(tr("%1: search parameters").arg(type), ra ? list(ra->searchParams) : absent,
            rb ? list(rb->searchParams) : absent);
    }
    return out;
}
