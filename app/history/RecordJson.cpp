#include "RecordJson.h"

#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>

namespace RecordJson {

namespace {

QString severityKey(Diagnosis::Severity s)
{
    switch (s) {
    case Diagnosis::Severity::Ok:
        return QStringLiteral("ok");
    case Diagnosis::Severity::Info:
        return QStringLiteral("info");
    case Diagnosis::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnosis::Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("ok");
}

Diagnosis::Severity severityFromKey(const QString &k)
{
    if (k == QLatin1String("info"))
        return Diagnosis::Severity::Info;
    if (k == QLatin1String("warning"))
        return Diagnosis::Severity::Warning;
    if (k == QLatin1String("error"))
        return Diagnosis::Severity::Error;
    return Diagnosis::Severity::Ok;
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QString latin1(const QByteArray &b)
{
    return QString::fromLatin1(b);
}

QByteArray latin1(const QJsonValue &v)
{
    return v.toString().toLatin1();
}

QJsonObject authToJson(const AuthEvidence &a)
{
    return {
        {QStringLiteral("presence"), int(a.presence)},
        {QStringLiteral("scheme"), latin1(a.scheme)},
        {QStringLiteral("spacesBefore"), a.spacesBefore},
        {QStringLiteral("spacesAfter"), a.spacesAfter},
        {QStringLiteral("spaceInside"), a.spaceInside},
        {QStringLiteral("repeatedSchemes"), a.repeatedSchemes},
        {QStringLiteral("kind"), int(a.kind)},
        {QStringLiteral("tokenLength"), a.tokenLength},
        {QStringLiteral("expiresAt"), dateText(a.expiresAt)},
        {QStringLiteral("notBefore"), dateText(a.notBefore)},
        {QStringLiteral("audience"), QJsonArray::fromStringList(a.audience)},
        {QStringLiteral("issuer"), a.issuer},
        {QStringLiteral("lintCodes"), QJsonArray::fromStringList(a.lintCodes)},
        {QStringLiteral("deliberatelyGarbled"), a.deliberatelyGarbled},
        {QStringLiteral("deliberatelyEmpty"), a.deliberatelyEmpty},
        {QStringLiteral("withheld"), a.withheld},
        {QStringLiteral("otherEnvironment"), a.otherEnvironment},
    };
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

AuthEvidence authFromJson(const QJsonObject &o)
{
    AuthEvidence a;
    a.presence = AuthEvidence::Presence(qBound(0, o.value(QLatin1String("presence")).toInt(),
                                               int(AuthEvidence::Presence::Present)));
    a.scheme = latin1(o.value(QLatin1String("scheme")));
    a.spacesBefore = o.value(QLatin1String("spacesBefore")).toInt();
    a.spacesAfter = o.value(QLatin1String("spacesAfter")).toInt();
    a.spaceInside = o.value(QLatin1String("spaceInside")).toBool();
    a.repeatedSchemes = o.value(QLatin1String("repeatedSchemes")).toInt();
    a.kind = AuthEvidence::TokenKind(
        qBound(0, o.value(QLatin1String("kind")).toInt(), int(AuthEvidence::TokenKind::Garbled)));
    a.tokenLength = o.value(QLatin1String("tokenLength")).toInt();
    a.expiresAt = dateFrom(o.value(QLatin1String("expiresAt")));
    a.notBefore = dateFrom(o.value(QLatin1String("notBefore")));
    a.audience = strings(o.value(QLatin1String("audience")));
    a.issuer = o.value(QLatin1String("issuer")).toString();
    a.lintCodes = strings(o.value(QLatin1String("lintCodes")));
    a.deliberatelyGarbled = o.value(QLatin1String("deliberatelyGarbled")).toBool();
    a.deliberatelyEmpty = o.value(QLatin1String("deliberatelyEmpty")).toBool();
    a.withheld = o.value(QLatin1String("withheld")).toBool();
    a.otherEnvironment = o.value(QLatin1String("otherEnvironment")).toString();
    return a;
}

QJsonObject diagnosisToJson(const Diagnosis &d)
{
    QJsonArray causes;
    for (const Cause &c : d.causes)
        causes.append(QJsonObject{{QStringLiteral("code"), c.code},
                                  {QStringLiteral("summary"), c.summary},
                                  {QStringLiteral("evidence"), c.evidence}});
    return {{QStringLiteral("code"), d.code},
            {QStringLiteral("severity"), severityKey(d.severity)},
            {QStringLiteral("summary"), d.summary},
            {QStringLiteral("detail"), d.detail},
            {QStringLiteral("causes"), causes}};
}

Diagnosis diagnosisFromJson(const QJsonObject &o)
{
    Diagnosis d;
    d.code = o.value(QLatin1String("code")).toString();
    d.severity = severityFromKey(o.value(QLatin1String("severity")).toString());
    d.summary = o.value(QLatin1String("summary")).toString();
    d.detail = o.value(QLatin1String("detail")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("causes")).toArray()) {
        const QJsonObject c = v.toObject();
        d.causes.append({c.value(QLatin1String("code")).toString(),
                         c.value(QLatin1String("summary")).toString(),
                         c.value(QLatin1String("evidence")).toString()});
    }
    return d;
}

} // namespace

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &h : headers)
        out.append(QJsonObject{{QStringLiteral("name"), latin1(h.first)},
                               {QStringLiteral("value"), QString::fromUtf8(h.second)}});
    return out;
}

HeaderList headersFromJson(const QJsonArray &array)
{
    HeaderList out;
    for (const QJsonValue &v : array) {
        const QJsonObject h = v.toObject();
        out.append(qMakePair(h.value(QLatin1String("name")).toString().toLatin1(),
                             h.value(QLatin1String("value")).toString().toUtf8()));
    }
    return out;
}

QJsonObject bytesToJson(const QByteArray &bytes)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (!decoder.hasError() && !bytes.contains('\0'))
        return {{QStringLiteral("text"), text}};
    return {{QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64())}};
}

