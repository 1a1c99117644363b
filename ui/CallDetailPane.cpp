#include "CallDetailPane.h"

#include "app/support/Format.h"

#include "app/calls/CurlCommand.h"
#include "app/fhir/BodyText.h"
#include "app/models/CallLogModel.h"
#include "app/models/HeadersModel.h"
#include "app/models/OutcomeIssuesModel.h"
#include "app/models/RecordFormatter.h"
#include "ui/BodyHighlighter.h"
#include "ui/FirstStepsPage.h"
#include "ui/SeverityStyle.h"
#include "ui_CallDetailPane.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Bodies above this size are shown raw: pretty printing them is not worth the wait.
constexpr qsizetype kPrettyLimit = 8 * 1024 * 1024;
// A text document lays out (and highlights) every line at once, on the UI thread: past this
// many characters the view shows the start and points to the content viewer, which shows any
// size without freezing.
constexpr qsizetype kShownChars = 128 * 1024;

QString shownPart(QString text)
{
    if (text.size() <= kShownChars)
        return text;
    const qsizetype more = text.size() - kShownChars;
    text.truncate(kShownChars);
    text += QLatin1String("\n\n") +
            CallDetailPane::tr("… %1 more characters. Request → Preview content (Ctrl+B) shows all "
                               "of it, with a tree and search.")
                .arg(QLocale().toString(more));
    return text;
}

class CorrelationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(HeadersModel::IsCorrelationRole).toBool()) {
            option->font.setBold(true);
            option->backgroundBrush = SeverityStyle::attentionGround(option->palette);
        }
    }
};

class IssueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != OutcomeIssuesModel::SeverityColumn)
            return;
        option->icon = SeverityStyle::icon(SeverityStyle::fromIssueSeverity(
            index.data(OutcomeIssuesModel::SeverityRole).toString()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

QString escaped(const QByteArray &b)
{
    return QString::fromLatin1(b).toHtmlEscaped();
}

} // namespace

CallDetailPane::CallDetailPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CallDetailPane>()),
      m_headers(new HeadersModel(this)), m_issues(new OutcomeIssuesModel(this)),
      m_highlighter(nullptr), m_firstSteps(new FirstStepsPage(this))
{
    m_ui->setupUi(this);
    m_ui->verticalLayout->insertWidget(0, m_firstSteps);
    buildNoteRow();
    connect(m_firstSteps, &FirstStepsPage::sendRequested, this, &CallDetailPane::sendRequested);
    connect(m_firstSteps, &FirstStepsPage::demoTokenRequested, this,
            &CallDetailPane::demoTokenRequested);
    connect(m_firstSteps, &FirstStepsPage::examplesRequested, this,
            &CallDetailPane::examplesRequested);
    connect(m_firstSteps, &FirstStepsPage::openFileRequested, this,
            &CallDetailPane::openFileRequested);
    buildCertificatePage();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestText->setFont(mono);
    m_ui->bodyText->setFont(mono);
    m_highlighter = new BodyHighlighter(m_ui->bodyText->document());

    m_ui->headersTable->setModel(m_headers);
    m_ui->headersTable->setItemDelegate(new CorrelationDelegate(m_ui->headersTable));
    m_ui->headersTable->verticalHeader()->hide();
    m_ui->headersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->headersTable->horizontalHeader()->resizeSection(0, 260);
    m_ui->issuesTable->setModel(m_issues);
    m_ui->issuesTable->setItemDelegate(new IssueDelegate(m_ui->issuesTable));
    m_ui->issuesTable->verticalHeader()->hide();
    m_ui->issuesTable->horizontalHeader()->setSectionResizeMode(
        OutcomeIssuesModel::DiagnosticsColumn, QHeaderView::Stretch);
    for (int c : {int(OutcomeIssuesModel::SeverityColumn), int(OutcomeIssuesModel::CodeColumn),
                  int(OutcomeIssuesModel::WhereColumn)})
        m_ui->issuesTable->horizontalHeader()->setSectionResizeMode(c,
                                                                    QHeaderView::ResizeToContents);
    styleDiagnosis();
    for (QTableView *t : {m_ui->headersTable, m_ui->issuesTable})
        t->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &CallDetailPane::copyCurl);
    connect(m_ui->copyCurlWithTokenButton, &QPushButton::clicked, this, [this] {
        if (m_record)
            Q_EMIT copyCurlWithTokenRequested(*m_record);
    });
    connect(m_ui->copyRequestIdButton, &QPushButton::clicked, this, &CallDetailPane::copyRequestId);
    connect(m_ui->copyHeadersButton, &QPushButton::clicked, this, [this] {
        if (m_record)
            copyText(RecordFormatter::responseHead(*m_record), tr("response headers"));
    });
    connect(m_ui->copyCorrelationButton, &QPushButton::clicked, this, [this] {
        if (m_record)
            copyText(RecordFormatter::supportText(*m_record, 0), tr("ids for support"));
    });
    connect(m_ui->copyBodyButton, &QPushButton::clicked, this, [this] {
        if (m_record)
            copyText(m_ui->bodyText->toPlainText(), tr("body"));
    });
    connect(m_ui->rawCheck, &QCheckBox::toggled, this, &CallDetailPane::showBody);
    connect(m_ui->findNextButton, &QPushButton::clicked, this, &CallDetailPane::findNext);
    connect(m_ui->bodySearchEdit, &QLineEdit::returnPressed, this, &CallDetailPane::findNext);
    connect(&m_prettyWatcher, &QFutureWatcher<PrettyResult>::finished, this, [this] {
        const PrettyResult r = m_prettyWatcher.result();
        if (r.generation != m_generation)
            return; // a newer call is shown already
        m_highlighter->setMode(r.kind == int(BodyText::Kind::Json)  ? BodyHighlighter::Mode::Json
                               : r.kind == int(BodyText::Kind::Xml) ? BodyHighlighter::Mode::Xml
                                                                    : BodyHighlighter::Mode::None);
        m_ui->bodyText->setPlainText(r.text);
        m_ui->bodyErrorLabel->setText(r.error);
        m_ui->bodyErrorLabel->setVisible(!r.error.isEmpty());
    });
    clear();
}

