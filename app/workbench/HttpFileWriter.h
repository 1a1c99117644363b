#pragma once

#include "app/workbench/RequestCollection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Writes requests as `.http` text that HttpFileParser reads back to the same requests (for
// saving a request, and for a Postman collection saved as `.http` files). Variables that carry
// a token are named in a comment, never written; what reading a collection noticed (skipped
// scripts, a token replaced) goes in comments above the request it concerns.
class HttpFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(HttpFileWriter)
public:
    struct Result
    {
        QString text;
        QStringList warnings; // what had to change to fit the format ("a body line …")
    };
    static Result write(const RequestCollection &collection);

    struct File
    {
        QString fileName; // "Patients - Everything.http": folder names joined, made file-safe
        RequestCollection collection;
    };
    // One collection per folder (the top level's requests in "<collection name>.http"); each
    // keeps the collection's variables, and its requests lose the folder (the file names it).
    static QList<File> splitByFolder(const RequestCollection &collection);
    static QString fileNameFor(const QString &name);

    // splitByFolder's files written into `dir` (each through QSaveFile: whole or not at all).
    // Nothing is written when one of them exists and `replace` is false (`*existing` names it);
    // false with `*error` when a file cannot be written. `saved`: each file, in order.
    struct Saved
    {
        QString path;
        int requests = 0;
        QStringList warnings; // HttpFileWriter::Result::warnings of that file
    };
    static bool saveAsFiles(const RequestCollection &collection, const QString &dir, bool replace,
                            QList<Saved> *saved, QString *existing, QString *error);
};
