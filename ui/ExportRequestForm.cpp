#include "ExportRequestForm.h"

#include "app/fhir/CapabilityStatement.h"
#include "app/fhir/PatientCompartment.h"
#include "app/session/ServerSession.h"
#include "app/support/AppSettings.h"
#include "ui_ExportDialog.h"

#include <QClipboard>
#include <QDialog>
#include <QFontDatabase>
#include <QGuiApplication>

ExportRequestForm::ExportRequestForm(QDialog *dialog, Ui::ExportDialog *ui, ExportJob *job,
                                     ServerSession *server, ExportJournal *journal,
                                     const QString &groupId)
    : QObject(dialog), m_dialog(dialog), m_ui(ui), m_job(job), m_server(server), m_journal(journal),
      m_profileId(job->profileId())
{
    connect(m_ui->sinceLastButton, &QPushButton::clicked, this, [this] {
        const QDateTime last =
            m_journal->lastTransactionTime(m_profileId, m_ui->groupEdit->text().trimmed());
        if (!last.isValid()) {
            m_ui->stateLabel->setText(tr("No finished export of Group %1 on this server yet.")
                                          .arg(m_ui->groupEdit->text()));
            return;
        }
        m_ui->sinceCheck->setChecked(true);
        m_ui->sinceEdit->setDateTime(last.toLocalTime());
    });
    m_ui->groupEdit->setText(groupId);
    m_ui->previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The Patient-compartment types of a Bulk Data Group export.
    for (const QString &type : patientCompartmentExportTypes()) {
        auto *item = new QListWidgetItem(type, m_ui->typesList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const char *f : {"application/fhir+ndjson", "application/ndjson", "ndjson"})
        m_ui->formatCombo->addItem(QString::fromLatin1(f));
    m_ui->sinceEdit->setDateTime(QDateTime::currentDateTime().addDays(-30));
    m_ui->sinceEdit->setEnabled(false);
    connect(m_ui->allTypesButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->typesList->count(); ++i)
            m_ui->typesList->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_ui->noTypesButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->typesList->count(); ++i)
            m_ui->typesList->item(i)->setCheckState(Qt::Unchecked);
    });
    for (QLineEdit *e :
         {m_ui->groupEdit, m_ui->typeFilterEdit, m_ui->elementsEdit, m_ui->associatedEdit})
        connect(e, &QLineEdit::textChanged, this, &ExportRequestForm::updatePreview);
    for (QCheckBox *c : {m_ui->postCheck, m_ui->noCacheCheck, m_ui->lenientCheck, m_ui->sinceCheck})
        connect(c, &QCheckBox::toggled, this, &ExportRequestForm::updatePreview);
    connect(m_ui->sinceCheck, &QCheckBox::toggled, m_ui->sinceEdit, &QWidget::setEnabled);
    connect(m_ui->sinceEdit, &QDateTimeEdit::dateTimeChanged, this,
            &ExportRequestForm::updatePreview);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this,
            &ExportRequestForm::updatePreview);
    connect(m_ui->typesList, &QListWidget::itemChanged, this, &ExportRequestForm::updatePreview);
    connect(m_ui->copyRequestButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->previewText->toPlainText()); });
    restoreChoices();
    updatePreview();
    // Which of the Patient-compartment types the server's CapabilityStatement lists (read once
    // by the session, shared with the other panes).
    connect(m_server, &ServerSession::statementChanged, this, &ExportRequestForm::showListedTypes);
    if (m_server->statement())
        showListedTypes();
    else
        m_server->ensureLoaded();
}

void ExportRequestForm::showListedTypes()
{
    const auto &cs = m_server->statement();
    if (!cs)
        return; // no CapabilityStatement: every type stays offered as it is
    const QStringList listed = cs->resourceTypes();
    int inList = 0;
    for (int i = 0; i < m_ui->typesList->count(); ++i)
        inList += listed.contains(m_ui->typesList->item(i)->text()) ? 1 : 0;
    if (inList == 0) {
        // Like the vendor's: only Group and Binary are listed, which says nothing about exports.
        m_ui->typesNoteLabel->setText(
            tr("The server's CapabilityStatement lists no Patient-compartment types "
               "(only %1), so all are offered.")
                .arg(listed.join(QStringLiteral(", "))));
    } else {
        for (int i = 0; i < m_ui->typesList->count(); ++i) {
            QListWidgetItem *item = m_ui->typesList->item(i);
            if (listed.contains(item->text()))
                continue;
            item->setForeground(m_dialog->palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Not in the server's CapabilityStatement: the export may refuse it "
                                "(or skip it when lenient)."));
        }
        m_ui->typesNoteLabel->setText(
            tr("Greyed types are not in the server's CapabilityStatement."));
    }
    m_ui->typesNoteLabel->show();
}

