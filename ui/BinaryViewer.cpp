#include "BinaryViewer.h"

#include "app/fhir/BodyText.h"
#include "app/fhir/FhirConvert.h"
#include "app/models/CallLogModel.h"
#include "ui/BodyHighlighter.h"
#include "ui/SeverityStyle.h"
#include "ui_BinaryViewer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QImage>
#include <QPixmap>
#include <QStandardPaths>
#include <QUrl>

BinaryViewer::BinaryViewer(const BinaryContent &content, const QString &origin, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BinaryViewer>()), m_content(content)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->textView->setFont(fixed);
    m_ui->hexView->setFont(fixed);
    m_highlighter = new BodyHighlighter(m_ui->textView->document());
    setWindowTitle(tr("Binary content — %1").arg(origin));

    QString info = QStringLiteral("<b>%1</b>").arg(origin.toHtmlEscaped());
    info += QStringLiteral("<br>") + tr("contentType: %1 · securityContext: %2 · size: %3")
                                         .arg(content.contentType.isEmpty() ? tr("(none)") : content.contentType.toHtmlEscaped(),
                                              content.securityContext.isEmpty() ? tr("(none)") : content.securityContext.toHtmlEscaped(),
                                              CallLogModel::formatSize(content.content.size()));
    m_ui->infoLabel->setText(info);
    const QString problem = !content.error.isEmpty() ? content.error : content.warning;
    if (!problem.isEmpty()) {
        const auto sev = content.error.isEmpty() ? Diagnosis::Severity::Warning : Diagnosis::Severity::Error;
        m_ui->messageLabel->setText(QStringLiteral("%1 %2").arg(SeverityStyle::mark(sev), problem));
        m_ui->messageLabel->setStyleSheet(SeverityStyle::cardStyleSheet(sev));
        m_ui->messageLabel->show();
    }
    // Which views apply.
    const bool decoded = content.error.isEmpty();
    const bool image = decoded && content.kind == BinaryContent::Kind::Image;
    const bool ndjson = decoded && content.kind == BinaryContent::Kind::Ndjson;
    const bool fhir = decoded && (content.kind == BinaryContent::Kind::Json || content.kind == BinaryContent::Kind::Xml);
    m_ui->viewTabs->setTabVisible(m_ui->viewTabs->indexOf(m_ui->imageTab), image);
    m_ui->viewTabs->setTabVisible(m_ui->viewTabs->indexOf(m_ui->ndjsonTab), ndjson);
    m_ui->asJsonButton->setEnabled(fhir);
    m_ui->asXmlButton->setEnabled(fhir);
    m_ui->saveButton->setEnabled(decoded);
    m_ui->openButton->setEnabled(decoded);
    if (!decoded) {
        m_ui->textView->setPlainText(content.rawData); // the raw value, not a blank pane
        m_ui->hexView->setPlainText(BodyText::hexDump(content.rawData.toLatin1()));
    } else {
        showText(content.content, content.contentType);
        m_ui->hexView->setPlainText(BodyText::hexDump(content.content, 64 * 1024));
    }
    if (image) {
        QImage img;
        if (img.loadFromData(content.content)) {
            m_ui->imageLabel->setPixmap(QPixmap::fromImage(img));
            m_ui->viewTabs->setCurrentWidget(m_ui->imageTab);
        } else {
            m_ui->imageLabel->setText(tr("The bytes could not be read as an image."));
        }
    }
    if (ndjson) {
        const BinaryContent::NdjsonSummary s = BinaryContent::summariseNdjson(content.content);
        QStringList types;
        for (auto it = s.types.cbegin(); it != s.types.cend(); ++it)
            types << QStringLiteral("%1 × %2").arg(it.key()).arg(it.value());
        m_ui->ndjsonSummaryLabel->setText(tr("%n line(s): %1. Lines that are not a JSON resource: %2.", nullptr, int(s.lines))
                                              .arg(types.join(QStringLiteral(", ")))
                                              .arg(s.errors.size()));
        m_ui->ndjsonErrorsTable->setColumnCount(2);
        m_ui->ndjsonErrorsTable->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
        m_ui->ndjsonErrorsTable->horizontalHeader()->setStretchLastSection(true);
        m_ui->ndjsonErrorsTable->verticalHeader()->hide();
        m_ui->ndjsonErrorsTable->setRowCount(int(s.errors.size()));
        for (int i = 0; i < s.errors.size(); ++i) {
            m_ui->ndjsonErrorsTable->setItem(i, 0, new QTableWidgetItem(QString::number(s.errors.at(i).first)));
            m_ui->ndjsonErrorsTable->setItem(i, 1, new QTableWidgetItem(s.errors.at(i).second));
        }
        m_ui->viewTabs->setCurrentWidget(m_ui->ndjsonTab);
    }
    if (!decoded || (!image && !ndjson && content.kind == BinaryContent::Kind::Other) || content.kind == BinaryContent::Kind::Pdf)
        m_ui->viewTabs->setCurrentWidget(decoded ? m_ui->hexTab : m_ui->textTab);

    connect(m_ui->asJsonButton, &QPushButton::clicked, this, [this] { convert(false); });
    connect(m_ui->asXmlButton, &QPushButton::clicked, this, [this] { convert(true); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the content"),
                                                          m_content.id.isEmpty() ? QStringLiteral("binary") : QStringLiteral("binary-") + m_content.id);
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_content.content) != m_content.content.size())
            m_ui->messageLabel->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        // A copy in the temporary folder, opened with what the desktop uses for its type.
        const QString ext = m_content.kind == BinaryContent::Kind::Pdf     ? QStringLiteral(".pdf")
                            : m_content.kind == BinaryContent::Kind::Image ? QStringLiteral(".png")
                            : m_content.kind == BinaryContent::Kind::Json  ? QStringLiteral(".json")
                            : m_content.kind == BinaryContent::Kind::Xml   ? QStringLiteral(".xml")
                                                                           : QStringLiteral(".txt");
        const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(QStringLiteral("fhir-binary-%1%2").arg(m_content.id.isEmpty() ? QStringLiteral("content") : m_content.id, ext));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(m_content.content) == m_content.content.size()) {
            f.close();
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
    });
}

