#pragma once

#include "app/workbench/RequestCollection.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

class CliApp;
class QDir;

// fhir-bulk convert COLLECTION.json|CALLS.har --out DIR: a Postman collection saved as `.http`
// files, one per folder, or the calls of a HAR as one `.http` file that sends them again (no
// token written; scripts and what reading noticed as comments).
class ConvertCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)
public:
    explicit ConvertCommand(CliApp &app);
    int run(const QStringList &args);

private:
    // The calls of a HAR as saved requests (redirect hops left out); nothing when unreadable.
    std::optional<RequestCollection> fromHar(const QString &path, const QString &base);
    // Writes the .http files into `dir`; an existing one stops everything first, unless `force`.
    int save(const RequestCollection &collection, const QDir &dir, bool force);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
