#include "app/cli/CliApp.h"
#include "app/support/AppSettings.h"
#include "app/support/EventLoopTuning.h"
#include "app/support/MemoryTuning.h"
#include "app/support/Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
// Platform-specific: whether stderr is a terminal (progress lines only there).
#ifdef Q_OS_WIN
#include <io.h>
static bool stderrIsTerminal()
{
    return _isatty(_fileno(stderr)) != 0;
}
#else
#include <unistd.h>
static bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}
#endif

int main(int argc, char *argv[])
{
    MemoryTuning::forStreaming();
    EventLoopTuning::plainLoopsEverywhere();
    QCoreApplication app(argc, argv);
    EventLoopTuning::startGlibThread();
    AppSettings::setApplicationIdentity();
    Translations::install(&app, AppSettings::languageOverride());
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApp cli(out, err, stderrIsTerminal());
    return cli.run(QCoreApplication::arguments());
}
