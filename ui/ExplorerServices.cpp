#include "ExplorerServices.h"

#include "app/auth/TokenClient.h"
#include "app/auth/TokenRenewal.h"
#include "app/models/CallLogModel.h"
#include "app/net/FhirClient.h"
#include "app/net/GroupsBrowser.h"
#include "app/net/ServerSession.h"
#include "app/net/TokenHealthCheck.h"

ExplorerServices::ExplorerServices(FhirClient *client_, CallLogModel *log_, SandboxHost *sandbox_,
                                   ProfileStore *profiles_, TokenStore *tokens_, QObject *parent)
    : QObject(parent), client(client_), log(log_), sandbox(sandbox_), profiles(profiles_),
      tokens(tokens_), server(new ServerSession(client_, this)),
      groups(new GroupsBrowser(client_, this)), health(new TokenHealthCheck(client_, this)),
      tokenClient(new TokenClient(client_, this)), renewal(new TokenRenewal(client_, this))
{
    connect(client, &FhirClient::callFinished, log, &CallLogModel::append);
}

ExplorerServices::~ExplorerServices() = default;
