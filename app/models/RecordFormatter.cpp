#include "RecordFormatter.h"

#include "app/fhir/BodyText.h"
#include "app/models/HeadersModel.h"
#include "app/support/Format.h"

namespace {

// The response headers that trace a call at the vendor: the server's ids, API Gateway's and
// CloudFront's.
bool traced(const QByteArray &header)
{
    static const QList<QByteArray> names = {
        "x-request-id",    "x-correlation-id", "x-amzn-requestid", "x-amz-apigw-id",
        "x-amzn-trace-id", "x-amzn-errortype", "x-amz-cf-id"};
    return names.contains(header.toLower());
}

} // namespace

QString RecordFormatter::status(const CallRecord &r)
{
    if (!r.status)
        return tr("no answer (%1)").arg(r.transportErrorCode);
    return QStringLiteral("%1 %2")
        .arg(*r.status)
        .arg(QString::fromLatin1(r.reasonPhrase))
        .trimmed();
}

QString RecordFormatter::summary(const CallRecord &r)
{
    return tr("%1 %2 → %3 · %4 · %5 ms")
        .arg(QString::fromLatin1(r.method), r.url.toString(), status(r), r.diagnosis.code)
        .arg(r.elapsedMs);
}

QStringList RecordFormatter::requestLines(const CallRecord &r)
{
    QStringList lines{QStringLiteral("%1 %2").arg(QString::fromLatin1(r.method),
                                                  r.url.toString(QUrl::FullyEncoded))};
    for (const auto &h : r.requestHeaders)
        lines << QString::fromLatin1(h.first + ": ") + HeadersModel::visibleValue(h.second);
    return lines;
}

QString RecordFormatter::requestText(const CallRecord &r)
{
    QString text = requestLines(r).join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!r.requestBody.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(r.requestBody) + QLatin1Char('\n');
    if (r.hop > 0)
        text += QLatin1Char('\n') + tr("(redirect hop %1)").arg(r.hop);
    if (r.auth.withheld)
        text += QLatin1Char('\n') +
                tr("Authorization was not sent: this redirect leads to another origin.");
    if (!r.tokenFingerprint.isEmpty())
        text += QLatin1Char('\n') +
                tr("Token: %1 characters, SHA-256 fingerprint %2 (of the token alone)")
                    .arg(r.tokenLength)
                    .arg(r.tokenFingerprint);
    text += QLatin1Char('\n') + tr("Authorization as sent: %1").arg(r.auth.shape());
    text += QLatin1Char('\n') + connection(r);
    return text;
}

QString RecordFormatter::connection(const CallRecord &r)
{
    const bool system = r.proxySetting == QLatin1String("system");
    if (r.proxy.isEmpty()) {
        if (r.proxySetting == QLatin1String("none"))
            return tr("Connection: direct (no proxy, as set for this server)");
        return system ? tr("Connection: direct (the system's proxy settings name none for %1)")
                            .arg(r.url.host())
                      : tr("Connection: direct");
    }
    return system ? tr("Connection: through the proxy %1 (from the system's proxy settings)")
                        .arg(r.proxy)
                  : tr("Connection: through the proxy %1 (set for this server)").arg(r.proxy);
}

QString RecordFormatter::responseHead(const CallRecord &r)
{
    if (!r.status)
        return tr("No answer: %1 (%2)").arg(r.transportErrorCode, r.transportError);
    QString text = QStringLiteral("HTTP %1\n").arg(status(r));
    for (const auto &h : r.responseHeaders)
        text += QString::fromLatin1(h.first + ": " + h.second) + QLatin1Char('\n');
    return text;
}

QString RecordFormatter::causes(const CallRecord &r)
{
    QStringList lines;
    for (int i = 0; i < r.diagnosis.causes.size(); ++i) {
        const Cause &c = r.diagnosis.causes.at(i);
        lines << QStringLiteral("%1. [%2] %3").arg(i + 1).arg(c.code, c.summary)
              << QStringLiteral("   ") + tr("Evidence: %1").arg(c.evidence);
    }
    return lines.join(QLatin1Char('\n'));
}

QString RecordFormatter::requestIdFate(const CallRecord &r, Language language)
{
    const auto say = [language](const char *source) {
        return language == Language::English ? QString::fromUtf8(source) : tr(source);
    };
    const QString received = QString::fromLatin1(r.requestIdReceived);
    switch (r.requestIdFate()) {
    case CallRecord::RequestIdFate::Adopted:
        return say(QT_TR_NOOP("the server adopted it as its transaction id (X-Request-ID echoed)"));
    case CallRecord::RequestIdFate::ReturnedAsCorrelation:
        return say(QT_TR_NOOP("the server used its own id %1 and returned ours in "
                              "X-Correlation-Id"))
            .arg(received);
    case CallRecord::RequestIdFate::Replaced:
        return say(QT_TR_NOOP("the server answered with another id, %1")).arg(received);
    case CallRecord::RequestIdFate::Unknown:
        break;
    }
    return r.status ? say(QT_TR_NOOP("the answer carried no X-Request-ID (the API gateway "
                                     "answered before the FHIR server saw the call)"))
                    : say(QT_TR_NOOP("no answer"));
}

