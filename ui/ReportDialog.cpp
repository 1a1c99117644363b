#include "ReportDialog.h"

#include "app/models/ReportWriter.h"
#include "app/support/PrivateFile.h"
#include "ui/Ask.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ReportDialog::ReportDialog(const QList<CallRecord> &calls, const QString &source, QWidget *parent)
    : QDialog(parent), m_report(Report::fromCalls(calls)), m_title(new QLineEdit(this)),
      m_preview(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report on %n call(s)", nullptr, int(calls.size())));
    setSizeGripEnabled(true);
    m_report.source = source;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title->setObjectName(QStringLiteral("reportTitleEdit"));
    m_title->setAccessibleName(tr("Report title"));
    m_title->setText(tr("Findings: %n call(s)", nullptr, int(calls.size())));
    form->addRow(tr("&Title:"), m_title);
    layout->addLayout(form);
    auto *explain = new QLabel(tr("Per call: method, URL, status, time, the diagnosis and its "
                                  "causes, the ids support asks for, the note, the headers "
                                  "(redacted) and the start of the body. Never the token."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report as Markdown"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy Markdown"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("reportCopyButton"));
    copy->setToolTip(tr("The report as Markdown, to paste into a ticket"));
    auto *saveHtml = buttons->addButton(tr("Save as &HTML…"), QDialogButtonBox::ActionRole);
    saveHtml->setObjectName(QStringLiteral("reportSaveHtmlButton"));
    saveHtml->setToolTip(tr("One self-contained HTML file: no script, nothing fetched from "
                            "elsewhere"));
    auto *saveMarkdown = buttons->addButton(tr("Save as &Markdown…"), QDialogButtonBox::ActionRole);
    saveMarkdown->setObjectName(QStringLiteral("reportSaveMarkdownButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(markdown());
        Q_EMIT statusMessage(tr("Copied the report (Markdown) to the clipboard."), 8000);
    });
    connect(saveHtml, &QPushButton::clicked, this, [this] { save(true); });
    connect(saveMarkdown, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_title, &QLineEdit::textChanged, this, &ReportDialog::preview);
    resize(880, 620);
    preview();
}

Report ReportDialog::report() const
{
    Report r = m_report;
    r.title = m_title->text().trimmed();
    return r;
}

void ReportDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString ReportDialog::markdown() const
{
    return ReportWriter::markdown(report());
}

QString ReportDialog::html() const
{
    return ReportWriter::html(report());
}

void ReportDialog::preview()
{
    m_preview->setPlainText(markdown());
}

bool ReportDialog::saveTo(const QString &path, QString *why) const
{
    const auto format = ReportWriter::formatFor(path).value_or(ReportWriter::Format::Html);
    return PrivateFile::writeWhole(path, ReportWriter::write(report(), format), why);
}

void ReportDialog::save(bool asHtml)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("fhir-report-%1.%2")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                         asHtml ? QStringLiteral("html") : QStringLiteral("md")));
    const QString path = Ask::saveFileName(
        this, asHtml ? tr("Save the report as HTML") : tr("Save the report as Markdown"), suggested,
        asHtml ? tr("HTML file (*.html *.htm)") : tr("Markdown (*.md *.markdown)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!saveTo(path, &why)) {
        Ask::tell(this, tr("Report not saved"),
                  tr("The report could not be written to %1: %2")
                      .arg(QDir::toNativeSeparators(path), why),
                  true);
        return;
    }
    Q_EMIT statusMessage(
        tr("Saved the report to %1 (no token in it).").arg(QDir::toNativeSeparators(path)), 12000);
}
