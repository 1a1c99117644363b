#pragma once

#include "app/calls/CallRecord.h"

#include <QJsonArray>
#include <QJsonObject>

// One CallRecord as JSON and back, losslessly (what the history database and a HAR's `_fbx`
// field keep): every field, the diagnosis with its causes as it was made, and the
// Authorization evidence. A CallRecord is already redacted, so nothing here can hold a token.
//
// Bodies are kept up to `bodyLimit` bytes (as text when they are UTF-8, else base64); a larger
// body keeps its first part and `bodyTruncated` says so. A body that had spilled to a temporary
// file is read back from it first (the file goes away when the app ends).
namespace RecordJson {

// A TLS chain as JSON (and back): for the record, the CLI's --json and HAR's _fbx.
QJsonArray chainToJson(const QList<PeerCertificate> &chain);
QList<PeerCertificate> chainFromJson(const QJsonArray &array);
QJsonObject toJson(const CallRecord &record, qint64 bodyLimit);
CallRecord fromJson(const QJsonObject &object);
// Whether the stored body is the first part only (kept bytes < bodySize).
bool bodyTruncated(const QJsonObject &object);

// The body as kept: the whole body (read back from a spill file) cut to `limit` bytes (-1: no
// limit), never inside a UTF-8 sequence.
QByteArray keptBody(const CallRecord &record, qint64 limit);

QJsonArray headersToJson(const HeaderList &headers);
HeaderList headersFromJson(const QJsonArray &array);
// Text when `bytes` is valid UTF-8 without NULs, else base64: {text} or {base64}.
QJsonObject bytesToJson(const QByteArray &bytes);
QByteArray bytesFromJson(const QJsonObject &object);

} // namespace RecordJson