QByteArray bytesFromJson(const QJsonObject &o)
{
    if (o.contains(QLatin1String("base64")))
        return QByteArray::fromBase64(o.value(QLatin1String("base64")).toString().toLatin1());
    return o.value(QLatin1String("text")).toString().toUtf8();
}

QByteArray keptBody(const CallRecord &r, qint64 bodyLimit)
{
    QByteArray body = r.body;
    if (!r.bodyFile.isEmpty()) {
        // Only what is kept is read (a download's file may be gigabytes); a file that is gone
        // (renamed once verified) leaves the preview.
        QFile file(r.bodyFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray read = bodyLimit >= 0 ? file.read(bodyLimit + 1) : file.readAll();
            if (file.error() == QFileDevice::NoError)
                body = read;
        }
    }
    if (bodyLimit >= 0 && body.size() > bodyLimit) {
        body.truncate(bodyLimit);
        // Not in the middle of a UTF-8 sequence: the kept part stays text when the body was.
        qsizetype lead = body.size() - 1;
        int continuation = 0;
        while (lead >= 0 && continuation < 3 &&
               (static_cast<unsigned char>(body.at(lead)) & 0xC0) == 0x80) {
            --lead;
            ++continuation;
        }
        if (lead >= 0) {
            const auto c = static_cast<unsigned char>(body.at(lead));
            const int needed = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
            if (c >= 0xC0 && needed != continuation)
                body.truncate(lead);
        }
    }
    return body;
}

QJsonArray chainToJson(const QList<PeerCertificate> &chain)
{
    QJsonArray out;
    for (const PeerCertificate &c : chain)
        out.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                               {QStringLiteral("issuer"), c.issuer},
                               {QStringLiteral("notBefore"), dateText(c.notBefore)},
                               {QStringLiteral("notAfter"), dateText(c.notAfter)},
                               {QStringLiteral("names"), QJsonArray::fromStringList(c.names)},
                               {QStringLiteral("sha256"), c.sha256},
                               {QStringLiteral("selfSigned"), c.selfSigned}});
    return out;
}

QList<PeerCertificate> chainFromJson(const QJsonArray &array)
{
    QList<PeerCertificate> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        PeerCertificate c;
        c.subject = o.value(QLatin1String("subject")).toString();
        c.issuer = o.value(QLatin1String("issuer")).toString();
        c.notBefore = QDateTime::fromString(o.value(QLatin1String("notBefore")).toString(),
                                            Qt::ISODateWithMs);
        c.notAfter =
            QDateTime::fromString(o.value(QLatin1String("notAfter")).toString(), Qt::ISODateWithMs);
        for (const QJsonValue &n : o.value(QLatin1String("names")).toArray())
            c.names << n.toString();
        c.sha256 = o.value(QLatin1String("sha256")).toString();
        c.selfSigned = o.value(QLatin1String("selfSigned")).toBool();
        out << c;
    }
    return out;
}

