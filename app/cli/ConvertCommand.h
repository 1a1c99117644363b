#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliApp;

// fhir-bulk convert COLLECTION.json --out DIR: a Postman collection saved as `.http` files, one
// per folder (no token written; scripts and what reading noticed as comments).
class ConvertCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)
public:
    explicit ConvertCommand(CliApp &app);
    int run(const QStringList &args);

private:
    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
