#pragma once

#include <QString>
#include <QVariantMap>

// Where the application keeps its non-secret settings (QSettings, native format):
// ~/.config/FhirBulkExplorer/FhirBulkExplorer.conf on Linux. Secrets never go there.
namespace AppSettings {

void setApplicationIdentity(); // organization/application names, before any QSettings use

QString languageOverride(); // "" = follow the system, "en", "de"
void setLanguageOverride(const QString &language);
QString appearance(); // "" = follow the system, "light", "dark"
void setAppearance(const QString &appearance);

int timeoutMs();
void setTimeoutMs(int ms);

// Exports: how long to wait for the server before asking the user, and whether the token may
// go to a status URL on another host than the server's.
int exportMaxWaitHours();
void setExportMaxWaitHours(int hours);
bool tokenToStatusOrigin();
void setTokenToStatusOrigin(bool allow);

// The call history: how much of each body is kept, and how long or how much is kept at all
// (0: no limit).
int historyBodyLimitKiB();
void setHistoryBodyLimitKiB(int kib);
int historyKeepDays();
void setHistoryKeepDays(int days);
int historyMaxMiB();
void setHistoryMaxMiB(int mib);

// What the export window was last set to on a profile (types, _since, format, filters, the
// switches, parallel downloads), to start from there next time.
QVariantMap exportChoices(const QString &profileId);
void setExportChoices(const QString &profileId, const QVariantMap &choices);

QString lastProfileId();
void setLastProfileId(const QString &id);

} // namespace AppSettings
