#include "ProfileDialog.h"

#include "app/calls/TlsEvidence.h"
#include "ui/Ask.h"
#include "ui/SeverityStyle.h"
#include "ui_ProfileDialog.h"

#include <QComboBox>
#include <QPushButton>

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileDialog>())
{
    m_ui->setupUi(this);
    for (auto e : {ServerProfile::Environment::Custom, ServerProfile::Environment::Preview,
                   ServerProfile::Environment::Production})
        m_ui->profileEnvironmentCombo->addItem(ServerProfile::environmentName(e),
                                               ServerProfile::environmentKey(e));
    m_ui->profileProxyCombo->addItem(tr("System settings"), int(ProxySetting::Mode::System));
    m_ui->profileProxyCombo->addItem(tr("None (direct)"), int(ProxySetting::Mode::None));
    m_ui->profileProxyCombo->addItem(tr("HTTP(S) proxy"), int(ProxySetting::Mode::Http));
    m_ui->profileProxyCombo->addItem(tr("SOCKS5 proxy"), int(ProxySetting::Mode::Socks5));
    connect(m_ui->profileProxyCombo, &QComboBox::currentIndexChanged, this,
            &ProfileDialog::showProxyFields);
    showProxyFields();
    // A problem said on OK goes once the user changes something.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, m_ui->profileProblemLabel, &QWidget::hide);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_ui->profileCaBundleButton, &QPushButton::clicked, this, [this] {
        const QString path =
            Ask::openFileName(this, tr("CA certificates for this server"),
                              tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_ui->profileCaBundleEdit->setText(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProfileDialog::~ProfileDialog() = default;

ServerProfile ProfileDialog::profile() const
{
    ServerProfile p;
    p.name = m_ui->profileNameEdit->text().trimmed();
    p.baseUrl = QUrl(m_ui->profileUrlEdit->text().trimmed(), QUrl::StrictMode);
    p.environment =
        ServerProfile::environmentFromKey(m_ui->profileEnvironmentCombo->currentData().toString());
    p.caBundle = m_ui->profileCaBundleEdit->text().trimmed();
    const auto mode = ProxySetting::Mode(m_ui->profileProxyCombo->currentData().toInt());
    if (mode == ProxySetting::Mode::Http || mode == ProxySetting::Mode::Socks5) {
        const QString scheme =
            mode == ProxySetting::Mode::Http ? QStringLiteral("http") : QStringLiteral("socks5");
        QString address = m_ui->profileProxyEdit->text().trimmed();
        if (address.contains(QLatin1String("://")))
            address = address.section(QLatin1String("://"), 1);
        p.proxy = ProxySetting::parse(scheme + QStringLiteral("://") + address, nullptr);
        p.proxy.mode = mode; // also when the address is not usable: accept() says so
        p.proxy.user = m_ui->profileProxyUserEdit->text().trimmed();
    } else {
        p.proxy.mode = mode;
    }
    return p;
}

QString ProfileDialog::proxyPassword() const
{
    return m_ui->profileProxyEdit->isEnabled() ? m_ui->profileProxyPasswordEdit->text() : QString();
}

void ProfileDialog::showProxyFields()
{
    const auto mode = ProxySetting::Mode(m_ui->profileProxyCombo->currentData().toInt());
    const bool named = mode == ProxySetting::Mode::Http || mode == ProxySetting::Mode::Socks5;
    for (QLineEdit *w :
         {m_ui->profileProxyEdit, m_ui->profileProxyUserEdit, m_ui->profileProxyPasswordEdit})
        w->setEnabled(named);
    m_ui->profileProxyEdit->setPlaceholderText(named ? (mode == ProxySetting::Mode::Http
                                                            ? tr("e.g. proxy.example.org:3128")
                                                            : tr("e.g. socks.example.org:1080"))
                                                     : QString());
}

void ProfileDialog::accept()
{
    const ServerProfile p = profile();
    QString problem;
    QWidget *fix = nullptr;
    if (p.name.isEmpty()) {
        problem = tr("Give the profile a name.");
        fix = m_ui->profileNameEdit;
    } else if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty() ||
               (p.baseUrl.scheme() != QLatin1String("https") &&
                p.baseUrl.scheme() != QLatin1String("http"))) {
        problem = tr("The base URL must be an http(s) URL with a host, such as "
                     "https://example.org/fhir.");
        fix = m_ui->profileUrlEdit;
    } else if ((p.proxy.mode == ProxySetting::Mode::Http ||
                p.proxy.mode == ProxySetting::Mode::Socks5) &&
               (p.proxy.host.isEmpty() || p.proxy.port == 0)) {
        problem = tr("Write the proxy as host:port (e.g. proxy.example.org:3128), or choose "
                     "\"System settings\".");
        fix = m_ui->profileProxyEdit;
    } else if (!p.caBundle.isEmpty()) {
        QString caProblem;
        if (TlsEvidence::loadCaBundle(p.caBundle, &caProblem).isEmpty()) {
            problem = tr("The CA bundle cannot be used (%1): choose a PEM file of CA "
                         "certificates, or leave the field empty.")
                          .arg(caProblem);
            fix = m_ui->profileCaBundleEdit;
        }
    }
    if (fix) {
        m_ui->profileProblemLabel->setText(
            QStringLiteral("%1 %2").arg(SeverityStyle::mark(Diagnosis::Severity::Error), problem));
        m_ui->profileProblemLabel->setStyleSheet(
            SeverityStyle::cardStyleSheet(Diagnosis::Severity::Error));
        m_ui->profileProblemLabel->show();
        fix->setFocus();
        return;
    }
    QDialog::accept();
}
