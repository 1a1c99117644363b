#include "RecordFormatter.h"

#include "app/fhir/BodyText.h"
#include "app/models/HeadersModel.h"
#include "app/support/Format.h"

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

QString RecordFormatter::requestText(const CallRecord &r)
{
    QString text = QStringLiteral("%1 %2\n").arg(QString::fromLatin1(r.method),
                                                 r.url.toString(QUrl::FullyEncoded));
    for (const auto &h : r.requestHeaders)
        text += QString::fromLatin1(h.first + ": ") + HeadersModel::visibleValue(h.second) +
                QLatin1Char('\n');
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
    return text;
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

QString RecordFormatter::requestIdFate(const CallRecord &r)
{
    switch (r.requestIdFate()) {
    case CallRecord::RequestIdFate::Adopted:
        return tr("the server adopted it (X-Request-ID echoed)");
    case CallRecord::RequestIdFate::ReturnedAsCorrelation:
        return tr("the server returned it as X-Correlation-Id");
    case CallRecord::RequestIdFate::Replaced:
        return tr("the server answered with another id");
    case CallRecord::RequestIdFate::Unknown:
        break;
    }
    return r.status ? tr("not returned") : tr("no answer");
}

QList<RecordFormatter::Id> RecordFormatter::ids(const CallRecord &r)
{
    static const QList<QByteArray> traced = {
        "x-request-id",    "x-correlation-id", "x-amzn-requestid", "x-amz-apigw-id",
        "x-amzn-trace-id", "x-amzn-errortype", "x-amz-cf-id"};
    QList<Id> out;
    if (!r.requestIdSent.isEmpty())
        out.append(
            {tr("X-Request-ID sent"), QString::fromLatin1(r.requestIdSent), requestIdFate(r)});
    for (const auto &h : r.responseHeaders) {
        if (traced.contains(h.first.toLower()))
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
