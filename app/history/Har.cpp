#include "Har.h"

#include "app/calls/CallNote.h"
#include "app/calls/Diagnoser.h"
#include "app/calls/Redaction.h"
#include "app/history/RecordJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <algorithm>

namespace Har {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Har", text);
}

QString fateKey(CallRecord::RequestIdFate fate)
{
    switch (fate) {
    case CallRecord::RequestIdFate::Adopted:
        return QStringLiteral("adopted");
    case CallRecord::RequestIdFate::ReturnedAsCorrelation:
        return QStringLiteral("returned-as-correlation-id");
    case CallRecord::RequestIdFate::Replaced:
        return QStringLiteral("replaced");
    case CallRecord::RequestIdFate::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QByteArray header(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// HAR content/postData: text when it is UTF-8, else base64 with `encoding`.
void putBody(QJsonObject *o, const QByteArray &bytes)
{
    const QJsonObject b = RecordJson::bytesToJson(bytes);
    if (b.contains(QLatin1String("base64"))) {
        o->insert(QStringLiteral("text"), b.value(QLatin1String("base64")));
        o->insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    } else {
        o->insert(QStringLiteral("text"), b.value(QLatin1String("text")));
    }
}

QByteArray takeBody(const QJsonObject &o)
{
    const QString text = o.value(QLatin1String("text")).toString();
    if (o.value(QLatin1String("encoding")).toString() == QLatin1String("base64") ||
        o.value(QLatin1String("_encoding")).toString() == QLatin1String("base64"))
        return QByteArray::fromBase64(text.toLatin1());
    return text.toUtf8();
}

// Why the text is not the body as received, if it is not: a quoted token replaced by its
// fingerprint (shorter, but whole), a body cut at the limit, or both.
QString bodyComment(const CallRecord &r, const QByteArray &kept)
{
    const qint64 held = r.bodyFile.isEmpty() ? r.body.size() : r.wholeBody().size();
    const bool cut = kept.size() < held || (!r.bodyRedacted && kept.size() < r.bodySize);
    if (r.bodyRedacted && cut)
        return tr("The first %1 bytes, with the token in it replaced by its "
                  "fingerprint; the server sent %2 bytes, the rest was not kept.")
            .arg(kept.size())
            .arg(r.bodySize);
    if (r.bodyRedacted)
        return tr("The whole answer, with the token in it replaced by its fingerprint "
                  "(the server sent %1 bytes).")
            .arg(r.bodySize);
    if (cut)
        return tr("The first %1 of %2 bytes; the rest was not kept.")
            .arg(kept.size())
            .arg(r.bodySize);
    return {};
}

QJsonObject entry(const CallRecord &r, const Options &options)
{
    const QByteArray body = RecordJson::keptBody(r, options.bodyLimit);
    const qint64 time = qMax<qint64>(0, r.elapsedMs);
    // Waiting for the answer's headers, then receiving the body, where the first byte is known.
    const qint64 wait = r.firstByteMs >= 0 ? qMin(r.firstByteMs, time) : time;

    QJsonArray query;
    for (const auto &item : QUrlQuery(r.url).queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{QStringLiteral("name"), item.first},
                                 {QStringLiteral("value"), item.second}});
    QJsonObject request{
        {QStringLiteral("method"), QString::fromLatin1(r.method)},
        {QStringLiteral("url"), r.url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), RecordJson::headersToJson(r.requestHeaders)},
        {QStringLiteral("queryString"), query},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), double(r.requestBody.size())},
    };
    if (!r.requestBody.isEmpty()) {
        QJsonObject post{{QStringLiteral("mimeType"),
                          QString::fromLatin1(header(r.requestHeaders, "Content-Type"))}};
        putBody(&post, r.requestBody);
        if (post.contains(QLatin1String("encoding"))) // postData has no `encoding` in HAR 1.2
            post.insert(QStringLiteral("_encoding"), post.take(QLatin1String("encoding")));
        request.insert(QStringLiteral("postData"), post);
    }

    QString mime = r.contentType();
    if (mime.isEmpty())
        mime = QStringLiteral("x-unknown");
    QJsonObject content{{QStringLiteral("size"), double(qMax<qint64>(r.bodySize, body.size()))},
                        {QStringLiteral("mimeType"), mime}};
    if (!body.isEmpty())
        putBody(&content, body);
    if (const QString comment = bodyComment(r, body); !comment.isEmpty())
        content.insert(QStringLiteral("comment"), comment);
    QByteArray location = header(r.responseHeaders, "Location");
    if (location.isEmpty())
        location = r.redirectTo.toEncoded();
    QJsonObject response{
        {QStringLiteral("status"), r.status.value_or(0)},
        {QStringLiteral("statusText"), QString::fromLatin1(r.reasonPhrase)},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), RecordJson::headersToJson(r.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), QString::fromUtf8(location)},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), r.status ? double(r.bodySize) : -1.0},
    };

    QJsonArray causes;
    for (const Cause &c : r.diagnosis.causes)
        causes.append(c.code);
    // The whole record for a reader that is this explorer; its bodies are the HAR's own.
    QJsonObject fbx = RecordJson::toJson(r, 0);
    fbx.remove(QStringLiteral("body"));
    fbx.remove(QStringLiteral("requestBody"));
    fbx.insert(QStringLiteral("bodySize"), double(r.bodySize));
    QJsonObject e{
        {QStringLiteral("startedDateTime"),
         (r.started.isValid() ? r.started : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))
             .toUTC()
             .toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), double(time)},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("blocked"), -1},
                                                {QStringLiteral("dns"), -1},
                                                {QStringLiteral("connect"), -1},
                                                {QStringLiteral("ssl"), -1},
                                                {QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), double(wait)},
                                                {QStringLiteral("receive"), double(time - wait)}}},
        {QStringLiteral("_diagnosis"), r.diagnosis.code},
        {QStringLiteral("_diagnosisSummary"), r.diagnosis.summary},
        {QStringLiteral("_causes"), causes},
        {QStringLiteral("_requestIdFate"), fateKey(r.requestIdFate())},
        {QStringLiteral("_fbx"), fbx},
    };
    // The analyst's note is the entry's comment, as HAR viewers show it.
    if (!r.note.isEmpty())
        e.insert(QStringLiteral("comment"), r.note);
    if (r.outcome) {
        QJsonArray issues;
        for (const OutcomeIssue &i : r.outcome->issues)
            issues.append(QJsonObject{{QStringLiteral("severity"), i.severity},
                                      {QStringLiteral("code"), i.code},
                                      {QStringLiteral("diagnostics"), i.diagnostics}});
        e.insert(QStringLiteral("_operationOutcome"), issues);
    }
    if (!r.transportErrorCode.isEmpty())
        e.insert(QStringLiteral("_error"), r.transportError);
    return e;
}

