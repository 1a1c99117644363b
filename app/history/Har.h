#pragma once

#include "app/calls/CallRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

// HTTP Archive 1.2 (the format browser devtools export and import) for the call log.
//
// write(): every call as a HAR entry: request and response headers, query, post data, status,
// timings, the body (text, or base64 with `encoding`), already redacted, and the explorer's own
// fields with the `_` prefix HAR allows for custom data: `_diagnosis`, `_causes`,
// `_operationOutcome`, `_requestIdFate` and `_fbx` (the whole record, so a HAR written here
// reads back as the same record). The analyst's note on a call is the entry's `comment`.
//
// read(): a HAR from anywhere. An entry's `comment` is the call's note. Entries written here
// come back whole; any other entry becomes a
// record with its diagnosis made again from what the HAR holds. An Authorization, Cookie or
// other secret header value in a foreign HAR is redacted on reading (its shape and fingerprint
// kept, so the diagnosis can still say "no Bearer" or "expired"), and counted.
namespace Har {

struct Options
{
    QString creatorVersion;
    QString comment;       // the log's comment (a support bundle puts its summary here)
    qint64 bodyLimit = -1; // -1: whole bodies
};
QByteArray write(const QList<CallRecord> &records, const Options &options);

struct ReadResult
{
    QList<CallRecord> records;
    int redactedHeaders = 0; // secret header values found in clear and redacted
    QString comment;         // the log's comment
};
// Nothing, and `error` set in words, when `bytes` is not a HAR.
std::optional<ReadResult> read(const QByteArray &bytes, QString *error);

} // namespace Har
