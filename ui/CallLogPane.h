#pragma once

#include "app/calls/CallRecord.h"

#include <QWidget>
#include <memory>

namespace Ui {
class CallLogPane;
}
class CallLogModel;
class QAction;
class CallLogFilterModel;
class StretchColumn;
class QMenu;

// The table of every call of the session, with text, status-class and diagnosis filters.
// Passive: it shows the model it is given and announces the selection.
class CallLogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogPane)
public:
    explicit CallLogPane(QWidget *parent = nullptr);
    ~CallLogPane() override;

    void setModel(CallLogModel *model);
    CallLogModel *model() const { return m_model; }
    void selectCall(quint64 id);
    std::optional<CallRecord> selectedCall() const;
    // The calls the filters let through, and the selected ones (Shift/Ctrl+click), in the
    // table's order.
    QList<CallRecord> shownCalls() const;
    QList<CallRecord> selectedCalls() const;
    void focusFilter();
    // An action of the table's context menu (it acts on the selected call).
    void addCallAction(QAction *action);
    // The table's context menu (right click, the Menu key): empty until the window adds its
    // actions; they act on selectedCalls().
    QMenu *contextMenu() const { return m_menu; }

Q_SIGNALS:
    void callSelected(const CallRecord &record);
    void selectionCleared();

private:
    void onCurrentChanged();
    void updateCount();

    std::unique_ptr<Ui::CallLogPane> m_ui;
    CallLogModel *m_model = nullptr;
    CallLogFilterModel *m_filter;
    StretchColumn *m_pathColumn = nullptr;
    QMenu *m_menu;
};
