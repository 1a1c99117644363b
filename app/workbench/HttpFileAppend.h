#pragma once

#include "app/workbench/SavedRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Save request…: one request added at the end of a `.http` file (made when it is not there),
// written as HttpFileWriter writes it; the file's own text above it is kept as it is. The whole
// file is written anew and takes its name only when complete (QSaveFile).
class HttpFileAppend
{
    Q_DECLARE_TR_FUNCTIONS(HttpFileAppend)
public:
    // False with `error` in the user's words when it cannot. `secrets`: values that must not
    // reach the file (the current token): the request is refused when its text holds one.
    static bool append(const QString &path, const SavedRequest &request, QString *error,
                       const QList<QByteArray> &secrets = {});
};
