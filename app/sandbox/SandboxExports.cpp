// The Sandbox's exports: kick-off, the job's status and manifest, and the files.
#include "SandboxExports.h"

#include "app/sandbox/LargeFile.h"
#include "app/sandbox/SandboxData.h"
#include "app/sandbox/SandboxKickOff.h"
#include "app/sandbox/SandboxState.h"
#include "app/sandbox/SyntheticPatients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace VendorResponses;

namespace {

QByteArray contentRange(qint64 from, qint64 to, qint64 size)
{
    return "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/' +
           QByteArray::number(size);
}

} // namespace

SandboxExports::SandboxExports(const SandboxState &state) : m_state(state) {}

SandboxResponse SandboxExports::kickOff(const SandboxRequest &req, const QString &groupId,
                                        const SandboxAnswer &answer)
{
    auto bad = [&answer](const QString &diagnostics, int status = 400) {
        return answer.outcome(status, QStringLiteral("error"), QStringLiteral("processing"),
                              diagnostics);
    };
    if (!req.header("Prefer").contains("respond-async"))
        return bad(QStringLiteral("Must request async processing for $export"));
    if (!m_state.data.group(groupId))
        return bad(QStringLiteral("HAPI-0436: Resource Group/%1 is not known").arg(groupId), 404);
    SandboxKickOff k;
    k.lastValueWins = m_state.scenario.deviates("ignore-repeated-parameters");
    QString error;
    if (!k.read(req, &error))
        return bad(error);
    // HAPI hands back a recent identical job unless the client says Cache-Control: no-cache.
    const QString key = k.key(groupId);
    QString jobId;
    if (!req.header("Cache-Control").contains("no-cache")) {
        for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
            if (it->key == key && !it->cancelled && !it->failed)
                jobId = it.key();
        }
    }
    if (jobId.isEmpty())
        jobId = newJob(req, groupId, k);
    SandboxResponse r =
        answer.hapi(202, "application/fhir+json;charset=UTF-8",
                    outcomeJson(QStringLiteral("information"), QStringLiteral("informational"),
                                QStringLiteral("Export job accepted: %1").arg(jobId)));
    r.headers.insert(2, {"Content-Location", (m_state.baseUrl.toString() +
                                              QStringLiteral("/$export-poll-status?_id=") + jobId)
                                                 .toUtf8()});
    return r;
}

QString SandboxExports::newJob(const SandboxRequest &req, const QString &groupId,
                               const SandboxKickOff &k)
{
    const QString jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Job job;
    job.groupId = groupId;
    job.started = m_state.clock.now();
    job.types = k.types;
    if (m_state.scenario.deviates("ignore-type")) // every type, whatever _type asked for
        job.types = SyntheticPatients::resourceTypes();
    job.since = k.since;
    if (m_state.scenario.deviates("ignore-since")) // every resource, whatever _since said
        job.since = QDateTime();
    job.filters = k.filters;
    if (m_state.scenario.deviates("ignore-type-filter")) // _typeFilter (and _elements) ignored
        job.filters = ExportFilters();
    job.key = k.key(groupId);
    // The manifest's `request` is the kick-off URL with its query (the IG: "the full URL of the
    // original bulk data kick-off request").
    job.requestUrl =
        m_state.baseUrl.toString() + QStringLiteral("/Group/") + groupId +
        QStringLiteral("/$export") +
        (req.query.isEmpty() ? QString()
                             : QLatin1Char('?') + req.query.toString(QUrl::FullyEncoded));
    job.transientLeft = m_state.scenario.transientErrors;
    job.ignored = k.ignored;
    m_jobs.insert(jobId, job);
    return jobId;
}

void SandboxExports::addRetryAfter(SandboxResponse &r, int secs) const
{
    switch (m_state.scenario.retryAfter) {
    case SandboxScenario::RetryAfter::Seconds:
        r.headers.insert(2, {"Retry-After", QByteArray::number(secs)});
        break;
    case SandboxScenario::RetryAfter::HttpDate:
        r.headers.insert(2, {"Retry-After", httpDate(m_state.clock.now().addSecs(secs))});
        break;
    case SandboxScenario::RetryAfter::XRetryAfter: // the vendor sample's non-standard header
        r.headers.insert(2, {"X-RetryAfter", QByteArray::number(secs)});
        break;
    case SandboxScenario::RetryAfter::None:
        break;
    }
}

