#pragma once

#include "app/cli/CliApp.h"
#include "app/cli/ExportProgress.h"
#include "app/net/ExportSession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

class ExportJob;
class ExportJournal;
class FhirClient;
class TokenRenewal;

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
    // The command's options (their help text is `fhir-bulk export --help`).
    struct Options
    {
        Options();
        void addTo(QCommandLineParser &parser) const;
        QCommandLineOption group, type, since, out, parallel, post, noCache, lenient, json, resume,
            timeout, maxWait, origin, allowErrors;
        TargetOptions target;
    };
    // What the command line asks for, checked.
    struct Settings
    {
        ExportSession::Request request;
        int parallel = 2;
        int timeoutMs = 30000;
        qint64 maxWaitSecs = 0;
    };

    // The request and the numbers; nullopt when one is not usable (said on stderr).
    std::optional<Settings> readSettings();
    // `--resume URL` alone: the options the journal recorded for the job added to the command
    // line. A usage error when the command line no longer parses.
    int resumeAsJournalled(const QStringList &args, const ExportJournal &journal);
    // A profile whose token request was saved renews its token (the secret from the keychain).
    void armRenewal(TokenRenewal &renewal, const ServerProfile &target);
    void configure(ExportJob &job, const Settings &settings, const ServerProfile &target);
    // The renewal's outcome said, and handed to the job (its own client takes the new token).
    void followRenewal(TokenRenewal &renewal, ExportJob &job, const FhirClient &client);
    // A token that will run out before a typical export ends, with nothing to renew it.
    void warnShortToken(const FhirClient &client, bool renewable);
    // Starts or resumes the job and waits for its end.
    ExportSession::Outcome runToEnd(ExportJob &job, const ExportJournal &journal,
                                    const ServerProfile &target, const Settings &settings);
    void printJson(const ExportSession::Outcome &outcome);
    void printText(const ExportSession::Outcome &outcome);
    // What is said after the outcome, and the exit code.
    int finish(const ExportSession::Outcome &outcome);
    // The command that continues this job, as printed after Ctrl+C, an expired token or the
    // wait limit: it works copied as it stands (the journal supplies the server).
    QString resumeCommand() const;

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    const Options m_options;
    QCommandLineParser m_parser;
    ExportSession *m_session = nullptr;
    ExportProgress m_progress;
};
