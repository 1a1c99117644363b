#include "ExportSession.h"

#include "app/support/Logging.h"
#include "app/support/PrivateFile.h"

#include "app/calls/Diagnoser.h"
#include "app/calls/RetryHint.h"
#include "app/fhir/OperationOutcome.h"
#include "app/net/ApiCall.h"
#include "app/net/ExportDownloads_p.h"
#include "app/net/ExportKickOff.h"
#include "app/net/ExportPoller_p.h"
#include "app/net/FhirClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

ExportSession::ExportSession(FhirClient *client, QString outputRoot, QObject *parent)
    : QObject(parent), m_client(client), m_outputRoot(std::move(outputRoot)),
      m_poller(new ExportPoller(client, this)),
      m_downloads(new ExportDownloads(client, &m_outcome, this))
{
    connect(m_poller, &ExportPoller::polled, this, &ExportSession::polled);
    connect(m_poller, &ExportPoller::step, this, &ExportSession::step);
    connect(m_poller, &ExportPoller::waiting, this, &ExportSession::waiting);
    connect(m_poller, &ExportPoller::message, this, &ExportSession::message);
    connect(m_poller, &ExportPoller::tokenRenewalNeeded, this, &ExportSession::tokenRenewalNeeded);
    connect(m_poller, &ExportPoller::accepted, this, [this](const QString &statusUrl) {
        m_outcome.statusUrl = statusUrl;
        Q_EMIT message(tr("Export accepted; status URL %1").arg(statusUrl));
        setState(State::Polling);
    });
    connect(m_poller, &ExportPoller::manifestRead, this, &ExportSession::manifestArrived);
    connect(m_poller, &ExportPoller::failed, this,
            [this](const QString &text, ExportPoller::Failure failure) {
                if (failure == ExportPoller::Failure::GaveUpWaiting)
                    m_outcome.gaveUpWaiting = true;
                if (failure == ExportPoller::Failure::TokenLost)
                    m_outcome.tokenLost = true;
                fail(text);
            });
    connect(m_downloads, &ExportDownloads::message, this, &ExportSession::message);
    connect(m_downloads, &ExportDownloads::fileProgress, this, &ExportSession::fileProgress);
    connect(m_downloads, &ExportDownloads::fileFinished, this, &ExportSession::fileFinished);
    connect(m_downloads, &ExportDownloads::tokenRenewalNeeded, this,
            &ExportSession::tokenRenewalNeeded);
    connect(m_downloads, &ExportDownloads::finished, this, &ExportSession::finishDownloads);
}

ExportSession::~ExportSession()
{
    // The queue works on m_outcome: it goes (its verifiers stopped) before the
    // outcome does.
    delete m_downloads;
}

void ExportSession::setParallel(int n)
{
    m_downloads->setParallel(n);
}

void ExportSession::setMaxBackoffSecs(int s)
{
    m_poller->setMaxBackoffSecs(s);
    m_downloads->setMaxBackoffSecs(s);
}

void ExportSession::setMaxRetries(int n)
{
    m_poller->setMaxRetries(n);
    m_downloads->setMaxRetries(n);
}

void ExportSession::setMaxWaitSecs(qint64 s)
{
    m_poller->setMaxWaitSecs(s);
}

void ExportSession::setTokenRenewable(bool renewable)
{
    m_poller->setTokenRenewable(renewable);
    m_downloads->setTokenRenewable(renewable);
}

void ExportSession::setTokenToOtherOrigins(bool allow)
{
    m_poller->setTokenToOtherOrigins(allow);
}

bool ExportSession::awaitingToken() const
{
    return m_poller->awaitingToken() || m_downloads->awaitingToken();
}

QString ExportSession::stateName(State s)
{
    switch (s) {
    case State::Idle:
        return tr("idle");
    case State::KickingOff:
        return tr("starting the export");
    case State::Polling:
        return tr("waiting for the export");
    case State::Downloading:
        return tr("downloading");
    case State::Done:
        return tr("done");
    case State::Failed:
        return tr("failed");
    case State::Cancelled:
        return tr("cancelled");
    case State::Stopped:
        return tr("no longer watched");
    }
    return {};
}

void ExportSession::setState(State s)
{
    if (m_state == s)
        return;
    qCInfo(lcExport) << "export" << stateName(m_state) << "->" << stateName(s);
    m_state = s;
    tellParts();
    journal();
    Q_EMIT stateChanged(s);
}