QString RecordFormatter::supportText(const CallRecord &r, int indent)
{
    const QString in(indent, QLatin1Char(' '));
    const QString when = r.started.isValid()
                             ? r.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                             : QStringLiteral("(unknown time)");
    QStringList lines;
    lines << QStringLiteral("#%1  %2 UTC  %3 %4")
                 .arg(r.id)
                 .arg(when, QString::fromLatin1(r.method), r.url.toString());
    const QString status =
        r.status ? QStringLiteral("HTTP %1 %2")
                       .arg(*r.status)
                       .arg(QString::fromLatin1(r.reasonPhrase))
                       .trimmed()
                 : QStringLiteral("no answer (%1: %2)").arg(r.transportErrorCode, r.transportError);
    lines << in + QStringLiteral("%1, %2 ms: %3 - %4")
                      .arg(status)
                      .arg(r.elapsedMs)
                      .arg(r.diagnosis.code, r.diagnosis.summary);
    if (!r.diagnosis.causes.isEmpty()) {
        const Cause &first = r.diagnosis.causes.constFirst();
        lines << in + QStringLiteral("first cause: %1 - %2").arg(first.code, first.summary);
        if (!first.evidence.isEmpty())
            lines << in + QStringLiteral("evidence: %1").arg(first.evidence);
    }
    if (!r.requestIdSent.isEmpty())
        lines << in + QStringLiteral("X-Request-ID sent: %1 (%2)")
                          .arg(QString::fromLatin1(r.requestIdSent),
                               requestIdFate(r, Language::English));
    for (const auto &h : r.responseHeaders) {
        // Our id echoed is said by its fate above.
        const bool echoed = h.first.compare("x-request-id", Qt::CaseInsensitive) == 0 &&
                            h.second == r.requestIdSent;
        if (traced(h.first) && !echoed)
            lines << in + QString::fromLatin1(h.first + ": " + h.second);
    }
    if (!r.proxy.isEmpty())
        lines << in + QStringLiteral("Proxy: %1").arg(r.proxy);
    if (!r.tokenFingerprint.isEmpty())
        lines << in + QStringLiteral("Authorization sent: %1%2 chars, sha256 %3")
                          .arg(r.auth.scheme.isEmpty()
                                   ? QString()
                                   : QString::fromLatin1(r.auth.scheme) + QStringLiteral(" + "))
                          .arg(r.tokenLength)
                          .arg(r.tokenFingerprint);
    return lines.join(QLatin1Char('\n'));
}

QList<RecordFormatter::Id> RecordFormatter::ids(const CallRecord &r)
{
    QList<Id> out;
    if (!r.requestIdSent.isEmpty())
        out.append(
            {tr("X-Request-ID sent"), QString::fromLatin1(r.requestIdSent), requestIdFate(r)});
    for (const auto &h : r.responseHeaders) {
        if (traced(h.first))
            out.append({QString::fromLatin1(h.first), QString::fromLatin1(h.second), {}});
    }
    return out;
}

RecordFormatter::Excerpt RecordFormatter::bodyExcerpt(const CallRecord &r, int maxChars)
{
    Excerpt e;
    const QByteArray &body = r.body; // the in-memory part: never a read of a large spill file
    const BodyText::Kind kind = BodyText::detect(body, r.contentType());
    if (kind == BodyText::Kind::Empty)
        return e;
    if (kind == BodyText::Kind::Binary) {
        e.binary = true;
        e.text = tr("(%1 of binary content, %2)")
                     .arg(Format::size(r.bodySize),
                          r.contentType().isEmpty() ? tr("no Content-Type") : r.contentType());
        return e;
    }
    // Formatting reads the whole text: only for bodies a few times the excerpt's size.
    const bool small = body.size() <= qMax<qint64>(64 * 1024, qint64(maxChars) * 4);
    QString text = small ? BodyText::pretty(body, r.contentType()).text
                         : QString::fromUtf8(body.left(qint64(maxChars) * 4));
    e.cut = r.bodySize > body.size() || !small;
    if (text.size() > maxChars) {
        const qsizetype eol = text.lastIndexOf(QLatin1Char('\n'), maxChars);
        text.truncate(eol > maxChars / 2 ? eol : maxChars);
        e.cut = true;
    }
    e.text = text;
    return e;
}
