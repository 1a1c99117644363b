#pragma once

#include "app/session/RunPlanner.h"
#include "app/workbench/RequestCollection.h"
#include "app/workbench/RunResult.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

class CliApp;
class ProfileConnection;
struct TargetOptions;
class VariableSource;

// fhir-bulk run FILE...: sends the saved requests of `.http` files and Postman collections in
// order, against the profile (or --base) `get` would use, and checks their expectations. Prints
// each request's name, status, diagnosis and expectations, and the scripts it did not run.
// Exit 0 when every expectation held, 1 when one failed, 2 for a usage or file error (a parse
// error, an undefined variable: then nothing is sent).
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    explicit RunCommand(CliApp &app);
    int run(const QStringList &args);

private:
    struct Options
    {
        QCommandLineOption vars;
        QCommandLineOption env;
        QCommandLineOption json;
        QCommandLineOption junit;
        QCommandLineOption report;
        QCommandLineOption timeout;
        Options();
    };
    int loadFiles(const QStringList &paths, QList<RequestCollection> *files);
    int loadVariables(const QCommandLineParser &p, const Options &o,
                      QList<std::shared_ptr<const VariableSource>> *sources);
    int checkOutputs(const QCommandLineParser &p, const Options &o);
    void loadProfileVariables(ProfileConnection &target,
                              QList<std::shared_ptr<const VariableSource>> *sources);
    void printPlanErrors(const RunPlan &plan);
    void printResult(const RunResult &result, int position, int count);
    QList<RunResult> execute(const RunPlan &plan, ProfileConnection &target, bool quiet);
    int writeOutputs(const QCommandLineParser &p, const Options &o, const QList<RunResult> &results,
                     const ProfileConnection &target, const QStringList &files,
                     const QList<QByteArray> &secrets);
    bool save(const QString &path, QByteArray bytes, const QString &what,
              const QList<QByteArray> &secrets);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
