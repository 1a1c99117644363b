#pragma once

#include "app/workbench/Expectation.h"

#include <QList>
#include <QString>
#include <QStringList>

// One header line of a saved request, its value as written ({{variables}} unresolved).
struct RequestHeader
{
    QString name;
    QString value;
    int line = 0;
    bool operator==(const RequestHeader &o) const { return name == o.name && value == o.value; }
};

// One request kept in a file (a `.http` file or a Postman collection), as written: the URL,
// headers and body still hold their {{variables}}. A value: the runner, the window and the
// writer all take it as it is. It never holds a token: an Authorization header is a template
// (`Bearer {{token}}`), and no Authorization line means the profile's token.
struct SavedRequest
{
    QString name;       // after `###` (or `# @name`); empty: unnamed
    QStringList folder; // Postman folders, outermost first; empty in a `.http` file
    QString method = QStringLiteral("GET");
    QString url; // absolute, or relative to the profile's base URL
    QList<RequestHeader> headers;
    QString body;
    QList<Expectation> expectations;
    bool noAuth = false; // `# @no-auth` (Postman: noauth): no Authorization, not even the profile's

    // Read from a collection, not sent: its scripts ("test script (folder Patients)") and what
    // was changed on reading (a token written in the collection replaced by {{token}}).
    QStringList skippedScripts;
    QStringList notices;
    int line = 0;     // the request line (METHOD URL)
    int bodyLine = 0; // the body's first line

    // The name, or "#3" (its position, from 1) for an unnamed request, as JetBrains names them.
    QString displayName(int index) const;
    // The Authorization header as written, if the request has one.
    const RequestHeader *authorization() const;

    // What the request says, not where it was written or what reading it noticed.
    bool operator==(const SavedRequest &o) const
    {
        return name == o.name && folder == o.folder && method == o.method && url == o.url &&
               headers == o.headers && body == o.body && expectations == o.expectations &&
               noAuth == o.noAuth;
    }
};
