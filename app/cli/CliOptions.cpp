#include "CliOptions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <atomic>
#include <csignal>
// Platform-specific: Ctrl+C and SIGTERM end the CLI through a socket pair (POSIX only; on
// Windows the console's default handling ends the process, and SetConsoleCtrlHandler is the
// place for a port to hook in).
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace CliOptions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliApp", text);
}

std::atomic<bool> s_interrupted{false};
#ifdef Q_OS_UNIX
int s_signalPipe[2] = {-1, -1};
#endif

} // namespace

std::optional<qint64> number(const QCommandLineParser &p, const QCommandLineOption &option,
                             qint64 min, qint64 max, QTextStream &err)
{
    const QString value = p.value(option).trimmed();
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (ok && n >= min && n <= max)
        return n;
    err << tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
               .arg(option.names().constFirst())
               .arg(min)
               .arg(max)
               .arg(value)
        << '\n';
    err.flush();
    return std::nullopt;
}

std::optional<qint64> duration(const QCommandLineParser &p, const QCommandLineOption &option,
                               qint64 max, QTextStream &err)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})\\s*([smhd]?)$"));
    const QString value = p.value(option).trimmed();
    const auto m = pattern.match(value.toLower());
    if (m.hasMatch()) {
        const qint64 unit = m.captured(2) == QLatin1String("m")   ? 60
                            : m.captured(2) == QLatin1String("h") ? 3600
                            : m.captured(2) == QLatin1String("d") ? 86400
                                                                  : 1;
        const qint64 secs = m.captured(1).toLongLong() * unit;
        if (secs <= max)
            return secs;
    }
    err << tr("--%1 takes a duration such as 90s, 30m or 12h (at most %2 s), not \"%3\".")
               .arg(option.names().constFirst())
               .arg(max)
               .arg(value)
        << '\n';
    err.flush();
    return std::nullopt;
}

void quitOnSignals()
{
#ifdef Q_OS_UNIX
    // A signal handler may only write: the byte wakes a notifier in the event loop.
    if (s_signalPipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier =
        new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char c;
        [[maybe_unused]] const auto n = ::read(s_signalPipe[1], &c, 1);
        s_interrupted = true;
        QCoreApplication::exit(130); // ends every running event loop of this thread
    });
    struct sigaction sa = {};
    sa.sa_handler = [](int) {
        const char c = 1;
        [[maybe_unused]] const auto n = ::write(s_signalPipe[0], &c, 1);
    };
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
#endif
}

bool interrupted()
{
    return s_interrupted;
}

} // namespace CliOptions
