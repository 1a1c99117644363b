#include "AppSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace AppSettings {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FhirBulkExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("FhirBulkExplorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FBX_VERSION));
}

QString languageOverride()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguageOverride(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString appearance()
{
    return QSettings().value(QStringLiteral("ui/appearance")).toString();
}

void setAppearance(const QString &appearance)
{
    QSettings().setValue(QStringLiteral("ui/appearance"), appearance);
}

int timeoutMs()
{
    return QSettings().value(QStringLiteral("net/timeoutMs"), 30000).toInt();
}

void setTimeoutMs(int ms)
{
    QSettings().setValue(QStringLiteral("net/timeoutMs"), ms);
}

int exportMaxWaitHours()
{
    return QSettings().value(QStringLiteral("export/maxWaitHours"), 12).toInt();
}

void setExportMaxWaitHours(int hours)
{
    QSettings().setValue(QStringLiteral("export/maxWaitHours"), hours);
}

int historyBodyLimitKiB()
{
    return qBound(0, QSettings().value(QStringLiteral("history/bodyLimitKiB"), 256).toInt(),
                  64 * 1024);
}

void setHistoryBodyLimitKiB(int kib)
{
    QSettings().setValue(QStringLiteral("history/bodyLimitKiB"), kib);
}

int historyKeepDays()
{
    return qMax(0, QSettings().value(QStringLiteral("history/keepDays"), 90).toInt());
}

void setHistoryKeepDays(int days)
{
    QSettings().setValue(QStringLiteral("history/keepDays"), days);
}

int historyMaxMiB()
{
    return qMax(0, QSettings().value(QStringLiteral("history/maxMiB"), 500).toInt());
}

void setHistoryMaxMiB(int mib)
{
    QSettings().setValue(QStringLiteral("history/maxMiB"), mib);
}

bool tokenToStatusOrigin()
{
    return QSettings().value(QStringLiteral("export/tokenToStatusOrigin"), false).toBool();
}

void setTokenToStatusOrigin(bool allow)
{
    QSettings().setValue(QStringLiteral("export/tokenToStatusOrigin"), allow);
}

QVariantMap exportChoices(const QString &profileId)
{
    return QSettings().value(QStringLiteral("exportChoices/") + profileId).toMap();
}

void setExportChoices(const QString &profileId, const QVariantMap &choices)
{
    QSettings().setValue(QStringLiteral("exportChoices/") + profileId, choices);
}

QString lastProfileId()
{
    return QSettings()
        .value(QStringLiteral("ui/lastProfile"), QStringLiteral("sandbox"))
        .toString();
}

void setLastProfileId(const QString &id)
{
    QSettings().setValue(QStringLiteral("ui/lastProfile"), id);
}

} // namespace AppSettings
