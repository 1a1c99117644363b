#include "SupportBundle.h"

#include "app/calls/Redaction.h"
#include "app/history/Har.h"
#include "app/support/BuildInfo.h"

#include <QSysInfo>
#include <QtGlobal>

namespace SupportBundle {

namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"))
                       : QStringLiteral("(unknown time)");
}

QString fate(CallRecord::RequestIdFate f)
{
    switch (f) {
    case CallRecord::RequestIdFate::Adopted:
        return QStringLiteral("returned as X-Request-ID");
    case CallRecord::RequestIdFate::ReturnedAsCorrelation:
        return QStringLiteral("returned as X-Correlation-Id");
    case CallRecord::RequestIdFate::Replaced:
        return QStringLiteral("replaced by the server");
    case CallRecord::RequestIdFate::Unknown:
        break;
    }
    return QStringLiteral("not returned");
}

} // namespace

QString summary(const QList<CallRecord> &calls, const Context &c)
{
    QStringList lines;
    lines << QStringLiteral("FHIR Bulk Explorer support bundle")
          << QStringLiteral("Created: %1").arg(utc(c.created))
          << QStringLiteral("App: %1 · %2").arg(BuildInfo::summary(), QSysInfo::prettyProductName())
          << QStringLiteral("Server: %1 (%2)").arg(c.profileName, c.baseUrl)
          << (c.token.isEmpty()
                  ? QStringLiteral("Token: none")
                  : QStringLiteral("Token: %1 chars, sha256 %2 (the token itself is not included)")
                        .arg(c.token.size())
                        .arg(Redaction::fingerprint(c.token)))
          << QStringLiteral("Calls: %1 (all times UTC; headers and bodies in the HAR entries, "
                            "the Authorization header replaced by its length and fingerprint)")
                 .arg(calls.size())
          << QString();
    for (const CallRecord &r : calls) {
        lines << QStringLiteral("#%1  %2  %3 %4")
                     .arg(r.id)
                     .arg(utc(r.started), QString::fromLatin1(r.method), r.url.toString());
        const QString status = r.status
                                   ? QStringLiteral("HTTP %1 %2")
                                         .arg(*r.status)
                                         .arg(QString::fromLatin1(r.reasonPhrase))
                                         .trimmed()
                                   : QStringLiteral("no answer (%1)").arg(r.transportErrorCode);
        lines << QStringLiteral("    %1, %2 ms: %3 - %4")
                     .arg(status)
                     .arg(r.elapsedMs)
                     .arg(r.diagnosis.code, r.diagnosis.summary);
        if (!r.diagnosis.causes.isEmpty()) {
            const Cause &first = r.diagnosis.causes.constFirst();
            lines << QStringLiteral("    first cause: %1 - %2").arg(first.code, first.summary);
        }
        QStringList ids;
        if (!r.requestIdSent.isEmpty())
            ids << QStringLiteral("X-Request-ID sent %1 (%2)")
                       .arg(QString::fromLatin1(r.requestIdSent), fate(r.requestIdFate()));
        if (!r.requestIdReceived.isEmpty() && r.requestIdReceived != r.requestIdSent)
            ids << QStringLiteral("X-Request-ID %1").arg(QString::fromLatin1(r.requestIdReceived));
        if (!r.correlationIdReceived.isEmpty())
            ids << QStringLiteral("X-Correlation-Id %1")
                       .arg(QString::fromLatin1(r.correlationIdReceived));
        const QByteArray amzn = r.responseHeader("x-amzn-RequestId");
        if (!amzn.isEmpty())
            ids << QStringLiteral("x-amzn-RequestId %1").arg(QString::fromLatin1(amzn));
        if (!ids.isEmpty())
            lines << QStringLiteral("    ") + ids.join(QStringLiteral("; "));
        if (!r.tokenFingerprint.isEmpty())
            lines << QStringLiteral("    Authorization sent: %1%2 chars, sha256 %3")
                         .arg(r.auth.scheme.isEmpty()
                                  ? QString()
                                  : QString::fromLatin1(r.auth.scheme) + QStringLiteral(" + "))
                         .arg(r.tokenLength)
                         .arg(r.tokenFingerprint);
        lines << QString();
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray write(const QList<CallRecord> &calls, const Context &context)
{
    Har::Options options;
    options.creatorVersion = context.appVersion;
    options.comment = summary(calls, context);
    QByteArray har = Har::write(calls, options);
    // The last line of defence: the token never leaves in clear, whatever a record held.
    if (!context.token.isEmpty())
        Redaction::secretIn(har, context.token);
    return har;
}

} // namespace SupportBundle