// HTTPS calls: the certificate chain as received, which checks failed, and the trust button.
void CallDetailPane::buildCertificatePage()
{
    auto *certificatePage = new QWidget(this);
    auto *certificateLayout = new QVBoxLayout(certificatePage);
    auto *certificates = new QTextBrowser(certificatePage);
    certificates->setObjectName(QStringLiteral("certificateText"));
    certificates->setAccessibleName(tr("Certificate chain as received"));
    certificates->setOpenLinks(false);
    certificateLayout->addWidget(certificates);
    // No Alt letter: every letter of it is taken in the main window (and it asks first anyway).
    auto *trust = new QPushButton(tr("Trust this certificate for this profile…"), certificatePage);
    trust->setObjectName(QStringLiteral("trustCertificateButton"));
    trust->setToolTip(tr("Accept exactly this server certificate for the current profile, "
                         "although its checks fail; you are asked first"));
    connect(trust, &QPushButton::clicked, this, [this] {
        if (m_record && !m_record->peerChain.isEmpty())
            Q_EMIT trustCertificateRequested(m_record->peerChain.first().sha256);
    });
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(trust);
    trustRow->addStretch();
    certificateLayout->addLayout(trustRow);
    // Added while an HTTPS call is shown, not hidden: a hidden tab is still announced.
    m_certificatePage = certificatePage;
    certificatePage->hide();
}

// The diagnosis as a headline: a large bold code, the summary, labels that wrap at any width.
void CallDetailPane::styleDiagnosis()
{
    m_ui->bodyErrorLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(SeverityStyle::colour(Diagnosis::Severity::Error).name()));
    // Labels keep their natural height; the spacer (or the issues table) takes the rest.
    m_ui->diagnosisIcon->setFixedSize(36, 36);
    for (QLabel *l : {m_ui->diagnosisSummaryLabel, m_ui->diagnosisDetailLabel,
                      m_ui->correlationLabel, m_ui->summaryLabel}) {
        // Height for width: a word-wrapped label gets all its lines at the width it has (the
        // layout asks), and asks for no more than one line of the window's minimum height (a
        // vertical Minimum policy would make its narrowest wrapping the window's minimum).
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        l->setSizePolicy(policy);
    }
    m_ui->diagnosisCodeLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_ui->diagnosisCodeLabel->setTextFormat(Qt::PlainText);
    QFont codeFont = m_ui->diagnosisCodeLabel->font();
    codeFont.setBold(true);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.25);
    m_ui->diagnosisCodeLabel->setFont(codeFont);
    QFont summaryFont = m_ui->diagnosisSummaryLabel->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_ui->diagnosisSummaryLabel->setFont(summaryFont);
    m_ui->diagnosisSummaryLabel->setTextFormat(Qt::PlainText);
    m_ui->diagnosisDetailLabel->setTextFormat(Qt::PlainText);
}

