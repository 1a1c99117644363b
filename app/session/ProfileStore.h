#pragma once

#include "app/calls/ServerProfile.h"

#include <QList>
#include <QString>
#include <optional>

class QSettings;

// A variable kept with a profile ({{groupId}} is 42 on Preview, 1 on the Sandbox). A plain one
// lives in the settings; a secret one has only its name there, its value in the keychain
// (ProfileVariables reads and writes it).
struct ProfileVariable
{
    QString name;
    QString value; // a secret one: empty when read from the store (the keychain holds it)
    bool secret = false;
    bool operator==(const ProfileVariable &o) const
    {
        return name == o.name && value == o.value && secret == o.secret;
    }
};

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

    // A profile's variables (built-in profiles have them too), in the order they were saved;
    // secret ones without their values.
    QList<ProfileVariable> variables(const QString &profileId) const;
    // Replaces them; a secret one's value is never written here.
    void setVariables(const QString &profileId, const QList<ProfileVariable> &variables);

private:
    QSettings *m_settings;
};
