#pragma once

#include "app/calls/CallRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// One file to hand to vendor support: the calls as HAR 1.2 with a plain-text summary in the
// log's `comment` (what was tried; each call as RecordFormatter::supportText says it: UTC time,
// status, diagnosis, first cause, every id that traces it; the app, Qt and OS versions; the
// server's base URL and the token's length and fingerprint, never the token).
//
// Why one HAR and not a zip: every HAR viewer and browser devtools open it as it is, it needs
// no archive library, the summary cannot be separated from the calls it describes, and a
// reviewer can read (and grep) exactly what is shared before sending it.
//
// The summary is in English on purpose: it is written for the vendor's support staff. The
// diagnosis sentences it quotes are the records' own.
namespace SupportBundle {

// A picture put into the bundle (an export's timeline): a PNG in the HAR's `log._pictures`
// (custom HAR fields start with "_"; viewers skip them), named by a line in the summary.
struct Picture
{
    QString name;  // a file name for it: "export-group-1.png"
    QString about; // one line: what it shows
    QByteArray png;
};

struct Context
{
    QString appVersion;
    QString profileName;
    QString baseUrl;
    QByteArray token; // only its length and fingerprint are written
    QDateTime created = QDateTime::currentDateTimeUtc();
    QList<Picture> pictures;
};

QString summary(const QList<CallRecord> &calls, const Context &context);
QByteArray write(const QList<CallRecord> &calls, const Context &context);

} // namespace SupportBundle
