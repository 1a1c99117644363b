#pragma once

#include "app/workbench/VariableSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// A Postman environment file ({"name", "values": [{"key", "value", "enabled", "type"}]}): its
// enabled values, as an environment variable source. Values of type "secret", and values that
// look like a token, are secrets: only an Authorization header may use them.
class PostmanEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(PostmanEnvironment)
public:
    // `label`: how messages name it (the file name). Nothing, and `error`, when it is none.
    static std::optional<VariableSet> read(const QByteArray &json, const QString &label,
                                           QString *error);
};
