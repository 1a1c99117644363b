#pragma once

#include "app/calls/CallRecord.h"
#include "app/workbench/SavedRequest.h"

#include <QCoreApplication>
#include <QUrl>

// A call made (in the log, the history or a HAR) as a saved request that sends it again: the
// method, the URL (relative to the profile's base URL when it is on that server), the headers
// the caller chose and the body. What the client adds by itself (User-Agent, the fresh
// X-Request-ID, its Accept-Encoding) is left out, and the Authorization header becomes the
// template of the variant that was sent ({{token}}, never the token, which no record holds).
class CallToRequest
{
    Q_DECLARE_TR_FUNCTIONS(CallToRequest)
public:
    static SavedRequest fromCall(const CallRecord &call, const QUrl &base = {});
};
