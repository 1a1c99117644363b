#include "CompareDialog.h"

#include "ui/SeverityStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The kind in its column bold and tinted when it tells something, the rows that are the same
// muted: the words and the marks (ComparisonModel) say it without colour.
class DifferenceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        using Kind = CallComparison::Row::Kind;
        const auto kind = Kind(index.data(ComparisonModel::KindRole).toInt());
        if (kind == Kind::Same) {
            option->palette.setColor(QPalette::Text, SeverityStyle::muted(option->palette));
            return;
        }
        if (index.column() != ComparisonModel::KindColumn ||
            !index.data(ComparisonModel::DiffersRole).toBool())
            return;
        const auto severity = kind == Kind::Changed ? Diagnosis::Severity::Warning
                              : kind == Kind::Added ? Diagnosis::Severity::Ok
                                                    : Diagnosis::Severity::Error;
        option->palette.setColor(QPalette::Text, SeverityStyle::colour(severity, option->palette));
        option->font.setBold(true);
    }
};

QLabel *cardLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    l->setFrameShape(QFrame::StyledPanel);
    l->setMargin(6);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    l->setSizePolicy(policy);
    return l;
}

} // namespace

CompareDialog::CompareDialog(const CallRecord &left, const CallRecord &right, QWidget *parent)
    : QDialog(parent), m_left(left), m_right(right),
      m_leftCard(cardLabel(this, QStringLiteral("compareLeftCard"))),
      m_rightCard(cardLabel(this, QStringLiteral("compareRightCard"))), m_summary(new QLabel(this)),
      m_notCompared(new QLabel(this)), m_onlyDifferences(new QCheckBox(this)),
      m_table(new QTableView(this)), m_rows(new ComparisonModel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare calls #%1 and #%2").arg(left.id).arg(right.id));
    setModal(false);
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    auto *cards = new QHBoxLayout;
    cards->addWidget(m_leftCard, 1);
    cards->addWidget(m_rightCard, 1);
    layout->addLayout(cards);

    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Comparing…"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    m_onlyDifferences->setObjectName(QStringLiteral("compareOnlyDifferences"));
    m_onlyDifferences->setText(tr("&Only differences"));
    m_onlyDifferences->setToolTip(
        tr("Hide the rows that are the same on both sides (they are listed last anyway)"));
    summaryRow->addWidget(m_onlyDifferences);
    layout->addLayout(summaryRow);

    setUpTable();
    layout->addWidget(m_table, 1);

    m_notCompared->setObjectName(QStringLiteral("compareNotCompared"));
    m_notCompared->setWordWrap(true);
    m_notCompared->hide();
    layout->addWidget(m_notCompared);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy as text"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("compareCopyButton"));
    copy->setToolTip(tr("Every row as one line of text, the differences first (as fhir-bulk "
                        "compare prints them)"));
    auto *swap = buttons->addButton(tr("&Swap sides"), QDialogButtonBox::ActionRole);
    swap->setObjectName(QStringLiteral("compareSwapButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (!m_ready)
            return;
        QGuiApplication::clipboard()->setText(text());
        Q_EMIT statusMessage(tr("Copied the comparison to the clipboard."));
    });
    connect(swap, &QPushButton::clicked, this, &CompareDialog::swapSides);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_rows, &ComparisonModel::setOnlyDifferences);
    connect(&m_watcher, &QFutureWatcher<CallComparison>::finished, this,
            [this] { present(m_watcher.result()); });
    // Fits a 1024×700 screen with room for the window's frame.
    resize(960, 620);
    start();
}

// One row per compared item, the two sides stretched, the short columns sized to their text.
void CompareDialog::setUpTable()
{
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Differences between the two calls"));
    m_table->setModel(m_rows);
    m_table->setItemDelegate(new DifferenceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ComparisonModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ComparisonModel::RightColumn, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    // The kind and the section are a few words each (at most ~1,000 rows: sized to them).
    header->setSectionResizeMode(ComparisonModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ComparisonModel::SectionColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ComparisonModel::KeyColumn,
                          fm.horizontalAdvance(QStringLiteral("$.entry[0].resource.id")) + 16);
}

CompareDialog::~CompareDialog()
{
    m_watcher.waitForFinished();
}

void CompareDialog::start()
{
    m_ready = false;
    m_leftCard->setText(card(m_left, tr("Left")));
    m_rightCard->setText(card(m_right, tr("Right")));
    m_summary->setText(tr("Comparing…"));
    // Copies go to the worker: it touches no QObject.
    const CallRecord left = m_left;
    const CallRecord right = m_right;
    m_watcher.setFuture(
        QtConcurrent::run([left, right] { return ComparisonModel::compare(left, right); }));
}

void CompareDialog::swapSides()
{
    if (!m_ready)
        return;
    std::swap(m_left, m_right);
    setWindowTitle(tr("Compare calls #%1 and #%2").arg(m_left.id).arg(m_right.id));
    start();
}

QString CompareDialog::card(const CallRecord &r, const QString &side) const
{
    const QString status = r.status
                               ? QStringLiteral("%1 %2").arg(*r.status).arg(
                                     QString::fromLatin1(r.reasonPhrase).toHtmlEscaped())
                               : tr("no answer (%1)").arg(r.transportErrorCode.toHtmlEscaped());
    QString html = QStringLiteral("<b>%1</b> · #%2 %3 <code>%4</code>")
                       .arg(side.toHtmlEscaped())
                       .arg(r.id)
                       .arg(QString::fromLatin1(r.method), r.url.toString().toHtmlEscaped());
    if (!r.profile.isEmpty())
        html += QStringLiteral(" (%1)").arg(r.profile.toHtmlEscaped());
    html += QStringLiteral("<br>") +
            tr("%1 <b>%2</b> · %3 ms · %4")
                .arg(SeverityStyle::mark(r.diagnosis.severity), status)
                .arg(r.elapsedMs)
                .arg(r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    html += QStringLiteral("<br><code>%1</code> — %2")
                .arg(r.diagnosis.code.toHtmlEscaped(), r.diagnosis.summary.toHtmlEscaped());
    QStringList causes;
    for (const Cause &c : r.diagnosis.causes)
        causes << QStringLiteral("<code>%1</code>").arg(c.code.toHtmlEscaped());
    if (!causes.isEmpty())
        html +=
            QStringLiteral("<br>") + tr("Likely causes: %1").arg(causes.join(QStringLiteral(", ")));
    if (!r.note.isEmpty())
        html += QStringLiteral("<br>") + tr("Note: %1").arg(r.note.toHtmlEscaped());
    return html;
}

void CompareDialog::present(const CallComparison &c)
{
    m_rows->setComparison(c);
    QString summary = tr("%n difference(s)", nullptr, m_rows->differences());
    if (const int expected = m_rows->expectedDifferences(); expected > 0)
        summary +=
            QStringLiteral("; ") +
            tr("%n more that any two calls have (ids, dates, time taken)", nullptr, expected);
    m_summary->setText(summary + QLatin1Char('.'));
    m_notCompared->setText(tr("Not compared: %1").arg(c.notCompared.join(QLatin1Char(' '))));
    m_notCompared->setVisible(!c.notCompared.isEmpty());
    m_ready = true;
    Q_EMIT ready();
}

QString CompareDialog::text() const
{
    return m_ready ? m_rows->text() : QString();
}
