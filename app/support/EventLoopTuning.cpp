#include "EventLoopTuning.h"

#include <QAbstractEventDispatcher>
#include <QByteArray>
#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>

// Each network manager runs its HTTP and TLS work on a thread of its own, and every piece of a
// download crosses to the thread that reads it and back as a posted event. A GLib event loop
// signals each posted event with a write to its eventfd, even when one is already pending; Qt's
// own loop writes once until the thread wakes. An HTTPS export of 2 GiB made about a million of
// those writes (strace -f -c: 1.5 million write calls, nearly all 8-byte eventfd writes), each a
// costly system call on this project's VM. Measured with `fhir-bulk export` of 4 x 512 MiB over
// HTTPS (scripts/bench-export.sh's nginx): 7.3-8.2 s of CPU with GLib loops everywhere,
// 6.9-7.7 s with Qt's own loop in the worker threads only, 5.3-5.7 s with Qt's own everywhere.
//
// Qt picks a thread's loop when the thread starts, from QT_NO_GLIB. The keychain (QtKeychain's
// libsecret backend) answers through the GLib main context of the thread that asked, so it needs
// a GLib loop: fhir-bulk, whose main thread handles the downloads, keeps one in a thread of its
// own for the keychain. The window keeps GLib everywhere: the platform's dialogs use it, and
// the programs it opens (a file's viewer) would inherit QT_NO_GLIB.

namespace EventLoopTuning {

namespace {
QThread *s_glibThread = nullptr;

void stopGlibThread()
{
    if (!s_glibThread)
        return;
    s_glibThread->quit();
    s_glibThread->wait();
    delete s_glibThread;
    s_glibThread = nullptr;
}
} // namespace

void plainLoopsEverywhere()
{
    if (qEnvironmentVariableIsSet("FBX_GLIB_LOOPS")) // an A/B comparison (bench-export.sh)
        return;
    qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
}

void startGlibThread()
{
    if (s_glibThread || !QCoreApplication::instance())
        return;
    const QByteArray before = qgetenv("QT_NO_GLIB");
    qunsetenv("QT_NO_GLIB");
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("glib-loop"));
    // The loop is made when the thread starts, before `started`: wait for it, then the setting
    // goes back for every thread after this one.
    QSemaphore made;
    QObject::connect(
        thread, &QThread::started, thread, [&made] { made.release(); }, Qt::DirectConnection);
    thread->start();
    made.acquire();
    QObject::disconnect(thread, &QThread::started, thread, nullptr);
    if (!before.isNull())
        qputenv("QT_NO_GLIB", before);
    s_glibThread = thread;
    qAddPostRoutine(stopGlibThread);
}

QThread *glibThread()
{
    return s_glibThread;
}

bool onGlibLoop()
{
    const QAbstractEventDispatcher *loop = QAbstractEventDispatcher::instance();
    return loop && loop->inherits("QEventDispatcherGlib");
}

} // namespace EventLoopTuning
