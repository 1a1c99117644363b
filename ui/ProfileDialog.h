#pragma once

#include "app/calls/ServerProfile.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ProfileDialog;
}

// A server profile of the user's own: name, base URL, environment, CA bundle and proxy. OK is taken
// only for a name and an http(s) URL with a host; otherwise the dialog stays open and says what is
// missing.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)
public:
    explicit ProfileDialog(QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ServerProfile profile() const;
    // The named proxy's password (for the keychain; never part of the profile).
    QString proxyPassword() const;
    void accept() override;

private:
    void showProxyFields();
    std::unique_ptr<Ui::ProfileDialog> m_ui;
};
