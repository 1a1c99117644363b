#pragma once

#include "app/calls/CallRecord.h"
#include "app/session/RequestDraft.h"
#include "app/workbench/RequestCollection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class FhirClient;

// What a front end does with saved request files, for the window's Requests dock and its
// actions on calls: a file read for listing, a call or a draft added to a `.http` file (never
// the token), a call made again as a draft (the current token added when it is sent).
class SavedRequests
{
    Q_DECLARE_TR_FUNCTIONS(SavedRequests)
public:
    struct File
    {
        QString path;
        std::optional<RequestCollection> collection;
        QStringList errors; // "FILE:LINE: message"
    };
    static File read(const QString &path);
    // A `.http` or `.rest` file, or a Postman collection (`*.postman_collection.json`).
    static bool isRequestFile(const QString &fileName);
    // A Postman collection (a `.json` file), not a `.http` one.
    static bool isPostman(const QString &path);
    // The collections of every file of `paths` that could be read, in order, and every file's
    // problems in `errors`.
    static QList<RequestCollection> readAll(const QStringList &paths, QStringList *errors);

    // The request `call` made, added at the end of the `.http` file `path` (relative to `base`
    // when it is on that server). `secrets`: values refused in the text (the current token).
    static bool appendCall(const QString &path, const CallRecord &call, const QUrl &base,
                           const QList<QByteArray> &secrets, QString *error);
    static bool appendDraft(const QString &path, const RequestDraft &draft, const QString &name,
                            const QList<QByteArray> &secrets, QString *error);

    // The request `call` made, as a draft to send again on `client`'s server: the
    // Authorization variant it was sent with, a fresh X-Request-ID, never a token.
    static std::optional<RequestDraft> draftOfCall(const CallRecord &call, const FhirClient &client,
                                                   QString *problem);
};
