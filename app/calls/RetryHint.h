#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QString>

// How long a Bulk Data status answer asks the client to wait, read from Retry-After (seconds or
// an HTTP-date, RFC 9110 10.2.3) or the vendor sample's non-standard X-RetryAfter. Values that
// make no sense (negative, or an absolute epoch sent as seconds) are recognised and explained.
struct RetryHint
{
    Q_DECLARE_TR_FUNCTIONS(RetryHint)
public:
    enum class Source { None, RetryAfterSeconds, RetryAfterDate, XRetryAfter };

    Source source = Source::None;
    qint64 seconds = -1; // the wait to honour; -1: no usable hint (back off instead)
    QString raw;         // the header value as sent
    QString note;        // why the value was not taken as it stood, if so

    static RetryHint fromRecord(const CallRecord &record,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
    QString describe() const;
    // An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") in UTC; invalid when it is not one.
    static QDateTime parseHttpDate(const QByteArray &value);
};
