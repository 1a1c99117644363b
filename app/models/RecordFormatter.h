#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One call turned into text, the one way: the request as sent, the answer's status, the ids
// that trace it, the likely causes, a one-line summary and an excerpt of the body. For
// reports now; the detail pane, `fhir-bulk get` and the support bundle are to use it too, so
// a call reads the same everywhere. Everything in a CallRecord is already redacted; this
// class adds nothing that is not in the record.
class RecordFormatter
{
    Q_DECLARE_TR_FUNCTIONS(RecordFormatter)
public:
    // "200 OK", or "no answer (transport.refused)".
    static QString status(const CallRecord &r);
    // "GET https://…/Group/1 → 403 Forbidden · gateway.access-denied · 120 ms"
    static QString summary(const CallRecord &r);
    // The request as sent: the request line, headers (redacted; spaces made visible in
    // values), the body; then the token's length and fingerprint and the header's shape.
    static QString requestText(const CallRecord &r);
    // "HTTP 403 Forbidden" and the response headers, one a line.
    static QString responseHead(const CallRecord &r);
    // The likely causes, most likely first: "1. [header.no-bearer] …\n   Evidence: …".
    static QString causes(const CallRecord &r);

    struct Id
    {
        QString name; // "X-Request-ID sent", "X-Request-ID", "X-Correlation-Id", "x-amzn-RequestId"
        QString value;
        QString note; // what became of it ("the server adopted it"); may be empty
    };
    // The ids that trace a call at the vendor: ours, the server's, API Gateway's and CloudFront's
    // (x-amzn-RequestId, x-amz-apigw-id, x-amzn-trace-id, x-amzn-ErrorType, x-amz-cf-id).
    static QList<Id> ids(const CallRecord &r);
    // What the server did with our X-Request-ID, in words.
    static QString requestIdFate(const CallRecord &r);

    struct Excerpt
    {
        QString text;        // pretty JSON or XML, or the text as it came
        bool cut = false;    // the body is longer than the excerpt
        bool binary = false; // not text: `text` only says what it is
    };
    // The first `maxChars` characters of the body (cut at a line end), pretty-printed when it is
    // small enough to format whole.
    static Excerpt bodyExcerpt(const CallRecord &r, int maxChars = 4000);
};
