#include "SandboxPanel.h"

#include "ui_SandboxPanel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

SandboxPanel::SandboxPanel(SandboxControl sandbox, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SandboxPanel>()), m_sandbox(std::move(sandbox))
{
    m_ui->setupUi(this);
    for (auto r : {SandboxScenario::RetryAfter::Seconds, SandboxScenario::RetryAfter::HttpDate,
                   SandboxScenario::RetryAfter::XRetryAfter, SandboxScenario::RetryAfter::None})
        m_ui->retryAfterCombo->addItem(SandboxScenario::retryAfterKey(r), int(r));
    m_ui->retryAfterCombo->setItemText(0, tr("Retry-After: seconds"));
    m_ui->retryAfterCombo->setItemText(1, tr("Retry-After: HTTP-date"));
    m_ui->retryAfterCombo->setItemText(2, tr("X-RetryAfter (vendor sample, non-standard)"));
    m_ui->retryAfterCombo->setItemText(3, tr("No hint"));
    m_ui->connectionLabel->setText(
        tr("<b>Base URL</b> %1<br><b>Token URL</b> %2<br><b>Demo client</b> %3 / secret %4 "
           "(Sandbox only)<br><b>Demo JWT client</b> %5 (private_key_jwt, ES384, a key made for "
           "this run: "
           "Save demo JWT key…)<br>Tokens are HS256 JWTs signed with a key of this run; other "
           "private_key_jwt "
           "clients are registered by the Get token dialog.")
            .arg(m_sandbox.baseUrl().toString(), m_sandbox.tokenUrl().toString(),
                 SandboxControl::demoClientId(), SandboxControl::demoClientSecret(),
                 SandboxControl::demoJwtClientId()));
    connect(m_ui->saveDemoKeyButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the demo JWT client's private key"),
            QStringLiteral("sandbox-demo-jwt-key.pem"), tr("PEM files (*.pem)"));
        if (path.isEmpty())
            return;
        // Readable by this user only, like any private key (this one works on this Sandbox run
        // only).
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            f.write(m_sandbox.demoJwtPrivateKeyPem()) < 0) {
            Q_EMIT statusMessage(tr("Cannot write %1: %2").arg(path, f.errorString()));
            return;
        }
        Q_EMIT statusMessage(tr("Saved the demo JWT key to %1 (client id %2).")
                                 .arg(path, SandboxControl::demoJwtClientId()));
    });
    connect(m_ui->copyBaseUrlButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_sandbox.baseUrl().toString()); });
    connect(m_ui->copyDemoTokenButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromLatin1(m_sandbox.demoToken()));
        Q_EMIT statusMessage(
            tr("The Sandbox demo token is on the clipboard (it works on this Sandbox only)."));
    });
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] {
        m_sandbox.setScenario(SandboxScenario());
        load(SandboxScenario());
    });
    addDeviations();
    load(m_sandbox.scenario());
    resize(width(), sizeHint().height());
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &SandboxPanel::apply);
    for (QCheckBox *check : findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, &SandboxPanel::apply);
    connect(m_ui->retryAfterCombo, &QComboBox::currentIndexChanged, this, &SandboxPanel::apply);
}

SandboxPanel::~SandboxPanel() = default;

void SandboxPanel::load(const SandboxScenario &s)
{
    m_loading = true;
    m_ui->exportDurationSpin->setValue(s.exportDurationMs);
    m_ui->retryAfterCombo->setCurrentIndex(m_ui->retryAfterCombo->findData(int(s.retryAfter)));
    m_ui->retryAfterSpin->setValue(s.retryAfterSecs);
    m_ui->tooFastCheck->setChecked(s.tooFast429);
    m_ui->transientSpin->setValue(s.transientErrors);
    m_ui->failJobCheck->setChecked(s.failJob);
    m_ui->errorFilesCheck->setChecked(s.errorFiles);
    m_ui->omitCountCheck->setChecked(s.omitCount);
    m_ui->fileExpirySpin->setValue(s.fileExpirySecs);
    m_ui->dropMidFileCheck->setChecked(s.dropMidFile);
    m_ui->latencySpin->setValue(s.latencyMs);
    m_ui->trickleSpin->setValue(s.trickleKiBps);
    m_ui->largeFileSpin->setValue(s.largeFileMiB);
    m_ui->tokenLifetimeSpin->setValue(s.tokenLifetimeSecs);
    m_ui->openReadsCheck->setChecked(s.openReads);
    m_ui->deletionsCheck->setChecked(s.deletions);
    for (QCheckBox *box : std::as_const(m_deviations))
        box->setChecked(s.deviations.contains(box->property("deviation").toString()));
    m_loading = false;
}