void ExportSession::tellParts()
{
    m_poller->setPhase(m_state == State::KickingOff ? ExportPoller::Phase::KickingOff
                       : m_state == State::Polling  ? ExportPoller::Phase::Polling
                                                    : ExportPoller::Phase::Idle);
    m_downloads->setRunning(m_state == State::Downloading);
}

QString ExportSession::jobFolder() const
{
    const QString job = QString::fromLatin1(
        QCryptographicHash::hash(m_outcome.statusUrl.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(12));
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
    e.request = m_poller->kickOffText();
    e.state = names.value(int(m_state));
    e.folder = jobFolder();
    e.caBundle = m_journalCaBundle;
    e.proxy = m_journalProxy;
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
    m_downloads->reset();
    m_outcome.statusUrl = statusUrl;
    Q_EMIT message(tr("Resuming the export at %1").arg(statusUrl));
    setState(State::Polling);
    m_poller->resume(statusUrl);
}

void ExportSession::fail(const QString &text)
{
    qCWarning(lcExport) << "export failed:" << text;
    m_poller->stopWaiting();
    m_outcome.state = State::Failed;
    m_outcome.message = text;
    setState(State::Failed);
    Q_EMIT message(text);
    Q_EMIT finished(m_outcome);
}

ApiRequest ExportSession::kickOffRequest(const FhirClient *client, const Request &request)
{
    return ExportKickOff::request(client, request);
}

void ExportSession::start(const Request &request)
{
    m_request = request;
    m_outcome = {};
    m_downloads->reset();
    setState(State::KickingOff);
    m_poller->kickOff(request);
}

void ExportSession::pollNow()
{
    m_poller->pollNow();
}

void ExportSession::manifestArrived(const CallRecord &r, const QByteArray &body,
                                    const std::optional<BulkManifest> &manifest,
                                    const QString &error)
{
    if (!manifest) {
        fail(tr("Server fault: %1").arg(error));
        return;
    }
    m_outcome.manifest = manifest;
    const QByteArray expires = r.responseHeader("Expires");
    if (!expires.isEmpty())
        m_outcome.expires = RetryHint::parseHttpDate(expires);
    if (!manifest->missing.isEmpty())
        Q_EMIT message(tr("The manifest lacks %1 (HAPI omits some fields).")
                           .arg(manifest->missing.join(QStringLiteral(", "))));
    if (m_outcome.expires.isValid() && m_outcome.expires < QDateTime::currentDateTimeUtc())
        Q_EMIT message(tr("The manifest's Expires (%1) is already past: the server may have "
                          "deleted the files. "
                          "Downloading anyway; start a new export if they are gone.")
                           .arg(QString::fromLatin1(expires)));
    // A folder per job, the manifest beside the files. The folder is private
    // (0700) and ours: nobody else can plant a link at a name a download will use
    // (see PrivateFile).
    m_outcome.folder = jobFolder();
    QString why;
    if (!PrivateFile::makeFolder(m_outcome.folder, &why)) {
        fail(tr("Cannot create the folder %1 for the export's files: %2.")
                 .arg(m_outcome.folder, why));
        return;
    }
    const QString manifestFile = QDir(m_outcome.folder).filePath(QStringLiteral("manifest.json"));
    if (!PrivateFile::writeWhole(manifestFile, body, &why)) {
        fail(tr("Cannot write %1: %2").arg(manifestFile, why));
        return;
    }
    startDownloads();
}

void ExportSession::startDownloads()
{
    setState(State::Downloading);
    m_downloads->prepare(m_poller->backoff());
    journal(); // the manifest's transactionTime is known now
    Q_EMIT message(tr("%n file(s) to download", nullptr, int(m_outcome.files.size())));
    Q_EMIT downloadsStarted(m_outcome);
    m_downloads->run();
}

void ExportSession::cancel()
{
    if (m_state == State::Polling && !m_outcome.statusUrl.isEmpty()) {
        m_poller->stop();
        setState(State::Cancelled);
        ApiRequest api = m_client->prepare(tr("Cancel export"), "DELETE", m_outcome.statusUrl);
        ApiCall *call = m_client->send(api);
        connect(call, &ApiCall::finished, this, [this](const CallRecord &r) {
            PollEvent e;
            e.callId = r.id;
            e.status = r.status.value_or(0);
            e.kind = QStringLiteral("cancel");
            e.tokenFingerprint = r.tokenFingerprint;
            Q_EMIT step(e);
            m_outcome.state = State::Cancelled;
            m_outcome.message =
                r.status && (*r.status == 202 || *r.status == 200)
                    ? tr("The server accepted the cancellation (HTTP %1).").arg(*r.status)
                    : tr("The cancellation was not confirmed: %1").arg(r.diagnosis.summary);
            Q_EMIT message(m_outcome.message);
            Q_EMIT finished(m_outcome);
        });
        return;
    }
    if (m_state == State::Downloading || m_state == State::KickingOff) {
        setState(State::Cancelled);
        stopCalls(); // a kick-off waiting out a 429 is not sent
        m_outcome.state = State::Cancelled;
        m_outcome.message =
            tr("Cancelled; files already downloaded are kept in %1.").arg(m_outcome.folder);
        Q_EMIT message(m_outcome.message);
        Q_EMIT finished(m_outcome);
    }
}

void ExportSession::stopWatching()
{
    if (m_state == State::KickingOff) {
        cancel(); // no status URL yet: nothing to come back to
        return;
    }
    if (m_state != State::Polling && m_state != State::Downloading)
        return;
    // Not journalled: the journal keeps the job as polling or downloading, so it
    // is resumable.
    qCInfo(lcExport) << "export" << stateName(m_state) << "->" << stateName(State::Stopped);
    m_state = State::Stopped;
    tellParts();
    stopCalls();
    Q_EMIT stateChanged(m_state);
    m_outcome.state = State::Stopped;
    m_outcome.message = tr("No longer watched here: the export goes on at the server. Request → "
                           "Resume unfinished export picks it up; files already downloaded are "
                           "kept.");
    Q_EMIT message(m_outcome.message);
    Q_EMIT finished(m_outcome);
}

// What is running stops: the wait, the poll, the verifiers and the downloads.
// Called after the state has left Polling/Downloading, so a call ending now is
// not taken for a failure (and arms no backoff).
void ExportSession::stopCalls()
{
    m_poller->stop();
    m_downloads->stop();
}

void ExportSession::abandon(const QString &statusUrl, const QString &groupId, const QString &why)
{
    m_outcome = {};
    m_request = {};
    m_request.groupId = groupId;
    m_outcome.statusUrl = statusUrl;
    fail(why);
}

void ExportSession::finishDownloads()
{
    int bad = 0;
    m_outcome.downloadMs = m_downloads->elapsedMs();
    m_outcome.downloadedBytes = 0;
    for (const FileResult &f : std::as_const(m_outcome.files)) {
        bad += f.verified ? 0 : 1;
        m_outcome.downloadedBytes += f.bytes;
    }
    if (bad == 0) {
        m_outcome.state = State::Done;
        const int verified = int(m_outcome.files.size()) - m_outcome.errorFiles;
        m_outcome.message =
            m_outcome.files.isEmpty() ? tr("The export is complete and lists no "
                                           "files: no resources matched.")
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
    if (const QString tokenLost = m_downloads->tokenLost(); !tokenLost.isEmpty()) {
        // One cause, said once: not a 401 per file.
        m_outcome.tokenLost = true;
        fail(tr("%1 %2 of %n file(s) are complete; the others were not downloaded. "
                "Get a new "
                "token and resume: what is here (%3) is kept.",
                nullptr, int(m_outcome.files.size()))
                 .arg(tokenLost)
                 .arg(m_outcome.files.size() - bad)
                 .arg(m_outcome.folder));
        return;
    }
    fail(tr("%1 of %n file(s) could not be downloaded or verified; what arrived "
            "is kept in %2.",
            nullptr, int(m_outcome.files.size()))
             .arg(bad)
             .arg(m_outcome.folder));
}

void ExportSession::tokenRenewed()
{
    if (m_poller->awaitingToken())
        m_poller->tokenRenewed();
    else
        m_downloads->tokenRenewed();
}

void ExportSession::tokenRenewalFailed(const QString &why)
{
    if (!awaitingToken())
        return;
    const QString cause =
        tr("The server stopped accepting the token and renewing it failed: %1.").arg(why);
    if (m_poller->awaitingToken()) {
        m_poller->tokenRenewalFailed();
        if (m_state == State::Polling) {
            m_outcome.tokenLost = true;
            fail(tr("%1 The job itself may still be running: get a new token and "
                    "resume.")
                     .arg(cause));
        }
        return;
    }
    m_downloads->tokenRenewalFailed(cause);
}
