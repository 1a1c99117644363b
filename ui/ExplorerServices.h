#pragma once

#include "app/net/ExportJournal.h"

#include <QObject>

class CallLogModel;
class FhirClient;
class GroupsBrowser;
class HistoryStore;
class HistoryWriter;
class ProfileConnector;
class ProfileStore;
class SandboxHost;
class ServerSession;
class TokenClient;
class TokenHealthCheck;
class TokenRenewal;
class TokenStore;

// The core objects one explorer window shows and drives, built once by main() (or a test) from
// the five it is given, so that no widget builds a service. Every finished call goes to the log
// here (and to the history, written on a thread of its own). Nothing in it is a widget.
class ExplorerServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerServices)
public:
    ExplorerServices(FhirClient *client, CallLogModel *log, SandboxHost *sandbox,
                     ProfileStore *profiles, TokenStore *tokens, QObject *parent = nullptr);
    ~ExplorerServices() override;

    FhirClient *const client;
    CallLogModel *const log;
    SandboxHost *const sandbox;
    ProfileStore *const profiles;
    TokenStore *const tokens;
    ProfileConnector *const connector;  // connects the client to a profile's server
    ServerSession *const server;        // the CapabilityStatement, read once per server
    GroupsBrowser *const groups;        // Group search and reads for the Groups pane
    TokenHealthCheck *const health;     // the token check
    TokenClient *const tokenClient;     // Get token…
    TokenRenewal *const renewal;        // a new token before the current one runs out
    ExportJournal journal;              // unfinished exports, to resume
    HistoryStore *const history;        // every call, kept across runs (when it could be opened)
    HistoryWriter *const historyWriter; // writes each finished call into it, off the GUI thread

    // Opens the call history at `path`, applies the retention preference, and puts today's
    // newest calls back in the log (500 at most, 32 MiB of bodies at most); call numbers go on
    // after the last stored one; the writer starts on it.
    // False: the history could not be opened (history->problem() says why) and calls are
    // kept in memory only.
    bool openHistory(const QString &path);

Q_SIGNALS:
    // A call is in the history database now (written and committed by historyWriter).
    void callStored(quint64 callId);
};
