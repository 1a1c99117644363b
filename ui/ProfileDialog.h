#pragma once

#include "app/calls/ServerProfile.h"
#include "app/session/ProfileStore.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ProfileDialog;
}

// A server profile of the user's own: name, base URL, environment, CA bundle and proxy, and the
// variables of any profile (name, value, secret; secret values masked). OK is taken only for a
// name, an http(s) URL with a host and usable variable names; otherwise the dialog stays open
// and says what is missing. For an existing profile (setProfile) it edits; a built-in one's
// server fields are fixed, its variables are not.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)
public:
    explicit ProfileDialog(QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Edits an existing profile (its id kept); a built-in one's server fields are read-only.
    void setProfile(const ServerProfile &profile);
    ServerProfile profile() const;
    // The profile's variables; a secret one comes without its value (the keychain keeps it,
    // and an empty value on OK keeps it there).
    void setVariables(const QList<ProfileVariable> &variables);
    QList<ProfileVariable> variables() const;
    // The named proxy's password (for the keychain; never part of the profile).
    QString proxyPassword() const;
    void accept() override;

private:
    void showProxyFields();
    void addVariableRow(const ProfileVariable &variable);
    void showProblem(const QString &problem, QWidget *fix);
    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ServerProfile m_editing; // setProfile's: its id and whether it is built in
};
