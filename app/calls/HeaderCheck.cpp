#include "HeaderCheck.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace HeaderCheck {

namespace {

bool isTokenChar(char c)
{
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           extra.contains(c);
}

qsizetype firstControl(const QByteArray &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value.at(i));
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return i;
    }
    return -1;
}

QString characterName(unsigned char c)
{
    switch (c) {
    case '\r':
        return QStringLiteral("CR (\\r)");
    case '\n':
        return QStringLiteral("LF (\\n)");
    case 0:
        return QStringLiteral("NUL");
    default:
        return QStringLiteral("0x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
}

} // namespace

bool validName(const QByteArray &name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), isTokenChar);
}

bool validValue(const QByteArray &value)
{
    return firstControl(value) < 0;
}

QString problem(const QByteArray &name, const QByteArray &value)
{
    if (!validName(name))
        return QCoreApplication::translate(
                   "HeaderCheck", "The header name \"%1\" is not a valid HTTP header name.")
            .arg(QString::fromLatin1(name.left(64))
                     .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
                     .replace(QLatin1Char('\r'), QStringLiteral("\\r")));
    const qsizetype at = firstControl(value);
    if (at < 0)
        return {};
    return QCoreApplication::translate(
               "HeaderCheck",
               "The %1 header contains a control character, %2, at position %3: a header "
               "cannot carry it, and a line break would start another header. Nothing was "
               "sent. Copy the value again as one line (header.invalid-chars).")
        .arg(QString::fromLatin1(name), characterName(static_cast<unsigned char>(value.at(at))))
        .arg(at + 1);
}

std::optional<QList<QPair<QByteArray, QByteArray>>> parseLines(const QString &text,
                                                               QString *problem)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(qMax<qsizetype>(colon, 0)).trimmed();
        if (colon <= 0 || !validName(name.toLatin1()) || name.toLatin1() != name.toUtf8()) {
            *problem = QCoreApplication::translate(
                           "HeaderCheck", "Not a header line: \"%1\" (expected Name: value)")
                           .arg(line.trimmed());
            return std::nullopt;
        }
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            *problem = QCoreApplication::translate(
                "HeaderCheck", "Choose the Authorization variant in the Authorization menu, not "
                               "as an extra header.");
            return std::nullopt;
        }
        headers.append(qMakePair(name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()));
    }
    return headers;
}

} // namespace HeaderCheck
