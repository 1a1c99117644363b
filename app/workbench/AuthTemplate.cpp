#include "AuthTemplate.h"

#include "app/calls/Redaction.h"

#include <QRegularExpression>

AuthTemplate AuthTemplate::read(const QString &value)
{
    AuthTemplate t;
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        t.kind = Kind::Empty;
        t.mode = AuthMode::Empty;
        return t;
    }
    static const QRegularExpression form(
        QStringLiteral("^(?:(\\S+)\\s+)?\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}$"));
    const auto m = form.match(v);
    if (!m.hasMatch())
        return t;
    t.scheme = m.captured(1);
    t.variable = m.captured(2);
    t.kind = Kind::Variable;
    if (t.scheme.isEmpty())
        t.mode = AuthMode::Raw;
    else if (t.scheme == QLatin1String("Bearer"))
        t.mode = AuthMode::Bearer;
    else if (t.scheme == QLatin1String("bearer"))
        t.mode = AuthMode::LowercaseBearer;
    else
        t.kind = Kind::OtherScheme;
    return t;
}

QString AuthTemplate::refusal(const QString &value)
{
    const AuthTemplate t = read(value);
    if (t.kind == Kind::OtherScheme)
        return tr("The Authorization scheme \"%1\" is not sent from a saved request: write "
                  "Authorization: Bearer {{token}}.")
            .arg(t.scheme);
    const QString shape = QString::fromLatin1(Redaction::authorizationValue(value.toUtf8()));
    return tr("The Authorization header holds a value written in the file (%1): it is never sent. "
              "Write Authorization: Bearer {{token}} for the profile's token, or Bearer {{name}} "
              "with the value from an environment.")
        .arg(shape);
}

QString AuthTemplate::bearer(const QString &variable)
{
    return QStringLiteral("Bearer {{%1}}").arg(variable);
}

bool AuthTemplate::isAuthorization(const QString &headerName)
{
    return headerName.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
}