SandboxResponse SandboxExports::status(const SandboxRequest &req, const SandboxAnswer &answer)
{
    const QString jobId = req.query.queryItemValue(QStringLiteral("_id"));
    auto it = m_jobs.find(jobId);
    // Deviation ignore-delete: every DELETE is "accepted", and nothing is cancelled.
    if (req.method == "DELETE" && m_state.scenario.deviates("ignore-delete"))
        return answer.hapi(202, "application/fhir+json;charset=UTF-8",
                           outcomeJson(QStringLiteral("information"),
                                       QStringLiteral("informational"),
                                       QStringLiteral("Export job %1 cancelled").arg(jobId)));
    if (it == m_jobs.end() || it->cancelled)
        return answer.outcome(404, QStringLiteral("error"), QStringLiteral("processing"),
                              QStringLiteral("Unknown or cancelled export job: %1").arg(jobId),
                              false);
    if (req.method == "DELETE") {
        it->cancelled = true;
        return answer.hapi(202, "application/fhir+json;charset=UTF-8",
                           outcomeJson(QStringLiteral("information"),
                                       QStringLiteral("informational"),
                                       QStringLiteral("Export job %1 cancelled").arg(jobId)));
    }
    if (auto early = pollAnswer(jobId, *it, answer))
        return *early;
    if (!it->completed.isValid())
        completeJob(jobId, *it);
    return manifest(*it, answer);
}

std::optional<SandboxResponse> SandboxExports::pollAnswer(const QString &jobId, Job &job,
                                                          const SandboxAnswer &answer)
{
    const SandboxScenario &scenario = m_state.scenario;
    const QDateTime now = m_state.clock.now();
    const QDateTime previous = job.lastPoll;
    job.lastPoll = now;
    if (scenario.tooFast429 && previous.isValid() &&
        previous.msecsTo(now) < qint64(scenario.retryAfterSecs) * 1000 - 200) {
        SandboxResponse r =
            answer.outcome(429, QStringLiteral("error"), QStringLiteral("throttled"),
                           QStringLiteral("Polled too soon: wait %1 s between status requests")
                               .arg(scenario.retryAfterSecs),
                           false);
        r.headers.insert(2, {"Retry-After", QByteArray::number(qMax(1, scenario.retryAfterSecs))});
        return r;
    }
    if (job.transientLeft > 0) {
        --job.transientLeft;
        return answer.outcome(500, QStringLiteral("error"), QStringLiteral("transient"),
                              QStringLiteral("The export status is temporarily unavailable; retry"),
                              false);
    }
    const qint64 elapsed = job.started.msecsTo(now);
    if (elapsed < scenario.exportDurationMs) {
        SandboxResponse r = answer.hapi(202, "application/fhir+json;charset=UTF-8", {});
        r.headers.insert(2, {"X-Progress", QByteArray::number(100 * elapsed /
                                                              qMax(1, scenario.exportDurationMs)) +
                                               "% complete"});
        addRetryAfter(r, scenario.retryAfterSecs);
        return r;
    }
    if (scenario.failJob || job.failed) {
        job.failed = true;
        return answer.outcome(
            500, QStringLiteral("error"), QStringLiteral("exception"),
            QStringLiteral("HAPI-1370: Export job %1 failed: the sandbox was told to fail it")
                .arg(jobId),
            false);
    }
    return std::nullopt;
}

void SandboxExports::completeJob(const QString &jobId, Job &job)
{
    job.completed = m_state.clock.now();
    const QJsonObject *g = m_state.data.group(job.groupId);
    const QStringList patients = g ? SandboxData::memberPatientIds(*g) : QStringList();
    // With deletions on, the deleted resources are gone from every export (the deviation
    // deleted-also-in-output adds them back, as last updated when they were deleted).
    QStringList gone;
    if (m_state.scenario.deletions)
        for (const SyntheticPatients::Deletion &d : SyntheticPatients::deletions())
            gone << d.reference();
    for (const QString &type : std::as_const(job.types)) {
        int count = 0;
        QByteArray ndjson = m_state.data.patients().ndjson(type, patients, job.since, &count, gone);
        if (m_state.scenario.deletions && m_state.scenario.deviates("deleted-also-in-output"))
            ndjson += deletedStillExported(type, patients, &count);
        if (!job.filters.isEmpty())
            ndjson = job.filters.apply(type, ndjson, &count);
        if (count == 0)
            continue; // like HAPI: no file for a type without resources
        const QString fileId = QStringLiteral("%1-%2").arg(jobId.left(8), type);
        m_files.insert(fileId, {ndjson, jobId});
        job.outputs.append({type, fileId, count});
    }
    if (m_state.scenario.deletions && job.since.isValid())
        addDeletedFile(jobId, job, patients);
    if (!job.ignored.isEmpty()) {
        QByteArray ndjson;
        for (const QString &text : std::as_const(job.ignored))
            ndjson +=
                outcomeJson(QStringLiteral("warning"), QStringLiteral("not-supported"), text) +
                '\n';
        if (m_state.scenario.deviates("error-file-not-outcome")) // lines of another type
            ndjson.replace("\"resourceType\":\"OperationOutcome\"", "\"resourceType\":\"Basic\"");
        const QString fileId = jobId.left(8) + QStringLiteral("-ignored");
        m_files.insert(fileId, {ndjson, jobId});
        job.errors.append(fileId);
    }
    if (m_state.scenario.errorFiles) {
        const QString fileId = jobId.left(8) + QStringLiteral("-errors");
        m_files.insert(
            fileId,
            {outcomeJson(QStringLiteral("error"), QStringLiteral("processing"),
                         QStringLiteral("Observation/obs-00001-9: could not be serialised")) +
                 '\n',
             jobId});
        job.errors.append(fileId);
    }
}

