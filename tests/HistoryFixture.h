#pragma once

// What the history suites share: a sample call with every field set, a record's canonical JSON,
// and another program's trigger that refuses the second INSERT of a call.
#include "app/history/Har.h"
#include "app/history/HistoryStore.h"
#include "app/history/HistoryWriter.h"
#include "app/history/RecordJson.h"
#include "app/models/CallLogFilterModel.h"
#include "app/models/CallLogModel.h"
#include "app/models/HistoryModel.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace HistoryFixture {

inline CallRecord sample(quint64 id, int status, const QString &profile, const QString &host)
{
    CallRecord r;
    r.id = id;
    r.purpose = QStringLiteral("Read Group");
    r.started = QDateTime::currentDateTimeUtc().addSecs(-qint64(100 - id));
    r.elapsedMs = 12;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://%1/fhir/Group/%2?_count=2&x=a%20b").arg(host).arg(id));
    r.requestHeaders = {{"Accept", "application/fhir+json"},
                        {"Authorization", "Bearer <redacted: 40 chars, sha256 0123abcd>"},
                        {"X-Request-ID", "req-" + QByteArray::number(id)}};
    r.status = status;
    r.reasonPhrase = status == 200 ? "OK" : "Forbidden";
    r.responseHeaders = {{"Content-Type", "application/json"},
                         {"X-Request-ID", "req-" + QByteArray::number(id)},
                         {"x-amzn-RequestId", "amzn-" + QByteArray::number(id)}};
    r.body = status == 200
                 ? QByteArray("{\"resourceType\":\"Group\",\"id\":\"1\",\"name\":\"Grüße\"}")
                 : QByteArray("{\"Message\":\"User is not authorized\"}");
    r.bodySize = r.body.size();
    r.requestIdSent = "req-" + QByteArray::number(id);
    r.requestIdReceived = r.requestIdSent;
    r.authorizationMode = QStringLiteral("bearer");
    r.tokenFingerprint = QStringLiteral("0123abcd");
    r.tokenLength = 40;
    r.auth.presence = AuthEvidence::Presence::Present;
    r.auth.scheme = "Bearer";
    r.auth.kind = AuthEvidence::TokenKind::Jwt;
    r.auth.tokenLength = 40;
    r.auth.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    r.auth.audience = {QStringLiteral("https://%1/fhir").arg(host)};
    r.profile = profile;
    r.diagnosis.code =
        status == 200 ? QStringLiteral("ok") : QStringLiteral("gateway.access-denied");
    r.diagnosis.severity = status == 200 ? Diagnosis::Severity::Ok : Diagnosis::Severity::Error;
    r.diagnosis.summary = QStringLiteral("summary %1").arg(id);
    r.diagnosis.detail = QStringLiteral("detail");
    if (status != 200)
        r.diagnosis.causes = {
            {QStringLiteral("token.expired"), QStringLiteral("s"), QStringLiteral("e")}};
    return r;
}

inline QByteArray canonical(const CallRecord &r)
{
    return QJsonDocument(RecordJson::toJson(r, -1)).toJson(QJsonDocument::Compact);
}

// Another program's trigger on the file: every insert into `records` is refused, so a
// call's second INSERT fails after its first succeeded.
inline bool refuseRecords(const QString &path)
{
    bool made = false;
    {
        auto other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
        other.setDatabaseName(path);
        made = other.open() &&
               QSqlQuery(other).exec(QStringLiteral(
                   "CREATE TRIGGER refuse_records BEFORE INSERT ON records BEGIN SELECT "
                   "RAISE(ABORT, 'records refused'); END"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
    return made;
}

} // namespace HistoryFixture
