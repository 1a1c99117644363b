#include "ExportFilters.h"

#include "app/sandbox/SandboxData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace {
// search parameter -> the element it reads, and whether it is a token (CodeableConcept/Coding)
struct Param
{
    const char *element;
    bool token;
};
const QMap<QString, Param> &params()
{
    static const QMap<QString, Param> p{
        {QStringLiteral("status"), {"status", false}},
        {QStringLiteral("gender"), {"gender", false}},
        {QStringLiteral("_id"), {"id", false}},
        {QStringLiteral("code"), {"code", true}},
        {QStringLiteral("clinical-status"), {"clinicalStatus", true}},
        {QStringLiteral("category"), {"category", true}},
        {QStringLiteral("vaccine-code"), {"vaccineCode", true}}};
    return p;
}

bool tokenMatches(const QJsonValue &v, const QString &wanted)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (tokenMatches(item, wanted))
                return true;
        }
        return false;
    }
    const QJsonObject o = v.toObject();
    const QJsonArray codings = o.contains(QLatin1String("coding"))
                                   ? o.value(QLatin1String("coding")).toArray()
                                   : QJsonArray{o};
    const QString system =
        wanted.contains(QLatin1Char('|')) ? wanted.section(QLatin1Char('|'), 0, 0) : QString();
    const QString code =
        wanted.contains(QLatin1Char('|')) ? wanted.section(QLatin1Char('|'), 1) : wanted;
    for (const QJsonValue &c : codings) {
        const QJsonObject coding = c.toObject();
        if (coding.value(QLatin1String("code")).toString() == code &&
            (system.isEmpty() || coding.value(QLatin1String("system")).toString() == system))
            return true;
    }
    return false;
}
} // namespace

QStringList ExportFilters::supportedParameters()
{
    return params().keys();
}

bool ExportFilters::parse(const QString &typeFilter, const QString &elements, bool lenient,
                          QString *error)
{
    m_filters.clear();
    m_elements.clear();
    // Queries are separated by commas; a comma inside a query's value (an OR) is part of it.
    QStringList queries;
    for (const QString &part : typeFilter.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.contains(QLatin1Char('?')) || queries.isEmpty())
            queries << part.trimmed();
        else
            queries.last() += QLatin1Char(',') + part;
    }
    for (const QString &q : std::as_const(queries)) {
        const QString type = q.section(QLatin1Char('?'), 0, 0);
        if (!q.contains(QLatin1Char('?')) || !SyntheticPatients::resourceTypes().contains(type)) {
            *error = QStringLiteral(
                         "Invalid _typeFilter \"%1\": expected [ResourceType]?[search parameters]")
                         .arg(q);
            return false;
        }
        Query query;
        for (const auto &item :
             QUrlQuery(q.section(QLatin1Char('?'), 1)).queryItems(QUrl::FullyDecoded)) {
            if (!params().contains(item.first)) {
                if (lenient)
                    continue; // Prefer: handling=lenient: what is not supported is left out
                *error =
                    QStringLiteral(
                        "Unknown search parameter \"%1\" for resource type \"%2\" in _typeFilter. "
                        "Valid search parameters for this search are: [%3]")
                        .arg(item.first, type, supportedParameters().join(QStringLiteral(", ")));
                return false;
            }
            query.append(item);
        }
        m_filters[type].append(query);
    }
    for (const QString &e : elements.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = e.trimmed();
        if (name.contains(QLatin1Char('.')))
            m_elements[name.section(QLatin1Char('.'), 0, 0)] << name.section(QLatin1Char('.'), 1);
        else
            m_elements[QString()] << name;
    }
    m_key = typeFilter + QLatin1Char('|') + elements;
    return true;
}

bool ExportFilters::matches(const QJsonObject &resource, const Query &query) const
{
    for (const auto &item : query) {
        const Param p = params().value(item.first);
        const QJsonValue v = resource.value(QLatin1String(p.element));
        bool any = false;
        for (const QString &wanted : item.second.split(QLatin1Char(','))) {
            any = any || (p.token ? tokenMatches(v, wanted) : v.toString() == wanted);
        }
        if (!any)
            return false;
    }
    return true;
}

QByteArray ExportFilters::apply(const QString &type, const QByteArray &ndjson, int *count) const
{
    const auto filters = m_filters.constFind(type);
    const QStringList keep = m_elements.value(QString()) + m_elements.value(type);
    QByteArray out;
    *count = 0;
    for (const QByteArray &line : ndjson.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject r = QJsonDocument::fromJson(line).object();
        if (filters != m_filters.constEnd()) {
            bool any = false;
            for (const Query &q : *filters)
                any = any || matches(r, q);
            if (!any)
                continue;
        }
        if (!keep.isEmpty()) {
            for (const QString &k : r.keys()) {
                if (k != QLatin1String("resourceType") && k != QLatin1String("id") &&
                    k != QLatin1String("meta") && !keep.contains(k))
                    r.remove(k);
            }
            QJsonObject meta = r.value(QLatin1String("meta")).toObject();
            QJsonArray tags = meta.value(QLatin1String("tag")).toArray();
            tags.append(QJsonObject{
                {QStringLiteral("system"),
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationValue")},
                {QStringLiteral("code"), QStringLiteral("SUBSETTED")}});
            meta.insert(QStringLiteral("tag"), tags);
            r.insert(QStringLiteral("meta"), meta);
        }
        out += SandboxData::fhirJson(r) + '\n';
        ++*count;
    }
    return out;
}
