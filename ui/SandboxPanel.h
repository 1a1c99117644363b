#pragma once

#include "app/session/SandboxControl.h"

#include <QDialog>
#include <QList>

class QCheckBox;
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
    void addDeviations();

    std::unique_ptr<Ui::SandboxPanel> m_ui;
    SandboxControl m_sandbox;
    QList<QCheckBox *> m_deviations; // "Deviate from the documentation", one per switch
    bool m_loading = false;
};
