// MainWindow for the keyboard and a screen reader: Tab leaves tables, follows the rows from top
// to bottom, never lands on a widget that is not on screen, and every control has a name.
#include "MainWindow.h"

#include "ui/CallDetailPane.h"
#include "ui/CallLogPane.h"
#include "ui/RequestBar.h"
#include "ui/TokenBar.h"
#include "ui_MainWindow.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QChildEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>

namespace {

bool takesTab(const QWidget *w)
{
    // A combo box's line edit or a spin box's is reached through its owner.
    const QWidget *parent = w->parentWidget();
    return (w->focusPolicy() & Qt::TabFocus) && !w->isWindow() &&
           !qobject_cast<const QComboBox *>(parent) &&
           !qobject_cast<const QAbstractSpinBox *>(parent);
}

// The widgets of `container` that Tab reaches, in the window's focus chain as it stands.
QList<QWidget *> stopsIn(QWidget *window, QWidget *container)
{
    QList<QWidget *> out;
    QWidget *w = window;
    do {
        w = w->nextInFocusChain();
        if (container->isAncestorOf(w) && takesTab(w) && !out.contains(w))
            out << w;
    } while (w != window);
    return out;
}

// On Linux a combo box is spoken as its value plus the label that names it as its buddy: a
// combo box without a visible label gets one that is never shown, with its accessible name.
void labelCombo(QComboBox *combo)
{
    if (combo->accessibleName().isEmpty() || !combo->parentWidget())
        return;
    for (const QLabel *l :
         combo->parentWidget()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (l->buddy() == combo)
            return;
    }
    auto *label = new QLabel(combo->accessibleName(), combo->parentWidget());
    label->setObjectName(combo->objectName() + QStringLiteral("SpokenLabel"));
    label->setBuddy(combo);
    label->hide();
}

} // namespace

void MainWindow::buildKeyboardAccess()
{
    // Tab leaves a table (the arrow keys move between its cells).
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    // And a text area (headers are one a line; a tab in a body is typed as spaces).
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        edit->setTabChangesFocus(true);
    for (QTextEdit *edit : findChildren<QTextEdit *>())
        edit->setTabChangesFocus(true);
    // The clear buttons of the line edits say what they clear (a name and a tooltip: the
    // button shows its icon only).
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        if (!clear)
            continue;
        const QString name = edit->accessibleName().isEmpty()
                                 ? tr("Clear")
                                 : tr("Clear: %1").arg(edit->accessibleName());
        clear->setToolTip(name);
        for (QToolButton *b : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (b->defaultAction() == clear)
                b->setAccessibleName(name);
        }
    }
    for (QComboBox *combo : findChildren<QComboBox *>())
        labelCombo(combo);

    // Tab follows the rows: the server row, the token row, the request bar's rows, the call log,
    // the call's detail, then the docks.
    QList<QWidget *> order{m_ui->profileCombo, m_capabilitiesButton};
    order << stopsIn(this, m_tokenBar);
    QList<QWidget *> request = stopsIn(this, m_requestBar);
    if (auto *examples = m_requestBar->findChild<QToolButton *>(QStringLiteral("examplesButton"))) {
        request.removeAll(examples); // added last, shown first in its row
        request.prepend(examples);
    }
    order << request << stopsIn(this, m_ui->callLogPane) << stopsIn(this, m_ui->callDetailPane);
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        order << stopsIn(this, dock);
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::childEvent(QChildEvent *event)
{
    // The tab bar QMainWindow makes for docks that share a place stays a child when its docks
    // close, parked off screen: Tab must not land there (View → the dock's shortcut opens it).
    if (event->type() == QEvent::ChildPolished) {
        if (auto *bar = qobject_cast<QTabBar *>(event->child()))
            bar->setFocusPolicy(Qt::NoFocus);
    }
    QMainWindow::childEvent(event);
}