CallDetailPane::~CallDetailPane()
{
    m_prettyWatcher.waitForFinished();
}

void CallDetailPane::showCertificates(const CallRecord &r)
{
    const int at = m_ui->detailTabs->indexOf(m_certificatePage);
    if (r.peerChain.isEmpty() && at >= 0)
        m_ui->detailTabs->removeTab(at);
    else if (!r.peerChain.isEmpty() && at < 0)
        m_ui->detailTabs->addTab(m_certificatePage, tr("&Certificate"));
    findChild<QPushButton *>(QStringLiteral("trustCertificateButton"))
        ->setVisible(r.diagnosis.code == QLatin1String("transport.tls") && !r.peerChain.isEmpty());
    if (r.peerChain.isEmpty())
        return;
    QString html;
    if (r.tlsPinned)
        html +=
            tr("<p>%1 <b>Accepted because this profile pins this certificate</b> (SHA-256 "
               "%2), although these checks failed: %3.</p>")
                .arg(SeverityStyle::mark(Diagnosis::Severity::Warning), r.peerChain.first().sha256,
                     r.tlsProblems.join(QStringLiteral(", ")).toHtmlEscaped());
    // The failed checks first, in the diagnosis's words; then each certificate, leaf first.
    QStringList failed;
    for (const Cause &c : r.diagnosis.causes) {
        if (c.code.startsWith(QLatin1String("tls.")))
            failed << QStringLiteral("<li>%1 <b>%2</b> — %3</li>")
                          .arg(SeverityStyle::mark(Diagnosis::Severity::Error),
                               c.code.toHtmlEscaped(), c.summary.toHtmlEscaped());
    }
    if (!r.tlsPinned)
        html +=
            failed.isEmpty()
                ? tr("<p>%1 The certificate chain passed every check.</p>")
                      .arg(SeverityStyle::mark(Diagnosis::Severity::Ok))
                : tr("<p><b>Checks that failed:</b></p><ul>%1</ul>").arg(failed.join(QString()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < r.peerChain.size(); ++i) {
        const PeerCertificate &c = r.peerChain.at(i);
        const QString role = i == 0         ? tr("Server certificate")
                             : c.selfSigned ? tr("Root certificate")
                                            : tr("Intermediate certificate");
        const bool valid = c.notBefore <= now && now <= c.notAfter;
        const auto row = [](const QString &name, const QString &value) {
            return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                .arg(name.toHtmlEscaped(), value);
        };
        html += QStringLiteral("<h4>%1. %2</h4><table>").arg(i + 1).arg(role.toHtmlEscaped());
        html += row(tr("Subject"), c.subject.toHtmlEscaped());
        html += row(tr("Issuer"),
                    c.issuer.toHtmlEscaped() + (c.selfSigned ? tr(" (self-signed)") : QString()));
        html += row(tr("Valid"),
                    tr("%1 %2 to %3")
                        .arg(SeverityStyle::mark(valid ? Diagnosis::Severity::Ok
                                                       : Diagnosis::Severity::Error),
                             c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate)));
        if (!c.names.isEmpty())
            html += row(tr("Names"), c.names.join(QStringLiteral(", ")).toHtmlEscaped());
        html += row(tr("SHA-256"), QStringLiteral("<code>%1</code>").arg(c.sha256));
        html += QStringLiteral("</table>");
    }
    findChild<QTextBrowser *>(QStringLiteral("certificateText"))->setHtml(html);
}

