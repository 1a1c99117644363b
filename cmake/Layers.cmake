# Who may include whom: the one statement of the layering rule (app/CMakeLists.txt describes each
# layer). cmake/CheckLayers.cmake reads this file; a layer not named below may use nothing.
set(allowed_support "")
set(allowed_fhir support)
set(allowed_tokens support)
set(allowed_calls fhir tokens support)
set(allowed_net calls fhir tokens support)
set(allowed_auth net calls fhir tokens support)
set(allowed_history calls fhir tokens support)
set(allowed_models net calls fhir tokens support)
set(allowed_workbench models net calls fhir tokens support)
set(allowed_sandbox fhir tokens support)
set(allowed_cli auth history workbench models sandbox net calls fhir tokens support)
set(allowed_ui auth history models sandbox net calls fhir tokens support)
