#pragma once

#include "app/session/SandboxControl.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SandboxPanel;
}

// The built-in Sandbox at a glance: where it listens, its demo credentials, and the scenario
// switches that make it misbehave (applied at once, for every following call).
class SandboxPanel final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPanel)
public:
    explicit SandboxPanel(SandboxControl sandbox, QWidget *parent = nullptr);
    ~SandboxPanel() override;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void load(const SandboxScenario &s);
    void apply();

    std::unique_ptr<Ui::SandboxPanel> m_ui;
    SandboxControl m_sandbox;
    bool m_loading = false;
};
