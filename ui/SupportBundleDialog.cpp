#include "SupportBundleDialog.h"

#include "app/calls/Redaction.h"
#include "app/support/PrivateFile.h"
#include "ui/Ask.h"
#include "ui/SeverityStyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

SupportBundleDialog::SupportBundleDialog(const QList<CallRecord> &calls,
                                         const SupportBundle::Context &context, QWidget *parent)
    : QDialog(parent), m_calls(calls), m_context(context), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("supportBundleDialog"));
    setWindowTitle(tr("Create support bundle"));
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("bundleIntroLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(
        tr("<p>One file for vendor support: <b>%n call(s)</b> as HAR 1.2 (it opens in browser "
           "devtools and HAR viewers), with the summary below at its top.</p>"
           "<p><b>Included:</b> each call's method, URL, request and response headers, bodies, "
           "times, status and diagnosis; the app, Qt and OS versions; the server's base URL; "
           "the token's length and SHA-256 fingerprint.<br><b>Not included:</b> the token (every "
           "Authorization header shows only its length and fingerprint), client secrets, "
           "private keys and client assertions.</p>"
           "<p>Bodies may hold patient data: share the file the way your agreement with the "
           "vendor says.</p>",
           nullptr, int(calls.size())));
    auto *summary = new QPlainTextEdit(this);
    summary->setObjectName(QStringLiteral("bundleSummaryText"));
    summary->setReadOnly(true);
    summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    summary->setPlainText(SupportBundle::summary(calls, context));
    m_result->setObjectName(QStringLiteral("bundleResultLabel"));
    m_result->setWordWrap(true);
    m_result->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveBundleButton"));
    saveButton->setDefault(true);
    saveButton->setEnabled(!calls.isEmpty());
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(summary, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(900, 620);
}

bool SupportBundleDialog::save()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("fhir-support-%1.har")
                    .arg(m_context.created.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = Ask::saveFileName(this, tr("Save the support bundle"), suggested,
                                           tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return false;
    const QByteArray bytes = SupportBundle::write(m_calls, m_context);
    QString why; // private (0600), complete or not there, only over a regular file
    if (!PrivateFile::writeWhole(path, bytes, &why)) {
        m_result->setText(
            QStringLiteral("%1 %2").arg(SeverityStyle::mark(Diagnosis::Severity::Error),
                                        tr("The bundle could not be written to %1: %2")
                                            .arg(QDir::toNativeSeparators(path), why)));
        m_result->setStyleSheet(SeverityStyle::cardStyleSheet(Diagnosis::Severity::Error));
        m_result->show();
        return false;
    }
    m_savedTo = path;
    return true;
}
