#include "ShortcutPriority.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

ShortcutPriority::ShortcutPriority(QWidget *window) : QObject(window)
{
    static const QList<QKeySequence> editing = [] {
        QList<QKeySequence> keys;
        for (auto k : {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste,
                       QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll})
            keys << QKeySequence::keyBindings(k);
        return keys;
    }();
    for (const QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (!editing.contains(key) && !m_shortcuts.contains(key))
                m_shortcuts << key;
        }
    }
    for (QWidget *field : window->findChildren<QWidget *>()) {
        if (field->inherits("QLineEdit") || field->inherits("QPlainTextEdit") ||
            field->inherits("QTextEdit") || field->inherits("QAbstractSpinBox"))
            field->installEventFilter(this);
    }
}

void ShortcutPriority::install(QWidget *window)
{
    new ShortcutPriority(window);
}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (m_shortcuts.contains(QKeySequence(key->keyCombination()))) {
            event->ignore(); // not overridden: the shortcut goes to the window's action
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
