// ExportSession, its second half: the downloads of the manifest's files, each verified while
// it arrives, and the rule that only a verified file gets its final name.
#include "ExportSession.h"

#include "app/fhir/OperationOutcome.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/support/Logging.h"
#include "app/support/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <unistd.h>

namespace {

// A file name part from the manifest's `type`: letters, digits, '-' and '_' only, so that a type
// such as "../../x" cannot place a file outside the job's folder.
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

// Failures worth another attempt: the network, not the request or this computer.
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

void ExportSession::startDownloads()
{
    setState(State::Downloading);
    m_downloadClock.start();
    const BulkManifest &m = *m_outcome.manifest;
    int n = 0;
    enum Kind { Output, Error, Deleted };
    const QString folder = m_outcome.folder + QLatin1Char('/');
    m_outcome.files.reserve(m.output.size() + m.error.size() + m.deleted.size());
    auto add = [this, &n, &folder](const BulkManifest::File &f, Kind kind) {
        FileResult fr;
        // Error files hold OperationOutcomes; deleted files hold Bundles (the IG's rules).
        fr.type = kind == Error     ? QStringLiteral("OperationOutcome")
                  : kind == Deleted ? QStringLiteral("Bundle")
                                    : f.type;
        fr.url = f.url;
        fr.expected = f.count;
        fr.isError = kind == Error;
        fr.isDeleted = kind == Deleted;
        const QString name = safeFileName(f.type);
        if (!f.type.isEmpty() && name != f.type)
            Q_EMIT message(tr("The manifest names the type \"%1\", which is not a resource type: "
                              "its file is saved as %2.")
                               .arg(f.type.left(80), name));
        fr.path = folder + QStringLiteral("%1-%2%3.ndjson")
                               .arg(++n, 3, 10, QLatin1Char('0'))
                               .arg(name, kind == Error     ? QStringLiteral("-errors")
                                          : kind == Deleted ? QStringLiteral("-deleted")
                                                            : QString());
        m_outcome.files << fr;
    };
    for (const auto &f : m.output)
        add(f, Output);
    for (const auto &f : m.error)
        add(f, Error);
    for (const auto &f : m.deleted)
        add(f, Deleted);
    m_downloads.resize(m_outcome.files.size());
    for (Verifier &v : m_verifiers) {
        if (v.check)
            v.check->cancel(); // a verifier of an earlier run of this session stops too
    }
    m_verifiers.clear();
    m_verifiers.resize(size_t(m_outcome.files.size()));
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
    // After a restart: a finished file is verified again where it is instead of downloaded
    // again, and a partial one continues where it stopped.
    if (QFileInfo::exists(f.path)) {
        startVerifier(index, f.path, QFileInfo(f.path).size());
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
    Verifier &v = m_verifiers[size_t(index)];
    v.check.reset();
    ++v.generation;
    v.result.reset();
    HeaderList headers{{"Accept", "application/fhir+ndjson"}};
    // Only a regular file is an earlier attempt: anything else at that name (a link) is left
    // for PrivateFile::openPartial to refuse, never removed or measured through.
    const QFileInfo earlier(part);
    const bool regular = earlier.isFile() && !earlier.isSymLink();
    if (!resume && regular && !QFile::remove(part)) {
        fileFailed(index, tr("cannot remove the earlier attempt %1").arg(part));
        return;
    }
    const qint64 have = resume && regular ? earlier.size() : 0;
    if (have > 0)
        headers.append(qMakePair(QByteArray("Range"), "bytes=" + QByteArray::number(have) + '-'));
    ApiRequest api =
        m_client->prepare(tr("Download %1").arg(f.type), "GET", f.url.toString(), {}, headers);
    // The IG: send the token only when the manifest says the files need it.
    if (!m_outcome.manifest->sendToken()) {
        api.auth = AuthMode::None;
        api.token.clear();
    }
    api.saveTo = part;
    api.appendToFile = have > 0;
    ApiCall *call = m_client->send(api);
    m_downloads[index] = call;
    // The verifier starts once the file is open: from the bytes it already holds (a 206) or
    // from nothing (a 200, even to a Range request: the server sent the whole file again).
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

void ExportSession::fileFailed(int index, const QString &problem)
{
    qCWarning(lcExport) << "file" << index + 1 << "failed:" << problem;
    FileResult &f = m_outcome.files[index];
    Verifier &v = m_verifiers[size_t(index)];
    if (v.check)
        v.check->cancel();
    v.check.reset();
    f.problem = problem;
    f.verified = false;
    f.bytes = QFileInfo(f.path + QStringLiteral(".part")).size();
    Q_EMIT fileFinished(index, f);
    --m_active;
    downloadNext();
    if (m_active == 0 && m_queue.isEmpty())
        finishDownloads();
}

void ExportSession::downloadDone(int index, const CallRecord &r)
{
    if (m_state != State::Downloading)
        return;
    FileResult &f = m_outcome.files[index];
    const QString part = f.path + QStringLiteral(".part");
    const int status = r.status.value_or(0);
    const bool complete = r.transportErrorCode.isEmpty() && (status == 200 || status == 206);
    Verifier &v = m_verifiers[size_t(index)];
    if (!complete) {
        if (v.check)
            v.check->cancel();
        v.check.reset();
        if (retryable(r) && f.attempts <= m_maxRetries) {
            // A dropped connection resumes where it stopped when the server takes ranges of the
            // bytes as stored (not of a compressed stream), and resumed at the right place.
            const bool ranges = r.responseHeader("Accept-Ranges").contains("bytes") &&
                                QFileInfo(part).size() > 0 &&
                                r.responseHeader("Content-Encoding").isEmpty() &&
                                r.transportErrorCode != QLatin1String("transport.range-mismatch");
            Q_EMIT message(tr("%1: %2; %3 (attempt %4)")
                               .arg(f.type, r.diagnosis.summary,
                                    ranges ? tr("resuming from byte %1").arg(QFileInfo(part).size())
                                           : tr("retrying from the start"))
                               .arg(f.attempts + 1));
            const qint64 wait = nextBackoff();
            QTimer::singleShot(int(wait * 1000), this, [this, index, ranges] {
                if (m_state == State::Downloading)
                    download(index, ranges);
            });
            return;
        }
        // A failure on this side (the disk) is said in its own words; a network one with Qt's.
        const QString why = r.transportError.isEmpty() ? r.diagnosis.summary
                            : r.transportErrorCode.startsWith(QLatin1String("io."))
                                ? r.transportError
                                : r.diagnosis.summary + QLatin1Char(' ') + r.transportError;
        fileFailed(index, tr("download failed: %1").arg(why));
        return;
    }
    m_backoff = 0;
    if (!v.check) {
        // An empty body: nothing was written, so the file is made here (and holds no lines).
        QString why;
        const int fd = PrivateFile::openPartial(part, false, &why);
        if (fd < 0) {
            fileFailed(index, tr("cannot write %1: %2").arg(part, why));
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

void ExportSession::startVerifier(int index, const QString &source, qint64 prefixBytes)
{
    Verifier &v = m_verifiers[size_t(index)];
    if (v.check)
        v.check->cancel();
    v.source = source;
    v.offset = prefixBytes;
    v.downloaded = false;
    v.result.reset();
    const int generation = ++v.generation;
    const QPointer<ExportSession> guard(this);
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
    v.check = std::make_unique<StreamVerifier>(m_verifyPool, m_outcome.files.at(index).type, source,
                                               prefixBytes, std::move(callbacks));
}

void ExportSession::verifierDone(int index, int generation, const StreamVerifier::Result &result)
{
    if (m_state != State::Downloading || size_t(index) >= m_verifiers.size())
        return;
    Verifier &v = m_verifiers[size_t(index)];
    if (v.generation != generation)
        return;
    v.result = result;
    // A problem found early waits for the download to end: the bytes are kept for the user.
    if (v.downloaded)
        verified(index, result.lines, result.problem);
}

void ExportSession::verified(int index, qint64 lines, QString problem)
{
    if (m_state != State::Downloading)
        return;
    FileResult &f = m_outcome.files[index];
    Verifier &v = m_verifiers[size_t(index)];
    const QString source = v.source;
    v.check.reset();
    const QString rejected = f.path + QStringLiteral(".rejected");
    f.lines = lines;
    f.bytes = QFileInfo(source).size();
    if (problem.isEmpty() && f.expected && *f.expected != lines) {
        // An error file's messages matter more than its count (servers miscount them).
        if (f.isError)
            f.note =
                tr("%1 lines, the manifest says %2 (a server quirk; its messages are shown anyway)")
                    .arg(lines)
                    .arg(*f.expected);
        else
            problem = tr("%1 lines, the manifest says %2").arg(lines).arg(*f.expected);
    }
    // Only a verified file gets the final name. One that failed is kept as .rejected, for the
    // user to look at; a later run downloads it again instead of trusting those bytes.
    QString held = source;
    if (problem.isEmpty()) {
        QString why;
        if (source != f.path) {
            // Only over a regular file (an earlier copy): never a link or a device at the name.
            if (!PrivateFile::replace(source, f.path, &why))
                problem = tr("cannot rename %1 to %2: %3").arg(source, f.path, why);
            else
                held = f.path;
        }
        if (problem.isEmpty() && QFileInfo::exists(rejected))
            QFile::remove(rejected); // an earlier bad copy; a failure here only leaves it behind
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
    if (f.isError) {
        ++m_outcome.errorFiles;
        QFile in(held);
        if (!in.open(QIODevice::ReadOnly)) {
            f.note = tr("its messages cannot be read: %1").arg(in.errorString());
        } else {
            while (!in.atEnd()) {
                const auto oo = OperationOutcome::parse(in.readLine());
                if (!oo)
                    continue;
                for (const auto &issue : oo->issues) {
                    m_outcome.outcomeMessages
                        << QStringLiteral("[%1] %2").arg(issue.severity, issue.diagnostics);
                    auto same =
                        std::find_if(m_outcome.serverMessages.begin(),
                                     m_outcome.serverMessages.end(), [&](const ServerMessage &m) {
                                         return m.severity == issue.severity &&
                                                m.code == issue.code && m.text == issue.diagnostics;
                                     });
                    if (same == m_outcome.serverMessages.end())
                        m_outcome.serverMessages.append(
                            {issue.severity, issue.code, issue.diagnostics, 1});
                    else
                        ++same->count;
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
        const int verified = int(m_outcome.files.size()) - m_outcome.errorFiles;
        m_outcome.message =
            m_outcome.files.isEmpty()
                ? tr("The export is complete and lists no files: no resources matched.")
            : m_outcome.errorFiles == 0
                ? tr("%n file(s) downloaded and verified.", nullptr, verified)
                : tr("%1; %2 with %3 from the server.")
                      .arg(tr("%n file(s) downloaded and verified", nullptr, verified),
                           tr("%n error file(s)", nullptr, m_outcome.errorFiles),
                           tr("%n message(s)", nullptr, m_outcome.serverMessageCount()));
        setState(State::Done);
        Q_EMIT message(m_outcome.message);
        Q_EMIT finished(m_outcome);
        return;
    }
    fail(tr("%1 of %n file(s) could not be downloaded or verified; what arrived is kept in %2.",
            nullptr, int(m_outcome.files.size()))
             .arg(bad)
             .arg(m_outcome.folder));
}
