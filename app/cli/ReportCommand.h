#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliApp;

// fhir-bulk report FILE.har... --out REPORT.md|REPORT.html: the report a run writes, made from
// any HAR (this explorer's, with its diagnoses; a browser's, diagnosed on reading).
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    explicit ReportCommand(CliApp &app);
    int run(const QStringList &args);

private:
    CliApp &m_app;
    QTextStream &m_err;
};