void SandboxExports::addDeletedFile(const QString &jobId, Job &job, const QStringList &patients)
{
    if (m_state.scenario.deviates("deleted-omitted")) // never listed, whatever _since says
        return;
    const bool batch = m_state.scenario.deviates("deleted-not-transaction");
    QByteArray ndjson;
    int count = 0;
    for (const SyntheticPatients::Deletion &d : SyntheticPatients::deletions()) {
        if (d.when < job.since || !job.types.contains(d.type) || !patients.contains(d.patientId))
            continue;
        const QJsonObject bundle{
            {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("id"), QStringLiteral("deleted-%1").arg(d.id)},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("lastUpdated"), d.when.toString(Qt::ISODateWithMs)}}},
            {QStringLiteral("type"),
             batch ? QStringLiteral("batch") : QStringLiteral("transaction")},
            {QStringLiteral("entry"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("request"),
                              QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                          {QStringLiteral("url"), d.reference()}}}}}}};
        ndjson += SandboxData::fhirJson(bundle) + '\n';
        ++count;
    }
    if (count == 0)
        return; // the IG: no deletions, no `deleted` key (MAY omit it)
    const QString fileId = jobId.left(8) + QStringLiteral("-deleted");
    m_files.insert(fileId, {ndjson, jobId});
    job.deleted = {QStringLiteral("Bundle"), fileId, count};
}

QByteArray SandboxExports::deletedStillExported(const QString &type, const QStringList &patients,
                                                int *count) const
{
    // As a server that exports a deleted resource's last version: updated at its deletion, so
    // after any _since that lists the deletion.
    QByteArray out;
    for (const SyntheticPatients::Deletion &d : SyntheticPatients::deletions()) {
        if (d.type != type || !patients.contains(d.patientId))
            continue;
        for (QJsonObject o : m_state.data.patients().resources(type, d.patientId)) {
            if (o.value(QLatin1String("id")).toString() != d.id)
                continue;
            QJsonObject meta = o.value(QLatin1String("meta")).toObject();
            meta.insert(QStringLiteral("lastUpdated"), d.when.toString(Qt::ISODateWithMs));
            o.insert(QStringLiteral("meta"), meta);
            out += SandboxData::fhirJson(o) + '\n';
            ++*count;
        }
    }
    return out;
}

QString SandboxExports::fileUrl(const QString &fileId) const
{
    return m_state.baseUrl.toString() + QStringLiteral("/Binary/") + fileId +
           QStringLiteral("/$binary-access-read");
}

QJsonArray SandboxExports::manifestOutput(const Job &job) const
{
    const SandboxScenario &scenario = m_state.scenario;
    // Files may live on another origin, as object stores do: "localhost" is not 127.0.0.1.
    QString fileBase = m_state.baseUrl.toString();
    if (scenario.filesOnOtherOrigin)
        fileBase.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    if (!scenario.fileBaseUrl.isEmpty())
        fileBase = scenario.fileBaseUrl;
    QJsonArray output;
    auto add = [&output, &scenario](const QString &type, const QString &url, qint64 count) {
        QJsonObject entry{{QStringLiteral("type"), type}, {QStringLiteral("url"), url}};
        if (!scenario.omitCount)
            entry.insert(QStringLiteral("count"), count);
        output.append(entry);
    };
    for (const auto &o : std::as_const(job.outputs))
        add(o.type,
            fileBase + QStringLiteral("/Binary/") + o.fileId +
                QStringLiteral("/$binary-access-read"),
            o.count);
    for (int k = 1; scenario.largeFileMiB > 0 && k <= scenario.largeFiles; ++k) {
        const qint64 size =
            qint64(scenario.largeFileMiB) * 1024 * 1024 / LargeFile::kLine * LargeFile::kLine;
        const QString id = k == 1 ? QStringLiteral("large-%1").arg(scenario.largeFileMiB)
                                  : QStringLiteral("large-%1-%2").arg(scenario.largeFileMiB).arg(k);
        add(QStringLiteral("Observation"),
            fileBase + QStringLiteral("/Binary/%1/$binary-access-read").arg(id),
            size / LargeFile::kLine);
    }
    // Many small synthetic files (scale runs): small-<KiB>-<k>, whole lines each.
    for (int k = 1; k <= scenario.smallFiles; ++k)
        add(QStringLiteral("Observation"),
            fileBase + QStringLiteral("/Binary/small-%1-%2/$binary-access-read")
                           .arg(scenario.smallFileKiB)
                           .arg(k),
            qint64(scenario.smallFileKiB) * 1024 / LargeFile::kLine);
    return output;
}

