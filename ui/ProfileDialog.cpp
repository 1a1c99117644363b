#include "ProfileDialog.h"

#include "app/net/TlsEvidence.h"
#include "ui/Ask.h"
#include "ui/SeverityStyle.h"
#include "ui_ProfileDialog.h"

#include <QPushButton>

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileDialog>())
{
    m_ui->setupUi(this);
    for (auto e : {ServerProfile::Environment::Custom, ServerProfile::Environment::Preview,
                   ServerProfile::Environment::Production})
        m_ui->profileEnvironmentCombo->addItem(ServerProfile::environmentName(e),
                                               ServerProfile::environmentKey(e));
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
    return p;
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
