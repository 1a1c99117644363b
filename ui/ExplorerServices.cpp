#include "ExplorerServices.h"

#include "app/auth/TokenClient.h"
#include "app/auth/TokenRenewal.h"
#include "app/history/HistoryStore.h"
#include "app/history/HistoryWriter.h"
#include "app/models/CallLogModel.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/session/GroupsBrowser.h"
#include "app/session/ProfileConnector.h"
#include "app/session/ServerSession.h"
#include "app/session/TokenHealthCheck.h"
#include "app/support/AppSettings.h"

#include <QCoreApplication>

ExplorerServices::ExplorerServices(FhirClient *client_, CallLogModel *log_, SandboxHost *sandbox_,
                                   ProfileStore *profiles_, TokenStore *tokens_, QObject *parent)
    : QObject(parent), client(client_), log(log_), sandbox(sandbox_), profiles(profiles_),
      tokens(tokens_), connector(new ProfileConnector(client_, profiles_, sandbox_, tokens_, this)),
      server(new ServerSession(client_, this)), groups(new GroupsBrowser(client_, this)),
      health(new TokenHealthCheck(client_, this)), tokenClient(new TokenClient(client_, this)),
      renewal(new TokenRenewal(client_, this)), history(new HistoryStore(this)),
      historyWriter(new HistoryWriter(history, this))
{
    connect(client, &FhirClient::callFinished, log, &CallLogModel::append);
    // Queued to the writer's thread; on failure the store says why and stops: the log keeps
    // the calls.
    connect(client, &FhirClient::callFinished, historyWriter, &HistoryWriter::append);
    connect(historyWriter, &HistoryWriter::written, this, &ExplorerServices::callStored);
}

bool ExplorerServices::openHistory(const QString &path)
{
    historyWriter->close();
    if (!history->open(path, QCoreApplication::applicationVersion()))
        return false;
    history->setBodyLimit(qint64(AppSettings::historyBodyLimitKiB()) * 1024);
    history->prune(AppSettings::historyKeepDays(),
                   qint64(AppSettings::historyMaxMiB()) * 1024 * 1024);
    ApiCall::continueIdsAfter(history->lastCallId());
    // Today's newest calls, read before the window shows: bounded in number and in body bytes
    // (a day of large answers must not slow the start), the rest a click away in View → History.
    HistoryStore::Filter today;
    today.since = QDateTime(QDate::currentDate(), QTime(0, 0));
    const QList<CallRecord> recent = history->records(today, 500);
    qint64 bytes = 0;
    qsizetype first = recent.size();
    while (first > 0 && bytes + recent.at(first - 1).body.size() <= 32 * 1024 * 1024)
        bytes += recent.at(--first).body.size();
    for (qsizetype i = first; i < recent.size(); ++i)
        log->append(recent.at(i));
    historyWriter->start();
    return true;
}

ExplorerServices::~ExplorerServices()
{
    historyWriter->close(); // what is queued is written before the thread ends
}
