#include "RetryHint.h"

#include "app/calls/Diagnoser.h"

#include <QLocale>

RetryHint RetryHint::fromRecord(const CallRecord &r, const QDateTime &now)
{
    RetryHint h;
    QByteArray value = r.responseHeader("Retry-After").trimmed();
    h.source = Source::RetryAfterSeconds;
    if (value.isEmpty()) {
        value = r.responseHeader("X-RetryAfter").trimmed();
        h.source = Source::XRetryAfter;
    }
    if (value.isEmpty())
        return {};
    h.raw = QString::fromLatin1(value);
    bool isNumber = false;
    const qint64 n = value.toLongLong(&isNumber);
    if (isNumber) {
        if (n < 0) {
            h.note = tr("A negative wait (%1) makes no sense: backing off instead.").arg(n);
            return h;
        }
        // An epoch in milliseconds (the SMART reference server sends one when it rate-limits)
        // would otherwise read as tens of thousands of years.
        if (n > 1'000'000'000'000LL &&
            qAbs(n / 1000 - now.toSecsSinceEpoch()) < 10LL * 365 * 86400) {
            h.seconds = qMax<qint64>(0, n / 1000 - now.toSecsSinceEpoch());
            h.note = tr("%1 looks like an absolute time in milliseconds since 1970, not a wait: "
                        "waiting until then.")
                         .arg(n);
            return h;
        }
        // A value around the current epoch is an absolute time sent where seconds belong.
        if (n > 1'000'000'000LL && qAbs(n - now.toSecsSinceEpoch()) < 10LL * 365 * 86400) {
            h.seconds = qMax<qint64>(0, n - now.toSecsSinceEpoch());
            h.note = tr("%1 looks like an absolute time (epoch seconds), not a wait: waiting until "
                        "then.")
                         .arg(n);
            return h;
        }
        h.seconds = n;
        return h;
    }
    const QDateTime utc = parseHttpDate(value);
    if (utc.isValid()) {
        h.source = h.source == Source::XRetryAfter ? Source::XRetryAfter : Source::RetryAfterDate;
        h.seconds = qMax<qint64>(0, now.secsTo(utc));
        return h;
    }
    h.note =
        tr("The hint \"%1\" is neither seconds nor an HTTP-date: backing off instead.").arg(h.raw);
    return h;
}

QDateTime RetryHint::parseHttpDate(const QByteArray &value)
{
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeSpec(Qt::UTC);
    return when;
}

QString RetryHint::describe() const
{
    switch (source) {
    case Source::None:
        return tr("no hint");
    case Source::RetryAfterSeconds:
        return tr("Retry-After: %1").arg(raw);
    case Source::RetryAfterDate:
        return tr("Retry-After (HTTP-date): %1").arg(raw);
    case Source::XRetryAfter:
        return tr("X-RetryAfter (non-standard vendor header): %1").arg(raw);
    }
    return {};
}
