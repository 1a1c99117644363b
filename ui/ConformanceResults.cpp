#include "ConformanceResults.h"

#include "app/conformance/Catalogue.h"
#include "ui/SeverityStyle.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { ResultCol, CheckCol, WeightCol, CallsCol };
constexpr int kIdRole = Qt::UserRole + 1;

Diagnosis::Severity severityOf(CheckResult::Outcome o)
{
    switch (o) {
    case CheckResult::Outcome::Pass:
        return Diagnosis::Severity::Ok;
    case CheckResult::Outcome::Fail:
        return Diagnosis::Severity::Error;
    case CheckResult::Outcome::Warning:
        return Diagnosis::Severity::Warning;
    default:
        return Diagnosis::Severity::Info;
    }
}

QString callText(const QList<quint64> &calls)
{
    QStringList out;
    for (quint64 c : calls)
        out << QLatin1Char('#') + QString::number(c);
    return out.join(QStringLiteral(", "));
}

} // namespace

void ConformanceStyle::setOutcome(QTreeWidgetItem *item, int column, const CheckResult &result)
{
    item->setText(column, QStringLiteral("%1 %2").arg(CheckResult::outcomeSymbol(result.outcome),
                                                      result.outcomeName()));
    const bool muted = result.outcome == CheckResult::Outcome::NotApplicable ||
                       result.outcome == CheckResult::Outcome::Skipped;
    item->setForeground(column, muted ? SeverityStyle::muted()
                                      : SeverityStyle::colour(severityOf(result.outcome)));
}

ConformanceResults::ConformanceResults(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_details(new QTextBrowser(this))
{
    m_tree->setObjectName(QStringLiteral("conformanceTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Result"), tr("Check"), tr("Weight"), tr("Calls")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ResultCol, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CheckCol, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(WeightCol, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CallsCol, QHeaderView::Interactive);
    m_tree->header()->resizeSection(CallsCol, 150);
    m_details->setObjectName(QStringLiteral("conformanceDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a check to see its clause, what it sends and "
                                     "expects, what was found and its calls."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showDetails();
        Q_EMIT selectionChanged();
    });
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("call"))
            Q_EMIT callActivated(url.path().toULongLong());
        else if (url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
}

ConformanceResults::~ConformanceResults() = default;

QTreeWidgetItem *ConformanceResults::setItemFor(const QString &set)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(CheckCol, kIdRole).toString() == set)
            return m_tree->topLevelItem(i);
    auto *item = new QTreeWidgetItem(m_tree);
    item->setData(CheckCol, kIdRole, set);
    item->setFirstColumnSpanned(false);
    QFont bold = item->font(CheckCol);
    bold.setBold(true);
    item->setFont(CheckCol, bold);
    item->setExpanded(true);
    return item;
}

void ConformanceResults::reset(const QStringList &ids)
{
    m_tree->clear();
    m_checkItems.clear();
    m_results.clear();
    for (const QString &set : Catalogue::sets()) {
        for (const QString &id : ids) {
            const auto check = Catalogue::find(id);
            if (!check || check->set != set)
                continue;
            auto *item = new QTreeWidgetItem(setItemFor(set));
            item->setData(CheckCol, kIdRole, id);
            item->setText(ResultCol, tr("… waiting"));
            item->setForeground(ResultCol, SeverityStyle::muted());
            item->setText(CheckCol, id);
            item->setToolTip(CheckCol, check->clauseTitle);
            item->setText(WeightCol, Check::weightKey(check->weight));
            m_checkItems.insert(id, item);
        }
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        updateSetItem(m_tree->topLevelItem(i));
    m_tree->expandAll();
    showDetails();
}

void ConformanceResults::setResult(const CheckResult &result)
{
    QTreeWidgetItem *item = m_checkItems.value(result.id);
    if (!item)
        return;
    m_results.insert(result.id, result);
    ConformanceStyle::setOutcome(item, ResultCol, result);
    item->setToolTip(ResultCol, result.reason);
    item->setText(CallsCol, callText(result.calls));
    updateSetItem(item->parent());
    if (m_tree->currentItem() == item)
        showDetails();
}

void ConformanceResults::updateSetItem(QTreeWidgetItem *setItem)
{
    // "Kick-off: 14 checks, 1 failed, 2 warnings": the worst outcome of the set first.
    using O = CheckResult::Outcome;
    int failed = 0, warned = 0, done = 0;
    for (int i = 0; i < setItem->childCount(); ++i) {
        const QString id = setItem->child(i)->data(CheckCol, kIdRole).toString();
        if (!m_results.contains(id))
            continue;
        ++done;
        failed += m_results.value(id).outcome == O::Fail ? 1 : 0;
        warned += m_results.value(id).outcome == O::Warning ? 1 : 0;
    }
    const QString set = setItem->data(CheckCol, kIdRole).toString();
    QString text =
        tr("%1: %n check(s)", nullptr, setItem->childCount()).arg(Catalogue::setTitle(set));
    if (failed)
        text += QStringLiteral(", ") + tr("%n failed", nullptr, failed);
    if (warned)
        text += QStringLiteral(", ") + tr("%n warning(s)", nullptr, warned);
    setItem->setText(CheckCol, text);
    CheckResult worst;
    worst.outcome = failed ? O::Fail : warned ? O::Warning : O::Pass;
    if (done == setItem->childCount() && setItem->childCount() > 0)
        ConformanceStyle::setOutcome(setItem, ResultCol, worst);
    else
        setItem->setText(ResultCol, QString());
}

QString ConformanceResults::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return {};
    return item->data(CheckCol, kIdRole).toString();
}

void ConformanceResults::selectCheck(const QString &id)
{
    if (QTreeWidgetItem *item = m_checkItems.value(id))
        m_tree->setCurrentItem(item);
}

// The selected check as a small HTML page: long because it has many short parts.
void ConformanceResults::showDetails()
{
    const QString id = selectedId();
    const auto check = Catalogue::find(id);
    if (!check) {
        m_details->clear();
        return;
    }
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<p><b><code>%1</code></b> (%2)</p>")
                    .arg(esc(id), Check::weightKey(check->weight));
    h += QStringLiteral("<p>%1 ").arg(esc(tr("Clause:")));
    h += check->clauseUrl.startsWith(QLatin1String("https://"))
             ? QStringLiteral("<a href=\"%1\">%2</a></p>")
                   .arg(esc(check->clauseUrl), esc(check->clauseTitle))
             : esc(check->clauseTitle) + QStringLiteral("</p>");
    h += QStringLiteral("<p>%1 %2<br>%3 %4</p>")
             .arg(esc(tr("Sends:")), esc(check->sends), esc(tr("Expects:")), esc(check->expects));
    if (m_results.contains(id)) {
        const CheckResult r = m_results.value(id);
        h += QStringLiteral("<p><b>%1 %2</b>%3</p>")
                 .arg(CheckResult::outcomeSymbol(r.outcome), esc(r.outcomeName()),
                      r.reason.isEmpty() ? QString() : QStringLiteral(": ") + esc(r.reason));
        QStringList links;
        for (quint64 c : r.calls)
            links << QStringLiteral("<a href=\"call:%1\">#%1</a>").arg(c);
        h += QStringLiteral("<p>%1 %2</p>")
                 .arg(esc(tr("Calls (click one to select it in the log):")),
                      links.isEmpty() ? esc(tr("none")) : links.join(QStringLiteral(", ")));
    } else {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Not judged yet.")));
    }
    m_details->setHtml(h);
}
