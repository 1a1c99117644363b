#pragma once

#include "app/workbench/SavedRequest.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A variable a request file defines itself (`@name = value`; a Postman collection's `variable`).
struct FileVariable
{
    QString name;
    QString value;
    int line = 0;
    bool operator==(const FileVariable &o) const { return name == o.name && value == o.value; }
};

// The requests of one file, in order, with the variables the file defines: what a `.http`
// file or a Postman collection reads into, and what the writer turns back into `.http` text.
struct RequestCollection
{
    QString name;   // the file's base name, or the Postman collection's name
    QString source; // the file it was read from
    QList<FileVariable> variables;
    QList<SavedRequest> requests;
    // Variables that carry a token (used in an Authorization header): their values never come
    // from the file itself and are never written to one.
    QStringList secretVariables;
    QStringList notices; // what reading the whole file noticed

    const FileVariable *variable(const QString &name) const;
    // The folders of its requests, in the order they first appear ({} for the top level).
    QList<QStringList> folders() const;

    bool operator==(const RequestCollection &o) const
    {
        return variables == o.variables && requests == o.requests;
    }
};

Q_DECLARE_METATYPE(RequestCollection)
