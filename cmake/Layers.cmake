# Who may include whom: the one statement of the layering rule (docs/architecture.md describes each
# layer). cmake/CheckLayers.cmake reads this file; a layer not named below may use nothing.
set(allowed_support "")
set(allowed_fhir support)
set(allowed_tokens support)
set(allowed_calls fhir tokens support)
set(allowed_net calls fhir tokens support)
set(allowed_auth net calls fhir tokens support)
set(allowed_history calls fhir tokens support)
set(allowed_models session history workbench net calls fhir tokens support)
set(allowed_workbench calls fhir tokens support)
set(allowed_sandbox fhir tokens support)
set(allowed_session auth history sandbox net workbench calls fhir tokens support)
# conformance: the conformance run and its catalogue of checks (issue 27), above the session.
set(allowed_conformance session auth history sandbox net workbench calls fhir tokens support)
set(allowed_cli conformance session auth history workbench models sandbox net calls fhir tokens support)
set(allowed_ui conformance session models workbench calls fhir tokens support)