SandboxResponse SandboxExports::manifest(const Job &job, const SandboxAnswer &answer) const
{
    QJsonArray errors;
    for (const QString &fileId : std::as_const(job.errors))
        errors.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("OperationOutcome")},
            {QStringLiteral("url"), m_state.baseUrl.toString() + QStringLiteral("/Binary/") +
                                        fileId + QStringLiteral("/$binary-access-read")}});
    QJsonObject manifest{
        {QStringLiteral("transactionTime"), job.started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("request"), job.requestUrl},
        {QStringLiteral("requiresAccessToken"), true},
        {QStringLiteral("output"), manifestOutput(job)},
        {QStringLiteral("error"), errors}};
    const SandboxScenario &scenario = m_state.scenario;
    if (scenario.deviates("no-transaction-time"))
        manifest.remove(QStringLiteral("transactionTime"));
    if (scenario.deviates("no-requires-access-token"))
        manifest.remove(QStringLiteral("requiresAccessToken"));
    if (scenario.deviates("no-error-array"))
        manifest.remove(QStringLiteral("error"));
    if (!job.deleted.fileId.isEmpty()) {
        QJsonObject item{{QStringLiteral("type"), job.deleted.type},
                         {QStringLiteral("url"), fileUrl(job.deleted.fileId)}};
        if (!scenario.omitCount)
            item.insert(QStringLiteral("count"), job.deleted.count);
        manifest.insert(QStringLiteral("deleted"), QJsonArray{item});
    }
    SandboxResponse r = answer.hapi(200, "application/json",
                                    QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    const int expiry = m_state.scenario.fileExpirySecs > 0 ? m_state.scenario.fileExpirySecs : 3600;
    r.headers.insert(2, {"Expires", httpDate(job.completed.addSecs(expiry))});
    return r;
}

QByteArray SandboxExports::repeatFirstId(const QByteArray &ndjson)
{
    // The second line becomes another version of the first line's resource (same id).
    QList<QByteArray> lines = ndjson.split('\n');
    if (lines.size() < 2 || lines.at(1).isEmpty())
        return ndjson;
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    if (!first.contains(QLatin1String("id")) || !second.contains(QLatin1String("id")))
        return ndjson;
    second.insert(QStringLiteral("id"), first.value(QLatin1String("id")));
    lines[1] = SandboxData::fhirJson(second);
    return lines.join('\n');
}

SandboxResponse SandboxExports::largeFile(const SandboxRequest &req, qint64 size,
                                          const SandboxAnswer &answer) const
{
    SandboxResponse r = answer.hapi(200, "application/fhir+ndjson", {});
    r.headers.insert(2, {"Accept-Ranges", "bytes"});
    qint64 from = 0;
    const QByteArray range = req.header("Range");
    if (range.startsWith("bytes=")) {
        from = range.mid(6).split('-').value(0).toLongLong();
        if (from >= size) {
            SandboxResponse bad = answer.hapi(416, "application/fhir+json;charset=UTF-8", {});
            bad.headers.insert(2, {"Content-Range", "bytes */" + QByteArray::number(size)});
            return bad;
        }
        r.status = 206;
        r.headers.insert(2, {"Content-Range", contentRange(from, size - 1, size)});
    }
    r.streamOffset = from;
    r.streamSize = size - from;
    r.setHeader("Content-Length", QByteArray::number(r.streamSize));
    if (m_state.scenario.dropMidFile)
        r.dropAfterBytes = r.streamSize / 2;
    return r;
}

