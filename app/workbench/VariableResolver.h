#pragma once

#include "app/workbench/VariableSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

// Turns {{name}} into values. Sources are asked in order of precedence (added first wins:
// the command line, then the environment, then the file); a value may itself use {{other}}.
// Built-ins: {{$uuid}} (also {{$guid}}) a fresh UUID at each use, {{$timestamp}} the Unix time
// in seconds, {{$isoTimestamp}} the UTC time in ISO 8601, {{$randomInt}} 0 to 999.
//
// A token is a secret: {{token}} (the profile's token), a source's secret values and the
// variables an Authorization header names may be used in the Authorization header only
// (token()), never in a URL, another header or a body, where they would be sent and recorded
// in clear. A token never comes from the request file itself.
class VariableResolver
{
    Q_DECLARE_TR_FUNCTIONS(VariableResolver)
public:
    void addSource(std::shared_ptr<const VariableSource> source);
    // The profile's token, for {{token}}; empty: there is none (an environment's `token` is
    // used then).
    void setToken(const QByteArray &token) { m_token = token; }
    void setSecretNames(const QStringList &names) { m_secretNames = names; }

    struct Text
    {
        QString text;
        QString error;   // why it could not be resolved (no line number: see `line`)
        QString missing; // the undefined variable, if that is why
        int line = 0;
        bool ok() const { return error.isEmpty(); }
    };
    // Every {{name}} in `text`, which starts on line `firstLine` (for the error's line).
    Text resolve(const QString &text, int firstLine = 0) const;

    struct Token
    {
        QByteArray value;     // the secret: for the request only, never to print
        bool profile = false; // the profile's token ({{token}})
        QString error;
        QString missing;
        bool ok() const { return error.isEmpty(); }
    };
    // The value of the variable an Authorization header names.
    Token token(const QString &name) const;

    // Which source a name comes from (its label), empty when none has it.
    QString sourceOf(const QString &name) const;

private:
    struct Found
    {
        VariableSource::Value value;
        const VariableSource *source = nullptr;
    };
    std::optional<Found> lookup(const QString &name, bool includeFile) const;
    bool isSecret(const QString &name) const;
    QString expand(const QString &text, QStringList &chain, bool allowSecrets, QString *error,
                   QString *missing, qsizetype *errorAt) const;
    QString builtin(const QString &name, QString *error) const;

    QList<std::shared_ptr<const VariableSource>> m_sources;
    QByteArray m_token;
    QStringList m_secretNames;
};
