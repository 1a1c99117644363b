#pragma once

#include "app/calls/TransferStats.h"
#include "app/net/ExportJournal.h"
#include "app/net/ExportSession.h"
#include "app/session/Job.h"

#include <QElapsedTimer>

class ExportTimelineModel;
class FhirClient;
class QNetworkAccessManager;

// One Group export as a session job: the ExportSession that runs it (kick-off, polls, downloads),
// its journal entry, its state and progress. It outlives the window that shows it; the window and
// `fhir-bulk export` drive the same class.
// One connection per job: the job talks through a client of its own, a copy of the connection it
// was made on (server, trust, proxy, token), so that switching the workspace to another profile
// leaves a running export with its server and its token. Its calls are announced by the client it
// was made on as well (callStarted, callFinished), so the log and the history still see them.
class ExportJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)
public:
    ExportJob(FhirClient *connection, const QString &outputRoot, ExportJournal *journal,
              const QString &profileId, QObject *parent = nullptr);
    ~ExportJob() override;

    ExportSession *session() const { return m_session; }
    QString profileId() const { return m_profileId; }
    QString groupId() const { return m_groupId; }
    QString statusUrl() const { return m_session->statusUrlForResume(); }
    // The last outcome (state Idle until the job ends).
    const ExportSession::Outcome &outcome() const { return m_outcome; }
    // The job as it happened, for its picture (ui/ExportTimeline): kept with the job, so the
    // picture outlives the export window and goes into the support bundle.
    ExportTimelineModel *timeline() const { return m_timeline; }

    // What the export window shows of the client, so that it needs no net header: the kick-off
    // as it would be sent, whether a token goes with it, and when that token expires.
    ApiRequest kickOffRequest(const ExportSession::Request &request) const;
    bool hasToken() const;
    QDateTime tokenExpiresAt() const;

    // The job's own client (a copy of the connection it was made on).
    const FhirClient *client() const { return m_client; }
    // The token of `connection` from now on (the profile's token was renewed or replaced while
    // the job runs); an export waiting for a new token goes on with it.
    void takeToken(const FhirClient &connection);

    void start(const ExportSession::Request &request);
    // Continues a journalled job. `goneReason` non-empty: the job cannot exist any more (a
    // Sandbox job from before a restart): it is said so, journalled as failed, and nothing is sent.
    void resume(const ExportJournal::Entry &entry, const QString &goneReason = {});
    // DELETE on the status URL (while polling; stops the downloads otherwise).
    void cancelOnServer();
    // Stops here without a DELETE: the job stays on the server and resumable.
    void stopWatching();

    // Why the journalled job `entry` cannot be resumed, or empty. The built-in Sandbox keeps its
    // jobs in memory and starts afresh (a new port, no jobs): a Sandbox job is gone unless the
    // Sandbox running now at `sandboxUrl` issued it (`issuedHere`).
    static QString goneReason(const ExportJournal::Entry &entry, const QUrl &sandboxUrl,
                              bool issuedHere);

    QString kind() const override;
    QString title() const override;
    Status status() const override;
    int percent() const override;
    QString detail() const override { return m_detail; }

private:
    void onStateChanged(ExportSession::State state);

    QNetworkAccessManager *m_nam; // the job's own connections
    FhirClient *m_client;
    ExportSession *m_session;
    ExportTimelineModel *m_timeline;
    QString m_profileId;
    QString m_groupId;
    QString m_detail;
    int m_pollPercent = -1;
    TransferStats m_stats;
    QElapsedTimer m_clock;
    bool m_downloading = false;
    ExportSession::Outcome m_outcome;
};
