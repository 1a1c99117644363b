#include "CallNote.h"

#include "app/calls/Redaction.h"

#include <QRegularExpression>

namespace CallNote {

namespace {

QString placeholder(const QByteArray &secret)
{
    return QStringLiteral("<redacted: %1 chars, sha256 %2>")
        .arg(secret.size())
        .arg(Redaction::fingerprint(secret));
}

void redact(QString &text, const QByteArray &secret)
{
    if (secret.size() < 8) // too short to be told from ordinary words
        return;
    text.replace(QString::fromLatin1(secret), placeholder(secret));
}

} // namespace

QString clean(const QString &input, const QByteArray &token)
{
    QString text = input.trimmed();
    const QByteArray alone = token.trimmed();
    redact(text, alone);
    // A JWT's signature alone (copied from a decoder's third box) names the token too.
    const qsizetype dot = alone.lastIndexOf('.');
    if (dot > 0 && alone.count('.') == 2)
        redact(text, alone.mid(dot + 1));
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{8,}"));
    QRegularExpressionMatch m;
    qsizetype from = 0;
    while ((m = jwt.match(text, from)).hasMatch()) {
        const QString shown = placeholder(m.captured().toLatin1());
        text.replace(m.capturedStart(), m.capturedLength(), shown);
        from = m.capturedStart() + shown.size();
    }
    if (text.size() > kMaxChars)
        text.truncate(kMaxChars);
    return text;
}

} // namespace CallNote