void ExportRequestForm::saveChoices() const
{
    // What request() would send, plus the _since date even while it is switched off.
    const ExportSession::Request r = request();
    AppSettings::setExportChoices(m_profileId,
                                  {{QStringLiteral("types"), r.types},
                                   {QStringLiteral("sinceOn"), r.since.isValid()},
                                   {QStringLiteral("since"), m_ui->sinceEdit->dateTime().toUTC()},
                                   {QStringLiteral("format"), r.outputFormat},
                                   {QStringLiteral("typeFilter"), r.typeFilter},
                                   {QStringLiteral("elements"), r.elements},
                                   {QStringLiteral("associated"), r.includeAssociatedData},
                                   {QStringLiteral("post"), r.usePost},
                                   {QStringLiteral("noCache"), r.noCache},
                                   {QStringLiteral("lenient"), r.lenient}});
}

void ExportRequestForm::restoreChoices()
{
    // Per profile: what suits Production need not suit the Sandbox.
    const QVariantMap c = AppSettings::exportChoices(m_profileId);
    if (c.isEmpty())
        return;
    const QStringList types = c.value(QStringLiteral("types")).toStringList();
    for (int i = 0; i < m_ui->typesList->count(); ++i) {
        QListWidgetItem *item = m_ui->typesList->item(i);
        item->setCheckState(types.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    const QDateTime since = c.value(QStringLiteral("since")).toDateTime();
    if (since.isValid())
        m_ui->sinceEdit->setDateTime(since.toLocalTime());
    m_ui->sinceCheck->setChecked(c.value(QStringLiteral("sinceOn")).toBool());
    const int format = m_ui->formatCombo->findText(c.value(QStringLiteral("format")).toString());
    if (format >= 0)
        m_ui->formatCombo->setCurrentIndex(format);
    m_ui->typeFilterEdit->setText(c.value(QStringLiteral("typeFilter")).toString());
    m_ui->elementsEdit->setText(c.value(QStringLiteral("elements")).toString());
    m_ui->associatedEdit->setText(c.value(QStringLiteral("associated")).toString());
    m_ui->postCheck->setChecked(c.value(QStringLiteral("post")).toBool());
    m_ui->noCacheCheck->setChecked(c.value(QStringLiteral("noCache")).toBool());
    m_ui->lenientCheck->setChecked(c.value(QStringLiteral("lenient")).toBool());
}

ExportSession::Request ExportRequestForm::request() const
{
    ExportSession::Request r;
    r.groupId = m_ui->groupEdit->text().trimmed();
    for (int i = 0; i < m_ui->typesList->count(); ++i) {
        if (m_ui->typesList->item(i)->checkState() == Qt::Checked)
            r.types << m_ui->typesList->item(i)->text();
    }
    if (m_ui->sinceCheck->isChecked())
        r.since = m_ui->sinceEdit->dateTime().toUTC();
    r.outputFormat = m_ui->formatCombo->currentText();
    r.typeFilter = m_ui->typeFilterEdit->text().trimmed();
    r.elements = m_ui->elementsEdit->text().trimmed();
    r.includeAssociatedData = m_ui->associatedEdit->text().trimmed();
    r.usePost = m_ui->postCheck->isChecked();
    r.noCache = m_ui->noCacheCheck->isChecked();
    r.lenient = m_ui->lenientCheck->isChecked();
    return r;
}

void ExportRequestForm::updatePreview()
{
    // The same builder the session sends with: what is shown is what goes out.
    const ExportSession::Request r = request();
    const ApiRequest api = m_job->kickOffRequest(r);
    QStringList lines{
        QStringLiteral("%1 %2").arg(QString::fromLatin1(api.method), api.url.toString())};
    for (const auto &h : api.headers)
        lines << QStringLiteral("%1: %2").arg(QString::fromLatin1(h.first),
                                              QString::fromUtf8(h.second));
    if (api.auth != AuthMode::None && m_job->hasToken())
        lines << tr("Authorization: Bearer <the profile's token>");
    if (!api.body.isEmpty())
        lines << QString() << QString::fromUtf8(api.body);
    m_ui->previewText->setPlainText(lines.join(QLatin1Char('\n')));
    Q_EMIT changed();
}
