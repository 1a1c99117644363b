#include "BinaryViewer.h"
#include "app/support/Format.h"
#include "app/support/PrivateFile.h"

#include "app/fhir/BodyText.h"
#include "app/fhir/FhirConvert.h"
#include "app/models/CallLogModel.h"
#include "app/models/OutlineModels.h"
#include "ui/BodyHighlighter.h"
#include "ui/CodeLineDelegate.h"
#include "ui/ContentCopier.h"
#include "ui/ContentFindBar.h"
#include "ui/ImagePane.h"
#include "ui/NdjsonPane.h"
#include "ui/SeverityStyle.h"
#include "ui_BinaryViewer.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QPointer>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Pretty text up to this size goes into a text editor (free selection); beyond it, into the
// line list: a text document lays out and highlights every line first, 0.2-0.4 ms per KiB
// here, which freezes the window on larger content.
constexpr qsizetype editorLimit = 64 * 1024;

} // namespace

struct BinaryViewer::Prepared
{
    std::shared_ptr<const ContentOutline> outline;
    QByteArray bytes;
    QString error;
};

BinaryViewer::BinaryViewer(const BinaryContent &content, const QString &origin, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BinaryViewer>()), m_content(content)
{
    setUpCommon();
    const bool binaryResource = !content.id.isEmpty() || !content.securityContext.isEmpty();
    setWindowTitle(binaryResource ? tr("Binary content — %1").arg(origin)
                                  : tr("Content — %1").arg(origin));
    QString info = QStringLiteral("<b>%1</b>").arg(origin.toHtmlEscaped());
    const QString type =
        content.contentType.isEmpty() ? tr("(none)") : content.contentType.toHtmlEscaped();
    const QString size = Format::size(content.content.size());
    info += QStringLiteral("<br>") +
            (binaryResource ? tr("Binary · contentType: %1 · securityContext: %2 · size: %3")
                                  .arg(type,
                                       content.securityContext.isEmpty()
                                           ? tr("(none)")
                                           : content.securityContext.toHtmlEscaped(),
                                       size)
                            : tr("contentType: %1 · size: %2").arg(type, size));
    m_ui->infoLabel->setText(info);
    const QString problem = !content.error.isEmpty() ? content.error : content.warning;
    if (!problem.isEmpty())
        showMessage(problem, !content.error.isEmpty());

    const bool decoded = content.error.isEmpty();
    if (decoded && content.content.isEmpty() && problem.isEmpty())
        showMessage(tr("The content is empty (0 bytes): there is nothing to show. An empty Binary "
                       "or file is not an error of this viewer; check what the server sent."),
                    false);
    const bool image = decoded && content.kind == BinaryContent::Kind::Image;
    const bool ndjson = decoded && content.kind == BinaryContent::Kind::Ndjson;
    const bool fhir = decoded && (content.kind == BinaryContent::Kind::Json ||
                                  content.kind == BinaryContent::Kind::Xml);
    m_ui->viewTabs->setTabVisible(m_ui->viewTabs->indexOf(m_ui->imageTab), image);
    m_ui->viewTabs->setTabVisible(m_ui->viewTabs->indexOf(m_ui->ndjsonTab), ndjson);
    m_ui->treePanel->setVisible(fhir);
    m_ui->asJsonButton->setEnabled(fhir);
    m_ui->asXmlButton->setEnabled(fhir);
    m_ui->saveButton->setEnabled(decoded);
    m_ui->openButton->setEnabled(decoded);
    if (!decoded) {
        m_ui->textView->setPlainText(content.rawData); // the raw value, not a blank pane
        m_hexSource = [raw = content.rawData] { return BodyText::hexDump(raw.toLatin1()); };
    } else {
        m_hexSource = [bytes = content.content] { return BodyText::hexDump(bytes, 64 * 1024); };
        if (fhir) {
            const bool xml = content.kind == BinaryContent::Kind::Xml;
            prepare(content.content,
                    xml ? ContentOutline::Format::Xml : ContentOutline::Format::Json,
                    xml ? tr("Shown as XML, as it was received.")
                        : tr("Shown as JSON, as it was received."));
        } else if (!ndjson) {
            showText(content.content, content.contentType);
        }
    }
    if (image && m_ui->imageTab->load(content.content, content.contentType)) {
        m_ui->viewTabs->setCurrentWidget(m_ui->imageTab);
        m_ui->imageTab->zoomForFirstLook();
    }
    if (ndjson) {
        m_ui->viewTabs->setCurrentWidget(m_ui->ndjsonTab);
        m_ui->ndjsonTab->openBytes(content.content);
    }
    if (!decoded || (!image && !ndjson && content.kind == BinaryContent::Kind::Other) ||
        content.kind == BinaryContent::Kind::Pdf)
        m_ui->viewTabs->setCurrentWidget(decoded ? m_ui->hexTab : m_ui->textTab);
    if (m_ui->viewTabs->currentWidget() == m_ui->hexTab)
        m_ui->hexView->setPlainText(m_hexSource());
}