// A header value from elsewhere that may be a secret in clear: redacted as the explorer records
// it. Values it wrote itself ("<redacted: …>") stay as they are.
bool redactHeader(QPair<QByteArray, QByteArray> &h)
{
    if (!Redaction::isSecretHeader(h.first) || h.second.contains("<redacted"))
        return false;
    if (h.second.isEmpty())
        return false;
    h.second = Redaction::authorizationValue(h.second);
    return true;
}

CallRecord foreignRecord(const QJsonObject &e, int *redacted)
{
    CallRecord r;
    const QJsonObject request = e.value(QLatin1String("request")).toObject();
    const QJsonObject response = e.value(QLatin1String("response")).toObject();
    r.purpose = tr("Imported from a HAR");
    r.note = CallNote::clean(e.value(QLatin1String("comment")).toString());
    r.started = QDateTime::fromString(e.value(QLatin1String("startedDateTime")).toString(),
                                      Qt::ISODateWithMs)
                    .toUTC();
    r.elapsedMs = qint64(e.value(QLatin1String("time")).toDouble(-1));
    // The first byte: every phase up to the end of the wait (a phase not measured is -1).
    const QJsonObject timings = e.value(QLatin1String("timings")).toObject();
    if (timings.value(QLatin1String("wait")).toDouble(-1) >= 0) {
        double upToFirstByte = 0;
        for (const char *phase : {"blocked", "dns", "connect", "send", "wait"})
            upToFirstByte += qMax(0.0, timings.value(QLatin1String(phase)).toDouble(-1));
        r.firstByteMs = qint64(upToFirstByte);
    }
    r.method = request.value(QLatin1String("method")).toString().toLatin1();
    r.url = QUrl(request.value(QLatin1String("url")).toString());
    for (const QJsonValue &v : request.value(QLatin1String("headers")).toArray()) {
        const QJsonObject h = v.toObject();
        const QByteArray name = h.value(QLatin1String("name")).toString().toLatin1();
        if (name.startsWith(':'))
            continue; // HTTP/2 pseudo-headers
        r.requestHeaders.append({name, h.value(QLatin1String("value")).toString().toUtf8()});
    }
    // The Authorization header's shape and fingerprint, read before its value is redacted.
    const bool hasAuth =
        std::any_of(r.requestHeaders.cbegin(), r.requestHeaders.cend(), [](const auto &h) {
            return h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
        });
    const QByteArray authValue = header(r.requestHeaders, "Authorization");
    r.auth = AuthEvidence::read(hasAuth ? &authValue : nullptr,
                                hasAuth ? AuthMode::Bearer : AuthMode::None, r.url);
    r.authorizationMode =
        hasAuth ? (authValue.isEmpty() ? QStringLiteral("empty") : QStringLiteral("bearer"))
                : QStringLiteral("none");
    const QByteArray token = AuthEvidence::tokenOf(authValue);
    if (!token.isEmpty() && !authValue.contains("<redacted")) {
        r.tokenFingerprint = Redaction::fingerprint(token);
        r.tokenLength = int(token.size());
    }
    for (auto &h : r.requestHeaders)
        *redacted += redactHeader(h) ? 1 : 0;
    const QJsonObject post = request.value(QLatin1String("postData")).toObject();
    r.requestBody = takeBody(post);
    if (post.value(QLatin1String("mimeType"))
            .toString()
            .startsWith(QLatin1String("application/x-www-form-urlencoded")))
        r.requestBody = Redaction::formBody(r.requestBody);
    r.requestIdSent = header(r.requestHeaders, "X-Request-ID");

    const int status = response.value(QLatin1String("status")).toInt();
    if (status > 0)
        r.status = status;
    r.reasonPhrase = response.value(QLatin1String("statusText")).toString().toLatin1();
    for (const QJsonValue &v : response.value(QLatin1String("headers")).toArray()) {
        const QJsonObject h = v.toObject();
        QPair<QByteArray, QByteArray> pair{h.value(QLatin1String("name")).toString().toLatin1(),
                                           h.value(QLatin1String("value")).toString().toUtf8()};
        *redacted += redactHeader(pair) ? 1 : 0;
        r.responseHeaders.append(pair);
    }
    const QJsonObject content = response.value(QLatin1String("content")).toObject();
    bool changed = false;
    r.body = Redaction::jsonSecrets(takeBody(content), &changed);
    r.bodyRedacted = changed;
    r.bodySize =
        qMax<qint64>(qint64(content.value(QLatin1String("size")).toDouble()), r.body.size());
    r.requestIdReceived = header(r.responseHeaders, "X-Request-ID");
    r.correlationIdReceived = header(r.responseHeaders, "X-Correlation-Id");
    if (!r.status) {
        r.transportErrorCode = QStringLiteral("transport.error");
        r.transportError = e.value(QLatin1String("_error")).toString();
    }
    return r;
}

} // namespace

