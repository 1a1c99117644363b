#pragma once

#include "app/workbench/RequestCollection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// Reads a request file from disk, whichever it is: a `.http` (or `.rest`) file, or a Postman
// collection (JSON). Errors come as "FILE:LINE: message", in line order, ready to print.
class RequestFileReader
{
    Q_DECLARE_TR_FUNCTIONS(RequestFileReader)
public:
    struct Result
    {
        std::optional<RequestCollection> collection;
        QStringList errors;
    };
    static Result read(const QString &path);
    // Reads a whole small file (at most `limit` bytes); nothing, and `error`, when it cannot.
    static std::optional<QByteArray> readBytes(const QString &path, QString *error,
                                               qint64 limit = 32 * 1024 * 1024);
};
