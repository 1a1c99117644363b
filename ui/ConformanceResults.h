#pragma once

#include "app/conformance/Check.h"
#include "app/conformance/RunComparison.h"

#include <QHash>
#include <QWidget>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

// The results of a conformance run: a tree (set → check) with each result as symbol and word
// (✔ pass, ✘ fail, ⚠ warning, ℹ info, – not applicable, ⏭ skipped), its weight and the calls it
// rests on; below it the selected check: its clause (a link), what it sends and expects, what
// was found, and its calls as links (callActivated: the window selects the call in the log).
class ConformanceResults final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConformanceResults)
public:
    explicit ConformanceResults(QWidget *parent = nullptr);
    ~ConformanceResults() override;

    // Forgets every result: the checks of `ids` are listed as waiting.
    void reset(const QStringList &ids);
    // A result arrived (or replaces the one of its check).
    void setResult(const CheckResult &result);
    QString selectedId() const; // empty: a set or nothing is selected
    void selectCheck(const QString &id);
    QTreeWidget *tree() const { return m_tree; }
    QTextBrowser *details() const { return m_details; }

Q_SIGNALS:
    void callActivated(quint64 id);
    void selectionChanged();

private:
    void showDetails();
    void updateSetItem(QTreeWidgetItem *setItem);
    QTreeWidgetItem *setItemFor(const QString &set);

    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    QHash<QString, QTreeWidgetItem *> m_checkItems;
    QHash<QString, CheckResult> m_results;
};

// Sets a tree row's first column to an outcome: symbol and word, coloured as its severity.
namespace ConformanceStyle {
void setOutcome(QTreeWidgetItem *item, int column, const CheckResult &result);
}