QJsonObject toJson(const CallRecord &r, qint64 bodyLimit)
{
    const QByteArray body = keptBody(r, bodyLimit);
    QJsonObject o{
        {QStringLiteral("id"), QString::number(r.id)},
        {QStringLiteral("purpose"), r.purpose},
        {QStringLiteral("started"), dateText(r.started)},
        {QStringLiteral("elapsedMs"), double(r.elapsedMs)},
        {QStringLiteral("firstByteMs"), double(r.firstByteMs)},
        {QStringLiteral("method"), latin1(r.method)},
        {QStringLiteral("url"), r.url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("requestHeaders"), headersToJson(r.requestHeaders)},
        {QStringLiteral("requestBody"), bytesToJson(r.requestBody)},
        {QStringLiteral("reasonPhrase"), latin1(r.reasonPhrase)},
        {QStringLiteral("responseHeaders"), headersToJson(r.responseHeaders)},
        {QStringLiteral("body"), bytesToJson(body)},
        {QStringLiteral("bodySize"), double(qMax<qint64>(r.bodySize, body.size()))},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("bodyRedacted"), r.bodyRedacted},
        {QStringLiteral("transportErrorCode"), r.transportErrorCode},
        {QStringLiteral("transportError"), r.transportError},
        {QStringLiteral("peerChain"), chainToJson(r.peerChain)},
        {QStringLiteral("tlsProblems"), QJsonArray::fromStringList(r.tlsProblems)},
        {QStringLiteral("tlsPinned"), r.tlsPinned},
        {QStringLiteral("proxy"), r.proxy},
        {QStringLiteral("proxySetting"), r.proxySetting},
        {QStringLiteral("proxyProblem"), r.proxyProblem},
        {QStringLiteral("diagnosis"), diagnosisToJson(r.diagnosis)},
        {QStringLiteral("requestIdSent"), latin1(r.requestIdSent)},
        {QStringLiteral("requestIdReceived"), latin1(r.requestIdReceived)},
        {QStringLiteral("correlationIdReceived"), latin1(r.correlationIdReceived)},
        {QStringLiteral("authorizationMode"), r.authorizationMode},
        {QStringLiteral("tokenFingerprint"), r.tokenFingerprint},
        {QStringLiteral("tokenLength"), r.tokenLength},
        {QStringLiteral("auth"), authToJson(r.auth)},
        {QStringLiteral("hop"), r.hop},
        {QStringLiteral("redirectTo"), r.redirectTo.toString(QUrl::FullyEncoded)},
        {QStringLiteral("profile"), r.profile},
        {QStringLiteral("note"), r.note},
    };
    if (r.status)
        o.insert(QStringLiteral("status"), *r.status);
    return o;
}

bool bodyTruncated(const QJsonObject &o)
{
    return qint64(o.value(QLatin1String("bodySize")).toDouble()) >
           bytesFromJson(o.value(QLatin1String("body")).toObject()).size();
}

CallRecord fromJson(const QJsonObject &o)
{
    CallRecord r;
    r.id = o.value(QLatin1String("id")).toString().toULongLong();
    r.purpose = o.value(QLatin1String("purpose")).toString();
    r.started = dateFrom(o.value(QLatin1String("started")));
    r.elapsedMs = qint64(o.value(QLatin1String("elapsedMs")).toDouble(-1));
    r.firstByteMs = qint64(o.value(QLatin1String("firstByteMs")).toDouble(-1));
    r.method = latin1(o.value(QLatin1String("method")));
    r.url = QUrl(o.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    r.requestHeaders = headersFromJson(o.value(QLatin1String("requestHeaders")).toArray());
    r.requestBody = bytesFromJson(o.value(QLatin1String("requestBody")).toObject());
    if (o.contains(QLatin1String("status")))
        r.status = o.value(QLatin1String("status")).toInt();
    r.reasonPhrase = latin1(o.value(QLatin1String("reasonPhrase")));
    r.responseHeaders = headersFromJson(o.value(QLatin1String("responseHeaders")).toArray());
    r.body = bytesFromJson(o.value(QLatin1String("body")).toObject());
    r.bodySize = qint64(o.value(QLatin1String("bodySize")).toDouble());
    r.cancelled = o.value(QLatin1String("cancelled")).toBool();
    r.bodyRedacted = o.value(QLatin1String("bodyRedacted")).toBool();
    r.transportErrorCode = o.value(QLatin1String("transportErrorCode")).toString();
    r.transportError = o.value(QLatin1String("transportError")).toString();
    r.peerChain = chainFromJson(o.value(QLatin1String("peerChain")).toArray());
    for (const QJsonValue &v : o.value(QLatin1String("tlsProblems")).toArray())
        r.tlsProblems << v.toString();
    r.tlsPinned = o.value(QLatin1String("tlsPinned")).toBool();
    r.proxy = o.value(QLatin1String("proxy")).toString();
    r.proxySetting = o.value(QLatin1String("proxySetting")).toString();
    r.proxyProblem = o.value(QLatin1String("proxyProblem")).toString();
    r.diagnosis = diagnosisFromJson(o.value(QLatin1String("diagnosis")).toObject());
    r.requestIdSent = latin1(o.value(QLatin1String("requestIdSent")));
    r.requestIdReceived = latin1(o.value(QLatin1String("requestIdReceived")));
    r.correlationIdReceived = latin1(o.value(QLatin1String("correlationIdReceived")));
    r.authorizationMode = o.value(QLatin1String("authorizationMode")).toString();
    r.tokenFingerprint = o.value(QLatin1String("tokenFingerprint")).toString();
    r.tokenLength = o.value(QLatin1String("tokenLength")).toInt();
    r.auth = authFromJson(o.value(QLatin1String("auth")).toObject());
    r.hop = o.value(QLatin1String("hop")).toInt();
    r.redirectTo = QUrl(o.value(QLatin1String("redirectTo")).toString(), QUrl::StrictMode);
    r.profile = o.value(QLatin1String("profile")).toString();
    r.note = o.value(QLatin1String("note")).toString();
    // What is derived from the body is derived again (as the call did).
    if (r.status) {
        r.gatewayError = GatewayError::recognise(r.responseHeaders, r.body);
        if (!r.gatewayError)
            r.outcome = OperationOutcome::parse(r.body);
    }
    return r;
}

} // namespace RecordJson
