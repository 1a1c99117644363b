#include "ExportDownloads_p.h"

#include "app/fhir/OperationOutcome.h"
#include "app/net/ApiCall.h"
#include "app/net/ExportTokenLoss_p.h"
#include "app/net/FhirClient.h"
#include "app/support/Logging.h"
#include "app/support/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QTimer>

#include <unistd.h>

namespace {

// A file name part from the manifest's `type`: letters, digits, '-' and '_'
// only, so that a type such as "../../x" cannot place a file outside the job's
// folder.
QString safeFileName(const QString &type)
{
    QString out;
    for (const QChar c : type) {
        if ((c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') ||
            c == QLatin1Char('_'))
            out += c;
    }
    return out.isEmpty() ? QStringLiteral("file") : out.left(64);
}

// Failures worth another attempt: the network, not the request or this
// computer.
bool retryable(const CallRecord &r)
{
    static const QStringList codes = {
        QStringLiteral("transport.closed"),       QStringLiteral("transport.timeout"),
        QStringLiteral("transport.incomplete"),   QStringLiteral("transport.range-mismatch"),
        QStringLiteral("transport.bad-encoding"), QStringLiteral("transport.refused"),
        QStringLiteral("transport.error")};
    if (!r.transportErrorCode.isEmpty())
        return codes.contains(r.transportErrorCode);
    const int status = r.status.value_or(0);
    return status == 429 || status == 408 || status >= 500;
}

} // namespace

ExportDownloads::ExportDownloads(FhirClient *client, ExportSession::Outcome *outcome,
                                 QObject *parent)
    : QObject(parent), m_client(client), m_outcome(outcome), m_verifyPool(new QThreadPool(this))
{
    m_verifyPool->setMaxThreadCount(m_parallel);
    m_laneLoad.resize(size_t(m_parallel), 0);
}

ExportDownloads::~ExportDownloads()
{
    for (Verifier &v : m_verifiers) {
        if (v.check)
            v.check->cancel();
    }
    m_verifyPool->waitForDone();
}

void ExportDownloads::setParallel(int n)
{
    m_parallel = qMax(1, n);
    m_verifyPool->setMaxThreadCount(m_parallel + 1);
    m_laneLoad.resize(qMax(m_laneLoad.size(), size_t(m_parallel)), 0);
}

int ExportDownloads::quietestLane() const
{
    int best = 0;
    for (int lane = 1; lane < m_parallel; ++lane)
        if (m_laneLoad[size_t(lane)] < m_laneLoad[size_t(best)])
            best = lane;
    return best;
}

void ExportDownloads::reset()
{
    m_awaitingToken = false;
    m_tokenLost.clear();
}

// The downloads and their verifiers stop (the session has left Downloading
// already, so a call ending now is not taken for a failure).
void ExportDownloads::stop()
{
    for (Verifier &v : m_verifiers) {
        if (v.check)
            v.check->cancel();
    }
    for (const auto &call : std::as_const(m_downloads)) {
        if (call)
            call->cancel();
    }
}

qint64 ExportDownloads::nextBackoff()
{
    m_backoff = m_backoff <= 0 ? 1 : qMin<qint64>(m_backoff * 2, m_maxBackoff);
    return m_backoff;
}

void ExportDownloads::prepare(qint64 backoff)
{
    m_clock.start();
    m_backoff = backoff;
    const BulkManifest &m = *m_outcome->manifest;
    int n = 0;
    enum Kind { Output, Error, Deleted };
    const QString folder = m_outcome->folder + QLatin1Char('/');
    m_outcome->files.reserve(m.output.size() + m.error.size() + m.deleted.size());
    auto add = [this, &n, &folder](const BulkManifest::File &f, Kind kind) {
        FileResult fr;
        // Error files hold OperationOutcomes; deleted files hold Bundles (the IG's
        // rules).
        fr.type = kind == Error     ? QStringLiteral("OperationOutcome")
                  : kind == Deleted ? QStringLiteral("Bundle")
                                    : f.type;
        fr.url = f.url;
        fr.expected = f.count;
        fr.isError = kind == Error;
        fr.isDeleted = kind == Deleted;
        const QString name = safeFileName(f.type);
        if (!f.type.isEmpty() && name != f.type)
            Q_EMIT message(ExportSession::tr("The manifest names the type \"%1\", "
                                             "which is not a resource type: "
                                             "its file is saved as %2.")
                               .arg(f.type.left(80), name));
        fr.path = folder + QStringLiteral("%1-%2%3.ndjson")
                               .arg(++n, 3, 10, QLatin1Char('0'))
                               .arg(name, kind == Error     ? QStringLiteral("-errors")
                                          : kind == Deleted ? QStringLiteral("-deleted")
                                                            : QString());
        m_outcome->files << fr;
    };
    for (const auto &f : m.output)
        add(f, Output);
    for (const auto &f : m.error)
        add(f, Error);
    for (const auto &f : m.deleted)
        add(f, Deleted);
    m_downloads.resize(m_outcome->files.size());
    for (Verifier &v : m_verifiers) {
        if (v.check)
            v.check->cancel(); // a verifier of an earlier run of this session stops too
    }
    m_verifiers.clear();
    m_verifiers.resize(size_t(m_outcome->files.size()));
    for (int i = 0; i < m_outcome->files.size(); ++i)
        m_queue << i;
}

void ExportDownloads::run()
{
    if (m_queue.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < m_parallel; ++i)
        downloadNext();
}

void ExportDownloads::downloadNext()
{
    if (!m_running || m_queue.isEmpty() || m_awaitingToken)
        return;
    const int index = m_queue.takeFirst();
    ++m_active;
    FileResult &f = m_outcome->files[index];
    // After a restart: a finished file is verified again where it is instead of
    // downloaded again, and a partial one continues where it stopped.
    if (QFileInfo::exists(f.path)) {
        startVerifier(index, f.path, QFileInfo(f.path).size());
        CallRecord alreadyHere;
        alreadyHere.status = 200;
        downloadDone(index, alreadyHere);
        return;
    }
    download(index, QFileInfo::exists(f.path + QStringLiteral(".part")));
}

void ExportDownloads::download(int index, bool resume)
{
    FileResult &f = m_outcome->files[index];
    ++f.attempts;
    const QString part = f.path + QStringLiteral(".part");
    Verifier &v = m_verifiers[size_t(index)];
    v.check.reset();
    ++v.generation;
    v.result.reset();
    HeaderList headers{{"Accept", "application/fhir+ndjson"}};
    // Only a regular file is an earlier attempt: anything else at that name (a
    // link) is left for PrivateFile::openPartial to refuse, never removed or
    // measured through.
    const QFileInfo earlier(part);
    const bool regular = earlier.isFile() && !earlier.isSymLink();
    if (!resume && regular && !QFile::remove(part)) {
        fileFailed(index, ExportSession::tr("cannot remove the earlier attempt %1").arg(part));
        return;
    }
    const qint64 have = resume && regular ? earlier.size() : 0;
    if (have > 0)
        headers.append(qMakePair(QByteArray("Range"), "bytes=" + QByteArray::number(have) + '-'));
    ApiRequest api = m_client->prepare(ExportSession::tr("Download %1").arg(f.type), "GET",
                                       f.url.toString(), {}, headers);
    // The IG: send the token only when the manifest says the files need it.
    if (!m_outcome->manifest->sendToken()) {
        api.auth = AuthMode::None;
        api.token.clear();
    }
    api.saveTo = part;
    api.appendToFile = have > 0;
    // Over TLS each download gets a lane of its own (decryption on a thread per lane); plain
    // HTTP has no such work, and one manager serves it faster than curl and the check (README).
    const int lane = api.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                         ? quietestLane()
                         : 0;
    ApiCall *call = m_client->send(api, lane);
    ++m_laneLoad[size_t(lane)];
    // First of its finished() connections: the lane is free again before the next file starts.
    connect(call, &ApiCall::finished, this, [this, lane] { --m_laneLoad[size_t(lane)]; });
    m_downloads[index] = call;
    // The verifier starts once the file is open: from the bytes it already holds
    // (a 206) or from nothing (a 200, even to a Range request: the server sent
    // the whole file again).
    connect(call, &ApiCall::saving, this,
            [this, index, part](qint64 offset) { startVerifier(index, part, offset); });
    connect(call, &ApiCall::written, this, [this, index](const QByteArray &chunk) {
        if (StreamVerifier *check = m_verifiers[size_t(index)].check.get())
            check->push(chunk);
    });
    connect(call, &ApiCall::progress, this, [this, index](qint64 got, qint64 total) {
        const qint64 offset = m_verifiers[size_t(index)].offset;
        Q_EMIT fileProgress(index, offset + got, total < 0 ? -1 : offset + total);
    });
    connect(call, &ApiCall::finished, this,
            [this, index](const CallRecord &r) { downloadDone(index, r); });
}

void ExportDownloads::fileFailed(int index, const QString &problem)
{
    qCWarning(lcExport) << "file" << index + 1 << "failed:" << problem;
    FileResult &f = m_outcome->files[index];
    Verifier &v = m_verifiers[size_t(index)];
    if (v.check)
        v.check->cancel();
    v.check.reset();
    f.problem = problem;
    f.verified = false;
    f.bytes = QFileInfo(f.path + QStringLiteral(".part")).size();
    Q_EMIT fileFinished(index, f);
    fileEnded();
}

// The next file starts in the freed place; finished() after the last one.
void ExportDownloads::fileEnded()
{
    --m_active;
    downloadNext();
    if (m_active == 0 && m_queue.isEmpty())
        Q_EMIT finished();
}

void ExportDownloads::downloadDone(int index, const CallRecord &r)
{
    if (!m_running)
        return;
    FileResult &f = m_outcome->files[index];
    const QString part = f.path + QStringLiteral(".part");
    const int status = r.status.value_or(0);
    const bool complete = r.transportErrorCode.isEmpty() && (status == 200 || status == 206);
    Verifier &v = m_verifiers[size_t(index)];
    if (!complete) {
        downloadFailed(index, r);
        return;
    }
    m_backoff = 0;
    if (!v.check) {
        // An empty body: nothing was written, so the file is made here (and holds
        // no lines).
        QString why;
        const int fd = PrivateFile::openPartial(part, false, &why);
        if (fd < 0) {
            fileFailed(index, ExportSession::tr("cannot write %1: %2").arg(part, why));
            return;
        }
        ::close(fd);
        startVerifier(index, part, 0);
    }
    v.downloaded = true;
    v.check->finish();
    if (v.result)
        verified(index, v.result->lines, v.result->problem);
}

void ExportDownloads::downloadFailed(int index, const CallRecord &r)
{
    FileResult &f = m_outcome->files[index];
    const QString part = f.path + QStringLiteral(".part");
    Verifier &v = m_verifiers[size_t(index)];
    if (v.check)
        v.check->cancel();
    v.check.reset();
    if (ExportTokenLoss::refused(m_client, r)) {
        downloadTokenLost(index, r);
        return;
    }
    if (retryable(r) && f.attempts <= m_maxRetries) {
        // A dropped connection resumes where it stopped when the server takes
        // ranges of the bytes as stored (not of a compressed stream), and resumed
        // at the right place.
        const bool ranges = r.responseHeader("Accept-Ranges").contains("bytes") &&
                            QFileInfo(part).size() > 0 &&
                            r.responseHeader("Content-Encoding").isEmpty() &&
                            r.transportErrorCode != QLatin1String("transport.range-mismatch");
        if (v.firstFailure.isEmpty())
            v.firstFailure = r.diagnosis.summary;
        Q_EMIT message(
            ExportSession::tr("%1: %2; %3 (attempt %4)")
                .arg(f.type, r.diagnosis.summary,
                     ranges ? ExportSession::tr("resuming from byte %1").arg(QFileInfo(part).size())
                            : ExportSession::tr("retrying from the start"))
                .arg(f.attempts + 1));
        const qint64 wait = nextBackoff();
        QTimer::singleShot(int(wait * 1000), this, [this, index, ranges] {
            if (m_running)
                download(index, ranges);
        });
        return;
    }
    // A failure on this side (the disk) is said in its own words; a network one
    // with Qt's.
    const QString why = r.transportError.isEmpty() ? r.diagnosis.summary
                        : r.transportErrorCode.startsWith(QLatin1String("io."))
                            ? r.transportError
                            : r.diagnosis.summary + QLatin1Char(' ') + r.transportError;
    // The first symptom stays in front: a server that crashed mid-file is then
    // refused on every retry, and "nothing is listening there" alone would hide
    // what happened.
    if (!v.firstFailure.isEmpty() && v.firstFailure != r.diagnosis.summary)
        fileFailed(index, ExportSession::tr("download failed: %1 Then, on %n more attempt(s): %2",
                                            nullptr, f.attempts - 1)
                              .arg(v.firstFailure, why));
    else
        fileFailed(index, ExportSession::tr("download failed: %1").arg(why));
}

void ExportDownloads::startVerifier(int index, const QString &source, qint64 prefixBytes)
{
    Verifier &v = m_verifiers[size_t(index)];
    if (v.check)
        v.check->cancel();
    v.source = source;
    v.offset = prefixBytes;
    v.downloaded = false;
    v.result.reset();
    const int generation = ++v.generation;
    const QPointer<ExportDownloads> guard(this);
    StreamVerifier::Callbacks callbacks;
    callbacks.done = [guard, index, generation](const StreamVerifier::Result &result) {
        QMetaObject::invokeMethod(
            guard,
            [guard, index, generation, result] {
                if (guard)
                    guard->verifierDone(index, generation, result);
            },
            Qt::QueuedConnection);
    };
    v.check = std::make_unique<StreamVerifier>(m_verifyPool, m_outcome->files.at(index).type,
                                               source, prefixBytes, std::move(callbacks));
}

void ExportDownloads::verifierDone(int index, int generation, const StreamVerifier::Result &result)
{
    if (!m_running || size_t(index) >= m_verifiers.size())
        return;
    Verifier &v = m_verifiers[size_t(index)];
    if (v.generation != generation)
        return;
    v.result = result;
    // A problem found early waits for the download to end: the bytes are kept for
    // the user.
    if (v.downloaded)
        verified(index, result.lines, result.problem);
}

void ExportDownloads::verified(int index, qint64 lines, QString problem)
{
    if (!m_running)
        return;
    FileResult &f = m_outcome->files[index];
    Verifier &v = m_verifiers[size_t(index)];
    const QString source = v.source;
    v.check.reset();
    const QString rejected = f.path + QStringLiteral(".rejected");
    f.lines = lines;
    f.bytes = QFileInfo(source).size();
    if (problem.isEmpty() && f.expected && *f.expected != lines) {
        // An error file's messages matter more than its count (servers miscount
        // them).
        if (f.isError)
            f.note = ExportSession::tr("%1 lines, the manifest says %2 (a server quirk; its "
                                       "messages are shown anyway)")
                         .arg(lines)
                         .arg(*f.expected);
        else
            problem =
                ExportSession::tr("%1 lines, the manifest says %2").arg(lines).arg(*f.expected);
    }
    // Only a verified file gets the final name. One that failed is kept as
    // .rejected, for the user to look at; a later run downloads it again instead
    // of trusting those bytes.
    QString held = source;
    if (problem.isEmpty()) {
        QString why;
        if (source != f.path) {
            // Only over a regular file (an earlier copy): never a link or a device at
            // the name.
            if (!PrivateFile::replace(source, f.path, &why))
                problem = ExportSession::tr("cannot rename %1 to %2: %3").arg(source, f.path, why);
            else
                held = f.path;
        }
        if (problem.isEmpty() && QFileInfo::exists(rejected))
            QFile::remove(rejected); // an earlier bad copy; a failure here only
                                     // leaves it behind
    } else {
        if (QFileInfo::exists(rejected))
            QFile::remove(rejected);
        if (QFile::rename(source, rejected)) {
            held = rejected;
            f.rejectedPath = rejected;
        }
    }
    f.verified = problem.isEmpty();
    f.problem = problem;
    if (f.verified)
        qCInfo(lcExport) << "file" << index + 1 << f.type << "verified:" << lines << "lines,"
                         << f.bytes << "bytes";
    else
        qCWarning(lcExport) << "file" << index + 1 << f.type << "rejected:" << problem;
    if (f.isError)
        readServerMessages(held, f);
    Q_EMIT fileFinished(index, f);
    fileEnded();
}

void ExportDownloads::readServerMessages(const QString &held, FileResult &f)
{
    ++m_outcome->errorFiles;
    QFile in(held);
    if (!in.open(QIODevice::ReadOnly)) {
        f.note = ExportSession::tr("its messages cannot be read: %1").arg(in.errorString());
    } else {
        while (!in.atEnd()) {
            const auto oo = OperationOutcome::parse(in.readLine());
            if (!oo)
                continue;
            for (const auto &issue : oo->issues) {
                m_outcome->outcomeMessages
                    << QStringLiteral("[%1] %2").arg(issue.severity, issue.diagnostics);
                auto same =
                    std::find_if(m_outcome->serverMessages.begin(), m_outcome->serverMessages.end(),
                                 [&](const ExportSession::ServerMessage &m) {
                                     return m.severity == issue.severity && m.code == issue.code &&
                                            m.text == issue.diagnostics;
                                 });
                if (same == m_outcome->serverMessages.end())
                    m_outcome->serverMessages.append(
                        {issue.severity, issue.code, issue.diagnostics, 1});
                else
                    ++same->count;
            }
        }
    }
}

void ExportDownloads::downloadTokenLost(int index, const CallRecord &r)
{
    FileResult &f = m_outcome->files[index];
    --f.attempts; // not the file's fault: the attempt does not count
    if (m_client->authorizationFor(r).isEmpty() && m_client->hasToken()) {
        // Sent with a token that has been replaced since (renewed meanwhile):
        // again, at once.
        --m_active;
        m_queue.prepend(index);
        downloadNext();
        return;
    }
    if (m_tokenRenewable) {
        --m_active;
        m_queue.prepend(index);
        m_refusedCall = r;
        if (!m_awaitingToken) {
            m_awaitingToken = true;
            Q_EMIT message(ExportSession::tr("%1 Renewing it; the downloads wait.")
                               .arg(ExportTokenLoss::cause(m_client, r)));
            Q_EMIT tokenRenewalNeeded();
        }
        return;
    }
    if (m_tokenLost.isEmpty())
        m_tokenLost = ExportTokenLoss::cause(m_client, r);
    m_queue.prepend(index);
    --m_active;
    stopQueueForToken(m_tokenLost);
}

void ExportDownloads::stopQueueForToken(const QString &cause)
{
    // The files not started are not asked for: each would be refused the same
    // way.
    qCWarning(lcExport) << "token lost:" << cause << m_queue.size() << "files not downloaded";
    m_tokenLost = cause;
    for (int index : std::as_const(m_queue)) {
        FileResult &f = m_outcome->files[index];
        f.verified = false;
        f.problem = ExportSession::tr("not downloaded: the token ran out");
    }
    m_queue.clear();
    if (m_active == 0)
        Q_EMIT finished();
}

void ExportDownloads::tokenRenewed()
{
    // Still the token that was refused (the window says the token changed
    // whenever anything about it does): nothing to go on with yet.
    if (!m_awaitingToken ||
        (m_refusedCall && !m_client->authorizationFor(*m_refusedCall).isEmpty()))
        return;
    m_awaitingToken = false;
    Q_EMIT message(ExportSession::tr("The token was renewed: the export goes on."));
    for (int i = m_active; i < m_parallel; ++i)
        downloadNext();
}

void ExportDownloads::tokenRenewalFailed(const QString &cause)
{
    m_awaitingToken = false;
    if (m_running)
        stopQueueForToken(cause);
}
