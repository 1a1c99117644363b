#pragma once

#include "app/calls/ApiRequest.h"

#include <QCoreApplication>
#include <QString>

// An Authorization header as a saved request may write it: never a token, only where the
// token comes from. `Bearer {{token}}` is the profile's token; `Bearer {{name}}` a variable's
// (a Postman environment, --var); `{{token}}` alone sends it without the scheme and
// `bearer {{token}}` in lower case (both mistakes reproduced on purpose, as the window's
// Authorization variants do); an empty value sends an empty header.
class AuthTemplate
{
    Q_DECLARE_TR_FUNCTIONS(AuthTemplate)
public:
    enum class Kind {
        Empty,       // "Authorization:" with no value
        Variable,    // [Bearer|bearer] {{name}}
        OtherScheme, // "Basic {{x}}": a scheme this explorer does not send
        Literal      // a value written out: a token in the file, refused
    };
    Kind kind = Kind::Literal;
    AuthMode mode = AuthMode::None;
    QString variable; // "token", "accessToken"
    QString scheme;   // as written

    static AuthTemplate read(const QString &value);
    // Why a value that is not a template is refused, without the value: its redacted shape only.
    static QString refusal(const QString &value);
    // The template for a variable: "Bearer {{name}}".
    static QString bearer(const QString &variable);
    static bool isAuthorization(const QString &headerName);
};
