#pragma once

#include "app/calls/ServerProfile.h"

#include <QList>
#include <optional>

class QSettings;

// Built-in profiles plus the user's own, kept under [profiles] in the application settings.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<ServerProfile> all() const;
    // By id, or by name (case-insensitive).
    std::optional<ServerProfile> find(const QString &idOrName) const;
    // Adds or replaces a custom profile; returns its id.
    QString saveCustom(ServerProfile profile);
    void removeCustom(const QString &id);

private:
    QSettings *m_settings;
};
