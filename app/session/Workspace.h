#pragma once

#include "app/calls/CallRecord.h"
#include "app/calls/FormatOptions.h"
#include "app/calls/ServerProfile.h"
#include "app/net/ExportJournal.h"
#include "app/session/ProfileConnector.h"
#include "app/session/RequestDraft.h"

#include <QList>
#include <QObject>

class ExportJob;
class FhirClient;
class GroupsBrowser;
class Jobs;
class HistoryStore;
class HistoryWriter;
class ProfileStore;
class Recorder;
class SandboxHost;
class SentCall;
class ServerSession;
class TokenClient;
class TokenHealthCheck;
class TokenRenewal;
class TokenSession;
class TokenStore;

// One open workspace: what one explorer window (or a test) shows and drives, built once from
// the four it is given so that no widget builds a service. It connects to a profile (through
// ProfileConnector), holds the server's statement, the Groups browser, the token of the profile
// (TokenSession) and the Recorder every call goes through to the log and the history; requests
// a front end drafts are built, authorised and sent here (send()). Nothing in it is a widget.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    Workspace(FhirClient *client, SandboxHost *sandbox, ProfileStore *profiles, TokenStore *tokens,
              QObject *parent = nullptr);
    ~Workspace() override;

    FhirClient *const client;
    SandboxHost *const sandbox;
    ProfileStore *const profiles;
    TokenStore *const tokens;
    ProfileConnector *const connector;  // connects the client to a profile's server
    ServerSession *const server;        // the CapabilityStatement, read once per server
    GroupsBrowser *const groups;        // Group search and reads for the Groups pane
    TokenHealthCheck *const health;     // the token check
    TokenClient *const tokenClient;     // Get token…
    TokenRenewal *const renewal;        // a new token before the current one runs out
    Recorder *const recorder;           // every hop: the log first, then the history
    HistoryStore *const history;        // every call, kept across runs (when it could be opened)
    HistoryWriter *const historyWriter; // writes each recorded call, off the GUI thread
    TokenSession *const token;          // the current profile's token
    ExportJournal journal;              // unfinished exports, to resume
    Jobs *const jobs;                   // the exports started or resumed here: they outlive windows

    // Connects the client to `profile` (ProfileConnector::connectTo) and makes it current: the
    // token session loads its token.
    ConnectResult connectTo(const ServerProfile &profile);
    ServerProfile profile() const { return m_profile; }
    // The base URL the client sends to: the profile's, or the Sandbox's port in this run.
    QUrl baseUrl() const;

    // Builds the request the draft describes on the current server, authorises it as the
    // draft's variant says (a token the Sandbox mints for "expired" / "other-environment") and
    // sends it. Null with `problem` set when it cannot be sent (nothing was sent then).
    SentCall *send(const RequestDraft &draft, QString *problem);

    // A new export job on the current server, its files under `outputRoot`, journalled for
    // `profileId`. Not yet listed in `jobs`: the front end adds it once it starts (a window closed
    // before Start deletes it, as its parent).
    ExportJob *newExport(const QString &outputRoot, const QString &profileId,
                         QObject *parent = nullptr);
    // Why the journalled export `entry` of `profileId` cannot be resumed here (a Sandbox job from
    // before a restart is gone), or empty.
    QString goneReason(const ExportJournal::Entry &entry, const QString &profileId) const;

    // Opens the call history at `path`, applies the retention preference, and keeps today's
    // newest calls (500 at most, 32 MiB of bodies at most) for the log (restoredCalls()); call
    // numbers go on after the last stored one; the writer starts on it.
    // False: the history could not be opened (history->problem() says why) and calls are
    // kept in memory only.
    bool openHistory(const QString &path);
    // Today's calls read from the history by openHistory(), oldest first.
    QList<CallRecord> restoredCalls() const { return m_restored; }

    // The history's problem (empty: it is written) and the largest body it keeps.
    QString historyProblem() const;
    void setHistoryBodyLimit(qint64 bytes);

    // What the front end sets on every call: the format asked for, the timeout.
    void setFormat(const FormatOptions &format);
    void setTimeoutMs(int ms);
    // The current profile trusts what it says again (a certificate pinned just now).
    QString trustAsProfile(const ServerProfile &profile);
    // The Authorization value a recorded call carried, while its token is the current one (to
    // copy a curl command unredacted on explicit request); empty otherwise.
    QByteArray authorizationFor(const CallRecord &record) const;

    // The keychain: a profile's proxy password, a removed profile's secrets, and its state.
    void saveProxyPassword(const QString &profileId, const QString &password);
    void forgetSecrets(const QString &profileId);
    bool keychainSessionOnly() const;
    QString keychainSessionOnlyReason() const;
    QString keychainWriteProblem() const; // empty: writes work
    static QString keychainName();

Q_SIGNALS:
    // The keychain's state changed (session only, or a write problem appeared or went).
    void keychainChanged();
    // A write to the keychain failed: the secret is kept for this session only.
    void keychainWriteFailed(const QString &problem);
    // A call is in the history database now (written and committed by historyWriter).
    void callStored(quint64 callId);
    // The history could not be opened or written, or works again (historyProblem()).
    void historyProblemChanged();

private:
    // The draft's Authorization variant on `request`; false (with `problem`) when it cannot be
    // made here.
    bool authorise(ApiRequest &request, const QString &variant, QString *problem) const;

    ServerProfile m_profile;
    QList<CallRecord> m_restored;
};
