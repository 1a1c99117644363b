#include "ExportSession.h"

#include "app/fhir/OperationOutcome.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/net/RetryHint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QRegularExpression>
#include <QThread>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <vector>
#include <QUrlQuery>

ExportSession::ExportSession(FhirClient *client, QString outputRoot, QObject *parent)
    : QObject(parent), m_client(client), m_outputRoot(std::move(outputRoot)), m_verifyPool(new QThreadPool(this))
{
    m_verifyPool->setMaxThreadCount(m_parallel);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ExportSession::poll);
}

ExportSession::~ExportSession()
{
    for (const Verifier &v : std::as_const(m_verifiers)) {
        if (v.growing)
            v.growing->cancel = true;
    }
    m_verifyPool->waitForDone();
}

void ExportSession::setParallel(int n)
{
    m_parallel = qMax(1, n);
    m_verifyPool->setMaxThreadCount(m_parallel);
}

QString ExportSession::stateName(State s)
{
    switch (s) {
    case State::Idle: return tr("idle");
    case State::KickingOff: return tr("starting the export");
    case State::Polling: return tr("waiting for the export");
    case State::Downloading: return tr("downloading");
    case State::Done: return tr("done");
    case State::Failed: return tr("failed");
    case State::Cancelled: return tr("cancelled");
    }
    return {};
}

void ExportSession::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    journal();
    Q_EMIT stateChanged(s);
}

