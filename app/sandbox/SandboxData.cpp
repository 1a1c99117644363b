#include "SandboxData.h"

#include "app/sandbox/SyntheticPatients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QXmlStreamWriter>

namespace {

QJsonObject makeGroup(const QString &id, const QString &name, int members, int firstPatient,
                      QRandomGenerator &rng)
{
    QJsonArray member;
    for (int i = 1; i <= members; ++i) {
        const int year = 2015 + int(rng.bounded(9));
        QJsonObject m{{QStringLiteral("entity"),
                       QJsonObject{{QStringLiteral("reference"),
                                    QStringLiteral("Patient/") +
                                        SyntheticPatients::patientId(firstPatient + i - 1)}}},
                      {QStringLiteral("period"),
                       QJsonObject{{QStringLiteral("start"), QStringLiteral("%1-0%2-1%3")
                                                                 .arg(year)
                                                                 .arg(1 + rng.bounded(9))
                                                                 .arg(rng.bounded(10))}}}};
        if (rng.bounded(7) == 0)
            m.insert(QStringLiteral("inactive"), true);
        member.append(m);
    }
    QJsonObject g{
        {QStringLiteral("resourceType"), QStringLiteral("Group")},
        {QStringLiteral("id"), id},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("versionId"), QStringLiteral("1")},
                                             {QStringLiteral("lastUpdated"),
                                              QStringLiteral("2023-04-18T21:33:58.525+00:00")}}},
        {QStringLiteral("type"), QStringLiteral("person")},
        {QStringLiteral("actual"), true},
        {QStringLiteral("name"), name},
        {QStringLiteral("quantity"), members}};
    if (!member.isEmpty())
        g.insert(QStringLiteral("member"), member);
    return g;
}

void writeJsonValue(QByteArray &out, const QJsonValue &v);

void writeJsonObject(QByteArray &out, const QJsonObject &o)
{
    out += '{';
    bool first = true;
    auto writeKey = [&](const QString &key) {
        if (!first)
            out += ',';
        first = false;
        writeJsonValue(out, QJsonValue(key));
        out += ':';
    };
    if (o.contains(QLatin1String("resourceType"))) {
        writeKey(QStringLiteral("resourceType"));
        writeJsonValue(out, o.value(QLatin1String("resourceType")));
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("resourceType"))
            continue;
        writeKey(it.key());
        writeJsonValue(out, it.value());
    }
    out += '}';
}

void writeJsonValue(QByteArray &out, const QJsonValue &v)
{
    if (v.isObject()) {
        writeJsonObject(out, v.toObject());
    } else if (v.isArray()) {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            writeJsonValue(out, a.at(i));
        }
        out += ']';
    } else {
        const QByteArray arr = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        out += arr.mid(1, arr.size() - 2);
    }
}

} // namespace

SandboxData::SandboxData(quint32 seed, int scale) : m_patients(seed)
{
    QRandomGenerator rng(seed);
    scale = qMax(1, scale);
    const int large = 200 * scale; // 10,000 members at --scale 50
    m_poolSize = qMax(17, large);
    m_groups << makeGroup(QStringLiteral("1"), QStringLiteral("Sandbox cohort A"), 5, 1, rng)
             << makeGroup(QStringLiteral("2"), QStringLiteral("Diabetes registry"), 12, 6, rng)
             << makeGroup(QStringLiteral("3"), QStringLiteral("Empty pilot group"), 0, 1, rng)
             << makeGroup(QStringLiteral("4"), QStringLiteral("Large cohort"), large, 1, rng);
    // A characteristic, as registries carry one.
    m_groups[1].insert(
        QStringLiteral("characteristic"),
        QJsonArray{QJsonObject{
            {QStringLiteral("code"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Condition")}}},
            {QStringLiteral("valueCodeableConcept"),
             QJsonObject{
                 {QStringLiteral("coding"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("system"), QStringLiteral("http://snomed.info/sct")},
                      {QStringLiteral("code"), QStringLiteral("44054006")},
                      {QStringLiteral("display"), QStringLiteral("Diabetes mellitus type 2")}}}}}},
            {QStringLiteral("exclude"), false}}});

    const QByteArray patientJson =
        R"({"resourceType":"Patient","id":"1-1","name":[{"family":"Sandbox","given":["Ada"]}],"birthDate":"1970-01-01"})";
    const QByteArray patientXml =
        R"(<Patient xmlns="http://hl7.org/fhir"><id value="1-2"/><name><family value="Sandbox"/><given value="Ben"/></name><birthDate value="1980-02-02"/></Patient>)";
    const QByteArray ndjson = R"({"resourceType":"Patient","id":"1-1"})"
                              "\n"
                              R"({"resourceType":"Patient","id":"1-2"})"
                              "\n";
    m_binaries.insert(QStringLiteral("1"), {QStringLiteral("1"),
                                            QStringLiteral("application/fhir+json"),
                                            patientJson,
                                            {},
                                            QStringLiteral("Patient/1-1")});
    m_binaries.insert(QStringLiteral("2"), {QStringLiteral("2"),
                                            QStringLiteral("application/fhir+xml"),
                                            patientXml,
                                            {},
                                            QStringLiteral("Patient/1-2")});
    m_binaries.insert(QStringLiteral("3"), {QStringLiteral("3"),
                                            QStringLiteral("text/plain"),
                                            QByteArrayLiteral("Sandbox note: plain text Binary.\n"),
                                            {},
                                            {}});
    m_binaries.insert(
        QStringLiteral("4"),
        {QStringLiteral("4"), QStringLiteral("application/fhir+ndjson"), ndjson, {}, {}});
    // A 1x1 PNG and a one-page PDF, for viewers of non-FHIR content.
    m_binaries.insert(QStringLiteral("5"),
                      {QStringLiteral("5"),
                       QStringLiteral("image/png"),
                       QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                                              "QVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
                       {},
                       {}});
    m_binaries.insert(
        QStringLiteral("6"),
        {QStringLiteral("6"),
         QStringLiteral("application/pdf"),
         QByteArrayLiteral("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                           "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                           "trailer<</Root 1 0 R>>\n%%EOF\n"),
         {},
         {}});
    m_binaries.insert(QStringLiteral("bad-base64"),
                      {QStringLiteral("bad-base64"),
                       QStringLiteral("application/fhir+json"),
                       {},
                       QStringLiteral("eyJyZXNvdXJjZVR5cGUi%%%not*base64"),
                       {}});
}

