#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliApp;

// fhir-bulk export --group ID | --resume STATUS-URL: a Group $export end to end (kick-off,
// polling, downloads verified) through the session's ExportJob, as the window runs it. Exit 3
// when the server did not finish within --max-wait, 130 when interrupted.
class ExportCommand
{
    // Its words stay in CliApp's translation context, where they were translated.
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    explicit ExportCommand(CliApp &app);
    int run(const QStringList &args);

private:
    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
