#pragma once

#include <QList>
#include <QObject>

class QWidget;

// A window for the keyboard and a screen reader: Tab leaves tables and text areas, follows the
// rows from top to bottom, never lands on a widget that is not on screen (the tab bar QMainWindow
// parks off screen when tabbed docks close), and every control has a name. Installed once on a
// window; it lives as the window's child.
class KeyboardAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardAccess)
public:
    // Watches `window` for the tab bars of tabbed docks (they get no focus).
    explicit KeyboardAccess(QWidget *window);

    // Tab leaves tables and text areas, the line edits' clear buttons and the combo boxes
    // without a visible label get names: for every widget in the window now.
    void prepare();
    // The widgets of `container` that Tab reaches, in the window's focus chain as it stands.
    QList<QWidget *> stopsIn(QWidget *container) const;
    // Tab goes through `order`, one after the other.
    static void chain(const QList<QWidget *> &order);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};