QString ExportSession::jobFolder() const
{
    const QString job = QString::fromLatin1(
        QCryptographicHash::hash(m_outcome.statusUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    return QDir(m_outputRoot).filePath(QStringLiteral("export-") + job);
}

void ExportSession::journal()
{
    if (!m_journal || m_outcome.statusUrl.isEmpty())
        return;
    static const QHash<int, QString> names{{int(State::Polling), QStringLiteral("polling")},
                                           {int(State::Downloading), QStringLiteral("downloading")},
                                           {int(State::Done), QStringLiteral("done")},
                                           {int(State::Failed), QStringLiteral("failed")},
                                           {int(State::Cancelled), QStringLiteral("cancelled")}};
    if (!names.contains(int(m_state)))
        return;
    ExportJournal::Entry e;
    e.id = QFileInfo(jobFolder()).fileName();
    e.profileId = m_profileId;
    e.baseUrl = m_client->baseUrl().toString();
    e.groupId = m_request.groupId;
    e.statusUrl = m_outcome.statusUrl;
    e.request = m_kickOff;
    e.state = names.value(int(m_state));
    e.folder = jobFolder();
    if (m_outcome.manifest)
        e.transactionTime = m_outcome.manifest->transactionTime;
    e.updated = QDateTime::currentDateTimeUtc();
    m_journal->upsert(e);
}

void ExportSession::resume(const QString &statusUrl, const QString &groupId)
{
    m_outcome = {};
    m_request = {};
    m_request.groupId = groupId;
    m_failures = 0;
    m_backoff = 0;
    m_outcome.statusUrl = statusUrl;
    Q_EMIT message(tr("Resuming the export at %1").arg(statusUrl));
    setState(State::Polling);
    poll();
}

void ExportSession::fail(const QString &text)
{
    m_timer.stop();
    m_outcome.state = State::Failed;
    m_outcome.message = text;
    setState(State::Failed);
    Q_EMIT message(text);
    Q_EMIT finished(m_outcome);
}

ApiRequest ExportSession::kickOffRequest(const FhirClient *client, const Request &request)
{
    const QString path = QStringLiteral("Group/%1/$export").arg(request.groupId);
    QByteArray prefer = "respond-async";
    if (request.lenient)
        prefer += ", handling=lenient";
    HeaderList headers{{"Accept", "application/fhir+json"}, {"Prefer", prefer}};
    if (request.noCache)
        headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
    QList<QPair<QString, QString>> params;
    if (!request.types.isEmpty())
        params.append({QStringLiteral("_type"), request.types.join(QLatin1Char(','))});
    if (request.since.isValid())
        params.append({QStringLiteral("_since"), request.since.toUTC().toString(Qt::ISODate)});
    if (request.outputFormat != QLatin1String("application/fhir+ndjson"))
        params.append({QStringLiteral("_outputFormat"), request.outputFormat});
    if (!request.typeFilter.isEmpty())
        params.append({QStringLiteral("_typeFilter"), request.typeFilter});
    if (!request.elements.isEmpty())
        params.append({QStringLiteral("_elements"), request.elements});
    if (!request.includeAssociatedData.isEmpty())
        params.append({QStringLiteral("includeAssociatedData"), request.includeAssociatedData});
    if (request.usePost) {
        // The IG's Parameters: _since is an instant, includeAssociatedData a code, the rest strings.
        QJsonArray parameter;
        for (const auto &p : std::as_const(params)) {
            const QString valueKey = p.first == QLatin1String("_since")                   ? QStringLiteral("valueInstant")
                                     : p.first == QLatin1String("includeAssociatedData") ? QStringLiteral("valueCode")
                                                                                         : QStringLiteral("valueString");
            parameter.append(QJsonObject{{QStringLiteral("name"), p.first}, {valueKey, p.second}});
        }
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/fhir+json")));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                                                          {QStringLiteral("parameter"), parameter}})
                                    .toJson(QJsonDocument::Compact);
        return client->prepare(tr("Start export"), "POST", path, body, headers);
    }
    QUrlQuery q;
    for (const auto &p : std::as_const(params))
        q.addQueryItem(p.first, QString::fromUtf8(QUrl::toPercentEncoding(p.second, "/,")));
    return client->prepare(tr("Start export"), "GET",
                           q.isEmpty() ? path : path + QLatin1Char('?') + q.toString(QUrl::FullyEncoded), {}, headers);
}

void ExportSession::start(const Request &request)
{
    m_request = request;
    m_outcome = {};
    m_failures = 0;
    m_backoff = 0;
    setState(State::KickingOff);
    const ApiRequest api = kickOffRequest(m_client, request);
    m_kickOff = QString::fromLatin1(api.method) + QLatin1Char(' ') + api.url.toString()
                + (api.body.isEmpty() ? QString() : QLatin1Char('\n') + QString::fromUtf8(api.body));
    ApiCall *call = m_client->send(api);
    connect(call, &ApiCall::finished, this, &ExportSession::kickOffDone);
}

void ExportSession::kickOffDone(const CallRecord &r)
{
    if (m_state == State::Cancelled)
        return;
    if (!r.status) {
        fail(tr("The export could not be started: %1").arg(r.diagnosis.summary));
        return;
    }
    const QByteArray location = r.responseHeader("Content-Location");
    if (*r.status == 202 && !location.isEmpty()) {
        // The status URL is used verbatim, never rebuilt (HAPI's parameter is _jobId, the
        // vendor's _id: only the server knows).
        m_outcome.statusUrl = QString::fromUtf8(location);
        Q_EMIT message(tr("Export accepted; status URL %1").arg(m_outcome.statusUrl));
        setState(State::Polling);
        const RetryHint hint = RetryHint::fromRecord(r);
        scheduleNext(hint.seconds >= 0 ? hint.seconds : 1, hint.seconds >= 0 ? hint.describe() : tr("first poll"));
        return;
    }
    if (*r.status == 202)
        fail(tr("Server fault: the kick-off answered 202 without a Content-Location, so there is no status URL to poll."));
    else if (*r.status == 200)
        fail(tr("Server fault: the kick-off answered 200 where 202 Accepted was expected."));
    else
        fail(tr("The export could not be started (HTTP %1): %2").arg(*r.status).arg(r.diagnosis.summary));
}

qint64 ExportSession::nextBackoff()
{
    m_backoff = m_backoff <= 0 ? 1 : qMin<qint64>(m_backoff * 2, m_maxBackoff);
    return m_backoff;
}

void ExportSession::scheduleNext(qint64 seconds, const QString &reason)
{
    Q_EMIT waiting(seconds, reason);
    m_timer.start(int(qMin<qint64>(seconds, 24 * 3600) * 1000));
}

void ExportSession::pollNow()
{
    if (m_state != State::Polling || m_pollCall)
        return;
    m_timer.stop();
    poll();
}

void ExportSession::poll()
{
    if (m_state != State::Polling)
        return;
    ApiRequest api = m_client->prepare(tr("Poll export status"), "GET", m_outcome.statusUrl, {},
                                       {{"Accept", "application/json"}});
    m_pollCall = m_client->send(api);
    connect(m_pollCall, &ApiCall::finished, this, &ExportSession::pollDone);
}

void ExportSession::pollDone(const CallRecord &r)
{
    if (m_state != State::Polling)
        return;
    PollEvent e;
    e.callId = r.id;
    e.status = r.status.value_or(0);
    e.tokenFingerprint = r.tokenFingerprint;
    const RetryHint hint = RetryHint::fromRecord(r);
    auto waitFor = [&](const QString &kind) {
        e.kind = kind;
        if (hint.seconds >= 0) {
            e.waitSecs = hint.seconds;
            e.waitReason = hint.describe();
            m_backoff = 0;
        } else {
            e.waitSecs = nextBackoff();
            e.waitReason = hint.note.isEmpty() ? tr("no hint: exponential backoff") : hint.note;
        }
        if (!hint.note.isEmpty() && hint.seconds >= 0)
            e.waitReason += QStringLiteral(" — ") + hint.note;
        Q_EMIT polled(e);
        scheduleNext(e.waitSecs, e.waitReason);
    };
    if (!r.status) {
        if (++m_failures > m_maxRetries) {
            e.kind = QStringLiteral("failed");
            Q_EMIT polled(e);
            fail(tr("The status check failed %1 times in a row (%2); the export itself may still be running at %3.")
                     .arg(m_failures).arg(r.diagnosis.summary, m_outcome.statusUrl));
            return;
        }
        waitFor(QStringLiteral("network"));
        return;
    }
    const int status = *r.status;
    if (status == 202) {
        m_failures = 0;
        e.progress = QString::fromLatin1(r.responseHeader("X-Progress"));
        static const QRegularExpression pct(QStringLiteral("(\\d{1,3})\\s*%"));
        const auto m = pct.match(e.progress);
        if (m.hasMatch())
            e.percent = qMin(100, m.captured(1).toInt());
        waitFor(QStringLiteral("in-progress"));
        return;
    }
    if (status == 429) {
        waitFor(QStringLiteral("rate-limited"));
        return;
    }
    const bool transient = (r.outcome && r.outcome->hasTransientIssue()) || status == 503;
    if (status >= 500 && transient) {
        if (++m_failures > m_maxRetries) {
            fail(tr("The status check failed: the server stayed unavailable (%1).").arg(r.diagnosis.summary));
            return;
        }
        waitFor(QStringLiteral("transient"));
        return;
    }
    if (status >= 500) {
        e.kind = QStringLiteral("failed");
        Q_EMIT polled(e);
        const QString why = r.outcome && !r.outcome->issues.isEmpty() ? r.outcome->issues.first().diagnostics
                                                                      : r.diagnosis.summary;
        fail(tr("The export failed on the server: %1").arg(why));
        return;
    }
    if (status == 200) {
        e.kind = QStringLiteral("complete");
        Q_EMIT polled(e);
        QString error;
        const QByteArray body = r.wholeBody();
        const auto manifest = BulkManifest::parse(body, &error);
        if (!manifest) {
            fail(tr("Server fault: %1").arg(error));
            return;
        }
        m_outcome.manifest = manifest;
        const QByteArray expires = r.responseHeader("Expires");
        if (!expires.isEmpty())
            m_outcome.expires = RetryHint::parseHttpDate(expires);
        if (!manifest->missing.isEmpty())
            Q_EMIT message(tr("The manifest lacks %1 (HAPI omits some fields).").arg(manifest->missing.join(QStringLiteral(", "))));
        // A folder per job, the manifest beside the files.
        m_outcome.folder = jobFolder();
        QDir().mkpath(m_outcome.folder);
        QFile mf(QDir(m_outcome.folder).filePath(QStringLiteral("manifest.json")));
        if (mf.open(QIODevice::WriteOnly))
            mf.write(body);
        startDownloads();
        return;
    }
    e.kind = QStringLiteral("failed");
    Q_EMIT polled(e);
    if (status == 404 || status == 410)
        fail(tr("The status check failed: the job is gone (HTTP %1: cancelled, expired or unknown). %2")
                 .arg(status).arg(r.diagnosis.summary));
    else
        fail(tr("The status check failed (HTTP %1): %2").arg(status).arg(r.diagnosis.summary));
}

void ExportSession::startDownloads()
{
    setState(State::Downloading);
    m_downloadClock.start();
    const BulkManifest &m = *m_outcome.manifest;
    int n = 0;
    enum Kind { Output, Error, Deleted };
    auto add = [this, &n](const BulkManifest::File &f, Kind kind) {
        FileResult fr;
        // Error files hold OperationOutcomes; deleted files hold Bundles (the IG's rules).
        fr.type = kind == Error ? QStringLiteral("OperationOutcome") : kind == Deleted ? QStringLiteral("Bundle") : f.type;
        fr.url = f.url;
        fr.expected = f.count;
        fr.isError = kind == Error;
        fr.isDeleted = kind == Deleted;
        fr.path = QDir(m_outcome.folder).filePath(QStringLiteral("%1-%2%3.ndjson")
                                                      .arg(++n, 3, 10, QLatin1Char('0'))
                                                      .arg(f.type.isEmpty() ? QStringLiteral("file") : f.type)
                                                      .arg(kind == Error     ? QStringLiteral("-errors")
                                                           : kind == Deleted ? QStringLiteral("-deleted")
                                                                             : QString()));
        m_outcome.files << fr;
    };
    for (const auto &f : m.output)
        add(f, Output);
    for (const auto &f : m.error)
        add(f, Error);
    for (const auto &f : m.deleted)
        add(f, Deleted);
    m_downloads.resize(m_outcome.files.size());
    for (const Verifier &v : std::as_const(m_verifiers)) {
        if (v.growing)
            v.growing->cancel = true; // a verifier of an earlier run of this session stops too
    }
    m_verifiers.clear();
    m_verifiers.resize(m_outcome.files.size());
    for (int i = 0; i < m_outcome.files.size(); ++i)
        m_queue << i;
    journal(); // the manifest's transactionTime is known now
    Q_EMIT message(tr("%n file(s) to download", nullptr, int(m_outcome.files.size())));
    Q_EMIT downloadsStarted(m_outcome);
    if (m_queue.isEmpty()) {
        finishDownloads();
        return;
    }
    for (int i = 0; i < m_parallel; ++i)
        downloadNext();
}

void ExportSession::downloadNext()
{
    if (m_state != State::Downloading || m_queue.isEmpty())
        return;
    const int index = m_queue.takeFirst();
    ++m_active;
    FileResult &f = m_outcome.files[index];
    // After a restart: a finished file is verified again instead of downloaded again, and a
    // partial one continues where it stopped.
    if (QFile::exists(f.path)) {
        QFile::remove(f.path + QStringLiteral(".part"));
        QFile::rename(f.path, f.path + QStringLiteral(".part"));
        startVerifier(index);
        CallRecord alreadyHere;
        alreadyHere.status = 200;
        downloadDone(index, alreadyHere);
        return;
    }
    download(index, QFileInfo::exists(f.path + QStringLiteral(".part")));
}

void ExportSession::download(int index, bool resume)
{
    FileResult &f = m_outcome.files[index];
    ++f.attempts;
    const QString part = f.path + QStringLiteral(".part");
    HeaderList headers{{"Accept", "application/fhir+ndjson"}};
    if (!resume)
        QFile::remove(part); // so the verifier never reads a stale attempt
    const qint64 have = QFileInfo(part).size();
    startVerifier(index);
    if (resume && have > 0)
        headers.append(qMakePair(QByteArray("Range"), "bytes=" + QByteArray::number(have) + '-'));
    ApiRequest api = m_client->prepare(tr("Download %1").arg(f.type), "GET", f.url.toString(), {}, headers);
    // The IG: send the token only when the manifest says the files need it.
    if (!m_outcome.manifest->sendToken()) {
        api.auth = AuthMode::None;
        api.token.clear();
    }
    api.saveTo = part;
    api.appendToFile = resume && have > 0;
    ApiCall *call = m_client->send(api);
    m_downloads[index] = call;
    const qint64 offset = api.appendToFile ? have : 0;
    connect(call, &ApiCall::progress, this, [this, index, offset](qint64 got, qint64 total) {
        Q_EMIT fileProgress(index, offset + got, total < 0 ? -1 : offset + total);
    });
    connect(call, &ApiCall::finished, this, [this, index](const CallRecord &r) { downloadDone(index, r); });
}

void ExportSession::downloadDone(int index, const CallRecord &r)
{
    if (m_state != State::Downloading)
        return;
    FileResult &f = m_outcome.files[index];
    const QString part = f.path + QStringLiteral(".part");
    const int status = r.status.value_or(0);
    const bool complete = r.transportErrorCode.isEmpty() && (status == 200 || status == 206);
    if (!complete) {
        const bool retryable = !r.status || status == 429 || status >= 500 || !r.transportErrorCode.isEmpty();
        if (retryable && f.attempts <= m_maxRetries) {
            // A dropped connection resumes where it stopped when the server takes ranges.
            const bool ranges = r.responseHeader("Accept-Ranges").contains("bytes") && QFileInfo(part).size() > 0;
            Q_EMIT message(tr("%1: %2; %3 (attempt %4)")
                               .arg(f.type, r.diagnosis.summary,
                                    ranges ? tr("resuming from byte %1").arg(QFileInfo(part).size()) : tr("retrying"))
                               .arg(f.attempts + 1));
            const qint64 wait = nextBackoff();
            QTimer::singleShot(int(wait * 1000), this, [this, index, ranges] {
                if (m_state == State::Downloading)
                    download(index, ranges);
            });
            return;
        }
        if (m_verifiers[index].growing)
            m_verifiers[index].growing->cancel = true;
        f.problem = tr("download failed: %1").arg(r.diagnosis.summary);
        f.bytes = QFileInfo(part).size();
        Q_EMIT fileFinished(index, f);
        --m_active;
        downloadNext();
        if (m_active == 0 && m_queue.isEmpty())
            finishDownloads();
        return;
    }
    m_backoff = 0;
    Verifier &v = m_verifiers[index];
    v.downloaded = true;
    v.growing->done = true;
    if (v.result)
        verified(index, v.result->first, v.result->second);
}

void ExportSession::startVerifier(int index)
{
    // Verification reads the whole file as it arrives, on a pool thread: the window never stalls
    // and a finished download is verified a moment later instead of after a second full read.
    Verifier &v = m_verifiers[index];
    if (v.growing)
        v.growing->cancel = true;
    v.growing = std::make_shared<Growing>();
    v.downloaded = false;
    v.result.reset();
    const int generation = ++v.generation;
    const QString part = m_outcome.files.at(index).path + QStringLiteral(".part");
    const QString type = m_outcome.files.at(index).type;
    const QPointer<ExportSession> guard(this);
    const std::shared_ptr<Growing> growing = v.growing;
    m_verifyPool->start([guard, index, generation, part, type, growing] {
        qint64 lines = 0;
        QString problem;
        verifyNdjson(part, type, &lines, &problem, growing.get());
        if (growing->cancel)
            return;
        QMetaObject::invokeMethod(
            guard, [guard, index, generation, lines, problem] {
                if (guard)
                    guard->verifierDone(index, generation, lines, problem);
            },
            Qt::QueuedConnection);
    });
}

void ExportSession::verifierDone(int index, int generation, qint64 lines, const QString &problem)
{
    if (m_state != State::Downloading || index >= m_verifiers.size())
        return;
    Verifier &v = m_verifiers[index];
    if (v.generation != generation)
        return;
    v.result = std::make_pair(lines, problem);
    // A problem found early waits for the download to end: the bytes are kept for the user.
    if (v.downloaded)
        verified(index, lines, problem);
}

void ExportSession::verified(int index, qint64 lines, QString problem)
{
    if (m_state != State::Downloading)
        return;
    FileResult &f = m_outcome.files[index];
    const QString part = f.path + QStringLiteral(".part");
    f.lines = lines;
    f.bytes = QFileInfo(part).size();
    if (problem.isEmpty() && f.expected && *f.expected != lines)
        problem = tr("%1 lines, the manifest says %2").arg(lines).arg(*f.expected);
    f.verified = problem.isEmpty();
    f.problem = problem;
    // Only a complete download replaces the file; a failed one leaves the .part beside it.
    QFile::remove(f.path);
    QFile::rename(part, f.path);
    if (f.isError) {
        QFile in(f.path);
        if (in.open(QIODevice::ReadOnly)) {
            while (!in.atEnd()) {
                if (const auto oo = OperationOutcome::parse(in.readLine())) {
                    for (const auto &issue : oo->issues)
                        m_outcome.outcomeMessages << QStringLiteral("[%1] %2").arg(issue.severity, issue.diagnostics);
                }
            }
        }
    }
    Q_EMIT fileFinished(index, f);
    --m_active;
    downloadNext();
    if (m_active == 0 && m_queue.isEmpty())
        finishDownloads();
}

void ExportSession::finishDownloads()
{
    int bad = 0;
    m_outcome.downloadMs = m_downloadClock.elapsed();
    m_outcome.downloadedBytes = 0;
    for (const FileResult &f : std::as_const(m_outcome.files)) {
        bad += f.verified ? 0 : 1;
        m_outcome.downloadedBytes += f.bytes;
    }
    if (bad == 0) {
        m_outcome.state = State::Done;
        m_outcome.message = m_outcome.files.isEmpty()
                                ? tr("The export is complete and lists no files: no resources matched.")
                                : tr("%n file(s) downloaded and verified.", nullptr, int(m_outcome.files.size()));
        setState(State::Done);
        Q_EMIT message(m_outcome.message);
        Q_EMIT finished(m_outcome);
        return;
    }
    fail(tr("%1 of %n file(s) could not be downloaded or verified; what arrived is kept in %2.", nullptr,
            int(m_outcome.files.size())).arg(bad).arg(m_outcome.folder));
}

void ExportSession::cancel()
{
    if (m_state == State::Polling && !m_outcome.statusUrl.isEmpty()) {
        m_timer.stop();
        if (m_pollCall)
            m_pollCall->cancel();
        setState(State::Cancelled);
        ApiRequest api = m_client->prepare(tr("Cancel export"), "DELETE", m_outcome.statusUrl);
        ApiCall *call = m_client->send(api);
        connect(call, &ApiCall::finished, this, [this](const CallRecord &r) {
            m_outcome.state = State::Cancelled;
            m_outcome.message = r.status && (*r.status == 202 || *r.status == 200)
                                    ? tr("The server accepted the cancellation (HTTP %1).").arg(*r.status)
                                    : tr("The cancellation was not confirmed: %1").arg(r.diagnosis.summary);
            Q_EMIT message(m_outcome.message);
            Q_EMIT finished(m_outcome);
        });
        return;
    }
    if (m_state == State::Downloading || m_state == State::KickingOff) {
        setState(State::Cancelled);
        for (const Verifier &v : std::as_const(m_verifiers)) {
            if (v.growing)
                v.growing->cancel = true;
        }
        for (const auto &call : std::as_const(m_downloads)) {
            if (call)
                call->cancel();
        }
        m_outcome.state = State::Cancelled;
        m_outcome.message = tr("Cancelled; files already downloaded are kept in %1.").arg(m_outcome.folder);
        Q_EMIT message(m_outcome.message);
        Q_EMIT finished(m_outcome);
    }
}

bool ExportSession::verifyNdjson(const QString &path, const QString &type, qint64 *lines, QString *problem,
                                 const Growing *growing)
{
    // simdjson validates every line fully at disk speed; the file is read in chunks, so memory
    // stays flat whatever its size (the tail of a chunk waits for the next one).
    QFile f(path);
    *lines = 0;
    // A growing file may not exist yet: the download creates it with its first bytes.
    while (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (!growing || growing->done || growing->cancel) {
            if (growing && growing->done && !QFile::exists(path))
                return true; // an empty download: nothing was ever written
            *problem = tr("cannot read %1: %2").arg(path, f.errorString());
            return false;
        }
        QThread::msleep(5);
    }
    constexpr qint64 kChunk = 512 * 1024;
    simdjson::dom::parser parser;
    const std::string wantedStorage = type.toStdString();
    // One buffer: the unfinished last line of the previous read, then the new bytes, then
    // simdjson's padding. Lines are parsed in place; only the unfinished tail moves.
    std::vector<char> buf(size_t(kChunk) + simdjson::SIMDJSON_PADDING);
    size_t have = 0;
    auto check = [&](const char *data, size_t len) -> bool {
        if (std::all_of(data, data + len, [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }))
            return true;
        simdjson::dom::document_stream stream;
        const size_t batch = std::max<size_t>(len, 64 * 1024);
        if (parser.parse_many(data, len, batch).get(stream)) {
            *problem = tr("line %1 is not a JSON object (%2)").arg(*lines + 1).arg(QStringLiteral("simdjson"));
            return false;
        }
        for (auto doc : stream) {
            ++*lines;
            simdjson::dom::object obj;
            if (doc.get(obj)) {
                *problem = tr("line %1 is not a JSON object (%2)").arg(*lines).arg(QString::fromLatin1(simdjson::error_message(doc.error())));
                return false;
            }
            std::string_view rt;
            if (obj["resourceType"].get(rt))
                rt = {};
            if (!wantedStorage.empty() && rt != wantedStorage) {
                *problem = tr("line %1 is a %2, not a %3")
                               .arg(*lines)
                               .arg(QString::fromUtf8(rt.data(), qsizetype(rt.size())), type);
                return false;
            }
        }
        if (stream.truncated_bytes() > 0) {
            *problem = tr("line %1 is not a JSON object (%2)").arg(*lines + 1).arg(QStringLiteral("truncated"));
            return false;
        }
        return true;
    };
    for (;;) {
        if (growing && growing->cancel)
            return false;
        // Read `done` before reading: an empty read after it was set is the real end.
        const bool ended = !growing || growing->done;
        if (buf.size() < have + size_t(kChunk) + simdjson::SIMDJSON_PADDING)
            buf.resize(have + size_t(kChunk) + simdjson::SIMDJSON_PADDING); // a line longer than a chunk
        const qint64 got = f.read(buf.data() + have, kChunk);
        if (got < 0) {
            *problem = tr("cannot read %1: %2").arg(path, f.errorString());
            return false;
        }
        if (got == 0) {
            if (ended)
                break;
            QThread::msleep(2);
            continue;
        }
        const size_t end = have + size_t(got);
        const void *nl = memrchr(buf.data() + have, '\n', size_t(got));
        if (!nl) {
            have = end; // no line ends in these bytes yet: keep reading
            continue;
        }
        const size_t cut = size_t(static_cast<const char *>(nl) - buf.data()) + 1;
        if (!check(buf.data(), cut))
            return false;
        std::memmove(buf.data(), buf.data() + cut, end - cut);
        have = end - cut;
    }
    return check(buf.data(), have);
}
