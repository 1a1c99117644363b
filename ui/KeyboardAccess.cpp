#include "KeyboardAccess.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QChildEvent>
#include <QComboBox>
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

// The clear button of a line edit says what it clears (a name and a tooltip: the button shows
// its icon only).
void nameClearButton(QLineEdit *edit)
{
    auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    const QString name = edit->accessibleName().isEmpty()
                             ? KeyboardAccess::tr("Clear")
                             : KeyboardAccess::tr("Clear: %1").arg(edit->accessibleName());
    clear->setToolTip(name);
    for (QToolButton *b : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (b->defaultAction() == clear)
            b->setAccessibleName(name);
    }
}

} // namespace

KeyboardAccess::KeyboardAccess(QWidget *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("keyboardAccess"));
    m_window->installEventFilter(this);
}

void KeyboardAccess::prepare()
{
    // Tab leaves a table (the arrow keys move between its cells).
    for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    // And a text area (headers are one a line; a tab in a body is typed as spaces).
    for (QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>())
        edit->setTabChangesFocus(true);
    for (QTextEdit *edit : m_window->findChildren<QTextEdit *>())
        edit->setTabChangesFocus(true);
    for (QLineEdit *edit : m_window->findChildren<QLineEdit *>())
        nameClearButton(edit);
    for (QComboBox *combo : m_window->findChildren<QComboBox *>())
        labelCombo(combo);
}

QList<QWidget *> KeyboardAccess::stopsIn(QWidget *container) const
{
    QList<QWidget *> out;
    QWidget *w = m_window;
    do {
        w = w->nextInFocusChain();
        if (container->isAncestorOf(w) && takesTab(w) && !out.contains(w))
            out << w;
    } while (w != m_window);
    return out;
}

void KeyboardAccess::chain(const QList<QWidget *> &order)
{
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

bool KeyboardAccess::eventFilter(QObject *watched, QEvent *event)
{
    // The tab bar QMainWindow makes for docks that share a place stays a child when its docks
    // close, parked off screen: Tab must not land there (View → the dock's shortcut opens it).
    if (watched == m_window && event->type() == QEvent::ChildPolished) {
        if (auto *bar = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
            bar->setFocusPolicy(Qt::NoFocus);
    }
    return QObject::eventFilter(watched, event);
}
