#pragma once

#include "app/sandbox/SandboxClock.h"
#include "app/sandbox/SandboxData.h"
#include "app/sandbox/SandboxGateway.h"
#include "app/sandbox/SandboxScenario.h"

#include <QString>
#include <QUrl>

// What the Sandbox's routes (gateway, FHIR reads, exports, tokens) share: the data served, the
// scenario switches, the clock and the server's own URLs. Owned by SandboxServer; each route
// class holds a reference to it.
struct SandboxState
{
    SandboxState(quint32 seed, int scale) : data(seed, scale), scale(qMax(1, scale)) { setPort(0); }
    // The URLs of a server on 127.0.0.1:`port` (0 until it listens).
    void setPort(quint16 port)
    {
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(port);
        baseUrl = QUrl(origin + QLatin1String(SandboxGateway::kBasePath));
        tokenUrl = QUrl(origin + QLatin1String(SandboxGateway::kTokenPath));
    }

    SandboxData data;
    SandboxScenario scenario;
    SandboxClock clock;
    int scale = 1;
    QUrl baseUrl;  // http://127.0.0.1:<port>/uscore/v1/bulk-data
    QUrl tokenUrl; // http://127.0.0.1:<port>/oauth/token
};
