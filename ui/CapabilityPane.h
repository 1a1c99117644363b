#pragma once

#include "app/calls/CallRecord.h"
#include "app/fhir/CapabilityStatement.h"
#include "app/session/SandboxControl.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class CapabilityPane;
}
class CapabilityModel;
class FhirClient;
class ServerSession;
class ProfileStore;

// What the server says it can do, read when a profile connects (GET metadata, no token):
// software and version, FHIR version, formats (what is missing is shown greyed), the token URL,
// and every resource with its interactions, operations and search parameters. "Compare servers"
// puts two profiles' statements side by side.
class CapabilityPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityPane)
    Q_PROPERTY(bool loading READ isLoading)
public:
    CapabilityPane(ServerSession *session, ProfileStore *profiles, SandboxControl sandbox,
                   QWidget *parent = nullptr);
    ~CapabilityPane() override;

    // Reads the current server's CapabilityStatement.
    void load();
    bool isLoading() const;
    const std::optional<CapabilityStatement> &statement() const;

Q_SIGNALS:
    // A new statement was read (or none could be: nullopt).
    void statementChanged();
    void showCallRequested(quint64 callId);

private:
    void showStatement();
    void compare();

    std::unique_ptr<Ui::CapabilityPane> m_ui;
    ServerSession *m_session;
    ProfileStore *m_profiles;
    SandboxControl m_sandbox;
    CapabilityModel *m_model;
};
