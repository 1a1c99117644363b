#include "app/cli/CliApp.h"
#include "app/support/AppSettings.h"
#include "app/support/Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppSettings::setApplicationIdentity();
    Translations::install(&app, AppSettings::languageOverride());
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApp cli(out, err, isatty(STDERR_FILENO) == 1);
    return cli.run(QCoreApplication::arguments());
}
