#include "Expectation.h"

#include "app/calls/Causes.h"
#include "app/calls/Diagnoser.h"

#include <QRegularExpression>

QString Expectation::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Diagnosis:
        return QStringLiteral("diagnosis");
    case Kind::Cause:
        return QStringLiteral("cause");
    case Kind::Header:
        return QStringLiteral("header");
    }
    return {};
}

QString Expectation::text() const
{
    return kindKey(kind) + QLatin1Char(' ') + value;
}

std::optional<Expectation> Expectation::parse(const QString &words, QString *error)
{
    static const QRegularExpression form(QStringLiteral("^(\\S+)\\s+(\\S+)\\s*$"));
    const auto m = form.match(words.trimmed());
    const QString kind = m.hasMatch() ? m.captured(1) : QString();
    const QString value = m.captured(2);
    Expectation e;
    e.value = value;
    if (kind == QLatin1String("status")) {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || status < 100 || status > 599) {
            *error =
                tr("@expect status takes an HTTP status from 100 to 599, not \"%1\".").arg(value);
            return std::nullopt;
        }
        e.kind = Kind::Status;
        e.value = QString::number(status);
        return e;
    }
    if (kind == QLatin1String("diagnosis")) {
        if (!Diagnoser::allCodes().contains(value)) {
            *error = tr("@expect diagnosis: \"%1\" is not a diagnosis code (see Help → "
                        "Diagnosis codes or the README).")
                         .arg(value);
            return std::nullopt;
        }
        e.kind = Kind::Diagnosis;
        return e;
    }
    if (kind == QLatin1String("cause")) {
        if (!Causes::allCodes().contains(value)) {
            *error = tr("@expect cause: \"%1\" is not a cause code (see Help → Diagnosis codes "
                        "or the README).")
                         .arg(value);
            return std::nullopt;
        }
        e.kind = Kind::Cause;
        return e;
    }
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    if (kind == QLatin1String("header") && token.match(value).hasMatch()) {
        e.kind = Kind::Header;
        return e;
    }
    *error = tr("\"@expect %1\" is not an expectation; write one of: @expect status 200, "
                "@expect diagnosis CODE, @expect cause CODE, @expect header NAME.")
                 .arg(words.trimmed());
    return std::nullopt;
}
