#pragma once

// Implementation-only: a part of ExportSession, not used anywhere else.

#include "app/calls/CallRecord.h"

#include <QString>

class FhirClient;

// A token that runs out during an export (ExportPoller, ExportDownloads). The
// first refusal (401, the gateway's AccessDenied) of a token that has expired
// by its claims, or of an opaque one that worked until then, is the only one:
// the token is renewed and the run goes on, or the queue stops with the cause,
// resumable. Not one refused call per file.
namespace ExportTokenLoss {
// A refusal of the token the call carried, once the token has run out by its
// claims (or cannot say: an opaque one). A token good for a while yet was
// refused for another reason (revoked, another audience): that is said per
// call.
bool refused(const FhirClient *client, const CallRecord &r);
// The cause, in words: when the token expired, or that the server stopped
// accepting it.
QString cause(const FhirClient *client, const CallRecord &r);
} // namespace ExportTokenLoss
