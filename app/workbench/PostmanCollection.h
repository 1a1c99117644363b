#pragma once

#include "app/workbench/RequestCollection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// Reads a Postman collection (format v2.1.0, and v2.0.0 whose auth parameters are an object
// instead of a key/value array) into the same requests a `.http` file gives:
//  - folders (`item` inside `item`, to any depth) become each request's folder path;
//  - `request` as a URL string or an object; `url` as a string or an object (`raw`, else
//    protocol, host, path and query put together; `:name` path variables filled in);
//  - headers as an array (disabled ones skipped) or as one "Name: value" string;
//  - `body.raw` as it is, `urlencoded` put together; other body modes are said, not sent;
//  - `auth` of type bearer at the collection, a folder or the request, inherited downwards;
//    `noauth` sends no Authorization; other types are said and the profile's token is sent;
//  - the collection's `variable` array (enabled ones) as the file's own variables;
//  - test and pre-request scripts (collection, folder, request) are never run: each request
//    lists the ones that would have run for it.
// A token is never taken from the collection: a bearer token written in it becomes {{token}}
// (the profile's token), and a collection variable an Authorization uses keeps no value (an
// environment gives it); neither is ever repeated in a message or written to a `.http` file.
class PostmanCollection
{
    Q_DECLARE_TR_FUNCTIONS(PostmanCollection)
public:
    // Nothing, and `error` in words, when the bytes are no Postman collection v2.
    static std::optional<RequestCollection> read(const QByteArray &json, const QString &source,
                                                 QString *error);
    static bool looksLikeCollection(const QByteArray &json);
};
