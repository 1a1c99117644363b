#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

// A text field binds keys of its own (on Linux, with the X11 key scheme, Ctrl+E, Ctrl+K and
// Ctrl+B move the cursor or delete, emacs-style) and takes them before the window's shortcuts:
// with the address bar focused, Ctrl+E would not export. Installed on a window, this lets every
// QAction shortcut of that window win over the text fields in it, except the editing keys a
// text field must keep (copy, cut, paste, undo, redo, select all).
class ShortcutPriority final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutPriority)
public:
    // Collects the shortcuts of `window`'s actions and watches its text fields as they are now.
    static void install(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ShortcutPriority(QWidget *window);
    QList<QKeySequence> m_shortcuts;
};
