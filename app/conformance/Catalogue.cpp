#include "Catalogue.h"

#include <QHash>
#include <QRegularExpression>

namespace {

const QString kIg = QStringLiteral("https://hl7.org/fhir/uv/bulkdata/STU2/export.html");
const QString kSmart = QStringLiteral("https://hl7.org/fhir/smart-app-launch/STU2.2/");
// The vendor page has no stable anchor per answer: the clause names its section.
const QString kVendor = QStringLiteral("vendor:netsmart-bulk-data-resources");

enum Flag { None = 0, Export = 1, Slow = 2, Vendor = 4 };

Check make(const char *id, const char *set, Check::Weight w, const QString &url, const char *title,
           const char *sends, const char *expects, int flags = None)
{
    Check c;
    c.id = QLatin1String(id);
    c.set = QLatin1String(set);
    c.weight = w;
    c.clauseUrl = url;
    c.clauseTitle = QString::fromUtf8(title);
    c.sends = QString::fromUtf8(sends);
    c.expects = QString::fromUtf8(expects);
    c.startsExport = (flags & (Export | Slow)) != 0;
    c.slow = (flags & Slow) != 0;
    c.vendorOnly = (flags & Vendor) != 0;
    return c;
}

QString ig(const char *anchor)
{
    return kIg + QLatin1Char('#') + QLatin1String(anchor);
}

QString smart(const char *page)
{
    return kSmart + QLatin1String(page);
}

// A table, not logic: one entry per check, in run order (long on purpose).
QList<Check> build()
{
    using W = Check::Weight;
    const W shall = W::Shall, should = W::Should, may = W::May;
    const QString v = kVendor;
    QList<Check> c;
    // 1. The vendor page: every documented answer.
    c << make("vendor.401.no-authorization-header", "vendor", shall, v,
              "vendor page › Error Handling › 401 Unauthorized (no Authorization header)",
              "GET [base]/Group/{g} without an Authorization header",
              "401, x-amzn-ErrorType: UnauthorizedException, application/json, "
              "{\"message\":\"Unauthorized\"}",
              Vendor)
      << make("vendor.401.empty-authorization-header", "vendor", shall, v,
              "vendor page › Error Handling › 401 Unauthorized (no token in the header)",
              "GET [base]/Group/{g} with 'Authorization: ' (empty)",
              "401, x-amzn-ErrorType: UnauthorizedException, {\"message\":\"Unauthorized\"}",
              Vendor)
      << make("vendor.403.access-denied.invalid-token", "vendor", shall, v,
              "vendor page › Error Handling › 403 AccessDeniedException (invalid token)",
              "GET [base]/Group/{g} with a token whose signature is damaged",
              "403, x-amzn-ErrorType: AccessDeniedException, {\"Message\":\"User is not "
              "authorized to access this resource with an explicit deny\"}",
              Vendor)
      << make("vendor.403.access-denied.expired-token", "vendor", shall, v,
              "vendor page › Error Handling › 403 AccessDeniedException (expired token)",
              "GET [base]/Group/{g} with an expired token",
              "403, x-amzn-ErrorType: AccessDeniedException, the explicit-deny message", Vendor)
      << make("vendor.403.incomplete-signature.invalid-path", "vendor", shall, v,
              "vendor page › Error Handling › 403 IncompleteSignatureException (invalid path)",
              "GET [base]/Invalid/123456 with a valid token",
              "403, x-amzn-ErrorType: IncompleteSignatureException, a message naming the "
              "Authorization header",
              Vendor)
      << make("vendor.403.incomplete-signature.malformed-header", "vendor", shall, v,
              "vendor page › Error Handling › 403 IncompleteSignatureException (malformed header)",
              "GET [base]/Invalid/123456 with 'Authorization: <token>' (no scheme)",
              "403, IncompleteSignatureException, message starting \"Authorization header "
              "requires 'Credential' parameter.\"",
              Vendor)
      << make("vendor.403.incomplete-signature.unsupported-verb", "vendor", shall, v,
              "vendor page › Error Handling › 403 IncompleteSignatureException (unsupported verb)",
              "PATCH [base]/Group/123456 with an empty JSON Patch [] and a valid token",
              "403, x-amzn-ErrorType: IncompleteSignatureException", Vendor)
      << make("vendor.403.missing-authentication-token.invalid-path", "vendor", shall, v,
              "vendor page › Error Handling › 403 MissingAuthenticationTokenException",
              "GET [base]/Invalid/123456 without an Authorization header",
              "403, x-amzn-ErrorType: MissingAuthenticationTokenException, "
              "{\"message\":\"Missing Authentication Token\"}",
              Vendor)
      << make("vendor.400.operation-outcome", "vendor", shall, v,
              "vendor page › Error Handling › 400 Bad Request (HAPI OperationOutcome)",
              "the kick-off without Prefer: respond-async",
              "400, application/fhir+json;charset=UTF-8, an OperationOutcome with severity, code "
              "and diagnostics, X-Request-ID",
              Vendor)
      << make("vendor.404.hapi-0436", "vendor", shall, v,
              "vendor page › Error Handling › 404 Not Found (HAPI-0436)",
              "GET [base]/Patient/123456",
              "404, application/fhir+json;charset=UTF-8, OperationOutcome error/processing "
              "\"HAPI-0436: Resource Patient/123456 is not known\"",
              Vendor)
      << make("vendor.500.operation-outcome", "vendor", shall, v,
              "vendor page › Error Handling › 500 Internal Server Error",
              "nothing of its own: every 500 answer met during the run",
              "application/fhir+json, an OperationOutcome with severity and diagnostics", Vendor)
      << make("vendor.501.not-implemented", "vendor", should, v,
              "vendor page › Error Handling › 501 Not Implemented",
              "GET [base]/AllergyIntolerance/1",
              "501 and an OperationOutcome whose diagnostics start \"Failed to call GetAllergy\"",
              Vendor)
      << make("vendor.request-id.uuid-echoed", "vendor", shall, v,
              "vendor page › Supported Headers › X-Request-ID",
              "GET [base]/Group/{g} with X-Request-ID: a fresh UUID",
              "the UUID back in X-Request-ID (adopted) or in X-Correlation-Id", Vendor)
      << make("vendor.request-id.non-uuid-correlated", "vendor", shall, v,
              "vendor page › Supported Headers › X-Request-ID / X-Correlation-Id",
              "GET [base]/Group/{g} with X-Request-ID: fbx-conform-… (not a UUID)",
              "the value back in X-Correlation-Id (or adopted as X-Request-ID)", Vendor)
      << make("vendor.read.group", "vendor", shall, v,
              "vendor page › Operations › Read; Content-Type (default application/fhir+json)",
              "GET [base]/Group/{g} with Content-Type: application/fhir+json and no Accept",
              "200, application/fhir+json;charset=UTF-8, resourceType Group with id {g}", Vendor)
      << make("vendor.format.xml", "vendor", shall, v,
              "vendor page › Content-Type; Supported Formats (XML)",
              "GET [base]/Group/{g} with Accept: application/fhir+xml, then with ?_format=xml",
              "200 application/fhir+xml both times, root element Group in the FHIR namespace",
              Vendor)
      << make("vendor.metadata.formats", "vendor", should, v,
              "vendor page › Supported Formats (from the CapabilityStatement)",
              "GET [base]/metadata without a token",
              "200 CapabilityStatement, fhirVersion 4.0.1, format lists application/fhir+json, "
              "application/fhir+xml, json, xml",
              Vendor);
    // 2. Kick-off.
    c << make("ig.kickoff.capability-declares-bulk", "kickoff", should,
              QStringLiteral("https://hl7.org/fhir/uv/bulkdata/STU2/#conformance"),
              "Bulk Data 2.0.0 › Conformance; Server Capability Documentation",
              "GET [base]/metadata",
              "instantiates the bulk-data CapabilityStatement; Group declares the export operation")
      << make("ig.kickoff.group-read-search", "kickoff", should, ig("endpoint---group-of-patients"),
              "Bulk Data 2.0.0 › Endpoint - Group of Patients (SHOULD support read and search)",
              "GET [base]/Group/{g}, then GET [base]/Group?_count=1",
              "200 Group; 200 Bundle of type searchset")
      << make("ig.kickoff.group-get-202", "kickoff", shall, ig("response---success"),
              "Bulk Data 2.0.0 › Kick-off Request; Response - Success",
              "GET [base]/Group/{g}/$export, Prefer: respond-async, Accept: application/fhir+json",
              "202 Accepted with a Content-Location not seen before in the run", Export)
      << make("ig.kickoff.content-location-absolute", "kickoff", shall, ig("response---success"),
              "Bulk Data 2.0.0 › Response - Success (absolute URL of the status endpoint)",
              "the same kick-off", "Content-Location is an absolute http(s) URL", Export)
      << make("ig.kickoff.output-format.fhir-ndjson", "kickoff", shall, ig("query-parameters"),
              "Bulk Data 2.0.0 › Query Parameters › _outputFormat (application/fhir+ndjson)",
              "the kick-off with _outputFormat=application/fhir+ndjson", "202, then cancelled",
              Export)
      << make("ig.kickoff.output-format.application-ndjson", "kickoff", shall,
              ig("query-parameters"),
              "Bulk Data 2.0.0 › Query Parameters › _outputFormat (application/ndjson)",
              "the kick-off with _outputFormat=application/ndjson", "202, then cancelled", Export)
      << make("ig.kickoff.output-format.ndjson", "kickoff", shall, ig("query-parameters"),
              "Bulk Data 2.0.0 › Query Parameters › _outputFormat (ndjson)",
              "the kick-off with _outputFormat=ndjson", "202, then cancelled", Export)
      << make("ig.kickoff.error-operationoutcome", "kickoff", shall,
              ig("response---error-eg-unsupported-search-parameter"),
              "Bulk Data 2.0.0 › Response - Error (OperationOutcome in JSON)",
              "the kick-off with _outputFormat=text/csv",
              "4xx/5xx, application/fhir+json, an OperationOutcome with at least one issue "
              "(not applicable when the server exports CSV)")
      << make("ig.kickoff.unknown-group-404", "kickoff", shall,
              ig("response---error-eg-unsupported-search-parameter"),
              "Bulk Data 2.0.0 › Response - Error (unknown Group)",
              "GET [base]/Group/fbx-no-such-group-…/$export",
              "4xx and an OperationOutcome in JSON; a 202 fails (and is cancelled)")
      << make("ig.kickoff.since-accepted", "kickoff", shall, ig("query-parameters"),
              "Bulk Data 2.0.0 › Query Parameters › _since (required for servers)",
              "two kick-offs: _since=2020-01-01T00:00:00Z and _since=…00.000+01:00",
              "202 both times, then cancelled", Export)
      << make("ig.kickoff.post-parameters", "kickoff", may, ig("bulk-data-kick-off-request"),
              "Bulk Data 2.0.0 › Kick-off Request (MAY support POST with Parameters)",
              "POST [base]/Group/{g}/$export with a Parameters body (_type=Patient)",
              "202 (supported, then cancelled) or a 4xx OperationOutcome; a refusal without one "
              "fails",
              Export)
      << make("ig.kickoff.other-levels", "kickoff", shall, ig("endpoint---all-patients"),
              "Bulk Data 2.0.0 › Patient-level and system-level export (where the server "
              "offers them)",
              "GET [base]/metadata; then [base]/Patient/$export and [base]/$export with "
              "_outputFormat=application/fhir+ndjson, each level the CapabilityStatement offers",
              "202 with an absolute Content-Location at each level offered (then cancelled); not "
              "applicable when only Group-level export is offered",
              Export)
      << make("ig.kickoff.prefer-missing", "kickoff", may, ig("headers"),
              "Bulk Data 2.0.0 › Headers › Prefer (omitted: MAY error or process)",
              "the kick-off without Prefer",
              "202 (processed, then cancelled) or 4xx; a 4xx without an OperationOutcome fails")
      << make("ig.kickoff.unsupported-refused-with-outcome", "kickoff", should,
              ig("query-parameters"),
              "Bulk Data 2.0.0 › Query Parameters › _type, _typeFilter, includeAssociatedData",
              "kick-offs with _type=Practitioner; _typeFilter=Patient?fbx-unknown-param=1; "
              "includeAssociatedData=LatestProvenanceResources",
              "each a 4xx with an OperationOutcome (a 202 is a warning and is cancelled; a 4xx "
              "without an OperationOutcome fails)")
      << make("ig.kickoff.type-applied", "kickoff", shall, ig("query-parameters"),
              "Bulk Data 2.0.0 › Query Parameters › _type (SHALL filter)",
              "an export with _type=Patient, completed, its files read",
              "every output type is Patient and every line is a Patient", Slow)
      << make("ig.kickoff.type-repeated", "kickoff", shall, ig("query-parameters"),
              "Bulk Data 2.0.0 › Kick-off Request (a repeated parameter: as if comma-separated)",
              "an export with _type=Patient&_type=Observation, completed, its files read",
              "exactly the types of the two the export without _type has: both values applied",
              Slow)
      << make("ig.kickoff.typefilter-applied", "kickoff", shall, ig("query-parameters"),
              "Bulk Data 2.0.0 › Query Parameters › _typeFilter (a server that supports it SHALL "
              "filter)",
              "an export with _type=Patient&_typeFilter=Patient?gender=female",
              "every Patient female (not applicable when the server refuses _typeFilter)", Slow)
      << make("ig.kickoff.typefilter-repeated", "kickoff", shall,
              ig("_typefilter-experimental-query-parameter"),
              "Bulk Data 2.0.0 › _typeFilter (repeated: as if comma-separated, OR'ed)",
              "the same with a second _typeFilter=Patient?gender=male",
              "exactly the female and male Patients of the export without parameters", Slow)
      << make("ig.kickoff.since-applied", "kickoff", shall, ig("query-parameters"),
              "Bulk Data 2.0.0 › Query Parameters › _since (changed after the time only)",
              "an export with _since at the median meta.lastUpdated of the export without it",
              "no resource (Patients aside: MAY be included) last updated before _since", Slow)
      << make("ig.kickoff.lenient-handling", "kickoff", may, ig("query-parameters"),
              "Bulk Data 2.0.0 › Query Parameters (Prefer: handling=lenient: MAY process)",
              "the kick-off with _type=Patient&fbx-conform-unsupported=1 and Prefer: "
              "respond-async, handling=lenient",
              "202 (processed, then cancelled) or a 4xx OperationOutcome; a refusal without one "
              "fails",
              Export);
    // 3. Status.
    c << make("ig.status.in-progress-202", "status", shall, ig("response---in-progress-status"),
              "Bulk Data 2.0.0 › Response - In-Progress Status",
              "GET <Content-Location> right after the kick-off",
              "202 while the export runs (a 200 manifest: too fast to observe)", Export)
      << make("ig.status.retry-after", "status", should, ig("bulk-data-status-request"),
              "Bulk Data 2.0.0 › Status Request (SHOULD supply Retry-After)",
              "nothing of its own: every 202 and 429 status answer of the run",
              "Retry-After as seconds or an HTTP-date", Export)
      << make("ig.status.x-progress-short", "status", should, ig("response---in-progress-status"),
              "Bulk Data 2.0.0 › Response - In-Progress Status (X-Progress)",
              "nothing of its own: every 202 status answer of the run",
              "X-Progress, when present, under 100 characters", Export)
      << make("ig.status.complete-200-json", "status", shall, ig("response---complete-status"),
              "Bulk Data 2.0.0 › Response - Complete Status",
              "polls until the export completes (Retry-After honoured)",
              "200, Content-Type application/json, a JSON object", Slow)
      << make("ig.status.expires-header", "status", should, ig("response---complete-status"),
              "Bulk Data 2.0.0 › Response - Complete Status (SHOULD return Expires)",
              "the completing poll", "an Expires HTTP-date", Slow)
      << make("ig.status.error-operationoutcome", "status", shall, ig("response---error-status-1"),
              "Bulk Data 2.0.0 › Response - Error Status",
              "GET <Content-Location> with its job id altered",
              "4xx/5xx; an OperationOutcome body comes as application/fhir+json", Export)
      << make("ig.status.requires-token", "status", shall,
              ig("privacy-and-security-considerations"),
              "Bulk Data 2.0.0 › Privacy and Security (status protected like the kick-off)",
              "GET <Content-Location> without a token, then with a damaged one",
              "401 or 403 both times", Export);
    // 4. The manifest.
    const QString complete = ig("response---complete-status");
    c << make("ig.manifest.transaction-time", "manifest", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › transactionTime", "the completed export",
              "transactionTime present, a FHIR instant", Slow)
      << make("ig.manifest.request", "manifest", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › request", "the completed export",
              "request present: the kick-off URL as sent", Slow)
      << make("ig.manifest.requires-access-token", "manifest", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › requiresAccessToken", "the completed export",
              "requiresAccessToken present, a JSON boolean", Slow)
      << make("ig.manifest.output-array", "manifest", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › output", "the completed export",
              "output an array; each item with a string type and url", Slow)
      << make("ig.manifest.output-url-absolute", "manifest", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › output.url (absolute)", "the completed export",
              "every output and error url an absolute http(s) URL", Slow)
      << make("ig.manifest.error-array", "manifest", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › error", "the completed export",
              "error present as an array (empty when there is nothing to report)", Slow)
      << make("ig.manifest.count-number", "manifest", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › output.count", "the completed export",
              "count, when present, a non-negative integer", Slow)
      << make("ig.manifest.deleted", "manifest", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › deleted (transaction Bundles of DELETEs, not "
              "in output)",
              "the export with _since (ig.kickoff.since-applied's); GET every deleted url",
              "when present: an array of {type, url} items; each file 200, every line a "
              "transaction Bundle with entries of request.method DELETE and request.url; no "
              "deleted resource in the output files (not applicable without deleted)",
              Slow)
      << make("ig.manifest.deleted-with-since", "manifest", should, complete,
              "Bulk Data 2.0.0 › Complete Status › deleted (SHOULD be populated with _since)",
              "the export with _since (ig.kickoff.since-applied's)",
              "deleted lists every resource the server is known to have deleted after _since "
              "(the Sandbox with deletions on); elsewhere not applicable: it cannot be told "
              "from outside",
              Slow);
    // 5. The files.
    const QString fileOk = ig("response---success-2");
    c << make("ig.files.status-200", "files", shall, fileOk,
              "Bulk Data 2.0.0 › Output File Request › Response - Success",
              "GET every output url (Accept: application/fhir+ndjson)", "200, the body whole", Slow)
      << make("ig.files.content-type", "files", shall, fileOk,
              "Bulk Data 2.0.0 › Output File Request (Content-Type application/fhir+ndjson)",
              "GET every output url", "Content-Type application/fhir+ndjson", Slow)
      << make("ig.files.ndjson-parses", "files", shall, fileOk,
              "Bulk Data 2.0.0 › Output File Request (ndjson body)", "GET every output url",
              "every line one JSON object", Slow)
      << make("ig.files.resource-type-matches", "files", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › output.type (one type per file)",
              "GET every output url", "every line's resourceType is its output's type", Slow)
      << make("ig.files.count-matches", "files", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › output.count", "GET every output url",
              "count, when present, equals the number of lines", Slow)
      << make("ig.files.token-rule", "files", shall, ig("privacy-and-security-considerations"),
              "Bulk Data 2.0.0 › Privacy and Security (files with requiresAccessToken=true)",
              "GET the first output url without a token",
              "refused with 401/403 when requiresAccessToken is true; served when false", Slow)
      << make("ig.files.error-files-outcome", "files", shall, complete,
              "Bulk Data 2.0.0 › Complete Status › error (partial success: OperationOutcome "
              "files)",
              "the lenient export, completed; GET every error url",
              "every error item of type OperationOutcome, every line of its file an "
              "OperationOutcome (not applicable without error files)",
              Slow)
      << make("ig.files.latest-version-only", "files", shall, complete,
              "Bulk Data 2.0.0 › Complete Status (only the most recent version of each resource)",
              "an export without parameters, completed, its files read",
              "no resource (type and id) on more than one line", Slow)
      << make("ig.files.unknown-file-error", "files", shall, ig("response---error"),
              "Bulk Data 2.0.0 › Output File Request › Response - Error",
              "GET a file url of the manifest with one digit of its file id changed",
              "a 4xx or 5xx error, never a 200", Slow);
    // 6. Cancel.
    c << make("ig.cancel.delete-202", "cancel", shall, ig("response---success-1"),
              "Bulk Data 2.0.0 › Delete Request › Response - Success",
              "DELETE <Content-Location> of a running export", "202 Accepted", Export)
      << make("ig.cancel.poll-after-delete-404", "cancel", shall, ig("bulk-data-delete-request"),
              "Bulk Data 2.0.0 › Delete Request (then 404 with an OperationOutcome)",
              "GET <Content-Location> after the DELETE",
              "404, application/fhir+json, an OperationOutcome", Export)
      << make("ig.cancel.delete-unknown-error", "cancel", shall, ig("response---error-status"),
              "Bulk Data 2.0.0 › Delete Request › Response - Error Status",
              "DELETE <Content-Location> with its job id altered",
              "4xx/5xx with an OperationOutcome", Export)
      << make("ig.cancel.delete-completed", "cancel", may, ig("bulk-data-delete-request"),
              "Bulk Data 2.0.0 › Delete Request (completed export: MAY be the 'done' signal)",
              "DELETE <Content-Location> of the completed export, then GET it",
              "any answer (recorded); after a 202 the poll answers 404 with an OperationOutcome",
              Slow)
      << make("ig.cancel.requires-token", "cancel", shall,
              ig("privacy-and-security-considerations"),
              "Bulk Data 2.0.0 › Privacy and Security (the delete request protected too)",
              "DELETE <Content-Location> of a running export without a token, then with it",
              "401 or 403 without the token", Export);
    // 7. Authorisation.
    c << make("auth.smart-config.served", "auth", shall, smart("conformance.html#using-well-known"),
              "SMART App Launch 2.2 › Using .well-known",
              "GET [base]/.well-known/smart-configuration without a token",
              "200, application/json, a JSON object")
      << make("auth.smart-config.required-fields", "auth", shall,
              smart("conformance.html#metadata"), "SMART App Launch 2.2 › Metadata",
              "the same document",
              "token_endpoint (absolute URL), grant_types_supported with client_credentials, "
              "capabilities")
      << make("auth.token.none-refused", "auth", shall, smart("backend-services.html#response-2"),
              "SMART Backend Services › the resource server SHALL validate the access token",
              "the kick-off without a token", "401 (or 403); never 202")
      << make("auth.token.garbled-refused", "auth", shall,
              smart("backend-services.html#response-2"),
              "SMART Backend Services › validate the access token (signature)",
              "GET [base]/Group/{g} with a token whose signature is damaged", "401 or 403")
      << make("auth.token.expired-refused", "auth", shall,
              smart("backend-services.html#response-2"),
              "SMART Backend Services › ensure that it has not expired",
              "GET [base]/Group/{g} with an expired token", "401 or 403")
      << make("auth.token.under-scoped-read-refused", "auth", shall,
              smart("backend-services.html#response-2"),
              "SMART Backend Services › its scope covers the requested resource",
              "GET [base]/Group/{g} with a token scoped system/Patient.read", "401 or 403")
      << make("auth.token.under-scoped-export-refused", "auth", shall,
              ig("bulk-data-kick-off-request"),
              "Bulk Data 2.0.0 › Kick-off Request (SHALL limit the data returned to only those "
              "resources for which the client is authorized)",
              "GET [base]/Group/{g}/$export?_type=Observation with a token scoped "
              "system/Patient.read (and waits for the export if it is accepted)",
              "401 or 403 at kick-off, or an export whose files hold no Observation", Slow)
      << make("token.error.grant-type", "auth", shall,
              smart("backend-services.html#issue-access-token"),
              "SMART Backend Services › Issue Access Token (errors as in RFC 6749 §5.2)",
              "POST token_endpoint with grant_type=urn:fbx:conform:unsupported",
              "400 or 401, application/json, error unsupported_grant_type (or invalid_request, "
              "invalid_client)")
      << make("token.error.assertion-type", "auth", shall,
              smart("client-confidential-asymmetric.html#response"),
              "SMART Asymmetric Client Authentication › Response (errors: invalid_client)",
              "POST token_endpoint with client_credentials and client_assertion_type "
              "urn:fbx:conform:not-an-assertion-type",
              "400 or 401, application/json, error invalid_client (or invalid_request)")
      << make("token.error.bad-signature", "auth", shall,
              smart("client-confidential-asymmetric.html#signature-verification"),
              "SMART Asymmetric Client Authentication › Signature Verification",
              "POST token_endpoint with a jwt-bearer assertion of an unregistered client whose "
              "signature is not one",
              "400 or 401, application/json, error invalid_client")
      << make("token.error.description", "auth", should,
              smart("backend-services.html#issue-access-token"),
              "SMART Backend Services › Issue Access Token (SHOULD include error_description or "
              "error_uri)",
              "the three token errors above", "error_description or error_uri in each")
      << make("auth.token.valid-assertion-accepted", "auth", shall,
              smart("backend-services.html#issue-access-token"),
              "SMART Backend Services › Issue Access Token (the response: access_token, "
              "token_type, expires_in, scope)",
              "POST token_endpoint with client_credentials and a client assertion signed with "
              "the client's key (iss = sub = client id, aud = token URL, exp in 4 minutes, a new "
              "jti)",
              "200, application/json, access_token, token_type bearer, expires_in (a number), "
              "scope")
      << make("auth.token.jti-replay-refused", "auth", shall,
              smart("client-confidential-asymmetric.html#signature-verification"),
              "SMART Asymmetric Client Authentication › Signature Verification (SHALL check "
              "that the jti has not been used before)",
              "the same client assertion a second time",
              "400 or 401 with an OAuth error (invalid_client)")
      << make("auth.token.invalid-claims-refused", "auth", shall,
              smart("client-confidential-asymmetric.html#signature-verification"),
              "SMART Asymmetric Client Authentication › Signature Verification (SHALL validate "
              "the JWT as RFC 7523 §3: aud, iss and sub)",
              "client assertions signed with the client's key: one whose aud is not the token "
              "URL, one whose sub is not its iss",
              "each refused: 400 or 401 with an OAuth error (invalid_client)")
      << make("auth.token.long-exp-refused", "auth", may,
              QStringLiteral("https://www.rfc-editor.org/rfc/rfc7523#section-3"),
              "RFC 7523 §3 (the server MAY reject an exp unreasonably far in the future; SMART "
              "clients SHALL keep it within 5 minutes)",
              "a client assertion signed with the client's key that expires in an hour",
              "400 or 401 with an OAuth error");
    return c;
}

} // namespace

const QList<Check> &Catalogue::checks()
{
    static const QList<Check> all = build();
    return all;
}

std::optional<Check> Catalogue::find(const QString &id)
{
    for (const Check &c : checks())
        if (c.id == id)
            return c;
    return std::nullopt;
}

bool Catalogue::matches(const QString &patterns, const QString &id)
{
    if (patterns.trimmed().isEmpty())
        return true;
    for (const QString &p : patterns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        // Ids hold no '/', so the path-aware conversion of Qt 6.4 reads them as plain names.
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(p.trimmed()));
        if (re.match(id).hasMatch())
            return true;
    }
    return false;
}

