#include "ProfileConnection.h"

#include <QEventLoop>

QString ProfileConnection::connect(const ServerProfile &wanted, const ConnectOptions &options,
                                   QString *warning)
{
    if (connector.connectTo(wanted, options).waitsForProxyPassword) {
        // A command has no window to keep responsive: it waits here for the keychain's answer
        // (ready() always follows a connection that waits for it).
        QEventLoop loop;
        QObject::connect(&connector, &ProfileConnector::ready, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const ConnectResult &connected = connector.current();
    if (warning)
        *warning = connected.proxyProblem;
    for (const QString &problem : {connected.sandboxProblem, connected.trustProblem}) {
        if (!problem.isEmpty())
            return problem;
    }
    profile = connected.profile;
    return {};
}