SandboxResponse SandboxExports::binaryAccess(const SandboxRequest &req, const QString &fileId,
                                             const SandboxAnswer &answer) const
{
    SandboxResponse r = exportFile(req, fileId, answer);
    if (m_state.scenario.deviates("files-as-text-plain") && (r.status == 200 || r.status == 206))
        r.setHeader("Content-Type", "text/plain");
    if (m_state.scenario.trickleKiBps > 0 && (r.status == 200 || r.status == 206))
        r.trickleBytesPerSec = m_state.scenario.trickleKiBps * 1024; // slow downloads
    return r;
}

SandboxResponse SandboxExports::exportFile(const SandboxRequest &req, const QString &fileId,
                                           const SandboxAnswer &answer) const
{
    // Binary/large-<MiB>[-<k>]/$binary-access-read: a synthetic file of that size, streamed.
    if (fileId.startsWith(QLatin1String("large-"))) {
        bool ok = false;
        const int mib = fileId.mid(6).section(QLatin1Char('-'), 0, 0).toInt(&ok);
        if (ok && mib > 0 && mib <= 16384) // whole lines
            return largeFile(req, qint64(mib) * 1024 * 1024 / LargeFile::kLine * LargeFile::kLine,
                             answer);
    }
    // Binary/small-<KiB>-<k>/$binary-access-read: one of the scale run's small files.
    if (fileId.startsWith(QLatin1String("small-"))) {
        bool ok = false;
        const int kib = fileId.mid(6).section(QLatin1Char('-'), 0, 0).toInt(&ok);
        if (ok && kib > 0 && kib <= 1024 * 1024)
            return largeFile(req, qint64(kib) * 1024 / LargeFile::kLine * LargeFile::kLine, answer);
    }
    const auto file = m_files.constFind(fileId);
    if (file == m_files.constEnd() && m_state.scenario.deviates("unknown-file-200"))
        return answer.hapi(200, "application/fhir+ndjson", {});
    if (file == m_files.constEnd())
        return answer.outcome(
            404, QStringLiteral("error"), QStringLiteral("processing"),
            QStringLiteral("HAPI-0436: Resource Binary/%1 is not known").arg(fileId), false);
    const auto job = m_jobs.constFind(file->jobId);
    if (m_state.scenario.fileExpirySecs > 0 && job != m_jobs.constEnd() &&
        job->completed.isValid() &&
        job->completed.addSecs(m_state.scenario.fileExpirySecs) < m_state.clock.now())
        return answer.outcome(
            404, QStringLiteral("error"), QStringLiteral("not-found"),
            QStringLiteral("Binary/%1 has expired; start a new export").arg(fileId), false);
    QByteArray data = file->ndjson;
    if (m_state.scenario.deviates("wrong-resource-type")) {
        // The first line of a file that is not the Patients' claims to be a Basic resource.
        static const QByteArray key = "\"resourceType\":\"";
        const qsizetype at = data.indexOf(key);
        const qsizetype end = at < 0 ? -1 : data.indexOf('"', at + key.size());
        if (end > 0 && data.mid(at + key.size(), end - at - key.size()) != "Patient")
            data.replace(at + key.size(), end - at - key.size(), "Basic");
    }
    if (m_state.scenario.deviates("duplicate-version"))
        data = SandboxExports::repeatFirstId(data);
    // Range: bytes=N- (what a client resuming a download sends).
    const QByteArray range = req.header("Range");
    if (range.startsWith("bytes=")) {
        const QList<QByteArray> bounds = range.mid(6).split('-');
        bool ok = false;
        const qint64 from = bounds.value(0).toLongLong(&ok);
        const qint64 to =
            bounds.value(1).isEmpty() ? data.size() - 1 : bounds.value(1).toLongLong();
        if (!ok || from >= data.size() || to < from) {
            SandboxResponse r = answer.hapi(416, "application/fhir+json;charset=UTF-8", {});
            r.headers.insert(2, {"Content-Range", "bytes */" + QByteArray::number(data.size())});
            return r;
        }
        const qint64 end = qMin<qint64>(to, data.size() - 1);
        SandboxResponse r =
            answer.hapi(206, "application/fhir+ndjson", data.mid(from, end - from + 1));
        r.headers.insert(2, {"Content-Range", contentRange(from, end, data.size())});
        r.headers.insert(3, {"Accept-Ranges", "bytes"});
        return r;
    }
    SandboxResponse r = answer.hapi(200, "application/fhir+ndjson", data);
    r.headers.insert(2, {"Accept-Ranges", "bytes"});
    if (m_state.scenario.dropMidFile && data.size() > 1)
        r.dropAfterBytes = data.size() / 2;
    return r;
}
