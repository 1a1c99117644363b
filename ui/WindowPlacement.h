#pragma once

#include <QObject>

class QMainWindow;
class QSplitter;

// The main window's size, place and splitter: as the user left them (the settings), otherwise
// 90% of the screen; the frame kept inside the screen's free area once it is first shown (a size
// or place saved on another screen, or the first start); saved again when the window closes.
class WindowPlacement final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowPlacement)
public:
    // `splitter`: the log above the call's detail.
    WindowPlacement(QMainWindow *window, QSplitter *splitter);

    void restore();
    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void keepOnScreen();

    QMainWindow *m_window;
    QSplitter *m_splitter;
    bool m_placed = false; // keepOnScreen() ran once the frame was known
};
