#include "WindowPlacement.h"

#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

WindowPlacement::WindowPlacement(QMainWindow *window, QSplitter *splitter)
    : QObject(window), m_window(window), m_splitter(splitter)
{
    window->installEventFilter(this);
}

void WindowPlacement::restore()
{
    // Window size and splitter as the user left them; otherwise 90% of the screen. Either way
    // the frame is kept inside the screen once it is known (keepOnScreen, when first shown).
    const QSettings settings;
    if (!m_window->restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            m_window->resize(qMin(1280, avail.width() * 9 / 10),
                             qMin(820, avail.height() * 9 / 10));
            m_window->move(avail.center() - m_window->rect().center());
        }
    }
    // The log gets two fifths at first: a handful of calls above the one shown.
    const int height = m_window->height();
    if (!m_splitter->restoreState(settings.value(QStringLiteral("ui/splitter")).toByteArray()))
        m_splitter->setSizes({2 * height / 5, 3 * height / 5});
}

void WindowPlacement::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("ui/splitter"), m_splitter->saveState());
}

bool WindowPlacement::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && !m_placed) {
        m_placed = true;
        keepOnScreen();
    }
    return QObject::eventFilter(watched, event);
}

void WindowPlacement::keepOnScreen()
{
    QMainWindow *w = m_window;
    if (w->isMaximized() || w->isFullScreen())
        return;
    const QScreen *screen = QGuiApplication::screenAt(w->geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // A size saved on a larger screen (or by a version that grew too tall) is cut to the
    // screen, and the frame moved inside it: the status bar and Send are never off-screen.
    const QRect avail = screen->availableGeometry();
    const QRect inner = w->geometry();
    const QRect outer = w->frameGeometry();
    const QMargins frame(inner.left() - outer.left(), inner.top() - outer.top(),
                         outer.right() - inner.right(), outer.bottom() - inner.bottom());
    const QRect room = avail.marginsRemoved(frame);
    QRect wanted(inner.topLeft(), w->size().boundedTo(room.size()));
    wanted.moveLeft(qBound(room.left(), wanted.left(), room.right() - wanted.width() + 1));
    wanted.moveTop(qBound(room.top(), wanted.top(), room.bottom() - wanted.height() + 1));
    if (wanted != inner)
        w->setGeometry(wanted);
}