void CallDetailPane::buildNoteRow()
{
    m_noteRow = new QWidget(this);
    m_noteRow->setObjectName(QStringLiteral("noteRow"));
    auto *row = new QHBoxLayout(m_noteRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_noteLabel = new QLabel(m_noteRow);
    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    m_noteLabel->setSizePolicy(policy);
    m_noteButton = new QPushButton(tr("Note…"), m_noteRow);
    m_noteButton->setObjectName(QStringLiteral("noteButton"));
    m_noteButton->setToolTip(tr("Write a note on this call: kept in the history, searchable, in "
                                "HAR files and reports (Ctrl+Shift+N)"));
    row->addWidget(m_noteLabel, 1);
    row->addWidget(m_noteButton, 0, Qt::AlignTop);
    m_ui->verticalLayout->insertWidget(m_ui->verticalLayout->indexOf(m_ui->summaryLabel) + 1,
                                       m_noteRow);
    connect(m_noteButton, &QPushButton::clicked, this, [this] {
        if (m_record)
            Q_EMIT noteRequested(*m_record);
    });
}

void CallDetailPane::showNote()
{
    const QString note = m_record ? m_record->note : QString();
    // The pencil marks the note as it marks the call in the log; the words say it too.
    m_noteLabel->setText(note.isEmpty() ? tr("No note on this call.")
                                        : QString(QChar(0x270E)) + QLatin1Char(' ') +
                                              tr("Note: %1").arg(note));
    m_noteLabel->setEnabled(!note.isEmpty());
    m_noteButton->setText(note.isEmpty() ? tr("Add note…") : tr("Edit note…"));
}

void CallDetailPane::setNote(quint64 id, const QString &note)
{
    if (!m_record || m_record->id != id)
        return;
    m_record->note = note;
    showNote();
}

void CallDetailPane::setDemoTokenOffered(bool offered)
{
    m_firstSteps->setDemoTokenOffered(offered);
}

void CallDetailPane::clear()
{
    m_record.reset();
    ++m_generation;
    m_firstSteps->show();
    m_ui->summaryLabel->hide();
    m_noteRow->hide();
    m_ui->detailTabs->hide();
    m_ui->summaryLabel->clear();
    m_ui->diagnosisIcon->clear();
    m_ui->diagnosisCodeLabel->clear();
    m_ui->diagnosisSummaryLabel->clear();
    m_ui->diagnosisDetailLabel->clear();
    m_ui->causesLabel->clear();
    m_ui->causesLabel->hide();
    m_ui->requestText->clear();
    m_ui->correlationLabel->clear();
    m_ui->bodyInfoLabel->clear();
    m_ui->bodyText->clear();
    m_ui->bodyErrorLabel->hide();
    m_headers->setHeaders({});
    m_issues->setIssues({});
    m_ui->issuesLabel->hide();
    m_ui->issuesTable->hide();
    m_ui->diagnosisBottomSpacer->changeSize(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
    for (QPushButton *b :
         {m_ui->copyCurlButton, m_ui->copyCurlWithTokenButton, m_ui->copyRequestIdButton,
          m_ui->copyHeadersButton, m_ui->copyCorrelationButton, m_ui->copyBodyButton})
        b->setEnabled(false);
}

void CallDetailPane::showCall(const CallRecord &r)
{
    m_record = r;
    m_firstSteps->hide();
    m_ui->summaryLabel->show();
    m_noteRow->show();
    showNote();
    m_ui->detailTabs->show();
    showCertificates(r);
    for (QPushButton *b : {m_ui->copyCurlButton, m_ui->copyRequestIdButton, m_ui->copyHeadersButton,
                           m_ui->copyCorrelationButton, m_ui->copyBodyButton})
        b->setEnabled(true);
    m_ui->copyCurlWithTokenButton->setEnabled(!r.tokenFingerprint.isEmpty());

    const QString status = r.status ? QString::number(*r.status) : r.transportErrorCode;
    m_ui->summaryLabel->setText(
        tr("<b>#%1 %2</b> &nbsp; %3 %4 &nbsp;→&nbsp; <b>%5</b> &nbsp; %6 ms &nbsp; %7")
            .arg(r.id)
            .arg(r.purpose.toHtmlEscaped(), QString::fromLatin1(r.method),
                 r.url.toString().toHtmlEscaped(), status)
            .arg(r.elapsedMs)
            .arg(QLocale().toString(r.started.toLocalTime(), QLocale::LongFormat).toHtmlEscaped()));

    // Diagnosis tab
    m_ui->diagnosisIcon->setPixmap(SeverityStyle::icon(r.diagnosis.severity).pixmap(32, 32));
    m_ui->diagnosisCodeLabel->setText(r.diagnosis.code);
    m_ui->diagnosisSummaryLabel->setText(r.diagnosis.summary);
    m_ui->diagnosisDetailLabel->setText(r.diagnosis.detail);
    m_ui->diagnosisDetailLabel->setVisible(!r.diagnosis.detail.isEmpty());
    // The likely causes, ranked, each with the evidence it rests on.
    if (r.diagnosis.causes.isEmpty()) {
        m_ui->causesLabel->hide();
    } else {
        QString html = QStringLiteral("<b>%1</b><table cellspacing=\"0\" cellpadding=\"3\">")
                           .arg(tr("Likely causes, most likely first:").toHtmlEscaped());
        int rank = 0;
        for (const Cause &c : r.diagnosis.causes)
            html += QStringLiteral(
                        "<tr><td valign=\"top\" align=\"right\">%1.</td><td><code><b>%2</b></code> "
                        "— %3<br><i>%4</i></td></tr>")
                        .arg(++rank)
                        .arg(c.code.toHtmlEscaped(), c.summary.toHtmlEscaped(),
                             tr("Evidence: %1").arg(c.evidence).toHtmlEscaped());
        m_ui->causesLabel->setText(html + QStringLiteral("</table>"));
        m_ui->causesLabel->show();
    }
    const bool hasIssues = r.outcome && !r.outcome->issues.isEmpty();
    m_issues->setIssues(hasIssues ? r.outcome->issues : QList<OutcomeIssue>());
    m_ui->issuesLabel->setVisible(hasIssues);
    m_ui->issuesTable->setVisible(hasIssues);
    m_ui->diagnosisBottomSpacer->changeSize(
        0, 0, QSizePolicy::Minimum, hasIssues ? QSizePolicy::Minimum : QSizePolicy::Expanding);
    m_ui->diagnosticsLayout->invalidate();
    if (hasIssues)
        m_ui->issuesTable->resizeRowsToContents();

    m_ui->requestText->setPlainText(RecordFormatter::requestText(r));

    // Headers tab
    m_headers->setHeaders(r.responseHeaders);
    const QString fate = RecordFormatter::requestIdFate(r).toHtmlEscaped();
    QString correlation =
        tr("X-Request-ID sent: <b>%1</b>; %2.").arg(escaped(r.requestIdSent), fate);
    const QByteArray amzn = r.responseHeader("x-amzn-RequestId");
    if (!amzn.isEmpty())
        correlation += QLatin1Char(' ') + tr("Gateway request id: <b>%1</b>.").arg(escaped(amzn));
    m_ui->correlationLabel->setText(correlation);

    showBody();
}

void CallDetailPane::showBody()
{
    ++m_generation;
    m_ui->bodyErrorLabel->hide();
    if (!m_record)
        return;
    const CallRecord &r = *m_record;
    QString info =
        tr("%1, %2").arg(r.contentType().isEmpty() ? tr("no Content-Type") : r.contentType(),
                         Format::size(r.bodySize));
    if (!r.bodyFile.isEmpty())
        info += QLatin1String(" — ") + tr("showing the first %1; the whole body is in %2")
                                           .arg(Format::size(r.body.size()), r.bodyFile);
    else if (r.body.size() < r.bodySize)
        info += QLatin1String(" — ") +
                tr("only the first %1 was kept (the history's body limit, Preferences)")
                    .arg(Format::size(r.body.size()));
    m_ui->bodyInfoLabel->setText(info);
    if (!r.hasResponse()) {
        m_highlighter->setMode(BodyHighlighter::Mode::None);
        m_ui->bodyText->setPlainText(tr("No response body: %1").arg(r.transportError));
        return;
    }
    if (m_ui->rawCheck->isChecked() || r.body.size() > kPrettyLimit) {
        m_highlighter->setMode(BodyHighlighter::Mode::None);
        m_ui->bodyText->setPlainText(shownPart(QString::fromUtf8(r.body)));
        return;
    }
    m_ui->bodyText->setPlainText(tr("Formatting…"));
    const quint64 generation = m_generation;
    const QByteArray body = r.body;
    const QString contentType = r.contentType();
    m_prettyWatcher.setFuture(QtConcurrent::run([generation, body, contentType] {
        const BodyText::Pretty p = BodyText::pretty(body, contentType);
        QString text = shownPart(p.text);
        if (p.kind == BodyText::Kind::Empty)
            text = tr("(empty body)");
        return PrettyResult{generation, text, p.error, int(p.kind)};
    }));
}

void CallDetailPane::findNext()
{
    const QString needle = m_ui->bodySearchEdit->text();
    if (needle.isEmpty())
        return;
    if (!m_ui->bodyText->find(needle)) {
        m_ui->bodyText->moveCursor(QTextCursor::Start);
        if (!m_ui->bodyText->find(needle))
            Q_EMIT statusMessage(tr("Not found: %1").arg(needle));
    }
}

void CallDetailPane::copyText(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied %1 to the clipboard.").arg(what));
}

void CallDetailPane::copyCurl()
{
    if (m_record)
        copyText(curlCommand(*m_record), tr("curl command (token redacted)"));
}

void CallDetailPane::copyRequestId()
{
    if (m_record)
        copyText(QString::fromLatin1(m_record->requestIdSent), tr("X-Request-ID"));
}