BinaryViewer::BinaryViewer(const QString &ndjsonPath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BinaryViewer>())
{
    setUpCommon();
    m_content.kind = BinaryContent::Kind::Ndjson;
    m_content.contentType = QStringLiteral("application/fhir+ndjson");
    setWindowTitle(tr("NDJSON file — %1").arg(QFileInfo(ndjsonPath).fileName()));
    m_ui->infoLabel->setText(
        QStringLiteral("<b>%1</b><br>").arg(ndjsonPath.toHtmlEscaped()) +
        tr("size: %1 · read from disk as needed").arg(Format::size(QFileInfo(ndjsonPath).size())));
    m_ui->viewTabs->setTabVisible(m_ui->viewTabs->indexOf(m_ui->imageTab), false);
    m_ui->viewTabs->setTabVisible(m_ui->viewTabs->indexOf(m_ui->textTab), false);
    m_ui->asJsonButton->setEnabled(false);
    m_ui->asXmlButton->setEnabled(false);
    m_ui->saveButton->setEnabled(false);
    m_hexSource = [ndjsonPath] {
        QFile f(ndjsonPath);
        return f.open(QIODevice::ReadOnly) ? BodyText::hexDump(f.read(64 * 1024), 64 * 1024)
                                           : f.errorString();
    };
    connect(m_ui->openButton, &QPushButton::clicked, this,
            [ndjsonPath] { QDesktopServices::openUrl(QUrl::fromLocalFile(ndjsonPath)); });
    m_ui->viewTabs->setCurrentWidget(m_ui->ndjsonTab);
    m_ui->ndjsonTab->openFile(ndjsonPath);
}

BinaryViewer::~BinaryViewer() = default;

bool BinaryViewer::isFinding() const
{
    return m_ui->findBar->isSearching();
}

void BinaryViewer::setUpCommon()
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->textView->setFont(fixed);
    m_ui->linesView->setFont(fixed);
    m_ui->hexView->setFont(fixed);
    m_highlighter = new BodyHighlighter(m_ui->textView->document());
    m_ui->statusLabel->hide();
    setUpTree();
    setUpLines();
    setUpCopying();
    // The hex dump is made when its tab is first shown.
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->viewTabs->currentWidget() == m_ui->hexTab && m_ui->hexView->document()->isEmpty())
            m_ui->hexView->setPlainText(m_hexSource());
    });

    // Find: keys and values in the tree, lines in text, lines of an NDJSON file (on a worker).
    connect(m_ui->findBar, &ContentFindBar::findRequested, this, &BinaryViewer::find);
    connect(m_ui->ndjsonTab, &NdjsonPane::failed, this,
            [this](const QString &message) { showMessage(message, true); });
    setUpButtons();
}

void BinaryViewer::setUpTree()
{
    m_tree = new OutlineTreeModel(this);
    m_ui->treeView->setModel(m_tree);
    m_ui->treeView->header()->setSectionResizeMode(OutlineTreeModel::ValueColumn,
                                                   QHeaderView::Stretch);
    m_ui->treeView->header()->setStretchLastSection(false);
    m_ui->treeView->header()->setSectionResizeMode(OutlineTreeModel::TypeColumn,
                                                   QHeaderView::ResizeToContents);
    m_ui->contentSplitter->setSizes({460, 520});
    // Names fit their column as nodes open (not for huge arrays: that would measure every row).
    connect(m_ui->treeView, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (m_tree->rowCount(index) <= 2000) // after the new rows are laid out
            QTimer::singleShot(0, this, [this] {
                m_ui->treeView->resizeColumnToContents(OutlineTreeModel::NameColumn);
            });
    });
    // Tree and text follow each other: a node selected in the tree is its line in the text.
    connect(m_ui->treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                goToLine(current.data(OutlineTreeModel::LineRole).toInt());
            });
}

