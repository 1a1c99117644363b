#pragma once

#include "app/calls/CallRecord.h"

#include <QString>

// A curl command line that repeats a recorded call. Redacted unless the caller passes the
// real Authorization value (which it must only do on the user's explicit request).
QString curlCommand(const CallRecord &record, const QByteArray &authorizationInClear = {});
