#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One call turned into text, the one way: the request as sent, the answer's status, the ids
// that trace it, the likely causes, a one-line summary and an excerpt of the body. The reports,
// the detail pane, `fhir-bulk get` and the support bundle all use it, so a call reads the same
// everywhere. Everything in a CallRecord is already redacted; this class adds nothing that is
// not in the record.
class RecordFormatter
{
    Q_DECLARE_TR_FUNCTIONS(RecordFormatter)
public:
    // "200 OK", or "no answer (transport.refused)".
    static QString status(const CallRecord &r);
    // "GET https://…/Group/1 → 403 Forbidden · gateway.access-denied · 120 ms"
    static QString summary(const CallRecord &r);
    // The request line and the request headers (redacted; spaces made visible in values).
    static QStringList requestLines(const CallRecord &r);
    // The request as sent: requestLines(), the body; then the token's length and fingerprint,
    // the header's shape and connection().
    static QString requestText(const CallRecord &r);
    // "Connection: direct" or through which proxy, and what chose it.
    static QString connection(const CallRecord &r);
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
    // The support bundle speaks English to the vendor's staff whatever the user's language.
    enum class Language { User, English };
    // What the server did with our X-Request-ID, in words.
    static QString requestIdFate(const CallRecord &r, Language language = Language::User);
    // One call for vendor support, in English: when, what, how it went (status, time,
    // diagnosis, first cause and its evidence), every id that traces it (what became of ours),
    // the proxy and the token's length and fingerprint. Lines indented by `indent` spaces
    // after the first. The support bundle's summary and the detail pane's "Copy ids" use it.
    static QString supportText(const CallRecord &r, int indent = 4);

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
