#include "VariableResolver.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace {
constexpr int kMaxDepth = 16;
} // namespace

void VariableResolver::addSource(std::shared_ptr<const VariableSource> source)
{
    if (source)
        m_sources.append(std::move(source));
}

std::optional<VariableResolver::Found> VariableResolver::lookup(const QString &name,
                                                                bool includeFile) const
{
    for (const auto &s : m_sources) {
        if (!includeFile && s->origin() == VariableSource::Origin::File)
            continue;
        if (auto v = s->value(name))
            return Found{*v, s.get()};
    }
    return std::nullopt;
}

bool VariableResolver::isSecret(const QString &name) const
{
    if (name == QLatin1String("token") || m_secretNames.contains(name))
        return true;
    const auto found = lookup(name, true);
    return found && found->value.secret;
}

QString VariableResolver::sourceOf(const QString &name) const
{
    const auto found = lookup(name, true);
    return found ? found->source->label() : QString();
}

QString VariableResolver::builtin(const QString &name, QString *error) const
{
    if (name == QLatin1String("$uuid") || name == QLatin1String("$guid"))
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (name == QLatin1String("$timestamp"))
        return QString::number(QDateTime::currentSecsSinceEpoch());
    if (name == QLatin1String("$isoTimestamp"))
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (name == QLatin1String("$randomInt"))
        return QString::number(QRandomGenerator::global()->bounded(1000));
    *error = tr("{{%1}} is not a built-in variable (there are {{$uuid}}, {{$timestamp}}, "
                "{{$isoTimestamp}} and {{$randomInt}}).")
                 .arg(name);
    return {};
}

QString VariableResolver::expand(const QString &text, QStringList &chain, bool allowSecrets,
                                 QString *error, QString *missing, qsizetype *errorAt) const
{
    static const QRegularExpression use(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    QString out;
    qsizetype from = 0;
    for (auto it = use.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const QString name = m.captured(1);
        *errorAt = m.capturedStart();
        if (name.startsWith(QLatin1Char('$'))) {
            out += builtin(name, error);
        } else if (!allowSecrets && isSecret(name)) {
            *error = tr("{{%1}} carries a token: only the Authorization header may use it, or "
                        "it would be sent and recorded in clear.")
                         .arg(name);
        } else if (chain.contains(name) || chain.size() >= kMaxDepth) {
            *error = tr("The variables refer to each other in a circle: %1.")
                         .arg((chain + QStringList{name}).join(QStringLiteral(" → ")));
        } else if (const auto found = lookup(name, true)) {
            chain.append(name);
            qsizetype inner = 0;
            out += expand(found->value.text, chain, allowSecrets, error, missing, &inner);
            chain.removeLast();
        } else {
            *missing = name;
            *error = tr("{{%1}} is not defined: define @%1 = … in the file, or give it from an "
                        "environment or the command line.")
                         .arg(name);
        }
        if (!error->isEmpty())
            return {};
    }
    out += text.mid(from);
    return out;
}

VariableResolver::Text VariableResolver::resolve(const QString &text, int firstLine) const
{
    Text t;
    QStringList chain;
    qsizetype at = 0;
    t.text = expand(text, chain, false, &t.error, &t.missing, &at);
    t.line = firstLine + int(text.left(at).count(QLatin1Char('\n')));
    if (!t.ok())
        t.text.clear();
    return t;
}

VariableResolver::Token VariableResolver::token(const QString &name) const
{
    Token t;
    if (name == QLatin1String("token") && !m_token.isEmpty()) {
        t.value = m_token;
        t.profile = true;
        return t;
    }
    const auto found = lookup(name, false);
    if (!found) {
        t.missing = name;
        if (name == QLatin1String("token"))
            t.error = tr("{{token}} is the profile's token, and there is none.");
        else if (lookup(name, true))
            t.error = tr("{{%1}} would take the token from the request file itself, and a token "
                         "is never kept in a file: give it from an environment.")
                          .arg(name);
        else
            t.error = tr("{{%1}} (the token for the Authorization header) is not defined: give "
                         "it from an environment or the command line.")
                          .arg(name);
        return t;
    }
    QStringList chain{name};
    qsizetype at = 0;
    const QString value =
        expand(found->value.text, chain, true, &t.error, &t.missing, &at).trimmed();
    if (t.ok() && value.isEmpty())
        t.error = tr("{{%1}} (the token for the Authorization header) is empty in %2.")
                      .arg(name, found->source->label());
    if (t.ok())
        t.value = value.toUtf8();
    return t;
}