void BinaryViewer::setUpLines()
{
    m_lines = new TextLinesModel(this);
    m_ui->linesView->setModel(m_lines);
    m_lineDelegate = new CodeLineDelegate(m_ui->linesView);
    m_ui->linesView->setItemDelegate(m_lineDelegate);
    // Lines of one height: millions of them cost nothing per line in the view (see LinesView).
    m_ui->linesView->setRowHeight(QFontMetrics(m_ui->linesView->font()).height() + 2);
}

void BinaryViewer::setUpCopying()
{
    auto *copier = new ContentCopier(m_ui->treeView, m_tree, m_ui->linesView, m_lines, this);
    connect(copier, &ContentCopier::status, m_ui->findBar, &ContentFindBar::setStatus);
    connect(m_ui->copyValueButton, &QPushButton::clicked, copier, &ContentCopier::copyValue);
    connect(new QShortcut(QKeySequence::Copy, m_ui->treeView, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, copier, &ContentCopier::copyValue);
    connect(m_ui->copyPathButton, &QPushButton::clicked, copier, &ContentCopier::copyPath);
    connect(
        new QShortcut(QKeySequence::Copy, m_ui->linesView, nullptr, nullptr, Qt::WidgetShortcut),
        &QShortcut::activated, copier, &ContentCopier::copySelectedLines);
}

void BinaryViewer::setUpButtons()
{
    m_ui->asJsonButton->setToolTip(tr("FHIR content as JSON: converted here by the R4 rules"));
    m_ui->asXmlButton->setToolTip(tr("FHIR content as XML: converted here by the R4 rules"));
    connect(m_ui->asJsonButton, &QPushButton::clicked, this, [this] { convert(false); });
    connect(m_ui->asXmlButton, &QPushButton::clicked, this, [this] { convert(true); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the content"),
            m_content.id.isEmpty() ? QStringLiteral("binary")
                                   : QStringLiteral("binary-") + m_content.id);
        if (path.isEmpty())
            return;
        QString why; // private (0600), complete or not there, only over a regular file
        if (!PrivateFile::writeWhole(path, m_content.content, &why))
            showMessage(tr("Cannot write %1: %2").arg(path, why), true);
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (m_content.content.isEmpty())
            return;
        // A copy in a private folder of its own (never a predictable name in the shared
        // temporary folder), opened with what the desktop uses for its type.
        const QString ext = m_content.kind == BinaryContent::Kind::Pdf     ? QStringLiteral(".pdf")
                            : m_content.kind == BinaryContent::Kind::Image ? QStringLiteral(".png")
                            : m_content.kind == BinaryContent::Kind::Json  ? QStringLiteral(".json")
                            : m_content.kind == BinaryContent::Kind::Xml   ? QStringLiteral(".xml")
                            : m_content.kind == BinaryContent::Kind::Ndjson
                                ? QStringLiteral(".ndjson")
                                : QStringLiteral(".txt");
        QString why;
        const QString path = PrivateFile::writeCopyToOpen(
            QStringLiteral("fhir-binary-%1%2")
                .arg(m_content.id.isEmpty() ? QStringLiteral("content") : m_content.id, ext),
            m_content.content, &why);
        if (!path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        else
            showMessage(tr("Cannot write a copy to open: %1").arg(why), true);
    });
}

void BinaryViewer::setServerFetch(ServerFetch fetch)
{
    m_fetch = std::move(fetch);
    if (m_fetch)
        m_ui->asXmlButton->setToolTip(
            tr("FHIR content as XML: asked from the server (its CapabilityStatement lists XML)"));
    if (m_fetch)
        m_ui->asJsonButton->setToolTip(tr("FHIR content as JSON: asked from the server"));
}

void BinaryViewer::showMessage(const QString &text, bool error)
{
    const auto sev = error ? Diagnosis::Severity::Error : Diagnosis::Severity::Warning;
    m_ui->messageLabel->setText(QStringLiteral("%1 %2").arg(SeverityStyle::mark(sev), text));
    m_ui->messageLabel->setStyleSheet(SeverityStyle::cardStyleSheet(sev));
    m_ui->messageLabel->show();
}

void BinaryViewer::prepare(const QByteArray &bytes, ContentOutline::Format format,
                           const QString &how)
{
    run(tr("Reading %1…").arg(Format::size(bytes.size())), how, [bytes, format] {
        return Prepared{ContentOutline::build(bytes, format), bytes, {}};
    });
}

void BinaryViewer::run(const QString &busy, const QString &how, std::function<Prepared()> work)
{
    // Parsing and conversion off the UI thread; the newest request wins.
    const quint64 generation = ++m_generation;
    m_preparing = true;
    m_ui->statusLabel->setText(busy);
    m_ui->statusLabel->show();
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, generation, how] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Prepared p = watcher->result();
        if (!p.error.isEmpty()) {
            m_preparing = false;
            m_ui->statusLabel->hide();
            showMessage(p.error, true);
            Q_EMIT prepared();
            return;
        }
        showOutline(p.outline, p.bytes, how);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void BinaryViewer::showOutline(const std::shared_ptr<const ContentOutline> &outline,
                               const QByteArray &bytes, const QString &how)
{
    m_preparing = false;
    m_outline = outline;
    m_showingXml = outline->format() == ContentOutline::Format::Xml;
    if (!outline->isValid()) {
        showMessage(tr("%1 The raw content is shown.").arg(outline->error()), true);
        m_tree->setOutline({});
        m_lines->setOutline({});
        m_ui->statusLabel->hide();
        m_highlighter->setMode(BodyHighlighter::Mode::None);
        m_ui->textView->setPlainText(QString::fromUtf8(bytes.left(editorLimit)));
        m_ui->textStack->setCurrentWidget(m_ui->textView);
        Q_EMIT prepared();
        return;
    }
    m_tree->setOutline(outline);
    m_ui->treeView->expand(m_tree->index(0, 0));
    m_ui->treeView->resizeColumnToContents(OutlineTreeModel::NameColumn);
    if (outline->prettySize() <= editorLimit) {
        m_highlighter->setMode(outline->format() == ContentOutline::Format::Text
                                   ? BodyHighlighter::Mode::None
                               : m_showingXml ? BodyHighlighter::Mode::Xml
                                              : BodyHighlighter::Mode::Json);
        m_ui->textView->setPlainText(QString::fromUtf8(outline->prettyText()));
        m_ui->textStack->setCurrentWidget(m_ui->textView);
        m_lines->setOutline({});
    } else {
        m_ui->textView->clear();
        m_lineDelegate->setMode(outline->format() == ContentOutline::Format::Text
                                    ? BodyHighlighter::Mode::None
                                : m_showingXml ? BodyHighlighter::Mode::Xml
                                               : BodyHighlighter::Mode::Json);
        m_lines->setOutline(outline);
        m_ui->textStack->setCurrentWidget(m_ui->linesView);
    }
    if (outline->format() == ContentOutline::Format::Text)
        m_ui->statusLabel->setText(
            tr("%1 %2 lines.").arg(how, QLocale().toString(outline->lineCount())));
    else
        m_ui->statusLabel->setText(tr("%1 %2 values · %3 lines.")
                                       .arg(how, QLocale().toString(outline->size()),
                                            QLocale().toString(outline->lineCount())));
    m_ui->statusLabel->show();
    // Done when every line can be scrolled to (a long text is added to the list in batches).
    if (m_lines->isComplete()) {
        Q_EMIT prepared();
    } else {
        m_preparing = true;
        connect(
            m_lines, &TextLinesModel::completed, this,
            [this] {
                m_preparing = false;
                Q_EMIT prepared();
            },
            Qt::SingleShotConnection);
    }
}

void BinaryViewer::showText(const QByteArray &bytes, const QString &contentType)
{
    if (BodyText::detect(bytes.left(4096), contentType) == BodyText::Kind::Binary) {
        m_ui->textView->setPlainText(tr("(binary content: see Hex)"));
        return;
    }
    // Split into lines off the UI thread; large text goes to the line list.
    prepare(bytes, ContentOutline::Format::Text, tr("Shown as text."));
}

void BinaryViewer::convert(bool toXml)
{
    if (m_preparing)
        return;
    if (toXml == m_showingXml && m_tree->outline()) {
        m_ui->viewTabs->setCurrentWidget(m_ui->textTab);
        return;
    }
    if (!m_fetch) {
        convertLocally(toXml, {});
        return;
    }
    m_preparing = true;
    m_ui->statusLabel->setText(toXml ? tr("Asking the server for XML…")
                                     : tr("Asking the server for JSON…"));
    m_ui->statusLabel->show();
    const quint64 generation = ++m_generation;
    m_fetch(toXml, [guard = QPointer<BinaryViewer>(this), this, toXml,
                    generation](const QByteArray &body, const QString &error) {
        if (!guard || generation != m_generation)
            return;
        m_preparing = false;
        const bool looksXml = body.trimmed().startsWith('<');
        if (!error.isEmpty() || body.isEmpty() || looksXml != toXml) {
            convertLocally(toXml,
                           error.isEmpty() ? tr("the server answered in the other format") : error);
            return;
        }
        m_ui->viewTabs->setCurrentWidget(m_ui->textTab);
        prepare(body, toXml ? ContentOutline::Format::Xml : ContentOutline::Format::Json,
                toXml ? tr("Shown as XML, as the server sent it.")
                      : tr("Shown as JSON, as the server sent it."));
    });
}

void BinaryViewer::convertLocally(bool toXml, const QString &why)
{
    QString how = toXml ? tr("Shown as XML, converted here by the FHIR R4 rules.")
                        : tr("Shown as JSON, converted here by the FHIR R4 rules.");
    if (!why.isEmpty())
        how = tr("The server did not convert it (%1).").arg(why) + QLatin1Char(' ') + how;
    m_ui->viewTabs->setCurrentWidget(m_ui->textTab);
    run(toXml ? tr("Converting to XML…") : tr("Converting to JSON…"), how,
        [bytes = m_content.content, toXml] {
            const bool isXml = bytes.trimmed().startsWith('<');
            FhirConvert::Result r;
            if (toXml)
                r = isXml ? FhirConvert::Result{bytes, {}} : FhirConvert::jsonToXml(bytes);
            else
                r = isXml ? FhirConvert::xmlToJson(bytes) : FhirConvert::Result{bytes, {}};
            if (!r.ok())
                return Prepared{nullptr, {}, r.error};
            return Prepared{ContentOutline::build(r.text, toXml ? ContentOutline::Format::Xml
                                                                : ContentOutline::Format::Json),
                            r.text,
                            {}};
        });
}

void BinaryViewer::goToLine(int line)
{
    if (m_ui->textStack->currentWidget() == m_ui->linesView) {
        const QModelIndex i = m_lines->index(line);
        m_ui->linesView->setCurrentIndex(i);
        m_ui->linesView->scrollTo(i, QAbstractItemView::PositionAtTop);
        return;
    }
    const QTextBlock block = m_ui->textView->document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_ui->textView->setTextCursor(cursor);
    m_ui->textView->centerCursor();
}

void BinaryViewer::find(bool backward)
{
    const QByteArray needle = m_ui->findBar->text().toUtf8();
    if (needle.isEmpty() || m_preparing)
        return;
    ContentFindBar *bar = m_ui->findBar;
    if (m_ui->ndjsonTab->isOpen() && m_ui->viewTabs->currentWidget() == m_ui->ndjsonTab) {
        bar->search(m_ui->ndjsonTab->findTask(needle, backward), [this](qint64 found) {
            m_ui->ndjsonTab->selectLine(found);
            return found;
        });
        return;
    }
    const std::shared_ptr<const ContentOutline> outline = m_outline;
    if (!outline || !outline->isValid()) {
        bar->refuse(tr("Nothing to search here."));
        return;
    }
    if (outline->size() > 0) {
        const QModelIndex current = m_ui->treeView->currentIndex();
        const ContentOutline::NodeId from =
            current.isValid() ? ContentOutline::NodeId(current.internalId()) : (backward ? 0 : -1);
        bar->search(
            [outline, needle, from, backward] { return outline->findNode(needle, from, backward); },
            [this](qint64 found) {
                const QModelIndex i = m_tree->indexForNode(found);
                // scrollTo opens its parents
                m_ui->treeView->scrollTo(i, QAbstractItemView::PositionAtCenter);
                m_ui->treeView->setCurrentIndex(i);
                return qint64(i.data(OutlineTreeModel::LineRole).toInt());
            });
        return;
    }
    const qint32 from = m_ui->textStack->currentWidget() == m_ui->linesView
                            ? m_ui->linesView->currentIndex().row()
                            : m_ui->textView->textCursor().blockNumber();
    bar->search([outline, needle, from,
                 backward] { return qint64(outline->findLine(needle, from, backward)); },
                [this](qint64 found) {
                    goToLine(int(found));
                    return found;
                });
}
