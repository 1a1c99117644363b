#pragma once

#include "app/calls/ApiRequest.h"
#include "app/net/ExportTypes.h"

class FhirClient;

// The kick-off of a Group export as the Bulk Data IG describes it, built from the export's
// parameters: GET with the parameters in the query, or POST with a Parameters resource
// (`_since` an instant, `includeAssociatedData` a code, the rest strings); Prefer:
// respond-async (and handling=lenient), Cache-Control: no-cache for a new job. The window's
// preview and the poller that sends it use this one builder.
namespace ExportKickOff {
ApiRequest request(const FhirClient *client, const ExportRequest &request);
} // namespace ExportKickOff
