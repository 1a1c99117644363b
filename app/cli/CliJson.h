#pragma once

#include "app/calls/CallRecord.h"

#include <QJsonObject>

// One call as fhir-bulk prints it with --json: status, diagnosis with its causes, the ids that
// trace it, headers (redacted) and the OperationOutcome issues.
namespace CliJson {

QJsonObject record(const CallRecord &r);

} // namespace CliJson
