#pragma once

#include "app/calls/ApiRequest.h"
#include "app/workbench/SavedRequest.h"
#include "app/workbench/VariableResolver.h"

#include <QCoreApplication>
#include <optional>

// A saved request with its variables resolved: what FhirClient::prepare takes, and how to
// authorise it. Holds the token until the request is built; never printed or kept.
struct PreparedRequest
{
    enum class TokenFrom {
        None,     // no Authorization header (# @no-auth, or no token at all)
        Default,  // no Authorization line: the profile's token, as Bearer
        Profile,  // Authorization: … {{token}}
        Variable, // Authorization: … {{name}}, from an environment or the command line
        Empty     // "Authorization:" with no value, on purpose
    };
    QString name;
    QByteArray method;
    QString target;     // an http(s) URL, or a path relative to the profile's base URL
    HeaderList headers; // as written, without Authorization and X-Request-ID
    QByteArray body;
    AuthMode auth = AuthMode::None;
    QByteArray token;
    TokenFrom tokenFrom = TokenFrom::None;
    QString tokenVariable;
    QByteArray requestId; // the file's X-Request-ID; empty: a fresh one per call
};

// Resolves one saved request: URL, headers and body through the variables, the Authorization
// template into a mode and a token. An undefined variable is an error naming it and its line.
class RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)
public:
    struct Result
    {
        std::optional<PreparedRequest> request;
        QString error;
        QString missing; // the undefined variable, if that is the error
        int line = 0;
    };
    // `index`: the request's position in its file (for an unnamed request's name).
    static Result build(const SavedRequest &request, int index, const VariableResolver &variables);
};
