#pragma once

#include "app/session/RequestDraft.h"
#include "app/workbench/RequestBuilder.h"
#include "app/workbench/RequestCollection.h"
#include "app/workbench/VariableSource.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <memory>

class FhirClient;

// One request of a run, ready to send.
struct PlannedRequest
{
    QString file; // the file it comes from (its name, for messages and reports)
    int index = 0;
    SavedRequest saved;
    PreparedRequest prepared;
    QStringList notices; // said before it is sent ("the profile's token is not sent to …")
};

// Every request of a run, resolved before the first is sent: a run with an undefined variable
// or a request the explorer will not send stops before anything goes out.
struct RunPlan
{
    QList<PlannedRequest> items;
    QStringList errors;  // "file.http:12: {{groupId}} is not defined: …"
    QStringList missing; // undefined variables, by name
    bool ok() const { return errors.isEmpty(); }
};

class RunPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RunPlanner)
public:
    // `outer`: the sources above the files' own variables, highest precedence first (the
    // command line, the environment). `profileToken`: {{token}}. `client`: resolves relative
    // URLs against the profile's base URL; the profile's token goes to the profile's server only.
    static RunPlan plan(const QList<RequestCollection> &files,
                        const QList<std::shared_ptr<const VariableSource>> &outer,
                        const QByteArray &profileToken, const FhirClient &client);

    // The file's request `index` alone, planned with the file's variables under `outer`.
    static RunPlan planOne(const RequestCollection &file, int index,
                           const QList<std::shared_ptr<const VariableSource>> &outer,
                           const QByteArray &profileToken, const FhirClient &client);

    // Why `plan` cannot run (it has errors or no requests), in lines the user can act on, ending
    // "Nothing was sent.".
    static QString refusal(const RunPlan &plan);

    // What the request bar shows of a planned request: its variables resolved, the
    // Authorization as a variant of the bar's menu, never the token itself.
    static RequestDraft draftOf(const PreparedRequest &prepared);
    // A draft as a saved request (Save request…): the Authorization variant as its template
    // ({{token}}, never the token), the X-Request-ID only when one was typed.
    static SavedRequest savedFrom(const RequestDraft &draft, const QString &name);
};
