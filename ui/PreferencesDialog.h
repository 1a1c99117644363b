#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Language override and network timeout. Reads and writes AppSettings.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};
