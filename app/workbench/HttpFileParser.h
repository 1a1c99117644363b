#pragma once

#include "app/workbench/RequestCollection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Reads a `.http` file (the JetBrains HTTP Client and VS Code REST Client format):
//
//   @groupId = 1                       a file variable, for the whole file
//   ### Read the group                 starts a request; the rest of the line names it
//   # @expect status 200               expectations the runner checks (see Expectation)
//   GET Group/{{groupId}} HTTP/1.1     METHOD URL (method optional: GET; HTTP/1.1 allowed)
//   Accept: application/fhir+json      header lines
//                                      a blank line, then the body, up to the next ###
//
// Lines starting with `#` or `//` are comments (in the body too, as JetBrains reads them);
// `# @name X` names a request as `### X` does; `# @no-auth` sends no Authorization at all.
// A relative URL is relative to the profile's base URL. The token is never in the file:
// `Authorization: Bearer {{token}}` (or no Authorization line) is the profile's token, and a
// token written out (in Authorization, any header or a variable) is refused, never echoed.
class HttpFileParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpFileParser)
public:
    struct Problem
    {
        int line = 0;
        QString message;
    };
    struct Result
    {
        RequestCollection collection;
        QList<Problem> errors; // in line order; any error means nothing should be sent
        bool ok() const { return errors.isEmpty(); }
    };
    static Result parse(const QString &text, const QString &source = {});

    // "eyJ….eyJ….sig": a JWT written out somewhere it should not be.
    static bool looksLikeToken(const QString &text);
};
