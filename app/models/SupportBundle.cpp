#include "SupportBundle.h"

#include "app/calls/Redaction.h"
#include "app/history/Har.h"
#include "app/models/RecordFormatter.h"
#include "app/support/BuildInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QtGlobal>

namespace SupportBundle {

namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"))
                       : QStringLiteral("(unknown time)");
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
                 .arg(calls.size());
    for (const Picture &p : c.pictures)
        lines << QStringLiteral("Picture: %1 (%2, PNG in the HAR's log._pictures)")
                     .arg(p.about, p.name);
    lines << QString();
    for (const CallRecord &r : calls)
        lines << RecordFormatter::supportText(r) << QString();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray write(const QList<CallRecord> &calls, const Context &context)
{
    Har::Options options;
    options.creatorVersion = context.appVersion;
    options.comment = summary(calls, context);
    QByteArray har = Har::write(calls, options);
    if (!context.pictures.isEmpty()) {
        QJsonObject doc = QJsonDocument::fromJson(har).object();
        QJsonObject log = doc.value(QLatin1String("log")).toObject();
        QJsonArray pictures;
        for (const Picture &p : context.pictures)
            pictures.append(
                QJsonObject{{QStringLiteral("name"), p.name},
                            {QStringLiteral("comment"), p.about},
                            {QStringLiteral("mimeType"), QStringLiteral("image/png")},
                            {QStringLiteral("encoding"), QStringLiteral("base64")},
                            {QStringLiteral("text"), QString::fromLatin1(p.png.toBase64())}});
        log.insert(QStringLiteral("_pictures"), pictures);
        doc.insert(QStringLiteral("log"), log);
        har = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    }
    // The last line of defence: the token never leaves in clear, whatever a record held.
    if (!context.token.isEmpty())
        Redaction::secretIn(har, context.token);
    return har;
}

} // namespace SupportBundle
