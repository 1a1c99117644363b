#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliApp;
struct TargetOptions;

// fhir-bulk token inspect | check | get: lint a token read from standard input and show its
// claims; the token health check against a profile or base URL; obtain a token for a profile
// and keep it in the keychain.
class TokenCommand
{
    // Its words stay in CliApp's translation context, where they were translated.
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    explicit TokenCommand(CliApp &app);
    int run(const QStringList &args);

private:
    // token inspect: the token on standard input linted, its claims shown.
    int inspect(bool json);
    // token check: the health check against the target.
    int check(const QCommandLineParser &p, const TargetOptions &targetOpts, bool json);
    // token get: a token for the profile, kept in the keychain (--print prints it).
    int get(bool print, const QCommandLineParser &p, const TargetOptions &targetOpts);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
