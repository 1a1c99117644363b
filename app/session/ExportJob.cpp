#include "ExportJob.h"

#include "app/calls/ServerProfile.h"
#include "app/net/FhirClient.h"
#include "app/session/ExportTimelineModel.h"
#include "app/support/Logging.h"

#include <QNetworkAccessManager>

ExportJob::ExportJob(FhirClient *connection, const QString &outputRoot, ExportJournal *journal,
                     const QString &profileId, QObject *parent)
    : Job(parent), m_nam(new QNetworkAccessManager(this)), m_client(new FhirClient(m_nam, this)),
      m_session(new ExportSession(m_client, outputRoot, this)),
      m_timeline(new ExportTimelineModel(this)), m_profileId(profileId)
{
    m_client->copyConnectionFrom(*connection);
    // Direct: whoever records the connection's calls has each hop as it ends (the Recorder and
    // SentCall rely on that order), as for the connection's own calls.
    connect(m_client, &FhirClient::callStarted, connection, &FhirClient::callStarted,
            Qt::DirectConnection);
    connect(m_client, &FhirClient::callFinished, connection, &FhirClient::callFinished,
            Qt::DirectConnection);
    // Connected first: the picture has each step before anyone who shows it hears of it.
    m_timeline->attach(m_session, m_client);
    m_session->setJournal(journal, profileId);
    m_clock.start();
    connect(m_session, &ExportSession::stateChanged, this, &ExportJob::onStateChanged);
    connect(m_session, &ExportSession::message, this, [this](const QString &text) {
        m_detail = text;
        Q_EMIT changed();
    });
    connect(m_session, &ExportSession::polled, this, [this](const ExportSession::PollEvent &e) {
        if (e.percent >= 0 && e.percent != m_pollPercent) {
            m_pollPercent = e.percent;
            Q_EMIT changed();
        }
    });
    connect(m_session, &ExportSession::downloadsStarted, this,
            [this](const ExportSession::Outcome &o) {
                m_stats.reset(int(o.files.size()));
                m_downloading = true;
                Q_EMIT changed();
            });
    // Progress is read when asked (percent()); a changed() per chunk would redraw the list
    // thousands of times a second, so only a finished file says so.
    connect(m_session, &ExportSession::fileProgress, this,
            [this](int index, qint64 got, qint64 total) {
                m_stats.update(index, got, total, m_clock.elapsed());
            });
    connect(m_session, &ExportSession::fileFinished, this,
            [this](int index, const ExportSession::FileResult &f) {
                m_stats.finish(index, f.bytes, m_clock.elapsed());
                Q_EMIT changed();
            });
    connect(m_session, &ExportSession::finished, this, [this](const ExportSession::Outcome &o) {
        m_outcome = o;
        m_detail = o.message;
        Q_EMIT changed();
    });
}

ExportJob::~ExportJob()
{
    // The session's calls run on the job's client, and its replies on the job's network access
    // manager: the session goes first, then the client (with its calls), the manager last (the
    // children would go in the order they were made, the manager first).
    delete m_timeline;
    delete m_session;
    delete m_client;
    delete m_nam;
}

ApiRequest ExportJob::kickOffRequest(const ExportSession::Request &request) const
{
    return ExportSession::kickOffRequest(m_client, request);
}

bool ExportJob::hasToken() const
{
    return m_client->hasToken();
}

QDateTime ExportJob::tokenExpiresAt() const
{
    return m_client->tokenExpiresAt();
}

void ExportJob::takeToken(const FhirClient &connection)
{
    m_client->copyAuthorizationFrom(connection);
    if (m_session->awaitingToken())
        m_session->tokenRenewed(); // ignored while the token is still the refused one
}

void ExportJob::start(const ExportSession::Request &request)
{
    m_groupId = request.groupId;
    m_pollPercent = -1;
    m_downloading = false;
    m_outcome = {};
    m_timeline->clear();
    m_session->start(request);
}

void ExportJob::resume(const ExportJournal::Entry &entry, const QString &goneReason)
{
    m_groupId = entry.groupId;
    m_pollPercent = -1;
    m_downloading = false;
    m_outcome = {};
    m_timeline->clear();
    if (!goneReason.isEmpty()) {
        qCInfo(lcExport) << "a journalled export is gone:" << entry.statusUrl;
        m_session->abandon(entry.statusUrl, entry.groupId, goneReason);
        return;
    }
    m_session->resume(entry.statusUrl, entry.groupId);
}

void ExportJob::cancelOnServer()
{
    m_session->cancel();
}

void ExportJob::stopWatching()
{
    m_session->stopWatching();
}

QString ExportJob::goneReason(const ExportJournal::Entry &entry, const QUrl &sandboxUrl,
                              bool issuedHere)
{
    if (entry.profileId != ServerProfile::sandbox().id)
        return {};
    const QUrl status(entry.statusUrl);
    const bool sameSandbox = issuedHere && sandboxUrl.isValid() &&
                             status.host() == sandboxUrl.host() &&
                             status.port() == sandboxUrl.port();
    if (sameSandbox)
        return {};
    return tr("This export ran on the built-in Sandbox before it was restarted. The Sandbox "
              "starts afresh each time (a new port, no jobs), so the export is gone and cannot "
              "be resumed: start a new export. Files downloaded before are kept in their "
              "folder.");
}

QString ExportJob::kind() const
{
    return tr("Export");
}

QString ExportJob::title() const
{
    return m_groupId.isEmpty() ? tr("Group export") : tr("Group %1").arg(m_groupId);
}

Job::Status ExportJob::status() const
{
    switch (m_session->state()) {
    case ExportSession::State::Idle:
        return Status::NotStarted;
    case ExportSession::State::KickingOff:
    case ExportSession::State::Downloading:
        return m_session->awaitingToken() ? Status::Waiting : Status::Running;
    case ExportSession::State::Polling:
        return Status::Waiting;
    case ExportSession::State::Done:
        return Status::Finished;
    case ExportSession::State::Failed:
        return Status::Failed;
    case ExportSession::State::Cancelled:
        return Status::Cancelled;
    case ExportSession::State::Stopped:
        return Status::Stopped;
    }
    return Status::NotStarted;
}

int ExportJob::percent() const
{
    if (m_session->state() == ExportSession::State::Done)
        return 100;
    if (!m_downloading)
        return m_pollPercent;
    // The bytes when every file's size is known, else the share of files done.
    const int bytes = m_stats.overall(m_clock.elapsed()).percent();
    if (bytes >= 0)
        return bytes;
    return m_stats.count() > 0 ? m_stats.finishedCount() * 100 / m_stats.count() : -1;
}

void ExportJob::onStateChanged(ExportSession::State state)
{
    if (state == ExportSession::State::Done)
        m_pollPercent = 100;
    Q_EMIT changed();
}