QStringList Catalogue::sets()
{
    return {QStringLiteral("vendor"),   QStringLiteral("kickoff"), QStringLiteral("status"),
            QStringLiteral("manifest"), QStringLiteral("files"),   QStringLiteral("cancel"),
            QStringLiteral("auth")};
}

QString Catalogue::setTitle(const QString &set)
{
    if (set == QLatin1String("vendor"))
        return tr("The vendor page's answers");
    if (set == QLatin1String("kickoff"))
        return tr("Kick-off");
    if (set == QLatin1String("status"))
        return tr("Export status");
    if (set == QLatin1String("manifest"))
        return tr("Completion manifest");
    if (set == QLatin1String("files"))
        return tr("Output files");
    if (set == QLatin1String("cancel"))
        return tr("Cancelling an export");
    if (set == QLatin1String("auth"))
        return tr("Authorisation and SMART");
    return set;
}

qsizetype Catalogue::indexOf(const QString &id)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        for (qsizetype i = 0; i < checks().size(); ++i)
            h.insert(checks().at(i).id, i);
        return h;
    }();
    return index.value(id, checks().size());
}

QList<CheckResult> Catalogue::ordered(QList<CheckResult> results)
{
    std::stable_sort(
        results.begin(), results.end(),
        [](const CheckResult &a, const CheckResult &b) { return indexOf(a.id) < indexOf(b.id); });
    return results;
}
