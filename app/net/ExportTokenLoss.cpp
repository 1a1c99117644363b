#include "ExportTokenLoss_p.h"

#include "app/net/ExportSession.h"
#include "app/net/FhirClient.h"

#include <QDateTime>

bool ExportTokenLoss::refused(const FhirClient *client, const CallRecord &r)
{
    const bool refused =
        r.status &&
        (*r.status == 401 ||
         (r.gatewayError && r.diagnosis.code == QLatin1String("gateway.access-denied")));
    if (!refused || r.tokenFingerprint.isEmpty())
        return false; // no token was sent: not about the token
    const QDateTime exp = client->tokenExpiresAt();
    return !exp.isValid() || exp <= QDateTime::currentDateTimeUtc().addSecs(30) ||
           client->authorizationFor(r).isEmpty();
}

QString ExportTokenLoss::cause(const FhirClient *client, const CallRecord &r)
{
    const QString what = QStringLiteral("HTTP %1, %2").arg(r.status.value_or(0)).arg(r.purpose);
    const QDateTime exp = client->tokenExpiresAt();
    if (exp.isValid() && exp <= QDateTime::currentDateTimeUtc().addSecs(30))
        return ExportSession::tr("The token expired at %1 (%2).")
            .arg(exp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), what);
    return ExportSession::tr("The server stopped accepting the token (%1): it has probably run "
                             "out (an opaque token's expiry cannot be read).")
        .arg(what);
}
