// SandboxServer, its exports: kick-off, the job's status and manifest, and the files.
#include "SandboxServer.h"

#include "app/fhir/FhirConvert.h"
#include "app/sandbox/LargeFile.h"
#include "app/support/Logging.h"
#include "app/tokens/Scopes.h"
#include "app/tokens/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

QByteArray SandboxServer::otherExportOutcome(const SandboxRequest &req) const
{
    // HAPI 5.7.6 with the Group-level export provider only: another level is an operation it
    // does not know (RestfulServer's "unknownMethod", issue code not-supported), plus an issue
    // that names the level this server does offer, for clients whose default is Patient-level
    // (the SMART bulk-data-client's) or system-level.
    QStringList names;
    for (const auto &item : req.query.queryItems(QUrl::FullyDecoded)) {
        if (!names.contains(item.first))
            names << item.first;
    }
    const QString path = req.path.mid(QByteArray(kBasePath).size() + 1);
    const QJsonObject outcome{
        {QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
        {QStringLiteral("issue"),
         QJsonArray{
             QJsonObject{
                 {QStringLiteral("severity"), QStringLiteral("error")},
                 {QStringLiteral("code"), QStringLiteral("not-supported")},
                 {QStringLiteral("diagnostics"),
                  QStringLiteral("Invalid request: The FHIR endpoint on this server does not know "
                                 "how to handle %1 operation[%2] with parameters [[%3]]")
                      .arg(QString::fromLatin1(req.method), path,
                           names.join(QStringLiteral(", ")))}},
             QJsonObject{{QStringLiteral("severity"), QStringLiteral("information")},
                         {QStringLiteral("code"), QStringLiteral("not-supported")},
                         {QStringLiteral("diagnostics"),
                          QStringLiteral("This server supports $export for a Group only: "
                                         "[base]/Group/[id]/$export (GET or POST). Patient-level "
                                         "and system-level $export are not offered.")}}}}};
    return SandboxData::fhirJson(outcome);
}

SandboxResponse SandboxServer::exportKickOff(const SandboxRequest &req, const QString &groupId)
{
    using namespace VendorResponses;
    auto bad = [this](const QString &diagnostics, int status = 400) {
        return hapiOutcome(status, QStringLiteral("error"), QStringLiteral("processing"),
                           diagnostics, m_requestId, m_correlationId, m_wantsXml);
    };
    if (!req.header("Prefer").contains("respond-async"))
        return bad(QStringLiteral("Must request async processing for $export"));
    if (!m_data.group(groupId))
        return bad(QStringLiteral("HAPI-0436: Resource Group/%1 is not known").arg(groupId), 404);
    // Parameters come from the query (GET) or a Parameters resource (POST).
    QMap<QString, QString> params;
    for (const auto &item : req.query.queryItems(QUrl::FullyDecoded))
        params.insert(item.first, item.second);
    if (req.method == "POST" && !req.body.trimmed().isEmpty()) {
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        if (body.value(QLatin1String("resourceType")).toString() != QLatin1String("Parameters"))
            return bad(QStringLiteral(
                "Invalid request: the body of a POST $export must be a Parameters resource"));
        for (const QJsonValue &v : body.value(QLatin1String("parameter")).toArray()) {
            const QJsonObject p = v.toObject();
            QString value;
            for (const char *key : {"valueString", "valueInstant", "valueCode", "valueDateTime"}) {
                if (p.contains(QLatin1String(key)))
                    value = p.value(QLatin1String(key)).toString();
            }
            const QString name = p.value(QLatin1String("name")).toString();
            params.insert(name, params.contains(name)
                                    ? params.value(name) + QLatin1Char(',') + value
                                    : value);
        }
    }
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
    if (!unsupported.isEmpty() && !lenient)
        return bad(QStringLiteral("Parameter(s) not supported by this server's $export: %1. Send "
                                  "Prefer: handling=lenient to have "
                                  "them ignored.")
                       .arg(unsupported.join(QStringLiteral(", "))));
    // Lenient handling drops them, and says so in the manifest's error file (the IG's place for
    // what the server could not do), never silently.
    QStringList ignored;
    for (const QString &name : std::as_const(unsupported))
        ignored << QStringLiteral("The parameter %1 is not supported by this server's $export and "
                                  "was ignored (Prefer: handling=lenient): the export is not "
                                  "limited by it.")
                       .arg(name);
    const QString format =
        params.value(QStringLiteral("_outputFormat"), QStringLiteral("application/fhir+ndjson"));
    if (format != QLatin1String("application/fhir+ndjson") &&
        format != QLatin1String("application/ndjson") && format != QLatin1String("ndjson"))
        return bad(QStringLiteral("Invalid _outputFormat: %1 (supported: application/fhir+ndjson, "
                                  "application/ndjson, ndjson)")
                       .arg(format));
    QDateTime since;
    if (params.contains(QStringLiteral("_since"))) {
        since = QDateTime::fromString(params.value(QStringLiteral("_since")), Qt::ISODateWithMs);
        if (!since.isValid())
            return bad(QStringLiteral("Invalid _since: %1 is not a FHIR instant")
                           .arg(params.value(QStringLiteral("_since"))));
    }
    QStringList types;
    for (const QString &t :
         params.value(QStringLiteral("_type")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (SyntheticPatients::resourceTypes().contains(t.trimmed()))
            types << t.trimmed();
        else if (!lenient)
            return bad(QStringLiteral("Resource type %1 is invalid for this type of export")
                           .arg(t.trimmed()));
        else
            ignored << QStringLiteral("Resource type %1 is invalid for this type of export and "
                                      "was ignored (Prefer: handling=lenient).")
                           .arg(t.trimmed());
    }
    if (types.isEmpty())
        types = SyntheticPatients::resourceTypes();
    types.removeDuplicates();
    ExportFilters filters;
    QString filterError;
    if (!filters.parse(params.value(QStringLiteral("_typeFilter")),
                       params.value(QStringLiteral("_elements")), lenient, &filterError))
        return bad(filterError);
    // HAPI hands back a recent identical job unless the client says Cache-Control: no-cache.
    const QString key = groupId + QLatin1Char('|') + QStringList(types).join(QLatin1Char(',')) +
                        QLatin1Char('|') + since.toString(Qt::ISODateWithMs) + QLatin1Char('|') +
                        format + QLatin1Char('|') + filters.key() + QLatin1Char('|') +
                        ignored.join(QLatin1Char('|'));
    QString jobId;
    if (!req.header("Cache-Control").contains("no-cache")) {
        for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
            if (it->key == key && !it->cancelled && !it->failed)
                jobId = it.key();
        }
    }
    if (jobId.isEmpty()) {
        jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Job job;
        job.groupId = groupId;
        job.started = QDateTime::currentDateTimeUtc();
        job.types = types;
        job.since = since;
        job.filters = filters;
        job.key = key;
        job.request = req.method + ' ' + req.path.toUtf8() +
                      (req.query.isEmpty() ? QByteArray()
                                           : '?' + req.query.toString(QUrl::FullyEncoded).toUtf8());
        // The manifest's `request` is the kick-off URL with its query (the IG: "the full URL of
        // the original bulk data kick-off request").
        job.requestUrl =
            baseUrl().toString() + QStringLiteral("/Group/") + groupId +
            QStringLiteral("/$export") +
            (req.query.isEmpty() ? QString()
                                 : QLatin1Char('?') + req.query.toString(QUrl::FullyEncoded));
        job.transientLeft = m_scenario.transientErrors;
        job.ignored = ignored;
        m_jobs.insert(jobId, job);
    }
    SandboxResponse r =
        hapi(202, "application/fhir+json;charset=UTF-8",
             outcomeJson(QStringLiteral("information"), QStringLiteral("informational"),
                         QStringLiteral("Export job accepted: %1").arg(jobId)),
             m_requestId, m_correlationId);
    r.headers.insert(
        2, {"Content-Location",
            (baseUrl().toString() + QStringLiteral("/$export-poll-status?_id=") + jobId).toUtf8()});
    return r;
}

void SandboxServer::addRetryAfter(SandboxResponse &r, int secs) const
{
    switch (m_scenario.retryAfter) {
    case SandboxScenario::RetryAfter::Seconds:
        r.headers.insert(2, {"Retry-After", QByteArray::number(secs)});
        break;
    case SandboxScenario::RetryAfter::HttpDate:
        r.headers.insert(2, {"Retry-After", VendorResponses::httpDate(
                                                QDateTime::currentDateTimeUtc().addSecs(secs))});
        break;
    case SandboxScenario::RetryAfter::XRetryAfter: // the vendor sample's non-standard header
        r.headers.insert(2, {"X-RetryAfter", QByteArray::number(secs)});
        break;
    case SandboxScenario::RetryAfter::None:
        break;
    }
}

SandboxResponse SandboxServer::exportStatus(const SandboxRequest &req)
{
    using namespace VendorResponses;
    const QString jobId = req.query.queryItemValue(QStringLiteral("_id"));
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->cancelled)
        return hapiOutcome(404, QStringLiteral("error"), QStringLiteral("processing"),
                           QStringLiteral("Unknown or cancelled export job: %1").arg(jobId),
                           m_requestId, m_correlationId);
    if (req.method == "DELETE") {
        it->cancelled = true;
        return hapi(202, "application/fhir+json;charset=UTF-8",
                    outcomeJson(QStringLiteral("information"), QStringLiteral("informational"),
                                QStringLiteral("Export job %1 cancelled").arg(jobId)),
                    m_requestId, m_correlationId);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime previous = it->lastPoll;
    it->lastPoll = now;
    if (m_scenario.tooFast429 && previous.isValid() &&
        previous.msecsTo(now) < qint64(m_scenario.retryAfterSecs) * 1000 - 200) {
        SandboxResponse r =
            hapiOutcome(429, QStringLiteral("error"), QStringLiteral("throttled"),
                        QStringLiteral("Polled too soon: wait %1 s between status requests")
                            .arg(m_scenario.retryAfterSecs),
                        m_requestId, m_correlationId);
        r.headers.insert(2,
                         {"Retry-After", QByteArray::number(qMax(1, m_scenario.retryAfterSecs))});
        return r;
    }
    if (it->transientLeft > 0) {
        --it->transientLeft;
        return hapiOutcome(500, QStringLiteral("error"), QStringLiteral("transient"),
                           QStringLiteral("The export status is temporarily unavailable; retry"),
                           m_requestId, m_correlationId);
    }
    const qint64 elapsed = it->started.msecsTo(now);
    if (elapsed < m_scenario.exportDurationMs) {
        SandboxResponse r =
            hapi(202, "application/fhir+json;charset=UTF-8", {}, m_requestId, m_correlationId);
        r.headers.insert(2,
                         {"X-Progress",
                          QByteArray::number(100 * elapsed / qMax(1, m_scenario.exportDurationMs)) +
                              "% complete"});
        addRetryAfter(r, m_scenario.retryAfterSecs);
        return r;
    }
    if (m_scenario.failJob || it->failed) {
        it->failed = true;
        return hapiOutcome(
            500, QStringLiteral("error"), QStringLiteral("exception"),
            QStringLiteral("HAPI-1370: Export job %1 failed: the sandbox was told to fail it")
                .arg(jobId),
            m_requestId, m_correlationId);
    }
    if (!it->completed.isValid()) {
        it->completed = now;
        const QJsonObject *g = m_data.group(it->groupId);
        const QStringList patients = g ? SandboxData::memberPatientIds(*g) : QStringList();
        for (const QString &type : std::as_const(it->types)) {
            int count = 0;
            QByteArray ndjson = m_data.patients().ndjson(type, patients, it->since, &count);
            if (!it->filters.isEmpty())
                ndjson = it->filters.apply(type, ndjson, &count);
            if (count == 0)
                continue; // like HAPI: no file for a type without resources
            const QString fileId = QStringLiteral("%1-%2").arg(jobId.left(8), type);
            m_files.insert(fileId, {ndjson, jobId});
            it->outputs.append({type, fileId, count});
        }
        if (!it->ignored.isEmpty()) {
            QByteArray ndjson;
            for (const QString &text : std::as_const(it->ignored))
                ndjson +=
                    outcomeJson(QStringLiteral("warning"), QStringLiteral("not-supported"), text) +
                    '\n';
            const QString fileId = jobId.left(8) + QStringLiteral("-ignored");
            m_files.insert(fileId, {ndjson, jobId});
            it->errors.append(fileId);
        }
        if (m_scenario.errorFiles) {
            const QString fileId = jobId.left(8) + QStringLiteral("-errors");
            m_files.insert(
                fileId,
                {outcomeJson(QStringLiteral("error"), QStringLiteral("processing"),
                             QStringLiteral("Observation/obs-00001-9: could not be serialised")) +
                     '\n',
                 jobId});
            it->errors.append(fileId);
        }
    }
    // Files may live on another origin, as object stores do: "localhost" is not 127.0.0.1.
    QString fileBase = baseUrl().toString();
    if (m_scenario.filesOnOtherOrigin)
        fileBase.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    if (!m_scenario.fileBaseUrl.isEmpty())
        fileBase = m_scenario.fileBaseUrl;
    QJsonArray output;
    for (const auto &o : std::as_const(it->outputs)) {
        QJsonObject entry{{QStringLiteral("type"), o.type},
                          {QStringLiteral("url"), fileBase + QStringLiteral("/Binary/") + o.fileId +
                                                      QStringLiteral("/$binary-access-read")}};
        if (!m_scenario.omitCount)
            entry.insert(QStringLiteral("count"), o.count);
        output.append(entry);
    }
    for (int k = 1; m_scenario.largeFileMiB > 0 && k <= m_scenario.largeFiles; ++k) {
        const qint64 size =
            qint64(m_scenario.largeFileMiB) * 1024 * 1024 / LargeFile::kLine * LargeFile::kLine;
        const QString id = k == 1
                               ? QStringLiteral("large-%1").arg(m_scenario.largeFileMiB)
                               : QStringLiteral("large-%1-%2").arg(m_scenario.largeFileMiB).arg(k);
        QJsonObject entry{{QStringLiteral("type"), QStringLiteral("Observation")},
                          {QStringLiteral("url"),
                           fileBase + QStringLiteral("/Binary/%1/$binary-access-read").arg(id)}};
        if (!m_scenario.omitCount)
            entry.insert(QStringLiteral("count"), size / LargeFile::kLine);
        output.append(entry);
    }
    // Many small synthetic files (scale runs): small-<KiB>-<k>, whole lines each.
    for (int k = 1; k <= m_scenario.smallFiles; ++k) {
        const qint64 size = qint64(m_scenario.smallFileKiB) * 1024 / LargeFile::kLine;
        QJsonObject entry{{QStringLiteral("type"), QStringLiteral("Observation")},
                          {QStringLiteral("url"),
                           fileBase + QStringLiteral("/Binary/small-%1-%2/$binary-access-read")
                                          .arg(m_scenario.smallFileKiB)
                                          .arg(k)}};
        if (!m_scenario.omitCount)
            entry.insert(QStringLiteral("count"), size);
        output.append(entry);
    }
    QJsonArray errors;
    for (const QString &fileId : std::as_const(it->errors))
        errors.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("OperationOutcome")},
            {QStringLiteral("url"), baseUrl().toString() + QStringLiteral("/Binary/") + fileId +
                                        QStringLiteral("/$binary-access-read")}});
    const QJsonObject manifest{
        {QStringLiteral("transactionTime"), it->started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("request"), it->requestUrl},
        {QStringLiteral("requiresAccessToken"), true},
        {QStringLiteral("output"), output},
        {QStringLiteral("error"), errors}};
    SandboxResponse r =
        hapi(200, "application/json", QJsonDocument(manifest).toJson(QJsonDocument::Compact),
             m_requestId, m_correlationId);
    const int expiry = m_scenario.fileExpirySecs > 0 ? m_scenario.fileExpirySecs : 3600;
    r.headers.insert(2, {"Expires", httpDate(it->completed.addSecs(expiry))});
    return r;
}