QStringList SandboxData::memberPatientIds(const QJsonObject &group)
{
    QStringList ids;
    for (const QJsonValue &m : group.value(QLatin1String("member")).toArray()) {
        const QString ref = m.toObject()
                                .value(QLatin1String("entity"))
                                .toObject()
                                .value(QLatin1String("reference"))
                                .toString();
        if (ref.startsWith(QLatin1String("Patient/")))
            ids << ref.mid(8);
    }
    return ids;
}

const QJsonObject *SandboxData::group(const QString &id) const
{
    for (const QJsonObject &g : m_groups) {
        if (g.value(QLatin1String("id")).toString() == id)
            return &g;
    }
    return nullptr;
}

const SandboxData::BinaryItem *SandboxData::binary(const QString &id) const
{
    auto it = m_binaries.constFind(id);
    return it == m_binaries.constEnd() ? nullptr : &it.value();
}

QJsonObject SandboxData::binaryResource(const BinaryItem &b) const
{
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Binary")},
                  {QStringLiteral("id"), b.id},
                  {QStringLiteral("contentType"), b.contentType},
                  {QStringLiteral("data"), b.dataOverride.isEmpty()
                                               ? QString::fromLatin1(b.content.toBase64())
                                               : b.dataOverride}};
    if (!b.securityContext.isEmpty())
        o.insert(QStringLiteral("securityContext"),
                 QJsonObject{{QStringLiteral("reference"), b.securityContext}});
    return o;
}

QJsonObject SandboxData::capabilityStatement(const QString &baseUrl, const QString &tokenUrl) const
{
    auto interactions = [](std::initializer_list<const char *> codes) {
        QJsonArray a;
        for (const char *c : codes)
            a.append(QJsonObject{{QStringLiteral("code"), QLatin1String(c)}});
        return a;
    };
    const QJsonArray resources{
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Group")},
            {QStringLiteral("interaction"), interactions({"read", "search-type"})},
            {QStringLiteral("operation"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("export")},
                 {QStringLiteral("definition"),
                  QStringLiteral(
                      "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export")}}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("Binary")},
                    {QStringLiteral("interaction"), interactions({"read"})}}};
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("date"), QStringLiteral("2023-04-18T21:33:58Z")},
        {QStringLiteral("publisher"), QStringLiteral("FHIR Bulk Explorer Sandbox")},
        {QStringLiteral("kind"), QStringLiteral("instance")},
        // The Bulk Data IG's server capability canonical (2.0.0 §capability statement).
        {QStringLiteral("instantiates"),
         QJsonArray{
             QStringLiteral("http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data")}},
        {QStringLiteral("software"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("HAPI FHIR Server")},
                     {QStringLiteral("version"), QStringLiteral("5.7.6")}}},
        {QStringLiteral("implementation"),
         QJsonObject{{QStringLiteral("description"), QStringLiteral("Sandbox bulk data API")},
                     {QStringLiteral("url"), baseUrl}}},
        {QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
        {QStringLiteral("format"),
         QJsonArray{QStringLiteral("application/fhir+xml"), QStringLiteral("xml"),
                    QStringLiteral("application/fhir+json"), QStringLiteral("json")}},
        {QStringLiteral("rest"),
         QJsonArray{QJsonObject{
             {QStringLiteral("mode"), QStringLiteral("server")},
             {QStringLiteral("security"),
              QJsonObject{
                  {QStringLiteral("extension"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("url"),
                        QStringLiteral("http://fhir-registry.smarthealthit.org/StructureDefinition/"
                                       "oauth-uris")},
                       {QStringLiteral("extension"),
                        QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("token")},
                                               {QStringLiteral("valueUri"), tokenUrl}}}}}}},
                  {QStringLiteral("service"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("coding"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("system"),
                             QStringLiteral(
                                 "http://terminology.hl7.org/CodeSystem/restful-security-service")},
                            {QStringLiteral("code"), QStringLiteral("SMART-on-FHIR")}}}}}}}}},
             {QStringLiteral("resource"), resources}}}}};
}

QByteArray SandboxData::fhirJson(const QJsonObject &resource)
{
    QByteArray out;
    writeJsonObject(out, resource);
    return out;
}
