#pragma once

#include <QString>

// Where the application keeps its non-secret settings (QSettings, native format):
// ~/.config/FhirBulkExplorer/FhirBulkExplorer.conf on Linux. Secrets never go there.
namespace AppSettings {

void setApplicationIdentity(); // organization/application names, before any QSettings use

QString languageOverride();    // "" = follow the system, "en", "de"
void setLanguageOverride(const QString &language);

int timeoutMs();
void setTimeoutMs(int ms);

QString lastProfileId();
void setLastProfileId(const QString &id);

} // namespace AppSettings