SandboxResponse SandboxServer::largeFile(const SandboxRequest &req, qint64 size)
{
    using namespace VendorResponses;
    SandboxResponse r = hapi(200, "application/fhir+ndjson", {}, m_requestId, m_correlationId);
    r.headers.insert(2, {"Accept-Ranges", "bytes"});
    qint64 from = 0;
    const QByteArray range = req.header("Range");
    if (range.startsWith("bytes=")) {
        from = range.mid(6).split('-').value(0).toLongLong();
        if (from >= size) {
            SandboxResponse bad =
                hapi(416, "application/fhir+json;charset=UTF-8", {}, m_requestId, m_correlationId);
            bad.headers.insert(2, {"Content-Range", "bytes */" + QByteArray::number(size)});
            return bad;
        }
        r.status = 206;
        r.headers.insert(2, {"Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                                  QByteArray::number(size - 1) + '/' +
                                                  QByteArray::number(size)});
    }
    r.streamOffset = from;
    r.streamSize = size - from;
    r.setHeader("Content-Length", QByteArray::number(r.streamSize));
    if (m_scenario.dropMidFile)
        r.dropAfterBytes = r.streamSize / 2;
    return r;
}

SandboxResponse SandboxServer::exportFile(const SandboxRequest &req, const QString &fileId)
{
    using namespace VendorResponses;
    // Binary/large-<MiB>[-<k>]/$binary-access-read: a synthetic file of that size, streamed.
    if (fileId.startsWith(QLatin1String("large-"))) {
        bool ok = false;
        const int mib = fileId.mid(6).section(QLatin1Char('-'), 0, 0).toInt(&ok);
        if (ok && mib > 0 && mib <= 16384)
            return largeFile(req,
                             qint64(mib) * 1024 * 1024 / LargeFile::kLine *
                                 LargeFile::kLine); // whole lines
    }
    // Binary/small-<KiB>-<k>/$binary-access-read: one of the scale run's small files.
    if (fileId.startsWith(QLatin1String("small-"))) {
        bool ok = false;
        const int kib = fileId.mid(6).section(QLatin1Char('-'), 0, 0).toInt(&ok);
        if (ok && kib > 0 && kib <= 1024 * 1024)
            return largeFile(req, qint64(kib) * 1024 / LargeFile::kLine * LargeFile::kLine);
    }
    const auto file = m_files.constFind(fileId);
    if (file == m_files.constEnd())
        return hapiOutcome(404, QStringLiteral("error"), QStringLiteral("processing"),
                           QStringLiteral("HAPI-0436: Resource Binary/%1 is not known").arg(fileId),
                           m_requestId, m_correlationId);
    const auto job = m_jobs.constFind(file->jobId);
    if (m_scenario.fileExpirySecs > 0 && job != m_jobs.constEnd() && job->completed.isValid() &&
        job->completed.addSecs(m_scenario.fileExpirySecs) < QDateTime::currentDateTimeUtc())
        return hapiOutcome(404, QStringLiteral("error"), QStringLiteral("not-found"),
                           QStringLiteral("Binary/%1 has expired; start a new export").arg(fileId),
                           m_requestId, m_correlationId);
    const QByteArray &data = file->ndjson;
    // Range: bytes=N- (what a client resuming a download sends).
    const QByteArray range = req.header("Range");
    if (range.startsWith("bytes=")) {
        const QList<QByteArray> bounds = range.mid(6).split('-');
        bool ok = false;
        const qint64 from = bounds.value(0).toLongLong(&ok);
        const qint64 to =
            bounds.value(1).isEmpty() ? data.size() - 1 : bounds.value(1).toLongLong();
        if (!ok || from >= data.size() || to < from) {
            SandboxResponse r =
                hapi(416, "application/fhir+json;charset=UTF-8", {}, m_requestId, m_correlationId);
            r.headers.insert(2, {"Content-Range", "bytes */" + QByteArray::number(data.size())});
            return r;
        }
        const qint64 end = qMin<qint64>(to, data.size() - 1);
        SandboxResponse r = hapi(206, "application/fhir+ndjson", data.mid(from, end - from + 1),
                                 m_requestId, m_correlationId);
        r.headers.insert(2, {"Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                                  QByteArray::number(end) + '/' +
                                                  QByteArray::number(data.size())});
        r.headers.insert(3, {"Accept-Ranges", "bytes"});
        return r;
    }
    SandboxResponse r = hapi(200, "application/fhir+ndjson", data, m_requestId, m_correlationId);
    r.headers.insert(2, {"Accept-Ranges", "bytes"});
    if (m_scenario.dropMidFile && data.size() > 1)
        r.dropAfterBytes = data.size() / 2;
    return r;
}
