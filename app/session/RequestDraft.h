#pragma once

#include "app/calls/ApiRequest.h"

#include <QByteArray>
#include <QString>

// What a front end asks to send: the parts of a request before the session adds the server, the
// format and the token. The request bar emits one; Workspace::send turns it into a call.
struct RequestDraft
{
    QByteArray method = "GET";
    QString target; // a path such as Group/1, or a full URL
    HeaderList headers;
    QByteArray body;
    QByteArray requestId; // empty: a fresh UUID
    // How the Authorization header is sent for this request alone: an AuthMode key, or
    // "expired" / "other-environment" (a token the Sandbox signs for the purpose). The panes'
    // own calls never follow it: they always use the working Bearer form.
    QString authVariant = QStringLiteral("bearer");
    QString purpose; // the call's purpose in the log; empty: "Send request"
};
