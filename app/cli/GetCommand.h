#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliApp;

// fhir-bulk get PATH-OR-URL (and `metadata`, which is `get metadata`): one request, explained:
// status, headers, diagnosis and body. Exit 0 for 2xx, 1 for an HTTP error, 2 for a transport or
// usage error.
class GetCommand
{
    // Its words stay in CliApp's translation context, where they were translated.
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    explicit GetCommand(CliApp &app);
    int run(const QStringList &args);

private:
    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