void SandboxPanel::apply()
{
    if (m_loading)
        return;
    // What the panel does not show (several large files, other origin) stays.
    SandboxScenario s = m_sandbox.scenario();
    s.exportDurationMs = m_ui->exportDurationSpin->value();
    s.retryAfter = SandboxScenario::RetryAfter(m_ui->retryAfterCombo->currentData().toInt());
    s.retryAfterSecs = m_ui->retryAfterSpin->value();
    s.tooFast429 = m_ui->tooFastCheck->isChecked();
    s.transientErrors = m_ui->transientSpin->value();
    s.failJob = m_ui->failJobCheck->isChecked();
    s.errorFiles = m_ui->errorFilesCheck->isChecked();
    s.omitCount = m_ui->omitCountCheck->isChecked();
    s.fileExpirySecs = m_ui->fileExpirySpin->value();
    s.dropMidFile = m_ui->dropMidFileCheck->isChecked();
    s.latencyMs = m_ui->latencySpin->value();
    s.trickleKiBps = m_ui->trickleSpin->value();
    s.largeFileMiB = m_ui->largeFileSpin->value();
    s.tokenLifetimeSecs = m_ui->tokenLifetimeSpin->value();
    s.openReads = m_ui->openReadsCheck->isChecked();
    s.deletions = m_ui->deletionsCheck->isChecked();
    s.deviations.clear();
    for (const QCheckBox *box : std::as_const(m_deviations))
        if (box->isChecked())
            s.deviations << box->property("deviation").toString();
    m_sandbox.setScenario(s);
}

void SandboxPanel::addDeviations()
{
    // Issue 27: one switch per documented behaviour the Sandbox can break, for demos of Tools →
    // Check this server… (each makes exactly its checks fail).
    auto *group = new QGroupBox(tr("Deviate from the documentation (for conformance demos)"), this);
    group->setObjectName(QStringLiteral("deviationGroup"));
    auto *grid = new QGridLayout(group);
    auto *intro = new QLabel(tr("Each switch breaks one documented behaviour of the Sandbox. Tools "
                                "→ Check this server… then shows exactly its checks failing; "
                                "fhir-bulk sandbox --deviate NAME does the same from a terminal."),
                             group);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 2);
    const QStringList names = SandboxControl::deviations();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *box = new QCheckBox(SandboxControl::describeDeviation(names.at(i)), group);
        box->setObjectName(QStringLiteral("deviate_") + names.at(i));
        box->setProperty("deviation", names.at(i));
        box->setToolTip(QStringLiteral("fhir-bulk sandbox --deviate %1").arg(names.at(i)));
        grid->addWidget(box, 1 + int(i / 2), int(i % 2));
        m_deviations << box;
    }
    grid->setRowStretch(grid->rowCount(), 1);
    // The two kinds of switches share one place as tabs, so the panel stays within a 700 px
    // high screen.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("switchTabs"));
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    const int at = layout->indexOf(m_ui->scenarioGroup);
    layout->removeWidget(m_ui->scenarioGroup);
    tabs->addTab(m_ui->scenarioGroup, m_ui->scenarioGroup->title());
    tabs->addTab(group, group->title());
    m_ui->scenarioGroup->setTitle(QString());
    group->setTitle(QString());
    layout->insertWidget(at, tabs);
}