QByteArray write(const QList<CallRecord> &records, const Options &options)
{
    QJsonArray entries;
    for (const CallRecord &r : records)
        entries.append(entry(r, options));
    QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("FHIR Bulk Explorer")},
                     {QStringLiteral("version"), options.creatorVersion}}},
        {QStringLiteral("pages"), QJsonArray()},
        {QStringLiteral("entries"), entries},
    };
    if (!options.comment.isEmpty())
        log.insert(QStringLiteral("comment"), options.comment);
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}

std::optional<ReadResult> read(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("Not a HAR file: it is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject log = doc.object().value(QLatin1String("log")).toObject();
    if (log.isEmpty() || !log.value(QLatin1String("entries")).isArray()) {
        *error = tr("Not a HAR file: there is no log with entries in it.");
        return std::nullopt;
    }
    ReadResult result;
    result.comment = log.value(QLatin1String("comment")).toString();
    for (const QJsonValue &v : log.value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        if (!e.value(QLatin1String("request")).isObject()) {
            *error = tr("Not a HAR file: an entry has no request.");
            return std::nullopt;
        }
        CallRecord r;
        const QJsonObject fbx = e.value(QLatin1String("_fbx")).toObject();
        if (!fbx.isEmpty()) {
            // Written by this explorer: the record as it was, bodies from the HAR itself, and
            // any secret header still in clear (an edited file) redacted all the same.
            r = RecordJson::fromJson(fbx);
            // The note is the entry's comment (edited in another tool, it is taken as it is
            // now). A HAR written before notes existed said "#id purpose" there: not a note.
            if (fbx.contains(QLatin1String("note")))
                r.note = CallNote::clean(e.value(QLatin1String("comment")).toString());
            const QJsonObject request = e.value(QLatin1String("request")).toObject();
            const QJsonObject response = e.value(QLatin1String("response")).toObject();
            r.requestBody = takeBody(request.value(QLatin1String("postData")).toObject());
            bool changed = false;
            r.body = Redaction::jsonSecrets(
                takeBody(response.value(QLatin1String("content")).toObject()), &changed);
            r.bodyRedacted = r.bodyRedacted || changed;
            for (auto &h : r.requestHeaders)
                result.redactedHeaders += redactHeader(h) ? 1 : 0;
            for (auto &h : r.responseHeaders)
                result.redactedHeaders += redactHeader(h) ? 1 : 0;
            if (r.status) {
                r.gatewayError = GatewayError::recognise(r.responseHeaders, r.body);
                r.outcome = r.gatewayError ? std::nullopt : OperationOutcome::parse(r.body);
            }
        } else {
            r = foreignRecord(e, &result.redactedHeaders);
            if (r.status) {
                r.gatewayError = GatewayError::recognise(r.responseHeaders, r.body);
                if (!r.gatewayError)
                    r.outcome = OperationOutcome::parse(r.body);
            }
            r.diagnosis = Diagnoser::diagnose(r);
        }
        result.records << r;
    }
    return result;
}

} // namespace Har
