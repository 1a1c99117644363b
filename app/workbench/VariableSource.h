#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// Where the values of {{name}} come from. The resolver asks its sources in order of
// precedence: the command line (--var), then the environment (a Postman environment; a
// profile's own variables, kept in the settings and the keychain for secret ones, plug in
// here), then the file's own variables. Values in, values out: a source holds no widget and
// no global state, so the window, the session and fhir-bulk can all hand theirs in.
class VariableSource
{
public:
    enum class Origin {
        CommandLine, // fhir-bulk run --var NAME=VALUE
        Environment, // a Postman environment, a profile's variables
        File         // the request file's own (@name = value, a collection's `variable`)
    };
    struct Value
    {
        QString text;
        bool secret = false; // a token or a password: only the Authorization header may use it
    };

    virtual ~VariableSource() = default;
    virtual std::optional<Value> value(const QString &name) const = 0;
    virtual QStringList names() const = 0;
    virtual Origin origin() const = 0;
    // Where the values come from, in words ("the command line",
    // "Preview.postman_environment.json").
    virtual QString label() const = 0;
};
