#include "ProfileVariables.h"

#include "app/auth/TokenStore.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSet>

QString ProfileVariables::secretKey(const QString &profileId, const QString &name)
{
    return QStringLiteral("variable/%1/%2").arg(profileId, name);
}

void ProfileVariables::load(const ProfileStore &store, TokenStore *tokens,
                            const ServerProfile &profile, QObject *context, Done done)
{
    struct Pending
    {
        std::shared_ptr<VariableSet> set;
        QStringList problems;
        int waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->set = std::make_shared<VariableSet>(VariableSource::Origin::Environment,
                                                 tr("the profile \"%1\"").arg(profile.name));
    const QList<ProfileVariable> variables = store.variables(profile.id);
    QList<ProfileVariable> secrets;
    for (const ProfileVariable &v : variables) {
        if (v.secret)
            secrets << v;
        else
            pending->set->set(v.name, v.value);
    }
    if (secrets.isEmpty() || !tokens) {
        for (const ProfileVariable &v : std::as_const(secrets))
            pending->problems << tr("The secret variable %1 of the profile \"%2\" cannot be read "
                                    "here (no keychain).")
                                     .arg(v.name, profile.name);
        done(pending->set, pending->problems);
        return;
    }
    pending->waiting = int(secrets.size());
    const QPointer<QObject> guard(context);
    // The keychain answers in the order asked: the last answer completes the set.
    for (const ProfileVariable &v : std::as_const(secrets)) {
        tokens->load(secretKey(profile.id, v.name), [pending, guard, done, name = v.name,
                                                     profileName = profile.name](
                                                        const SecretBackend::Result &r) {
            if (r.status == SecretBackend::Status::Ok)
                pending->set->set(name, QString::fromUtf8(r.value), true);
            else
                pending->problems
                    << tr("The secret variable %1 of the profile \"%2\" has no value "
                          "in the keychain%3: set it in Settings → Server profile and variables….")
                           .arg(name, profileName,
                                r.message.isEmpty() ? QString()
                                                    : QStringLiteral(" (%1)").arg(r.message));
            if (--pending->waiting == 0 && guard)
                done(pending->set, pending->problems);
        });
    }
}

void ProfileVariables::save(ProfileStore *store, TokenStore *tokens, const QString &profileId,
                            const QList<ProfileVariable> &variables)
{
    QSet<QString> secretNow;
    for (const ProfileVariable &v : variables) {
        if (!v.secret)
            continue;
        secretNow.insert(v.name);
        if (!v.value.isEmpty() && tokens)
            tokens->save(secretKey(profileId, v.name), v.value.toUtf8());
    }
    const QList<ProfileVariable> before = store->variables(profileId);
    for (const ProfileVariable &v : before) {
        if (v.secret && !secretNow.contains(v.name) && tokens)
            tokens->remove(secretKey(profileId, v.name));
    }
    QList<ProfileVariable> kept = variables;
    for (ProfileVariable &v : kept) {
        if (v.secret)
            v.value.clear();
    }
    store->setVariables(profileId, kept);
}

void ProfileVariables::forget(ProfileStore *store, TokenStore *tokens, const QString &profileId)
{
    save(store, tokens, profileId, {});
}

QString ProfileVariables::problem(const QList<ProfileVariable> &variables)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    QSet<QString> seen;
    for (int i = 0; i < variables.size(); ++i) {
        const QString &n = variables.at(i).name;
        if (!name.match(n).hasMatch())
            return tr("Row %1: \"%2\" is not a variable name (letters, digits, _ . -; not "
                      "starting with a digit).")
                .arg(i + 1)
                .arg(n);
        if (n == QLatin1String("token"))
            return tr("Row %1: {{token}} is the profile's token (the token row), not a "
                      "variable.")
                .arg(i + 1);
        if (seen.contains(n))
            return tr("Row %1: %2 is there twice.").arg(i + 1).arg(n);
        seen.insert(n);
    }
    return {};
}
