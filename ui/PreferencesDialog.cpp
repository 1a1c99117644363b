#include "PreferencesDialog.h"

#include "app/support/AppSettings.h"
#include "ui_PreferencesDialog.h"

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int idx = m_ui->languageCombo->findData(AppSettings::languageOverride());
    m_ui->languageCombo->setCurrentIndex(qMax(0, idx));
    m_ui->appearanceCombo->addItem(tr("Follow the system"), QString());
    m_ui->appearanceCombo->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->appearanceCombo->addItem(tr("Dark"), QStringLiteral("dark"));
    m_ui->appearanceCombo->setCurrentIndex(
        qMax(0, m_ui->appearanceCombo->findData(AppSettings::appearance())));
    m_ui->timeoutSpin->setValue(AppSettings::timeoutMs() / 1000);
    m_ui->maxWaitSpin->setValue(AppSettings::exportMaxWaitHours());
    m_ui->statusOriginCheck->setChecked(AppSettings::tokenToStatusOrigin());
    m_ui->historyBodySpin->setValue(AppSettings::historyBodyLimitKiB());
    m_ui->historyDaysSpin->setValue(AppSettings::historyKeepDays());
    m_ui->historySizeSpin->setValue(AppSettings::historyMaxMiB());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    AppSettings::setLanguageOverride(m_ui->languageCombo->currentData().toString());
    AppSettings::setAppearance(m_ui->appearanceCombo->currentData().toString());
    AppSettings::setTimeoutMs(m_ui->timeoutSpin->value() * 1000);
    AppSettings::setExportMaxWaitHours(m_ui->maxWaitSpin->value());
    AppSettings::setTokenToStatusOrigin(m_ui->statusOriginCheck->isChecked());
    AppSettings::setHistoryBodyLimitKiB(m_ui->historyBodySpin->value());
    AppSettings::setHistoryKeepDays(m_ui->historyDaysSpin->value());
    AppSettings::setHistoryMaxMiB(m_ui->historySizeSpin->value());
    QDialog::accept();
}
