#pragma once

#include "app/models/HistoryModel.h"

#include <QWidget>
#include <memory>

namespace Ui {
class HistoryPane;
}
class QMenu;
class QTimer;
class StretchColumn;

// The calls of every earlier session: a session list and filters (text, status class,
// diagnosis, cause, profile, host, method) that run as SQL on the history database, a table
// that pages in as it scrolls, and the way back to the call log (a stored call shown with its
// diagnosis and panes) or out to a HAR.
class HistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)
public:
    explicit HistoryPane(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryPane() override;

    // Sessions, the choices of the filters and the rows read again (the pane was shown, calls
    // were made or cleared).
    void refresh();
    // A call was written (HistoryWriter::written): while the pane shows, the new calls the
    // filter selects come in at the top at once; the sessions and filter choices follow a
    // moment later (once for a burst of calls).
    void callWritten();
    HistoryModel *model() const { return m_model; }
    // The selected rows (Shift/Ctrl+click), newest first, as stored rows and as whole calls.
    QList<qint64> selectedRows() const;
    QList<CallRecord> selectedCalls() const;
    // The table's context menu: empty until the window adds its actions.
    QMenu *contextMenu() const { return m_menu; }

Q_SIGNALS:
    void showInLogRequested(qint64 storedRow);
    void exportRequested(const HistoryStore::Filter &filter);

private:
    HistoryStore::Filter filter() const;
    void apply();
    void refreshChoices();
    void showCount();
    void fill(class QComboBox *combo, const QString &any, const QStringList &values);

    std::unique_ptr<Ui::HistoryPane> m_ui;
    HistoryStore *m_store;
    HistoryModel *m_model;
    QTimer *m_debounce;
    StretchColumn *m_urlColumn = nullptr;
    QTimer *m_choicesDue; // the choices read again after calls were written
    QMenu *m_menu;
};
