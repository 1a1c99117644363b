#pragma once

#include "app/calls/ServerProfile.h"
#include "app/session/ProfileStore.h"
#include "app/workbench/VariableSet.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>
#include <memory>

class QObject;
class TokenStore;

// A profile's variables (an environment, in JetBrains' and Postman's words) as a source for
// the variable resolver: the plain ones from the settings (ProfileStore), the secret ones from
// the keychain (TokenStore), never the reverse. The window's runner and `fhir-bulk run
// --profile` both read them here.
class ProfileVariables
{
    Q_DECLARE_TR_FUNCTIONS(ProfileVariables)
public:
    // The keychain entry of a secret variable.
    static QString secretKey(const QString &profileId, const QString &name);

    // `problems`: the secret variables the keychain did not give (not there, or it failed).
    using Done =
        std::function<void(std::shared_ptr<const VariableSet> variables, QStringList problems)>;
    // Reads the profile's variables; `done` is called once, on `context`'s thread (not at all
    // when `context` is gone by then). Without secret variables it is called at once.
    static void load(const ProfileStore &store, TokenStore *tokens, const ServerProfile &profile,
                     QObject *context, Done done);

    // Saves the list for the profile: plain values in the settings, secret ones in the keychain
    // (a secret variable with an empty value keeps the value the keychain has); the keychain
    // entries of secret variables removed or made plain go.
    static void save(ProfileStore *store, TokenStore *tokens, const QString &profileId,
                     const QList<ProfileVariable> &variables);
    // A removed profile: its variables and their keychain entries go.
    static void forget(ProfileStore *store, TokenStore *tokens, const QString &profileId);

    // Why the list cannot be saved ("Row 2: …"), empty when it can: names as the files use
    // them, each once; `token` is the profile's token, never a variable.
    static QString problem(const QList<ProfileVariable> &variables);
};