BinaryViewer::~BinaryViewer() = default;

void BinaryViewer::showText(const QByteArray &bytes, const QString &contentType)
{
    const BodyText::Pretty pretty = BodyText::pretty(bytes.left(8 * 1024 * 1024), contentType);
    m_highlighter->setMode(pretty.kind == BodyText::Kind::Json  ? BodyHighlighter::Mode::Json
                           : pretty.kind == BodyText::Kind::Xml ? BodyHighlighter::Mode::Xml
                                                                : BodyHighlighter::Mode::None);
    m_ui->textView->setPlainText(pretty.kind == BodyText::Kind::Binary ? tr("(binary content: see Hex)") : pretty.text);
}

void BinaryViewer::convert(bool toXml)
{
    const QByteArray &bytes = m_content.content;
    const bool isXml = bytes.trimmed().startsWith('<');
    FhirConvert::Result r;
    if (toXml)
        r = isXml ? FhirConvert::Result{bytes, {}} : FhirConvert::jsonToXml(bytes);
    else
        r = isXml ? FhirConvert::xmlToJson(bytes) : FhirConvert::Result{bytes, {}};
    if (!r.ok()) {
        m_ui->messageLabel->setText(QStringLiteral("%1 %2").arg(SeverityStyle::mark(Diagnosis::Severity::Error), r.error));
        m_ui->messageLabel->setStyleSheet(SeverityStyle::cardStyleSheet(Diagnosis::Severity::Error));
        m_ui->messageLabel->show();
        return;
    }
    showText(r.text, toXml ? QStringLiteral("application/fhir+xml") : QStringLiteral("application/fhir+json"));
    m_ui->viewTabs->setCurrentWidget(m_ui->textTab);
}
