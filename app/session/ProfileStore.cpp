#include "ProfileStore.h"

#include <QSettings>
#include <QUuid>

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings) {}

QList<ServerProfile> ProfileStore::all() const
{
    QList<ServerProfile> out = ServerProfile::builtIns();
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        ServerProfile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name"), id).toString();
        p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        p.environment = ServerProfile::environmentFromKey(
            m_settings->value(QStringLiteral("environment")).toString());
        if (p.environment == ServerProfile::Environment::Sandbox)
            p.environment = ServerProfile::Environment::Custom;
        p.caBundle = m_settings->value(QStringLiteral("caBundle")).toString();
        p.pinnedSha256 = m_settings->value(QStringLiteral("pinnedSha256")).toString();
        p.proxy =
            ProxySetting::parse(m_settings->value(QStringLiteral("proxy")).toString(), nullptr);
        m_settings->endGroup();
        out << p;
    }
    m_settings->endGroup();
    return out;
}

std::optional<ServerProfile> ProfileStore::find(const QString &idOrName) const
{
    const QList<ServerProfile> profiles = all();
    for (const ServerProfile &p : profiles) {
        if (p.id == idOrName)
            return p;
    }
    for (const ServerProfile &p : profiles) {
        if (p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::saveCustom(ServerProfile p)
{
    if (p.id.isEmpty() || p.builtIn)
        p.id =
            QStringLiteral("custom-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    m_settings->beginGroup(QStringLiteral("profiles"));
    m_settings->beginGroup(p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("environment"),
                         ServerProfile::environmentKey(p.environment));
    if (p.caBundle.isEmpty())
        m_settings->remove(QStringLiteral("caBundle"));
    else
        m_settings->setValue(QStringLiteral("caBundle"), p.caBundle);
    if (p.pinnedSha256.isEmpty())
        m_settings->remove(QStringLiteral("pinnedSha256"));
    else
        m_settings->setValue(QStringLiteral("pinnedSha256"), p.pinnedSha256);
    if (p.proxy.mode == ProxySetting::Mode::System)
        m_settings->remove(QStringLiteral("proxy"));
    else
        m_settings->setValue(QStringLiteral("proxy"), p.proxy.toString()); // never a password
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    return p.id;
}

void ProfileStore::removeCustom(const QString &id)
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    m_settings->remove(id);
    m_settings->endGroup();
    setVariables(id, {});
}

// Kept apart from [profiles], whose groups are the custom profiles: a built-in profile's
// variables must not make it look like one.
QList<ProfileVariable> ProfileStore::variables(const QString &profileId) const
{
    QList<ProfileVariable> out;
    m_settings->beginGroup(QStringLiteral("profileVariables"));
    const int n = m_settings->beginReadArray(profileId);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ProfileVariable v;
        v.name = m_settings->value(QStringLiteral("name")).toString();
        v.secret = m_settings->value(QStringLiteral("secret"), false).toBool();
        if (!v.secret)
            v.value = m_settings->value(QStringLiteral("value")).toString();
        if (!v.name.isEmpty())
            out << v;
    }
    m_settings->endArray();
    m_settings->endGroup();
    return out;
}

void ProfileStore::setVariables(const QString &profileId, const QList<ProfileVariable> &variables)
{
    m_settings->beginGroup(QStringLiteral("profileVariables"));
    m_settings->remove(profileId);
    if (!variables.isEmpty()) {
        m_settings->beginWriteArray(profileId, int(variables.size()));
        for (int i = 0; i < variables.size(); ++i) {
            const ProfileVariable &v = variables.at(i);
            m_settings->setArrayIndex(i);
            m_settings->setValue(QStringLiteral("name"), v.name);
            if (v.secret)
                m_settings->setValue(QStringLiteral("secret"), true); // the value: the keychain
            else
                m_settings->setValue(QStringLiteral("value"), v.value);
        }
        m_settings->endArray();
    }
    m_settings->endGroup();
    m_settings->sync();
}
